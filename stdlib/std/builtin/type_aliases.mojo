# Origin names. Origins are not tracked yet: every origin is the same
# compile-time value, so the origin parameters of UnsafePointer, Pointer and
# Span accept these names and do not change the type.

comptime MutAnyOrigin = 0
comptime ImmutAnyOrigin = 0
comptime ImmAnyOrigin = 0
comptime AnyOrigin = 0
comptime MutExternalOrigin = 0
comptime ImmutExternalOrigin = 0
comptime ExternalOrigin = 0
comptime StaticConstantOrigin = 0
comptime MutUntrackedOrigin = 0
comptime ImmUntrackedOrigin = 0
comptime UntrackedOrigin = 0

# The type of origin parameters (`o: Origin[mut=True]`, `MutOrigin`,
# `ImmutOrigin`): with origins untracked, an origin is an Int (always 0) and
# `origin_of(x)` gives that value.
comptime Origin[mut: Bool = True] = Int
comptime MutOrigin = Int
comptime ImmutOrigin = Int

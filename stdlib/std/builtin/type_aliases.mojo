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

# std.ffi: calling C functions by symbol name.
#
# `external_call["name", ReturnType](args...)` calls the C function `name`
# with the arguments as they are laid out in memory (Int as a 64-bit integer,
# pointers as pointers). In a GPU kernel a call to a host-only symbol is a
# located error naming the call chain (docs/gpu.md).


@always_inline
def external_call[
    callee: StaticString, return_type: AnyType, *types: AnyType
](*args: *types) -> return_type:
    return __builtin.external_call[callee, return_type](*args)

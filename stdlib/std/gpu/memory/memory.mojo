# Dynamic shared memory: the block's `shared_mem_bytes` of a launch.

from std.memory.address_space import AddressSpace
from std.memory import UnsafePointer


@always_inline
def external_memory[
    dtype: AnyType,
    *,
    address_space: Int = AddressSpace.SHARED,
    alignment: Int = 16,
    name: StringLiteral = "extern_ptr_syml",
]() -> UnsafePointer[dtype, address_space=address_space]:
    """The block's dynamic shared memory (the launch's shared_mem_bytes),
    as elements of dtype."""
    return UnsafePointer[dtype, address_space=address_space](
        raw=__builtin.addrspace_cast[address_space](__builtin.dynamic_shared[dtype]())
    )

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


def async_copy_wait_all():
    """Waits for the asynchronous copies this thread started
    (copy_dram_to_sram_async). Ignis lowers those copies to plain loads and
    stores on every target today, so there is nothing left to wait for."""
    pass


def async_copy_commit_group():
    """Ends the group of asynchronous copies this thread started (PTX
    `cp.async.commit_group`). Ignis lowers those copies to plain loads and
    stores, so a group is complete as soon as it is committed."""
    pass


def async_copy_wait_group(n: Int32):
    """Waits until at most n committed groups of asynchronous copies are
    pending: with copies done as plain loads and stores, none ever is."""
    pass

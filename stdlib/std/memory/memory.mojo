# memcpy, memset and friends over UnsafePointer (C's memcpy/memset).

from std.memory.address_space import AddressSpace

from std.memory.unsafe_pointer import UnsafePointer


def memcpy[T: AnyType](*, dest: UnsafePointer[T], src: UnsafePointer[T], count: Int):
    """Copies count values of T bitwise from src to dest (no overlap)."""
    var bytes = count * Int(raw=__builtin.size_of[T]())
    if bytes > 0:
        __builtin.external_call["memcpy", __builtin.pointer[T]](
            dest._ptr, src._ptr, bytes._value
        )


def memmove[T: AnyType](*, dest: UnsafePointer[T], src: UnsafePointer[T], count: Int):
    """Like memcpy, but the ranges may overlap."""
    var bytes = count * Int(raw=__builtin.size_of[T]())
    if bytes > 0:
        __builtin.external_call["memmove", __builtin.pointer[T]](
            dest._ptr, src._ptr, bytes._value
        )


def memset[T: AnyType](ptr: UnsafePointer[T], value: UInt8, count: Int):
    """Sets count * size_of[T]() bytes at ptr to value."""
    var bytes = count * Int(raw=__builtin.size_of[T]())
    if bytes > 0:
        __builtin.external_call["memset", __builtin.pointer[T]](
            ptr._ptr, __builtin.cast[DType.int32](value._value), bytes._value
        )


def memset_zero[T: AnyType](ptr: UnsafePointer[T], count: Int):
    memset(ptr, 0, count)


def memcmp[T: AnyType](s1: UnsafePointer[T], s2: UnsafePointer[T], count: Int) -> Int:
    """<0, 0 or >0 as the bytes of s1 order before, equal or after s2's."""
    var bytes = count * Int(raw=__builtin.size_of[T]())
    if bytes <= 0:
        return 0
    var r = __builtin.external_call["memcmp", __builtin.simd[DType.int32, 1]](
        s1._ptr, s2._ptr, bytes._value
    )
    return Int(raw=__builtin.cast[DType.index](r))


def size_of[T: AnyType]() -> Int:
    return Int(raw=__builtin.size_of[T]())


def stack_allocation[
    count: Int, T: AnyType, alignment: Int = 1, *, address_space: Int = AddressSpace.GENERIC
](
    *, _slot: __builtin.pointer[T] = __builtin.stack_alloc[T, count]()
) -> UnsafePointer[T, address_space=address_space] where address_space != AddressSpace.SHARED:
    """Room for count values of T in the caller's stack frame (uninitialised;
    gone when the caller returns). The default argument is evaluated at the
    call site, so the slot belongs to the caller. alignment is accepted for
    Mojo compatibility; the slot has T's natural alignment."""
    return UnsafePointer[T, address_space=address_space](
        raw=__builtin.addrspace_cast[address_space](_slot)
    )


def stack_allocation[
    count: Int, T: AnyType, alignment: Int = 1, *, address_space: Int
](
    *, _shared: __builtin.pointer[T, AddressSpace.SHARED] = __builtin.shared_alloc[T, count]()
) -> UnsafePointer[T, address_space=address_space] where address_space == AddressSpace.SHARED:
    """In a kernel, count values of T in the block's shared memory: one
    allocation per call site, the same for every thread of the block
    (uninitialised)."""
    return UnsafePointer[T, address_space=address_space](raw=_shared)

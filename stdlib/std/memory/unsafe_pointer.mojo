# UnsafePointer[T, origin, address_space=]: a non-null address of values of
# T with no ownership. The origin parameter is accepted and not checked (every
# origin name is the same value, so UnsafePointer[T, MutAnyOrigin] is
# UnsafePointer[T]); address_space is kept in the type (CPU code uses
# AddressSpace.GENERIC) but does not change the generated code.
from std.memory.address_space import AddressSpace


@register_passable("trivial")
struct UnsafePointer[
    T: AnyType, origin: Int = 0, *, address_space: Int = AddressSpace.GENERIC
](
    ImplicitlyCopyable, Boolable, Comparable, Hashable, Intable, Writable
):
    var _ptr: __builtin.pointer[Self.T, Self.address_space]

    def __init__(out self, *, raw: __builtin.pointer[Self.T, Self.address_space]):
        self._ptr = raw

    def __init__(out self, *, unsafe_from_address: Int):
        """The pointer holding this address (which the caller must make
        valid before it is read or written)."""
        var cell = unsafe_from_address
        self = UnsafePointer[Int](to=cell).bitcast[Self]()[]

    @staticmethod
    def unsafe_dangling() -> Self:
        """A non-null, well-aligned address that points to nothing (the
        alignment of T): a placeholder never to be read or written."""
        return Self(unsafe_from_address=comptime(__builtin.align_of[Self.T]))

    def __init__(out self, *, ref to: Self.T):
        """The address of `to` (a local, a field, an element): nothing is
        allocated and the pointer does not keep the value alive."""
        self._ptr = __builtin.address_of(to)

    # --- elements ---------------------------------------------------------

    def __getitem__(self, index: Int) -> ref [self] Self.T:
        return __builtin.deref(__builtin.offset(self._ptr, index._value))

    def __getitem__(self) -> ref [self] Self.T:
        return __builtin.deref(self._ptr)

    @always_inline
    def __setitem__(self, index: Int, var value: Self.T):
        var p = __builtin.offset(self._ptr, index._value)
        _device_check[Self.T](__builtin.addrspace_cast[0](p), 1, 1, __builtin.call_location())
        __builtin.store(p, value^)

    @always_inline
    def __setitem__(self, var value: Self.T):
        _device_check[Self.T](__builtin.addrspace_cast[0](self._ptr), 1, 1, __builtin.call_location())
        __builtin.store(self._ptr, value^)

    def init_pointee_move(self, var value: Self.T):
        """Stores value into uninitialised memory (no destructor runs)."""
        __builtin.store(self._ptr, value^)

    def init_pointee_copy(self, value: Self.T):
        __builtin.store(self._ptr, _copy_value(value))

    def take_pointee(self) -> Self.T:
        """Moves the value out; the memory is uninitialised afterwards."""
        return __builtin.load(self._ptr)

    def destroy_pointee(self):
        """Ends the lifetime of the value at this address."""
        __builtin.destroy(self._ptr)

    def free(self):
        __builtin.free(self._ptr)

    @always_inline
    def load[width: Int = 1, *, alignment: Int = 1, volatile: Bool = False](self) -> SIMD[Self.T.dtype, width]:
        """width lanes from consecutive scalars (T must be a Scalar type)."""
        _device_check[Self.T](__builtin.addrspace_cast[0](self._ptr), width, 0, __builtin.call_location())
        return SIMD[Self.T.dtype, width](
            raw=__builtin.load[alignment](__builtin.bitcast[__builtin.simd[Self.T.dtype, width]](self._ptr))
        )

    @always_inline
    def store[width: Int, *, alignment: Int = 1, volatile: Bool = False](self, value: SIMD[Self.T.dtype, width]):
        """Writes the lanes of value to consecutive scalars."""
        _device_check[Self.T](__builtin.addrspace_cast[0](self._ptr), width, 1, __builtin.call_location())
        __builtin.store[alignment](
            __builtin.bitcast[__builtin.simd[Self.T.dtype, width]](self._ptr), value._value
        )

    @always_inline
    def load[width: Int = 1, *, alignment: Int = 1, volatile: Bool = False](self, offset: Int) -> SIMD[Self.T.dtype, width]:
        """width lanes starting offset elements after this address."""
        var p = __builtin.offset(self._ptr, offset._value)
        _device_check[Self.T](__builtin.addrspace_cast[0](p), width, 0, __builtin.call_location())
        return SIMD[Self.T.dtype, width](
            raw=__builtin.load[alignment](__builtin.bitcast[__builtin.simd[Self.T.dtype, width]](p))
        )

    @always_inline
    def store[width: Int, *, alignment: Int = 1, volatile: Bool = False](self, offset: Int, value: SIMD[Self.T.dtype, width]):
        """Writes the lanes of value starting offset elements after this
        address."""
        var p = __builtin.offset(self._ptr, offset._value)
        _device_check[Self.T](__builtin.addrspace_cast[0](p), width, 1, __builtin.call_location())
        __builtin.store[alignment](__builtin.bitcast[__builtin.simd[Self.T.dtype, width]](p), value._value)

    @always_inline
    def strided_load[width: Int](self, stride: Int) -> SIMD[Self.T.dtype, width]:
        """width scalars, stride elements apart, as one vector."""
        var result = SIMD[Self.T.dtype, width]()
        comptime for i in range(width):
            result[i] = (self + i * stride).load()
        return result

    @always_inline
    def strided_store[width: Int](self, value: SIMD[Self.T.dtype, width], stride: Int):
        """Writes the lanes of value stride elements apart."""
        comptime for i in range(width):
            (self + i * stride).store(value[i])

    def bitcast[U: AnyType](self) -> UnsafePointer[U, address_space=Self.address_space]:
        return UnsafePointer[U, address_space=Self.address_space](raw=__builtin.bitcast[U](self._ptr))

    # Origins are not tracked (see the top of the file), so the origin and
    # mutability casts return the same pointer.
    def as_unsafe_any_origin(self) -> Self:
        """The same pointer with the origin UnsafeAnyOrigin."""
        return self

    def as_any_origin(self) -> Self:
        """Deprecated spelling of as_unsafe_any_origin."""
        return self

    def as_immutable(self) -> Self:
        """The same pointer, immutable."""
        return self

    def unsafe_mut_cast[target_mut: Bool](self) -> Self:
        """The same pointer with mutability target_mut."""
        return self

    def mut_cast[target_mut: Bool](self) -> Self:
        """The same pointer with mutability target_mut."""
        return self

    def address_space_cast[
        target: Int = AddressSpace.GENERIC
    ](self) -> UnsafePointer[Self.T, address_space=target]:
        """The same address as a pointer into address space target (a
        shared-memory pointer as a generic one, and back)."""
        return UnsafePointer[Self.T, address_space=target](
            raw=__builtin.addrspace_cast[target](self._ptr)
        )

    # --- address arithmetic -----------------------------------------------

    def __add__(self, offset: Int) -> Self:
        return Self(raw=__builtin.offset(self._ptr, offset._value))

    def __sub__(self, offset: Int) -> Self:
        return Self(raw=__builtin.offset(self._ptr, (-offset)._value))

    def __sub__(self, other: Self) -> Int:
        """The distance in elements from other to self."""
        return (self.__int__() - other.__int__()) // Int(raw=__builtin.size_of[Self.T]())

    def __iadd__(mut self, offset: Int):
        self._ptr = __builtin.offset(self._ptr, offset._value)

    def __isub__(mut self, offset: Int):
        self._ptr = __builtin.offset(self._ptr, (-offset)._value)

    def __int__(self) -> Int:
        return Int(raw=__builtin.ptr_to_int(self._ptr))

    def __bool__(self) -> Bool:
        return self.__int__() != 0

    def __eq__(self, other: Self) -> Bool:
        return self.__int__() == other.__int__()

    def __ne__(self, other: Self) -> Bool:
        return self.__int__() != other.__int__()

    def __lt__(self, other: Self) -> Bool:
        return self.__int__() < other.__int__()

    def __le__(self, other: Self) -> Bool:
        return self.__int__() <= other.__int__()

    def __gt__(self, other: Self) -> Bool:
        return self.__int__() > other.__int__()

    def __ge__(self, other: Self) -> Bool:
        return self.__int__() >= other.__int__()

    def __hash__(self) -> UInt64:
        return self.__int__().__hash__()

    def write_repr_to(self, mut writer: Some[Writer]):
        """What repr() writes: the same as write_to."""
        self.write_to(writer)

    def write_to(self, mut writer: Some[Writer]):
        writer.write_str("0x")
        _write_hex(self.__int__(), writer)


def _write_hex(value: Int, mut writer: Some[Writer]):
    var digits = __builtin.stack_alloc[__builtin.simd[DType.uint8, 1], 16]()
    var n = 0
    var v = UInt64(value)
    while True:
        var d = Int(v % 16)
        var c = d + 48 if d < 10 else d + 87
        __builtin.store(__builtin.offset(digits, 15 - n), __builtin.cast[DType.uint8](c._value))
        n += 1
        v = v // 16
        if v == 0:
            break
    writer.write_bytes(__builtin.offset(digits, 16 - n), n)


def alloc[T: AnyType](count: Int) -> UnsafePointer[T]:
    """Heap memory for count values of T (uninitialised); free() releases it."""
    return UnsafePointer[T](raw=__builtin.alloc[T](count._value))


def _copy_value[T: AnyType](value: T) -> T:
    """The one place containers copy an element: its copy constructor. For
    an element type that is only Movable this stops the program (container
    copy constructors are compiled for every element type; copying a
    container of move-only values is the error)."""
    comptime if conforms_to(T, Copyable):
        return value.copy()
    else:
        _not_copyable(comptime(__builtin.type_name[T]))
        return __builtin.uninit[T]()


@no_inline
def _not_copyable(name: StringLiteral):
    var message = String("cannot copy a value of type ")
    message += name
    message += ": it is not Copyable"
    __builtin.external_call["ignis_rt_abort"](message._data, message._len._value)


@always_inline
def _device_check[T: AnyType](p: __builtin.pointer[T], count: Int, kind: Int, loc: _SourceLocation):
    """In a kernel compiled for the cpu device: the runtime checks the access
    (out of bounds of a device buffer, races on shared memory) and names the
    caller's line. Nothing elsewhere."""
    comptime if __builtin.target_field["accelerator"] == "cpu":
        __builtin.external_call["ignis_gpu_cpu_check_at"](
            __builtin.bitcast[__builtin.simd[DType.uint8, 1]](p),
            (count * Int(raw=__builtin.size_of[T]()))._value,
            kind._value,
            __builtin.string_data(loc.file_name),
            loc.line._value,
            loc.col._value,
        )

# Pointer[T]: a non-null address of one T that code did not allocate itself:
# `Pointer(to=x)` points at x, `p[]` reads and assigns it. Origins are not
# checked yet (docs/stdlib.md): a Pointer does not keep x alive, and the origin
# parameter is accepted (Pointer[T, MutAnyOrigin]) and ignored.

from std.memory.unsafe_pointer import UnsafePointer, _write_hex


@register_passable("trivial")
struct Pointer[T: AnyType, origin: Int = 0](ImplicitlyCopyable, Equatable, Writable):
    var _ptr: __builtin.pointer[Self.T]

    def __init__(out self, *, ref to: Self.T):
        self._ptr = __builtin.address_of(to)

    def __getitem__(self) -> ref [self] Self.T:
        return __builtin.deref(self._ptr)

    def __getitem__(self, *, unsafe_offset: Int) -> ref [self] Self.T:
        """The value unsafe_offset elements after this one (no checks)."""
        return __builtin.deref(__builtin.offset(self._ptr, unsafe_offset._value))

    def unsafe_offset(self, offset: Int) -> Self:
        var result = self
        result._ptr = __builtin.offset(self._ptr, offset._value)
        return result

    def unsafe_ptr(self) -> UnsafePointer[Self.T]:
        return UnsafePointer[Self.T](raw=self._ptr)

    def __int__(self) -> Int:
        return Int(raw=__builtin.ptr_to_int(self._ptr))

    def __eq__(self, other: Self) -> Bool:
        return self.__int__() == other.__int__()

    def __ne__(self, other: Self) -> Bool:
        return self.__int__() != other.__int__()

    def write_repr_to(self, mut writer: Some[Writer]):
        """What repr() writes: the same as write_to."""
        self.write_to(writer)

    def write_to(self, mut writer: Some[Writer]):
        writer.write_str("0x")
        _write_hex(self.__int__(), writer)

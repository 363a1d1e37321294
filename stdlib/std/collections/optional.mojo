# Optional[T]: a T or nothing. `None` converts to an empty Optional and a T
# to a full one. The value sits inline (`__builtin.array[T, 1]` storage that
# holds a value only while _has is set): no heap memory.

from std.memory.unsafe_pointer import UnsafePointer, alloc, _copy_value


struct Optional[T: Movable](
    Movable,
    Copyable,
    Boolable,
    ImplicitlyCopyable where conforms_to(T, ImplicitlyCopyable),
):
    var _has: Bool
    var _storage: __builtin.array[Self.T, 1]

    def __init__(out self):
        self._has = False
        self._storage = __builtin.uninit[__builtin.array[Self.T, 1]]()

    @implicit
    def __init__(out self, none: NoneType):
        self._has = False
        self._storage = __builtin.uninit[__builtin.array[Self.T, 1]]()

    @implicit
    def __init__(out self, var value: Self.T):
        self._has = True
        self._storage = __builtin.uninit[__builtin.array[Self.T, 1]]()
        self._ptr().init_pointee_move(value^)

    def __init__(out self, *, copy: Self):
        self._has = copy._has
        self._storage = __builtin.uninit[__builtin.array[Self.T, 1]]()
        if copy._has:
            self._ptr().init_pointee_copy(copy._ptr()[])

    def __init__(out self, *, deinit take: Self):
        self._has = take._has
        self._storage = __builtin.uninit[__builtin.array[Self.T, 1]]()
        if take._has:
            self._ptr().init_pointee_move(take._ptr().take_pointee())

    def __del__(deinit self):
        if self._has:
            self._ptr().destroy_pointee()

    def _ptr(ref self) -> UnsafePointer[Self.T]:
        return UnsafePointer[Self.T](
            raw=__builtin.bitcast[Self.T](__builtin.address_of(self._storage))
        )

    def copy(self) -> Self:
        return Self(copy=self)

    comptime IteratorType = _OptionalIter[Self.T]
    def __iter__(ref self) -> _OptionalIter[Self.T]:
        """Iterates over the value: once when there is one, else not at all."""
        return _OptionalIter[Self.T](self._ptr(), 1 if self._has else 0)

    def __bool__(self) -> Bool:
        return self._has

    def __invert__(self) -> Bool:
        return not self._has

    def is_some(self) -> Bool:
        return self._has

    def is_none(self) -> Bool:
        return not self._has

    def value(self) -> Self.T:
        """The value; an empty Optional stops the program."""
        if not self._has:
            _empty_optional()
        return _copy_value(self._ptr()[])

    def __getitem__(ref self) raises -> ref [self] Self.T:
        """`opt[]`: the value itself (assignable); raises
        "EmptyOptionalError" when there is none."""
        if not self._has:
            raise "EmptyOptionalError"
        return self._ptr()[]

    def __hash__(self) -> UInt64 where conforms_to(Self.T, Hashable):
        """The value's hash, or a fixed one for None."""
        if not self._has:
            return UInt64(0x6E6F6E65)
        return hash(self._ptr()[]) ^ UInt64(1)

    def unsafe_value(self) -> Self.T:
        return _copy_value(self._ptr()[])

    def take(mut self) -> Self.T:
        """Moves the value out, leaving the Optional empty."""
        if not self._has:
            _empty_optional()
        self._has = False
        return self._ptr().take_pointee()

    def or_else(self, var default: Self.T) -> Self.T:
        if self._has:
            return _copy_value(self._ptr()[])
        return default^

    def __eq__(self, other: Self) -> Bool where conforms_to(Self.T, Equatable):
        if self._has != other._has:
            return False
        if not self._has:
            return True
        return self._ptr()[] == other._ptr()[]

    def __ne__(self, other: Self) -> Bool where conforms_to(Self.T, Equatable):
        return not self.__eq__(other)

    def __eq__(self, none: NoneType) -> Bool:
        return not self._has

    def __ne__(self, none: NoneType) -> Bool:
        return self._has

    def __is__(self, other: NoneType) -> Bool:
        """`opt is None`: True when the Optional holds no value."""
        return not self._has

    def __isnot__(self, other: NoneType) -> Bool:
        """`opt is not None`: True when the Optional holds a value."""
        return self._has

    def write_to(self, mut writer: Some[Writer]) where conforms_to(Self.T, Writable):
        """The value as it writes itself, or `None` (as Mojo 1.0)."""
        if self._has:
            self._ptr()[].write_to(writer)
        else:
            writer.write_str("None")

    def write_repr_to(self, mut writer: Some[Writer]) where conforms_to(Self.T, Writable):
        """The value's repr, or `None`."""
        if self._has:
            self._ptr()[].write_repr_to(writer)
        else:
            writer.write_str("None")

    def bounds(self) -> (Int, Optional[Int]):
        """(n, Optional(n)) where n is how many values it holds (0 or 1), as
        an iterator's length bounds."""
        var n = 1 if self._has else 0
        return (n, Optional[Int](n))

    def unsafe_take(mut self) -> Self.T:
        """Moves the value out without checking that there is one."""
        self._has = False
        return self._ptr().take_pointee()


@no_inline
def _empty_optional():
    __builtin.external_call["ignis_rt_abort"](
        __builtin.string_data("Optional.value() called on an empty Optional"),
        __builtin.string_length("Optional.value() called on an empty Optional"),
    )


@fieldwise_init
@register_passable("trivial")
struct _OptionalIter[T: Movable](ImplicitlyCopyable):
    var data: UnsafePointer[Self.T]
    var remaining: Int

    def __iter__(self) -> Self:
        return self

    def __has_next__(self) -> Bool:
        return self.remaining > 0

    comptime Element = Self.T
    def __next__(mut self) -> Self.T:
        self.remaining -= 1
        return _copy_value(self.data[])


# Mojo 1.0's OptionalReg (an Optional of a register-passable type) is the
# same type here: Optional is as cheap for such values.
comptime OptionalReg[T: Movable] = Optional[T]

# Bool: a truth value stored as one bit.


@register_passable("trivial")
struct Bool(Boolable, Comparable, Hashable, Writable, ImplicitlyCopyable):
    var _value: __builtin.simd[DType.bool, 1]

    def __init__(out self, *, raw: __builtin.simd[DType.bool, 1]):
        self._value = raw

    def __init__[T: Boolable](out self, value: T):
        """The truth value of any Boolable."""
        self = value.__bool__()

    def __init__(out self, value: Bool):
        self = value

    def __bool__(self) -> Bool:
        return self

    def __hash__(self) -> UInt64:
        return _hash_int(UInt64(Int(self)))

    def __eq__(self, other: Bool) -> Bool:
        return Bool(raw=__builtin.eq(self._value, other._value))

    def __ne__(self, other: Bool) -> Bool:
        return Bool(raw=__builtin.ne(self._value, other._value))

    def __lt__(self, other: Bool) -> Bool:
        return Bool(raw=__builtin.lt(self._value, other._value))

    def __invert__(self) -> Bool:
        return Bool(raw=__builtin.invert(self._value))

    def __and__(self, other: Bool) -> Bool:
        return Bool(raw=__builtin.and(self._value, other._value))

    def __or__(self, other: Bool) -> Bool:
        return Bool(raw=__builtin.or(self._value, other._value))

    def __xor__(self, other: Bool) -> Bool:
        return Bool(raw=__builtin.xor(self._value, other._value))

    def __int__(self) -> Int:
        return Int(raw=__builtin.cast[DType.index](self._value))

    def write_repr_to(self, mut writer: Some[Writer]):
        """What repr() writes: the same as write_to."""
        self.write_to(writer)

    def write_to(self, mut writer: Some[Writer]):
        if self:
            writer.write_str("True")
        else:
            writer.write_str("False")

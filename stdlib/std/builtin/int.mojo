# Int: the pointer-sized signed integer. Integer literals become Int values
# when nothing else is asked for.

comptime _index = __builtin.simd[DType.index, 1]


@register_passable("trivial")
struct Int(Boolable, Comparable, Defaultable, Hashable, Intable, Indexer, Writable, ImplicitlyCopyable):
    var _value: __builtin.simd[DType.index, 1]

    # The largest and smallest Int (Mojo 1.0's Int is Scalar[DType.int], whose
    # MAX and MIN these are). SIMD's MAX/MIN/MAX_FINITE/MIN_FINITE need SIMD
    # compile-time values, which Ignis does not have yet: use
    # std.utils.numerics.max_finite[dt]() and friends.
    comptime MAX = 9223372036854775807
    comptime MIN = -9223372036854775807 - 1

    def __init__(out self):
        """Zero (Int is Defaultable)."""
        self = 0

    def __init__(out self, *, raw: __builtin.simd[DType.index, 1]):
        self._value = raw

    def __init__(out self, value: Int):
        self = value

    def __init__[T: Intable](out self, value: T):
        """value.__int__() for any Intable."""
        self = value.__int__()

    @implicit
    def __init__(out self, value: SIMD[DType.index, 1]):
        """From a `Scalar[DType.int]` (the same type in Mojo 1.0)."""
        self._value = value._value

    def __init__(out self, value: Bool):
        self._value = __builtin.cast[DType.index](value._value)

    def __init__(out self, text: String) raises:
        self = atol(text)

    def __bool__(self) -> Bool:
        return Bool(raw=__builtin.ne(self._value, 0))

    def __int__(self) -> Int:
        return self

    def __index__(self) -> Int:
        return self

    def __add__(self, rhs: Int) -> Int:
        return Int(raw=__builtin.add(self._value, rhs._value))

    def __sub__(self, rhs: Int) -> Int:
        return Int(raw=__builtin.sub(self._value, rhs._value))

    def __mul__(self, rhs: Int) -> Int:
        return Int(raw=__builtin.mul(self._value, rhs._value))

    def __floordiv__(self, rhs: Int) -> Int:
        return Int(raw=__builtin.floordiv(self._value, rhs._value))

    def __mod__(self, rhs: Int) -> Int:
        return Int(raw=__builtin.mod(self._value, rhs._value))

    def __floor__(self) -> Int:
        """The value itself (an integer is whole)."""
        return self

    def __ceil__(self) -> Int:
        """The value itself (an integer is whole)."""
        return self

    def __trunc__(self) -> Int:
        """The value itself (an integer is whole)."""
        return self

    def __ceildiv__(self, denominator: Int) -> Int:
        """self / denominator rounded toward +inf."""
        return -((-self) // denominator)

    def __truediv__(self, rhs: Int) -> Int:
        # As Mojo 1.0 (Int is Scalar[DType.int]): truncates toward zero.
        return Int(raw=__builtin.div(self._value, rhs._value))

    def __pow__(self, exp: Int) -> Int:
        var result = 1
        var base = self
        var e = exp
        while e > 0:
            if e % 2 == 1:
                result *= base
            base *= base
            e //= 2
        return result

    def __neg__(self) -> Int:
        return Int(raw=__builtin.neg(self._value))

    def __pos__(self) -> Int:
        return self

    def __invert__(self) -> Int:
        return Int(raw=__builtin.invert(self._value))

    def __and__(self, rhs: Int) -> Int:
        return Int(raw=__builtin.and(self._value, rhs._value))

    def __or__(self, rhs: Int) -> Int:
        return Int(raw=__builtin.or(self._value, rhs._value))

    def __xor__(self, rhs: Int) -> Int:
        return Int(raw=__builtin.xor(self._value, rhs._value))

    def __lshift__(self, rhs: Int) -> Int:
        return Int(raw=__builtin.shl(self._value, rhs._value))

    def __rshift__(self, rhs: Int) -> Int:
        return Int(raw=__builtin.shr(self._value, rhs._value))

    def __eq__(self, rhs: Int) -> Bool:
        return Bool(raw=__builtin.eq(self._value, rhs._value))

    def __ne__(self, rhs: Int) -> Bool:
        return Bool(raw=__builtin.ne(self._value, rhs._value))

    def __lt__(self, rhs: Int) -> Bool:
        return Bool(raw=__builtin.lt(self._value, rhs._value))

    def __le__(self, rhs: Int) -> Bool:
        return Bool(raw=__builtin.le(self._value, rhs._value))

    def __gt__(self, rhs: Int) -> Bool:
        return Bool(raw=__builtin.gt(self._value, rhs._value))

    def __ge__(self, rhs: Int) -> Bool:
        return Bool(raw=__builtin.ge(self._value, rhs._value))

    def __iadd__(mut self, rhs: Int):
        self._value = __builtin.add(self._value, rhs._value)

    def __isub__(mut self, rhs: Int):
        self._value = __builtin.sub(self._value, rhs._value)

    def __imul__(mut self, rhs: Int):
        self._value = __builtin.mul(self._value, rhs._value)

    def is_power_of_two(self) -> Bool:
        """Whether this is a positive power of two."""
        return self > 0 and (self & (self - 1)) == 0

    def __hash__(self) -> UInt64:
        return _hash_int(UInt64(self))

    def write_repr_to(self, mut writer: Some[Writer]):
        """repr(5) is Int(5), as in Mojo 1.0."""
        writer.write_str("Int(")
        self.write_to(writer)
        writer.write_str(")")

    def write_to(self, mut writer: Some[Writer]):
        comptime if (
            __builtin.target_field["accelerator"] == "nvidia"
            or __builtin.target_field["accelerator"] == "amd"
        ):
            # On a GPU: SIMD's formatting, which needs no runtime.
            Int64(self).write_to(writer)
            return
        var buffer = __builtin.stack_alloc[__builtin.simd[DType.uint8, 1], 32]()
        var length = __builtin.external_call["ignis_rt_format_int", _index](
            __builtin.cast[DType.int64](self._value), buffer
        )
        writer.write_bytes(buffer, Int(raw=length))

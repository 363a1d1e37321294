# Int: the pointer-sized signed integer. Integer literals become Int values
# when nothing else is asked for.

comptime _index = __builtin.simd[DType.index, 1]


@register_passable("trivial")
struct Int(Boolable, Comparable, Defaultable, Hashable, Intable, Indexer, Writable, ImplicitlyCopyable):
    var _value: __builtin.simd[DType.index, 1]

    # Int is Scalar[DType.int] (as in Mojo 1.0): the checker builds
    # SIMD[DType.int, 1] as this struct, so it answers to SIMD's scalar
    # members too (the second half of this file).
    comptime dtype = DType.int
    comptime size = 1

    # The largest and smallest Int (an integer has no infinities, so the
    # FINITE limits are the same).
    comptime MAX = 9223372036854775807
    comptime MIN = -9223372036854775807 - 1
    comptime MAX_FINITE = 9223372036854775807
    comptime MIN_FINITE = -9223372036854775807 - 1

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

    # ===--- SIMD's members on the one-lane Int (Int is Scalar[DType.int]) ---=== #

    def __len__(self) -> Int:
        """One lane."""
        return 1

    def __getitem__(self, index: Int) -> Int:
        """Lane `index` (0 is the only lane)."""
        return Int(raw=__builtin.extract(self._value, index))

    def __setitem__(mut self, index: Int, value: Int):
        self._value = __builtin.insert(self._value, value._value, index)

    def __float__(self) -> Float64:
        return Float64(raw=__builtin.cast[DType.float64](self._value))

    def __abs__(self) -> Int:
        return -self if self < 0 else self

    def __round__(self) -> Int:
        """The value itself (an integer is whole)."""
        return self

    def __round__(self, ndigits: Int) -> Int:
        """The value less its last -ndigits digits when ndigits is negative
        (as SIMD's integer rounding in Mojo 1.0); otherwise the value."""
        if ndigits >= 0:
            return self
        return self - self % 10 ** (-ndigits)

    def __divmod__(self, rhs: Int) -> (Int, Int):
        """(self // rhs, self % rhs)."""
        return (self // rhs, self % rhs)

    def __radd__(self, lhs: Int) -> Int:
        return lhs + self

    def __rsub__(self, lhs: Int) -> Int:
        return lhs - self

    def __rmul__(self, lhs: Int) -> Int:
        return lhs * self

    def __rtruediv__(self, lhs: Int) -> Int:
        return lhs / self

    def __rfloordiv__(self, lhs: Int) -> Int:
        return lhs // self

    def __rmod__(self, lhs: Int) -> Int:
        return lhs % self

    def __rpow__(self, lhs: Int) -> Int:
        return lhs**self

    def __rand__(self, lhs: Int) -> Int:
        return lhs & self

    def __ror__(self, lhs: Int) -> Int:
        return lhs | self

    def __rxor__(self, lhs: Int) -> Int:
        return lhs ^ self

    def __rlshift__(self, lhs: Int) -> Int:
        return lhs << self

    def __rrshift__(self, lhs: Int) -> Int:
        return lhs >> self

    def __itruediv__(mut self, rhs: Int):
        self = self / rhs

    def __ifloordiv__(mut self, rhs: Int):
        self = self // rhs

    def __imod__(mut self, rhs: Int):
        self = self % rhs

    def __ipow__(mut self, rhs: Int):
        self = self**rhs

    def __iand__(mut self, rhs: Int):
        self = self & rhs

    def __ior__(mut self, rhs: Int):
        self = self | rhs

    def __ixor__(mut self, rhs: Int):
        self = self ^ rhs

    def __ilshift__(mut self, rhs: Int):
        self = self << rhs

    def __irshift__(mut self, rhs: Int):
        self = self >> rhs

    def eq(self, rhs: Int) -> SIMD[DType.bool, 1]:
        return SIMD[DType.bool, 1](raw=__builtin.eq(self._value, rhs._value))

    def ne(self, rhs: Int) -> SIMD[DType.bool, 1]:
        return SIMD[DType.bool, 1](raw=__builtin.ne(self._value, rhs._value))

    def lt(self, rhs: Int) -> SIMD[DType.bool, 1]:
        return SIMD[DType.bool, 1](raw=__builtin.lt(self._value, rhs._value))

    def le(self, rhs: Int) -> SIMD[DType.bool, 1]:
        return SIMD[DType.bool, 1](raw=__builtin.le(self._value, rhs._value))

    def gt(self, rhs: Int) -> SIMD[DType.bool, 1]:
        return SIMD[DType.bool, 1](raw=__builtin.gt(self._value, rhs._value))

    def ge(self, rhs: Int) -> SIMD[DType.bool, 1]:
        return SIMD[DType.bool, 1](raw=__builtin.ge(self._value, rhs._value))

    def select[dt: DType](self, true_case: SIMD[dt, 1], false_case: SIMD[dt, 1]) -> SIMD[dt, 1]:
        """true_case where self is non-zero, else false_case."""
        return SIMD[dt, 1](
            raw=__builtin.select(__builtin.cast[DType.bool](self._value), true_case._value, false_case._value)
        )

    def cast[target: DType](self) -> SIMD[target, 1]:
        """The value as a scalar of another dtype (`Int.cast[DType.float32]()`)."""
        return SIMD[target, 1](raw=__builtin.cast[target](self._value))

    def reduce_add(self) -> Int:
        return self

    def reduce_mul(self) -> Int:
        return self

    def reduce_max(self) -> Int:
        return self

    def reduce_min(self) -> Int:
        return self

    def reduce_and(self) -> Int:
        return self

    def reduce_or(self) -> Int:
        return self

    def reduce_bit_count(self) -> Int:
        """The number of set bits."""
        return Int(raw=__builtin.pop_count(self._value))

    def fma(self, multiplier: Int, accumulator: Int) -> Int:
        """self * multiplier + accumulator."""
        return self * multiplier + accumulator

    def clamp(self, lower_bound: Int, upper_bound: Int) -> Int:
        return Int(raw=__builtin.min(__builtin.max(self._value, lower_bound._value), upper_bound._value))

    def shuffle[*mask: Int](self) -> SIMD[DType.int, len(mask)]:
        """Lane i of the result is lane mask[i] of self."""
        return SIMD[DType.int, len(mask)](raw=__builtin.shuffle["pick", mask](self._value, self._value))

    def shuffle[*mask: Int](self, other: Int) -> SIMD[DType.int, len(mask)]:
        """Lane i of the result is lane mask[i] of (self, other)."""
        return SIMD[DType.int, len(mask)](raw=__builtin.shuffle[mask](self._value, other._value))

    def slice[output_width: Int, /, *, offset: Int = 0](self) -> SIMD[DType.int, output_width]:
        return SIMD[DType.int, output_width](
            raw=__builtin.shuffle["slice", output_width, offset](self._value, self._value)
        )

    def insert[*, offset: Int = 0, w: Int](self, value: SIMD[DType.int, w]) -> Int:
        return Int(raw=__builtin.shuffle["insert", offset](self._value, value._value))

    def join(self, other: Int) -> SIMD[DType.int, 2]:
        return SIMD[DType.int, 2](raw=__builtin.shuffle["join"](self._value, other._value))

    def interleave(self, other: Int) -> SIMD[DType.int, 2]:
        return SIMD[DType.int, 2](raw=__builtin.shuffle["interleave"](self._value, other._value))

    def __contains__(self, value: Int) -> Bool:
        """Whether the one lane equals value."""
        return self == value

    def sum(self) -> Int:
        return self

    def product(self) -> Int:
        return self

    def value(self) -> Int:
        return self

    def to_bits[_dtype: DType = DType.uint64](self) -> SIMD[_dtype, 1]:
        """The bits as an unsigned integer (a UInt64 unless _dtype is wider)."""
        comptime assert _dtype.is_unsigned(), "the target type must be unsigned integral"
        comptime assert _dtype.bit_width() >= 64, "the target type must be at least as wide as the source type"
        return SIMD[_dtype, 1](raw=__builtin.cast[_dtype](__builtin.cast[DType.uint64](self._value)))

    def as_bytes[*, big_endian: Bool = False](self) -> InlineArray[Byte, 8]:
        """The eight bytes, little-endian (memory order) or big-endian."""
        return Int64(self).as_bytes[big_endian=big_endian]()

    @staticmethod
    def from_bytes[*, big_endian: Bool = False](bytes: InlineArray[Byte, 8]) -> Int:
        """The Int whose bytes these are (little- or big-endian)."""
        return Int(Int64.from_bytes[big_endian=big_endian](bytes))

    def write_padded(self, mut writer: Some[Writer], width: Int):
        """Right-aligned in `width` columns."""
        var text = String(self)
        for _ in range(width - text.byte_length()):
            writer.write_str(" ")
        writer.write(text)

    def reversed(self) -> Int:
        return self

    def rotate_left[shift: Int](self) -> Int:
        return self

    def rotate_right[shift: Int](self) -> Int:
        return self

    def shift_left[shift: Int](self) -> Int:
        """self when shift is 0, else 0 (the one lane moves out)."""
        comptime if shift == 0:
            return self
        return 0

    def shift_right[shift: Int](self) -> Int:
        comptime if shift == 0:
            return self
        return 0

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

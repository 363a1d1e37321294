# SIMD[dtype, size]: `size` lanes of a machine type; Scalar[dt] is one lane.
# Arithmetic is lane by lane; == and != compare whole vectors; the ordered
# comparisons are for scalars only (the .lt()/.gt() methods give masks).

comptime Scalar[dtype: DType] = SIMD[dtype, 1]
comptime Int8 = SIMD[DType.int8, 1]
comptime Int16 = SIMD[DType.int16, 1]
comptime Int32 = SIMD[DType.int32, 1]
comptime Int64 = SIMD[DType.int64, 1]
comptime Int128 = SIMD[DType.int128, 1]
comptime UInt8 = SIMD[DType.uint8, 1]
comptime Byte = UInt8
comptime UInt16 = SIMD[DType.uint16, 1]
comptime UInt32 = SIMD[DType.uint32, 1]
comptime UInt64 = SIMD[DType.uint64, 1]
comptime UInt128 = SIMD[DType.uint128, 1]
comptime Float16 = SIMD[DType.float16, 1]
comptime BFloat16 = SIMD[DType.bfloat16, 1]
comptime Float32 = SIMD[DType.float32, 1]
comptime Float64 = SIMD[DType.float64, 1]


@register_passable("trivial")
struct SIMD[dtype: DType, size: Int](
    Boolable, Comparable, Hashable, Intable, Indexer, Writable, ImplicitlyCopyable
):
    var _value: __builtin.simd[dtype, size]

    # Limits in every lane: MAX and MIN are +inf and -inf for floating-point
    # dtypes, the FINITE ones the largest and most negative finite values.
    comptime MAX = Self(_simd_limit[Self.dtype, 0]())
    comptime MIN = Self(_simd_limit[Self.dtype, 1]())
    comptime MAX_FINITE = Self(_simd_limit[Self.dtype, 2]())
    comptime MIN_FINITE = Self(_simd_limit[Self.dtype, 3]())

    def __init__(out self, *, raw: __builtin.simd[dtype, size]):
        self._value = raw

    def __init__(out self):
        """All lanes zero (Mojo 1.0's default constructor)."""
        self._value = __builtin.splat[size](__builtin.cast[dtype](Int(0)._value))

    def __init__(out self, value: Int):
        self._value = __builtin.splat[size](__builtin.cast[dtype](value._value))

    @implicit
    def __init__(out self, value: Scalar[dtype], /):
        """Splats a scalar of the same dtype (implicit, as in Mojo 1.0:
        `v * Scalar[dtype](2)` scales every lane)."""
        self._value = __builtin.splat[size](value._value)

    def __init__[other: DType, //](out self, value: SIMD[other, size], /):
        """Converts each lane from another dtype (the same vector when
        `other` is `dtype`)."""
        self._value = __builtin.cast[dtype](value._value)

    def __init__(out self, value: Bool):
        self._value = __builtin.splat[size](__builtin.cast[dtype](value._value))

    def __init__(out self, first: Scalar[dtype], second: Scalar[dtype], *rest: Scalar[dtype]):
        """One value per lane: `SIMD[DType.int32, 4](1, 2, 3, 4)` (lanes
        without a value are 0; one value splats, through the other overloads)."""
        self._value = __builtin.splat[size](__builtin.cast[dtype](Int(0)._value))
        self._value = __builtin.insert(self._value, first._value, 0)
        comptime if size > 1:
            self._value = __builtin.insert(self._value, second._value, 1)
        comptime for i in range(size - 2):
            if i < len(rest):
                self._value = __builtin.insert(self._value, rest[i]._value, i + 2)

    def __init__(out self, first: Bool, second: Bool, *rest: Bool):
        """One Bool per lane of a mask: `SIMD[DType.bool, 4](True, False, True, True)`."""
        self._value = __builtin.splat[size](__builtin.cast[dtype](Int(0)._value))
        self._value = __builtin.insert(self._value, __builtin.cast[dtype](first._value), 0)
        comptime if size > 1:
            self._value = __builtin.insert(self._value, __builtin.cast[dtype](second._value), 1)
        comptime for i in range(size - 2):
            if i < len(rest):
                self._value = __builtin.insert(self._value, __builtin.cast[dtype](rest[i]._value), i + 2)

    def __init__(out self, text: String) raises:
        self = Self(atof(text))

    def __bool__(self) -> Bool:
        comptime if Self.dtype == DType.bool:
            return Bool(raw=__builtin.reduce_or(self._value))
        return Bool(raw=__builtin.reduce_or(__builtin.ne(self._value, 0)))

    def __len__(self) -> Int:
        return size

    def __int__(self) -> Int:
        """The scalar as an Int, its fraction truncated."""
        comptime assert size == 1, "expected a scalar type"
        return Int(raw=__builtin.cast[DType.index](self[0]._value))

    def __index__(self) -> Int:
        """The (integral) scalar as an index."""
        comptime assert size == 1, "expected a scalar type"
        comptime assert dtype.is_integral(), "an index must be an integral scalar"
        return Int(raw=__builtin.cast[DType.index](self[0]._value))

    def __add__(self, rhs: Self) -> Self:
        return Self(raw=__builtin.add(self._value, rhs._value))

    def __sub__(self, rhs: Self) -> Self:
        return Self(raw=__builtin.sub(self._value, rhs._value))

    def __mul__(self, rhs: Self) -> Self:
        return Self(raw=__builtin.mul(self._value, rhs._value))

    def __truediv__(self, rhs: Self) -> Self:
        return Self(raw=__builtin.div(self._value, rhs._value))

    def __floordiv__(self, rhs: Self) -> Self:
        return Self(raw=__builtin.floordiv(self._value, rhs._value))

    def __mod__(self, rhs: Self) -> Self:
        return Self(raw=__builtin.mod(self._value, rhs._value))

    def __floor__(self) -> Self:
        """Each lane rounded toward -inf (integers are unchanged)."""
        return Self(raw=__builtin.floor(self._value))

    def __ceil__(self) -> Self:
        """Each lane rounded toward +inf (integers are unchanged)."""
        return Self(raw=__builtin.ceil(self._value))

    def __trunc__(self) -> Self:
        """Each lane rounded toward zero (integers are unchanged)."""
        return Self(raw=__builtin.trunc(self._value))

    def __ceildiv__(self, denominator: Self) -> Self:
        """Each lane divided by denominator, rounded toward +inf."""
        comptime if Self.dtype.is_unsigned():
            var q = self // denominator
            return q + (self - q * denominator).ne(Self(0)).select(Self(1), Self(0))
        return -((-self) // denominator)

    def __pow__(self, rhs: Self) -> Self:
        return Self(raw=__builtin.pow(self._value, rhs._value))

    def __neg__(self) -> Self:
        return Self(raw=__builtin.neg(self._value))

    def __pos__(self) -> Self:
        return self

    def __invert__(self) -> Self:
        return Self(raw=__builtin.invert(self._value))

    def __and__(self, rhs: Self) -> Self:
        return Self(raw=__builtin.and(self._value, rhs._value))

    def __or__(self, rhs: Self) -> Self:
        return Self(raw=__builtin.or(self._value, rhs._value))

    def __xor__(self, rhs: Self) -> Self:
        return Self(raw=__builtin.xor(self._value, rhs._value))

    def __lshift__(self, rhs: Self) -> Self:
        return Self(raw=__builtin.shl(self._value, rhs._value))

    def __rshift__(self, rhs: Self) -> Self:
        return Self(raw=__builtin.shr(self._value, rhs._value))

    def __hash__(self) -> UInt64:
        # The lanes' bit patterns, read back through memory as bytes.
        var slot = __builtin.stack_alloc[__builtin.simd[dtype, size], 1]()
        __builtin.store(slot, self._value)
        return _hash_bytes(
            __builtin.bitcast[__builtin.simd[DType.uint8, 1]](slot),
            Int(raw=__builtin.size_of[__builtin.simd[dtype, size]]()),
        )

    def __eq__(self, rhs: Self) -> Bool:
        return Bool(raw=__builtin.reduce_and(__builtin.eq(self._value, rhs._value)))

    def __ne__(self, rhs: Self) -> Bool:
        return Bool(raw=__builtin.reduce_or(__builtin.ne(self._value, rhs._value)))

    def __lt__(self, rhs: Self) -> Bool:
        comptime assert size == 1, "'<' compares scalars; use .lt() for a lane-by-lane mask"
        return Bool(raw=__builtin.reduce_and(__builtin.lt(self._value, rhs._value)))

    def __le__(self, rhs: Self) -> Bool:
        comptime assert size == 1, "'<=' compares scalars; use .le() for a lane-by-lane mask"
        return Bool(raw=__builtin.reduce_and(__builtin.le(self._value, rhs._value)))

    def __gt__(self, rhs: Self) -> Bool:
        comptime assert size == 1, "'>' compares scalars; use .gt() for a lane-by-lane mask"
        return Bool(raw=__builtin.reduce_and(__builtin.gt(self._value, rhs._value)))

    def __ge__(self, rhs: Self) -> Bool:
        comptime assert size == 1, "'>=' compares scalars; use .ge() for a lane-by-lane mask"
        return Bool(raw=__builtin.reduce_and(__builtin.ge(self._value, rhs._value)))

    # Reflected forms: `2 * v` broadcasts the scalar on the left.
    def __radd__(self, lhs: Self) -> Self:
        return lhs + self

    def __rsub__(self, lhs: Self) -> Self:
        return lhs - self

    def __rmul__(self, lhs: Self) -> Self:
        return lhs * self

    def __rtruediv__(self, lhs: Self) -> Self:
        return lhs / self

    def __rfloordiv__(self, lhs: Self) -> Self:
        return lhs // self

    def __rmod__(self, lhs: Self) -> Self:
        return lhs % self

    def __rpow__(self, lhs: Self) -> Self:
        return lhs ** self

    def __rand__(self, lhs: Self) -> Self:
        return lhs & self

    def __ror__(self, lhs: Self) -> Self:
        return lhs | self

    def __rxor__(self, lhs: Self) -> Self:
        return lhs ^ self

    def __rlshift__(self, lhs: Self) -> Self:
        return lhs << self

    def __rrshift__(self, lhs: Self) -> Self:
        return lhs >> self

    def __ifloordiv__(mut self, rhs: Self):
        self._value = __builtin.floordiv(self._value, rhs._value)

    def __imod__(mut self, rhs: Self):
        self._value = __builtin.mod(self._value, rhs._value)

    def __ipow__(mut self, rhs: Self):
        self._value = __builtin.pow(self._value, rhs._value)

    def __iand__(mut self, rhs: Self):
        self._value = __builtin.and(self._value, rhs._value)

    def __ior__(mut self, rhs: Self):
        self._value = __builtin.or(self._value, rhs._value)

    def __ixor__(mut self, rhs: Self):
        self._value = __builtin.xor(self._value, rhs._value)

    def __ilshift__(mut self, rhs: Self):
        self._value = __builtin.shl(self._value, rhs._value)

    def __irshift__(mut self, rhs: Self):
        self._value = __builtin.shr(self._value, rhs._value)

    # Element-wise comparisons: a mask with one bool lane per lane.
    def eq(self, rhs: Self) -> SIMD[DType.bool, size]:
        return SIMD[DType.bool, size](raw=__builtin.eq(self._value, rhs._value))

    def ne(self, rhs: Self) -> SIMD[DType.bool, size]:
        return SIMD[DType.bool, size](raw=__builtin.ne(self._value, rhs._value))

    def lt(self, rhs: Self) -> SIMD[DType.bool, size]:
        return SIMD[DType.bool, size](raw=__builtin.lt(self._value, rhs._value))

    def le(self, rhs: Self) -> SIMD[DType.bool, size]:
        return SIMD[DType.bool, size](raw=__builtin.le(self._value, rhs._value))

    def gt(self, rhs: Self) -> SIMD[DType.bool, size]:
        return SIMD[DType.bool, size](raw=__builtin.gt(self._value, rhs._value))

    def ge(self, rhs: Self) -> SIMD[DType.bool, size]:
        return SIMD[DType.bool, size](raw=__builtin.ge(self._value, rhs._value))

    def select[dt: DType](self, true_case: SIMD[dt, size], false_case: SIMD[dt, size]) -> SIMD[dt, size]:
        """On a mask: true_case's lane where the mask is True, else false_case's."""
        return SIMD[dt, size](
            raw=__builtin.select(__builtin.cast[DType.bool](self._value), true_case._value, false_case._value)
        )

    def reduce_and(self) -> Scalar[dtype]:
        return Scalar[dtype](raw=__builtin.reduce_and(self._value))

    def reduce_or(self) -> Scalar[dtype]:
        return Scalar[dtype](raw=__builtin.reduce_or(self._value))

    def reduce_bit_count(self) -> Int:
        """The set bits of all lanes together (True lanes of a mask)."""
        var counts = __builtin.cast[DType.index](__builtin.pop_count(self._value))
        return Int(raw=__builtin.reduce_add(counts))

    def clamp(self, lower_bound: Self, upper_bound: Self) -> Self:
        return Self(raw=__builtin.min(__builtin.max(self._value, lower_bound._value), upper_bound._value))

    def shuffle[*mask: Int](self) -> SIMD[dtype, len(mask)]:
        """Lane i of the result is lane mask[i] of self."""
        return SIMD[dtype, len(mask)](raw=__builtin.shuffle["pick", mask](self._value, self._value))

    def shuffle[*mask: Int](self, other: Self) -> SIMD[dtype, len(mask)]:
        """Lane i of the result is lane mask[i] of self's lanes followed by
        other's."""
        return SIMD[dtype, len(mask)](raw=__builtin.shuffle[mask](self._value, other._value))

    def slice[output_width: Int, /, *, offset: Int = 0](self) -> SIMD[dtype, output_width]:
        return SIMD[dtype, output_width](raw=__builtin.shuffle["slice", output_width, offset](self._value, self._value))

    def insert[*, offset: Int = 0, w: Int](self, value: SIMD[dtype, w]) -> Self:
        return Self(raw=__builtin.shuffle["insert", offset](self._value, value._value))

    def join(self, other: Self) -> SIMD[dtype, 2 * size]:
        return SIMD[dtype, 2 * size](raw=__builtin.shuffle["join"](self._value, other._value))

    def interleave(self, other: Self) -> SIMD[dtype, 2 * size]:
        return SIMD[dtype, 2 * size](raw=__builtin.shuffle["interleave"](self._value, other._value))

    def deinterleave(self) -> (SIMD[dtype, size // 2], SIMD[dtype, size // 2]):
        return (
            SIMD[dtype, size // 2](raw=__builtin.shuffle["deinterleave", 0](self._value, self._value)),
            SIMD[dtype, size // 2](raw=__builtin.shuffle["deinterleave", 1](self._value, self._value)),
        )

    def reversed(self) -> Self:
        return Self(raw=__builtin.shuffle["reverse"](self._value, self._value))

    def rotate_left[shift: Int](self) -> Self:
        return Self(raw=__builtin.shuffle["rotate", shift](self._value, self._value))

    def rotate_right[shift: Int](self) -> Self:
        return Self(raw=__builtin.shuffle["rotate", -shift](self._value, self._value))

    def shift_left[shift: Int](self) -> Self:
        """Lanes move toward lane 0 by shift; zeros fill the end."""
        return Self(raw=__builtin.shuffle["shift", shift](self._value, __builtin.splat[size](__builtin.cast[dtype](Int(0)._value))))

    def shift_right[shift: Int](self) -> Self:
        return Self(raw=__builtin.shuffle["shift", -shift](self._value, __builtin.splat[size](__builtin.cast[dtype](Int(0)._value))))

    def __iadd__(mut self, rhs: Self):
        self._value = __builtin.add(self._value, rhs._value)

    def __isub__(mut self, rhs: Self):
        self._value = __builtin.sub(self._value, rhs._value)

    def __imul__(mut self, rhs: Self):
        self._value = __builtin.mul(self._value, rhs._value)

    def __itruediv__(mut self, rhs: Self):
        self._value = __builtin.div(self._value, rhs._value)

    def __getitem__(self, index: Int) -> Scalar[dtype]:
        return Scalar[dtype](raw=__builtin.extract(self._value, index))

    def __setitem__(mut self, index: Int, value: Scalar[dtype]):
        self._value = __builtin.insert(self._value, value._value, index)

    def cast[target: DType](self) -> SIMD[target, size]:
        return SIMD[target, size](raw=__builtin.cast[target](self._value))

    def is_power_of_two(self) -> SIMD[DType.bool, size]:
        """Lane by lane: whether the (integral) value is a positive power of two."""
        var zero = Self(0)
        var single = (self & (self - Self(1))).eq(zero)
        return self.gt(zero).select(single, SIMD[DType.bool, size](False))

    def reduce_add(self) -> Scalar[dtype]:
        return Scalar[dtype](raw=__builtin.reduce_add(self._value))

    def reduce_mul(self) -> Scalar[dtype]:
        return Scalar[dtype](raw=__builtin.reduce_mul(self._value))

    def reduce_max(self) -> Scalar[dtype]:
        return Scalar[dtype](raw=__builtin.reduce_max(self._value))

    def reduce_min(self) -> Scalar[dtype]:
        return Scalar[dtype](raw=__builtin.reduce_min(self._value))

    def fma(self, multiplier: Self, accumulator: Self) -> Self:
        return Self(raw=__builtin.fma(self._value, multiplier._value, accumulator._value))

    def __float__(self) -> Float64:
        """The scalar as a Float64 (Float64 of an integer may round)."""
        comptime assert size == 1, "expected a scalar type"
        return Float64(raw=__builtin.cast[DType.float64](self[0]._value))

    def __abs__(self) -> Self:
        """Lane by lane |x| (unsigned lanes are unchanged)."""
        comptime if dtype.is_unsigned() or dtype == DType.bool:
            return self
        return Self(raw=__builtin.abs(self._value))

    def __round__(self) -> Self:
        """Lane by lane to the nearest whole number (integers are unchanged)."""
        comptime if not dtype.is_floating_point():
            return self
        return Self(raw=__builtin.round(self._value))

    def __round__(self, ndigits: Int) -> Self:
        """Lane by lane to ndigits decimal places; integers lose their last
        -ndigits digits (ndigits < 0) and are otherwise unchanged."""
        comptime if dtype == DType.bool:
            return self
        elif not dtype.is_floating_point():
            if ndigits >= 0:
                return self
            return self - self % Self(10 ** (-ndigits))
        var scale = Self(1)
        var n = ndigits if ndigits >= 0 else -ndigits
        for _ in range(n):
            scale = scale * Self(10)
        if ndigits >= 0:
            return (self * scale).__round__() / scale
        return (self / scale).__round__() * scale

    def __divmod__(self, denominator: Self) -> (Self, Self):
        """(self // denominator, self % denominator), lane by lane."""
        return (self // denominator, self % denominator)

    def __contains__(self, value: Scalar[dtype]) -> Bool:
        """Whether any lane equals value (`x in v`)."""
        return Bool(raw=__builtin.reduce_or(__builtin.eq(self._value, __builtin.splat[size](value._value))))

    def split(self) -> (SIMD[dtype, size // 2], SIMD[dtype, size // 2]):
        """The low and the high half of the lanes."""
        comptime assert size > 1, "split needs at least two lanes"
        return (self.slice[size // 2](), self.slice[size // 2, offset=size // 2]())

    def sum(self) -> Scalar[dtype]:
        """The value of an integral scalar (Mojo 1.0's CoordLike)."""
        comptime assert dtype.is_integral(), "CoordLike requires integral types"
        comptime assert size == 1, "CoordLike requires size == 1"
        return self[0]

    def product(self) -> Scalar[dtype]:
        """The value of an integral scalar (Mojo 1.0's CoordLike)."""
        comptime assert dtype.is_integral(), "CoordLike requires integral types"
        comptime assert size == 1, "CoordLike requires size == 1"
        return self[0]

    def value(self) -> Scalar[dtype]:
        """The value of a scalar."""
        comptime assert size == 1, "expected a scalar type"
        return self[0]

    def to_bits[_dtype: DType = _uint_of_width[dtype.bit_width()]](self) -> SIMD[_dtype, size]:
        """The lanes' bits as unsigned integers (`Float32(1.0).to_bits()` is
        0x3F800000), widened to `_dtype` when that is wider."""
        comptime assert _dtype.is_unsigned(), "the target type must be unsigned integral"
        comptime assert _dtype.bit_width() >= dtype.bit_width(), "the target type must be at least as wide as the source type"
        comptime if dtype == DType.bool:
            return self.cast[_dtype]()
        comptime same = _uint_of_width[dtype.bit_width()]
        var slot = __builtin.stack_alloc[__builtin.simd[dtype, size], 1]()
        __builtin.store(slot, self._value)
        var bits = SIMD[same, size](raw=__builtin.load(__builtin.bitcast[__builtin.simd[same, size]](slot)))
        return bits.cast[_dtype]()

    def as_bytes[*, big_endian: Bool = False](self) -> InlineArray[Byte, size * dtype.size_of()]:
        """The vector's bytes: each lane little-endian (the byte order of
        the hosts Ignis targets), or big-endian with `big_endian=True`;
        lanes stay in order."""
        var array = InlineArray[Byte, size * dtype.size_of()](uninitialized=True)
        __builtin.store(__builtin.bitcast[__builtin.simd[dtype, size]](array.unsafe_ptr()._ptr), self._value)
        comptime if big_endian:
            _reverse_lane_bytes[dtype.size_of()](array.unsafe_ptr(), size)
        return array^

    @staticmethod
    def from_bytes[*, big_endian: Bool = False](bytes: InlineArray[Byte, size * dtype.size_of()]) -> Self:
        """The vector whose bytes these are (each lane little-endian, or
        big-endian with `big_endian=True`)."""
        comptime if big_endian:
            var copy = bytes.copy()
            _reverse_lane_bytes[dtype.size_of()](copy.unsafe_ptr(), size)
            return Self(raw=__builtin.load(__builtin.bitcast[__builtin.simd[dtype, size]](copy.unsafe_ptr()._ptr)))
        return Self(raw=__builtin.load(__builtin.bitcast[__builtin.simd[dtype, size]](bytes.unsafe_ptr()._ptr)))

    def write_padded(self, mut writer: Some[Writer], width: Int):
        """Each (integral) lane right-aligned in `width` columns, no separator
        between lanes."""
        comptime assert dtype.is_integral(), "write_padded needs an integral dtype"
        comptime for i in range(size):
            var text = String(self[i])
            for _ in range(width - text.byte_length()):
                writer.write_str(" ")
            writer.write(text)

    def write_to(self, mut writer: Some[Writer]):
        comptime if size == 1:
            _write_scalar[dtype](writer, __builtin.extract(self._value, 0))
        else:
            writer.write_str("[")
            comptime for i in range(size):
                comptime if i > 0:
                    writer.write_str(", ")
                _write_scalar[dtype](writer, __builtin.extract(self._value, i))
            writer.write_str("]")

    def write_repr_to(self, mut writer: Some[Writer]):
        """`SIMD[DType.float64, 1](1.5)`: the type, then the lanes."""
        writer.write_str("SIMD[")
        writer.write_str("DType.")
        writer.write_str(_dtype_name[dtype]())
        writer.write_str(", ")
        Int(size).write_to(writer)
        writer.write_str("](")
        comptime for i in range(size):
            comptime if i > 0:
                writer.write_str(", ")
            _write_scalar[dtype](writer, __builtin.extract(self._value, i))
        writer.write_str(")")


def _dtype_name[dt: DType]() -> StringLiteral:
    comptime if dt == DType.bool:
        return "bool"
    elif dt == DType.int8:
        return "int8"
    elif dt == DType.int16:
        return "int16"
    elif dt == DType.int32:
        return "int32"
    elif dt == DType.int64:
        return "int64"
    elif dt == DType.uint8:
        return "uint8"
    elif dt == DType.uint16:
        return "uint16"
    elif dt == DType.uint32:
        return "uint32"
    elif dt == DType.uint64:
        return "uint64"
    elif dt == DType.float16:
        return "float16"
    elif dt == DType.bfloat16:
        return "bfloat16"
    elif dt == DType.float32:
        return "float32"
    elif dt == DType.float64:
        return "float64"
    elif dt == DType.int128:
        return "int128"
    elif dt == DType.uint128:
        return "uint128"
    else:
        return "int"


def _write_scalar[dt: DType](mut writer: Some[Writer], value: __builtin.simd[dt, 1]):
    var buffer = __builtin.stack_alloc[__builtin.simd[DType.uint8, 1], 64]()
    var length: __builtin.simd[DType.index, 1]
    comptime if dt.bit_width() == 128:
        # Past the runtime's 64-bit formatting: digits by division.
        length = _format_int128[dt](value, buffer)._value
        writer.write_bytes(buffer, Int(raw=length))
        return
    comptime if (
        __builtin.target_field["accelerator"] == "nvidia"
        or __builtin.target_field["accelerator"] == "amd"
    ) and dt != DType.bool:
        # On a GPU the runtime's formatting is not there: format here.
        comptime if dt == DType.float64:
            length = _format_float_gpu(value, True, buffer)._value
        elif dt.is_floating_point():
            length = _format_float_gpu(__builtin.cast[DType.float64](value), False, buffer)._value
        elif dt == DType.uint64:
            length = _format_int_gpu(__builtin.cast[DType.uint64](value), False, buffer)._value
        else:
            var v = __builtin.cast[DType.int64](value)
            var neg = Int64(raw=v) < 0
            length = _format_int_gpu(
                __builtin.cast[DType.uint64](__builtin.neg(v) if neg else v), neg, buffer
            )._value
        writer.write_bytes(buffer, Int(raw=length))
        return
    comptime if dt == DType.bool:
        if Bool(raw=__builtin.cast[DType.bool](value)):
            writer.write_str("True")
        else:
            writer.write_str("False")
        return
    elif dt == DType.float64:
        length = __builtin.external_call["ignis_rt_format_f64", __builtin.simd[DType.index, 1]](value, buffer)
    elif dt == DType.float32 or dt == DType.float16 or dt == DType.bfloat16:
        length = __builtin.external_call["ignis_rt_format_f32", __builtin.simd[DType.index, 1]](
            __builtin.cast[DType.float32](value), buffer
        )
    elif dt == DType.uint64:
        length = __builtin.external_call["ignis_rt_format_uint", __builtin.simd[DType.index, 1]](value, buffer)
    else:
        length = __builtin.external_call["ignis_rt_format_int", __builtin.simd[DType.index, 1]](
            __builtin.cast[DType.int64](value), buffer
        )
    writer.write_bytes(buffer, Int(raw=length))

def _format_int128[dt: DType](
    value: __builtin.simd[dt, 1], buf: __builtin.pointer[__builtin.simd[DType.uint8, 1]]
) -> Int:
    """The decimal digits of a 128-bit integer into buf; their count."""
    var v = Scalar[dt](raw=value)
    var neg = False
    comptime if not dt.is_unsigned():
        neg = v < 0
    # Digits from the last, as negative remainders (the minimum has no
    # positive counterpart).
    var digits = __builtin.stack_alloc[__builtin.simd[DType.uint8, 1], 40]()
    var n = 0
    while True:
        var q = v / 10
        var r = Int(q * 10 - v) if neg else Int(v - q * 10)
        _put(digits, n, r + 48)
        n += 1
        v = q
        if v == 0:
            break
    var at = 0
    if neg:
        _put(buf, 0, 45)
        at = 1
    for i in range(n):
        __builtin.store(__builtin.offset(buf, (at + i)._value), __builtin.load(__builtin.offset(digits, (n - 1 - i)._value)))
    return at + n


# The unsigned dtype of `width` bits (uint8 for bool's one bit).
comptime _uint_of_width[width: Int] = (
    DType.uint8 if width <= 8
    else DType.uint16 if width == 16
    else DType.uint32 if width == 32
    else DType.uint64 if width == 64
    else DType.uint128
)


def _simd_limit[dtype: DType, which: Int]() -> Scalar[dtype]:
    """SIMD.MAX (which 0), MIN (1), MAX_FINITE (2), MIN_FINITE (3)."""
    from std.utils.numerics import max_or_inf, min_or_neg_inf, max_finite, min_finite

    comptime if which == 0:
        return max_or_inf[dtype]()
    elif which == 1:
        return min_or_neg_inf[dtype]()
    elif which == 2:
        return max_finite[dtype]()
    else:
        return min_finite[dtype]()


# UInt is the unsigned pointer-sized integer (a 64-bit scalar here).
comptime UInt = SIMD[DType.uint64, 1]


def any[w: Int](mask: SIMD[DType.bool, w]) -> Bool:
    return Bool(raw=__builtin.reduce_or(mask._value))


def all[w: Int](mask: SIMD[DType.bool, w]) -> Bool:
    return Bool(raw=__builtin.reduce_and(mask._value))


def _put(buf: __builtin.pointer[__builtin.simd[DType.uint8, 1]], at: Int, ch: Int):
    __builtin.store(__builtin.offset(buf, at._value), __builtin.cast[DType.uint8](ch._value))


def _format_int_gpu(
    magnitude: __builtin.simd[DType.uint64, 1], negative: Bool,
    buf: __builtin.pointer[__builtin.simd[DType.uint8, 1]],
) -> Int:
    """Decimal digits of magnitude (with '-' when negative) into buf."""
    var digits = __builtin.stack_alloc[__builtin.simd[DType.uint8, 1], 24]()
    var m = UInt64(raw=magnitude)
    var count = 0
    while True:
        _put(digits, count, Int(m % 10) + 48)
        count += 1
        m = m // 10
        if m == 0:
            break
    var n = 0
    if negative:
        _put(buf, 0, 45)
        n = 1
    var i = count - 1
    while i >= 0:
        __builtin.store(__builtin.offset(buf, n._value), __builtin.load(__builtin.offset(digits, i._value)))
        n += 1
        i -= 1
    return n


def _pow10(k: Int) -> Float64:
    var r = Float64(1)
    for _ in range(k):
        r *= 10
    return r


def _format_float_gpu(
    value: __builtin.simd[DType.float64, 1], is64: Bool,
    buf: __builtin.pointer[__builtin.simd[DType.uint8, 1]],
) -> Int:
    """value as print shows it (`1.5`, `0.1`, `1e+20`): the fewest digits
    that read back as the same float32/float64, found by trying each length
    (a GPU-side stand-in for the runtime's exact shortest formatting)."""
    var x = Float64(raw=value)
    var n = 0
    if x != x:
        _put(buf, 0, 110)
        _put(buf, 1, 97)
        _put(buf, 2, 110)
        return 3
    if x < 0 or (x == 0 and Float64(1) / x < 0):
        _put(buf, 0, 45)
        n = 1
        x = -x
    if x == Float64(1) / Float64(0):
        _put(buf, n, 105)
        _put(buf, n + 1, 110)
        _put(buf, n + 2, 102)
        return n + 3
    if x == 0:
        _put(buf, n, 48)
        _put(buf, n + 1, 46)
        _put(buf, n + 2, 48)
        return n + 3
    var e = 0
    var m = x
    while m >= 10:
        m /= 10
        e += 1
    while m < 1:
        m *= 10
        e -= 1
    var max_digits = 17 if is64 else 9
    var p = 1
    var d = UInt64(0)
    while p <= max_digits:
        d = UInt64(m * _pow10(p - 1) + 0.5)
        var k = e - p + 1
        var y = Float64(d) * _pow10(k) if k >= 0 else Float64(d) / _pow10(-k)
        if (is64 and y == x) or (not is64 and Float32(y) == Float32(x)):
            break
        p += 1
    if p > max_digits:
        p = max_digits
    if Float64(d) >= _pow10(p):
        d = d // 10
        e += 1
    # The p digits of d, most significant first.
    var digits = __builtin.stack_alloc[__builtin.simd[DType.uint8, 1], 24]()
    var i = p - 1
    var t = d
    while i >= 0:
        _put(digits, i, Int(t % 10) + 48)
        t = t // 10
        i -= 1
    # Trailing zeros carry nothing.
    while p > 1 and Int(raw=__builtin.cast[DType.index](__builtin.load(__builtin.offset(digits, (p - 1)._value)))) == 48:
        p -= 1
    if e >= -4 and e < 16:
        if e >= 0:
            for j in range(e + 1):
                _put(buf, n, Int(raw=__builtin.cast[DType.index](__builtin.load(__builtin.offset(digits, j._value)))) if j < p else 48)
                n += 1
            _put(buf, n, 46)
            n += 1
            if p > e + 1:
                for j in range(e + 1, p):
                    __builtin.store(__builtin.offset(buf, n._value), __builtin.load(__builtin.offset(digits, j._value)))
                    n += 1
            else:
                _put(buf, n, 48)
                n += 1
        else:
            _put(buf, n, 48)
            _put(buf, n + 1, 46)
            n += 2
            for _ in range(-e - 1):
                _put(buf, n, 48)
                n += 1
            for j in range(p):
                __builtin.store(__builtin.offset(buf, n._value), __builtin.load(__builtin.offset(digits, j._value)))
                n += 1
        return n
    __builtin.store(__builtin.offset(buf, n._value), __builtin.load(digits))
    n += 1
    if p > 1:
        _put(buf, n, 46)
        n += 1
        for j in range(1, p):
            __builtin.store(__builtin.offset(buf, n._value), __builtin.load(__builtin.offset(digits, j._value)))
            n += 1
    _put(buf, n, 101)
    _put(buf, n + 1, 45 if e < 0 else 43)
    n += 2
    var ae = -e if e < 0 else e
    if ae < 10:
        _put(buf, n, 48)
        n += 1
    return n + _format_int_gpu(UInt64(ae)._value, False, __builtin.offset(buf, n._value))


def _reverse_lane_bytes[width: Int](p: UnsafePointer[Byte, ...], lanes: Int):
    """Reverses the bytes of each of `lanes` consecutive `width`-byte lanes
    at p (the byte-order swap of as_bytes/from_bytes)."""
    for lane in range(lanes):
        for k in range(width // 2):
            var a = lane * width + k
            var b = lane * width + width - 1 - k
            var t = p[a]
            p[a] = p[b]
            p[b] = t

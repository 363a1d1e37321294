# Bit operations on Int and on integral SIMD values, lane by lane (Mojo
# 1.0's std/bit): counting, reversing, byte swapping, rotating, powers of two.
# They lower to LLVM's ctpop/ctlz/cttz/bswap/bitreverse.


def _int64(val: Int) -> Int64:
    return Int64(val)


def count_leading_zeros(val: Int) -> Int:
    """The number of zero bits above the highest set bit (64 for 0)."""
    return Int(SIMD[DType.int64, 1](raw=__builtin.count_leading_zeros(_int64(val)._value)))


def count_leading_zeros[dtype: DType, width: Int, //](val: SIMD[dtype, width]) -> SIMD[dtype, width]:
    comptime assert dtype.is_integral(), "must be integral"
    return SIMD[dtype, width](raw=__builtin.count_leading_zeros(val._value))


def count_trailing_zeros(val: Int) -> Int:
    """The number of zero bits below the lowest set bit (64 for 0)."""
    return Int(SIMD[DType.int64, 1](raw=__builtin.count_trailing_zeros(_int64(val)._value)))


def count_trailing_zeros[dtype: DType, width: Int, //](val: SIMD[dtype, width]) -> SIMD[dtype, width]:
    comptime assert dtype.is_integral(), "must be integral"
    return SIMD[dtype, width](raw=__builtin.count_trailing_zeros(val._value))


def pop_count(val: Int) -> Int:
    """The number of set bits."""
    return Int(SIMD[DType.int64, 1](raw=__builtin.pop_count(_int64(val)._value)))


def pop_count[dtype: DType, width: Int, //](val: SIMD[dtype, width]) -> SIMD[dtype, width]:
    comptime assert dtype.is_integral(), "must be integral"
    return SIMD[dtype, width](raw=__builtin.pop_count(val._value))


def bit_reverse(val: Int) -> Int:
    """The 64 bits in reverse order."""
    return Int(bit_reverse(_int64(val)))


def bit_reverse[dtype: DType, width: Int, //](val: SIMD[dtype, width]) -> SIMD[dtype, width]:
    comptime assert dtype.is_integral(), "must be integral"
    return SIMD[dtype, width](
        raw=__builtin.llvm_intrinsic["llvm.bitreverse", __builtin.simd[dtype, width]](val._value)
    )


def byte_swap(val: Int) -> Int:
    """The 8 bytes in reverse order."""
    return Int(byte_swap(_int64(val)))


def byte_swap[dtype: DType, width: Int, //](val: SIMD[dtype, width]) -> SIMD[dtype, width]:
    """Each lane's bytes reversed (an 8-bit lane is unchanged)."""
    comptime assert dtype.is_integral(), "must be integral"
    comptime if dtype.bit_width() == 8:
        return val
    else:
        return SIMD[dtype, width](
            raw=__builtin.llvm_intrinsic["llvm.bswap", __builtin.simd[dtype, width]](val._value)
        )


def bit_not[dtype: DType, width: Int, //](val: SIMD[dtype, width]) -> SIMD[dtype, width]:
    """Each lane with every bit flipped."""
    comptime assert dtype.is_integral(), "must be integral"
    return ~val


def bit_width(val: Int) -> Int:
    """The bits needed to hold val: 64 - clz(val), using ~val for a
    negative val (bit_width(0) is 0, bit_width(-1) is 0, bit_width(5) is 3)."""
    var v = ~val if val < 0 else val
    return 64 - count_leading_zeros(v)


def bit_width[dtype: DType, width: Int, //](val: SIMD[dtype, width]) -> SIMD[dtype, width]:
    comptime assert dtype.is_integral(), "must be integral"
    comptime bits = dtype.bit_width()
    comptime if dtype.is_unsigned():
        return SIMD[dtype, width](bits) - count_leading_zeros(val)
    else:
        var positive = val.lt(SIMD[dtype, width](0)).select(~val, val)
        return SIMD[dtype, width](bits) - count_leading_zeros(positive)


def log2_floor(val: Int) -> Int:
    """The position of the highest set bit (-1 for 0 and negatives)."""
    if val <= 0:
        return -1
    return 63 - count_leading_zeros(val)


def log2_floor[dtype: DType, width: Int, //](val: SIMD[dtype, width]) -> SIMD[dtype, width]:
    comptime assert dtype.is_integral(), "must be integral"
    comptime bits = dtype.bit_width()
    var result = SIMD[dtype, width](bits - 1) - count_leading_zeros(val)
    comptime if dtype.is_signed():
        return val.gt(SIMD[dtype, width](0)).select(result, SIMD[dtype, width](-1))
    else:
        return val.gt(SIMD[dtype, width](0)).select(result, ~SIMD[dtype, width](0))


def log2_ceil(val: Int) -> Int:
    """The smallest n with 2**n >= val (0 for val <= 1)."""
    if val <= 1:
        return 0
    return log2_floor(val - 1) + 1


def log2_ceil[dtype: DType, //](val: SIMD[dtype, 1]) -> SIMD[dtype, 1]:
    comptime assert dtype.is_integral(), "the input dtype must be integral"
    if val <= Scalar[dtype](1):
        return Scalar[dtype](0)
    return log2_floor(val - Scalar[dtype](1)) + Scalar[dtype](1)


def is_power_of_two(val: Int) -> Bool:
    """Whether val is a positive power of two."""
    return val > 0 and (val & (val - 1)) == 0


def is_power_of_two[dtype: DType, width: Int, //](val: SIMD[dtype, width]) -> SIMD[DType.bool, width]:
    comptime assert dtype.is_integral(), "must be integral"
    var zero = SIMD[dtype, width](0)
    var single = (val & (val - SIMD[dtype, width](1))).eq(zero)
    return val.gt(zero).select(single, SIMD[DType.bool, width](False))


def next_power_of_two(val: Int) -> Int:
    """The smallest power of two >= val (1 for val <= 1)."""
    if val <= 1:
        return 1
    return 1 << (64 - count_leading_zeros(val - 1))


def next_power_of_two[dtype: DType, width: Int, //](val: SIMD[dtype, width]) -> SIMD[dtype, width]:
    comptime assert dtype.is_integral(), "must be integral"
    var one = SIMD[dtype, width](1)
    return val.gt(one).select(one << bit_width(val - one), one)


def prev_power_of_two(val: Int) -> Int:
    """The largest power of two <= val (0 for val <= 0)."""
    if val <= 0:
        return 0
    return 1 << (bit_width(val) - 1)


def prev_power_of_two[dtype: DType, width: Int, //](val: SIMD[dtype, width]) -> SIMD[dtype, width]:
    comptime assert dtype.is_integral(), "must be integral"
    var zero = SIMD[dtype, width](0)
    var one = SIMD[dtype, width](1)
    return val.gt(zero).select(one << (bit_width(val) - one), zero)


def rotate_bits_left[shift: Int](x: Int) -> Int:
    """x's 64 bits rotated left by shift (-64 <= shift < 64; negative
    rotates right)."""
    comptime assert shift >= -64 and shift < 64, "shift must be in [-64, 64)"
    comptime if shift == 0:
        return x
    elif shift < 0:
        return rotate_bits_right[-shift](x)
    else:
        var u = UInt64(x)
        return Int((u << UInt64(shift)) | (u >> UInt64(64 - shift)))


def rotate_bits_left[dtype: DType, width: Int, //, shift: Int](x: SIMD[dtype, width]) -> SIMD[dtype, width]:
    """Each (unsigned) lane rotated left by shift."""
    comptime assert dtype.is_unsigned(), "rotate_bits_left needs an unsigned dtype"
    comptime bits = dtype.bit_width()
    comptime assert shift >= -bits and shift < bits, "shift must be within the bit width"
    comptime if shift == 0:
        return x
    elif shift < 0:
        return rotate_bits_right[shift=-shift](x)
    else:
        return (x << SIMD[dtype, width](shift)) | (x >> SIMD[dtype, width](bits - shift))


def rotate_bits_right[shift: Int](x: Int) -> Int:
    """x's 64 bits rotated right by shift (-64 <= shift < 64)."""
    comptime assert shift >= -64 and shift < 64, "shift must be in [-64, 64)"
    comptime if shift == 0:
        return x
    elif shift < 0:
        return rotate_bits_left[-shift](x)
    else:
        var u = UInt64(x)
        return Int((u >> UInt64(shift)) | (u << UInt64(64 - shift)))


def rotate_bits_right[dtype: DType, width: Int, //, shift: Int](x: SIMD[dtype, width]) -> SIMD[dtype, width]:
    """Each (unsigned) lane rotated right by shift."""
    comptime assert dtype.is_unsigned(), "rotate_bits_right needs an unsigned dtype"
    comptime bits = dtype.bit_width()
    comptime assert shift >= -bits and shift < bits, "shift must be within the bit width"
    comptime if shift == 0:
        return x
    elif shift < 0:
        return rotate_bits_left[shift=-shift](x)
    else:
        return (x >> SIMD[dtype, width](shift)) | (x << SIMD[dtype, width](bits - shift))

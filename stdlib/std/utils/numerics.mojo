# Numeric limits and IEEE classification (Mojo 1.0's std/utils/numerics):
# nan, inf, neg_inf, max_finite, min_finite, max_or_inf, min_or_neg_inf,
# isnan, isinf, isfinite.

import std.math


def _float_from_bits[dtype: DType](bits: UInt64) -> Scalar[dtype]:
    """The float64 with these bits, cast to dtype (exact for inf and nan)."""
    var cell = bits
    var as_float = UnsafePointer(to=cell).bitcast[Float64]()[0]
    return as_float.cast[dtype]()


def _int_max[dtype: DType]() -> Scalar[dtype]:
    comptime bits = dtype.bit_width()
    comptime if dtype == DType.bool:
        return Scalar[dtype](True)
    elif dtype.is_unsigned():
        return ~Scalar[dtype](0)
    else:
        return ~(Scalar[dtype](1) << Scalar[dtype](bits - 1))


def _int_min[dtype: DType]() -> Scalar[dtype]:
    comptime bits = dtype.bit_width()
    comptime if dtype == DType.bool:
        return Scalar[dtype](False)
    elif dtype.is_unsigned():
        return Scalar[dtype](0)
    else:
        return Scalar[dtype](1) << Scalar[dtype](bits - 1)


def nan[dtype: DType]() -> Scalar[dtype]:
    """A quiet NaN (floating-point dtypes)."""
    comptime assert dtype.is_floating_point(), "nan needs a floating-point dtype"
    return _float_from_bits[dtype](UInt64(0x7FF8) << 48)


def inf[dtype: DType]() -> Scalar[dtype]:
    """Positive infinity (floating-point dtypes)."""
    comptime assert dtype.is_floating_point(), "inf needs a floating-point dtype"
    return _float_from_bits[dtype](UInt64(0x7FF0) << 48)


def neg_inf[dtype: DType]() -> Scalar[dtype]:
    """Negative infinity (floating-point dtypes)."""
    comptime assert dtype.is_floating_point(), "neg_inf needs a floating-point dtype"
    return _float_from_bits[dtype](UInt64(0xFFF0) << 48)


def max_finite[dtype: DType]() -> Scalar[dtype]:
    """The largest finite value of dtype (the maximum of an integer dtype)."""
    comptime if dtype == DType.float64:
        return Scalar[dtype](1.7976931348623157e308)
    elif dtype == DType.float32:
        return Scalar[dtype](3.4028234663852886e38)
    elif dtype == DType.float16:
        return Scalar[dtype](65504.0)
    elif dtype == DType.bfloat16:
        return Scalar[dtype](3.3895313892515355e38)
    else:
        return _int_max[dtype]()


def min_finite[dtype: DType]() -> Scalar[dtype]:
    """The most negative finite value of dtype (the minimum of an integer
    dtype)."""
    comptime if dtype.is_floating_point():
        return -max_finite[dtype]()
    else:
        return _int_min[dtype]()


def max_or_inf[dtype: DType]() -> Scalar[dtype]:
    """inf for floating-point dtypes, the maximum for the others."""
    comptime if dtype.is_floating_point():
        return inf[dtype]()
    else:
        return _int_max[dtype]()


def min_or_neg_inf[dtype: DType]() -> Scalar[dtype]:
    """-inf for floating-point dtypes, the minimum for the others."""
    comptime if dtype.is_floating_point():
        return neg_inf[dtype]()
    else:
        return _int_min[dtype]()


def isnan[dtype: DType, width: Int, //](val: SIMD[dtype, width]) -> SIMD[DType.bool, width]:
    """Lane by lane: whether the value is NaN (always False for integers)."""
    return std.math.isnan(val)


def isinf[dtype: DType, width: Int, //](val: SIMD[dtype, width]) -> SIMD[DType.bool, width]:
    """Lane by lane: whether the value is +inf or -inf."""
    return std.math.isinf(val)


def isfinite[dtype: DType, width: Int, //](val: SIMD[dtype, width]) -> SIMD[DType.bool, width]:
    """Lane by lane: whether the value is neither infinite nor NaN."""
    return std.math.isfinite(val)

# std.math: elementwise math on SIMD values (scalars are SIMD of width 1),
# lowered to the MLIR math dialect.

# Mojo 1.0's std.math also exports the builtin abs/min/max/pow/divmod/round
# and the numerics nan/inf/isnan/isinf/isfinite.
from std.builtin.functions import abs, min, max, pow, divmod, round
from std.utils.numerics import inf, nan

comptime pi = 3.1415926535897932384626433832795028841971693993751058209749445923
comptime e = 2.7182818284590452353602874713526624977572470936999595749669676277
comptime tau = 6.2831853071795864769252867665590057683943387987502116419498891846
comptime log2e = 1.442695040888963407359924681001892137426646


def sqrt[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[dt, w]:
    return SIMD[dt, w](raw=__builtin.sqrt(x._value))


def exp[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[dt, w]:
    return SIMD[dt, w](raw=__builtin.exp(x._value))


def log[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[dt, w]:
    return SIMD[dt, w](raw=__builtin.log(x._value))


def sin[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[dt, w]:
    comptime if dt == DType.float32:
        return _sin_cos_f32[w](x, 0)
    elif dt == DType.float16 or dt == DType.bfloat16:
        return _sin_cos_f32[w](x.cast[DType.float32](), 0).cast[dt]()
    else:
        return SIMD[dt, w](raw=__builtin.sin(x._value))


def cos[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[dt, w]:
    comptime if dt == DType.float32:
        return _sin_cos_f32[w](x, 1)
    elif dt == DType.float16 or dt == DType.bfloat16:
        return _sin_cos_f32[w](x.cast[DType.float32](), 1).cast[dt]()
    else:
        return SIMD[dt, w](raw=__builtin.cos(x._value))


def _sin_cos_f32[w: Int](x: SIMD[DType.float32, w], quarter_turns: Int) -> SIMD[DType.float32, w]:
    """sin(x + quarter_turns * pi/2) for float32 lanes, in vector registers
    (quarter_turns 2 asks for tan(x) instead).
    The argument is reduced in float64 to y = x - k * pi/2 (|y| <= pi/4,
    exact enough for |x| < 2^31); sin(x) is then sin(y), cos(y), -sin(y) or
    -cos(y) by k mod 4, each a short polynomial in y * y (within 1.5 ulp;
    docs/performance.md)."""
    comptime F = SIMD[DType.float32, w]
    comptime D = SIMD[DType.float64, w]
    comptime L = SIMD[DType.int64, w]
    var x64 = x.cast[DType.float64]()
    var k = D(raw=__builtin.round(__builtin.mul(x64._value, D(0.6366197723675814)._value)))
    var y64 = fma(-k, D(1.5707963267948966), x64)
    y64 = fma(-k, D(6.123233995736766e-17), y64)
    # k = 0 keeps x itself (the fma would turn -0.0 into +0.0).
    var y = k.eq(D(0)).select(x, y64.cast[DType.float32]())
    var z = y * y
    # Minimax polynomials for sin and cos on [-pi/4, pi/4].
    var sp = fma(fma(z, F(-1.9515295891e-4), F(8.3321608736e-3)), z, F(-1.6666654611e-1))
    var s = y.eq(F(0)).select(y, fma(y * z, sp, y))  # sin(-0.0) is -0.0
    var cp = fma(fma(z, F(2.443315711809948e-5), F(-1.388731625493765e-3)), z, F(4.166664568298827e-2))
    var c = fma(z * z, cp, fma(z, F(-0.5), F(1.0)))
    if quarter_turns == 2:
        # tan(x) is tan(y) for even k, -1/tan(y) for odd k.
        var odd = (k.cast[DType.int64]() & L(1)).ne(L(0))
        return odd.select(-c / s, s / c)
    var q = (k.cast[DType.int64]() + L(quarter_turns)) & L(3)
    var s_or_c = (q & L(1)).eq(L(0)).select(s, c)
    return q.lt(L(2)).select(s_or_c, -s_or_c)


def tan[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[dt, w]:
    comptime if dt == DType.float32:
        return _sin_cos_f32[w](x, 2)
    else:
        return SIMD[dt, w](raw=__builtin.tan(x._value))


def tanh[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[dt, w]:
    return SIMD[dt, w](raw=__builtin.tanh(x._value))


trait Floorable:
    """A type with a floor operation (`math.floor`), giving the same type."""

    def __floor__(self) -> Self:
        ...


trait Ceilable:
    """A type with a ceiling operation (`math.ceil`), giving the same type."""

    def __ceil__(self) -> Self:
        ...


trait Truncable:
    """A type with a truncation operation (`math.trunc`), giving the same
    type."""

    def __trunc__(self) -> Self:
        ...


trait CeilDivable:
    """A type with a rounded-up division (`math.ceildiv`)."""

    def __ceildiv__(self, denominator: Self) -> Self:
        ...


trait CeilDivableRaising:
    """A type with a rounded-up division that can raise (`math.ceildiv`)."""

    def __ceildiv__(self, denominator: Self) raises -> Self:
        ...


def floor[T: Floorable, //](value: T) -> T:
    """The value rounded toward -inf (`value.__floor__()`)."""
    return value.__floor__()


def ceil[T: Ceilable, //](value: T) -> T:
    """The value rounded toward +inf (`value.__ceil__()`)."""
    return value.__ceil__()


def trunc[T: Truncable, //](value: T) -> T:
    """The value rounded toward zero (`value.__trunc__()`)."""
    return value.__trunc__()


def fma[dt: DType, w: Int](a: SIMD[dt, w], b: SIMD[dt, w], c: SIMD[dt, w]) -> SIMD[dt, w]:
    return SIMD[dt, w](raw=__builtin.fma(a._value, b._value, c._value))


def ceildiv[T: CeilDivable, //](numerator: T, denominator: T) -> T:
    """numerator / denominator rounded toward +inf."""
    return numerator.__ceildiv__(denominator)


def isclose[dt: DType, w: Int](
    a: SIMD[dt, w],
    b: SIMD[dt, w],
    *,
    atol: Float64 = 1e-08,
    rtol: Float64 = 1e-05,
) -> Bool:
    var diff = abs(a - b)
    var limit = SIMD[dt, w](atol) + SIMD[dt, w](rtol) * abs(b)
    return all(diff.le(limit))


def asin[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[dt, w]:
    """Arc sine, lane by lane."""
    comptime if dt == DType.float32:
        # atan(x / sqrt(1 - x^2)), with 1 - x^2 as (1 - x)(1 + x): exact
        # factors near |x| = 1.
        comptime F = SIMD[DType.float32, w]
        return _atan_f32[w](x / sqrt((F(1.0) - x) * (F(1.0) + x)))
    else:
        return SIMD[dt, w](raw=__builtin.asin(x._value))


def acos[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[dt, w]:
    """Arc cosine, lane by lane."""
    comptime if dt == DType.float32:
        # 2 atan(sqrt((1 - x) / (1 + x))).
        comptime F = SIMD[DType.float32, w]
        return F(2.0) * _atan_f32[w](sqrt((F(1.0) - x) / (F(1.0) + x)))
    else:
        return SIMD[dt, w](raw=__builtin.acos(x._value))


def atan[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[dt, w]:
    """Arc tangent, lane by lane."""
    comptime if dt == DType.float32:
        return _atan_f32[w](x)
    else:
        return SIMD[dt, w](raw=__builtin.atan(x._value))


def _atan_f32[w: Int](x: SIMD[DType.float32, w]) -> SIMD[DType.float32, w]:
    """atan for float32 lanes in vector registers: |x| is mapped into
    [0, tan(pi/8)] (as -1/|x| past tan(3pi/8), or (|x| - 1)/(|x| + 1) past
    tan(pi/8), adding pi/2 or pi/4), then an odd polynomial; the sign comes
    back last (within 2 ulp; docs/performance.md)."""
    comptime F = SIMD[DType.float32, w]
    var a = abs(x)
    var big = a.gt(F(2.414213562373095))
    var mid = a.gt(F(0.4142135623730950)) & ~big
    var t = big.select(F(-1.0) / a, mid.select((a - F(1.0)) / (a + F(1.0)), a))
    var base = big.select(F(1.5707963267948966), mid.select(F(0.7853981633974483), F(0.0)))
    var z = t * t
    var p = fma(fma(fma(z, F(8.05374449538e-2), F(-1.38776856032e-1)), z, F(1.99777106478e-1)), z, F(-3.33329491539e-1))
    var r = base + fma(p * z, t, t)
    return copysign(r, x)


def sinh[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[dt, w]:
    """Hyperbolic sine, lane by lane."""
    return SIMD[dt, w](raw=__builtin.sinh(x._value))


def cosh[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[dt, w]:
    """Hyperbolic cosine, lane by lane."""
    return SIMD[dt, w](raw=__builtin.cosh(x._value))


def asinh[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[dt, w]:
    """Inverse hyperbolic sine, lane by lane."""
    return SIMD[dt, w](raw=__builtin.asinh(x._value))


def acosh[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[dt, w]:
    """Inverse hyperbolic cosine, lane by lane."""
    return SIMD[dt, w](raw=__builtin.acosh(x._value))


def atanh[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[dt, w]:
    """Inverse hyperbolic tangent, lane by lane."""
    return SIMD[dt, w](raw=__builtin.atanh(x._value))


def exp2[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[dt, w]:
    """2 ** x, lane by lane."""
    return SIMD[dt, w](raw=__builtin.exp2(x._value))


def expm1[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[dt, w]:
    """E ** x - 1, accurate near 0, lane by lane."""
    return SIMD[dt, w](raw=__builtin.expm1(x._value))


def log2[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[dt, w]:
    """Base-2 logarithm, lane by lane."""
    return SIMD[dt, w](raw=__builtin.log2(x._value))


def log10[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[dt, w]:
    """Base-10 logarithm, lane by lane."""
    return SIMD[dt, w](raw=__builtin.log10(x._value))


def log1p[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[dt, w]:
    """Log(1 + x), accurate near 0, lane by lane."""
    return SIMD[dt, w](raw=__builtin.log1p(x._value))


def cbrt[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[dt, w]:
    """Cube root, lane by lane."""
    return SIMD[dt, w](raw=__builtin.cbrt(x._value))


def erf[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[dt, w]:
    """Error function, lane by lane."""
    return SIMD[dt, w](raw=__builtin.erf(x._value))


def erfc[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[dt, w]:
    """1 - erf(x), lane by lane."""
    return SIMD[dt, w](raw=__builtin.erfc(x._value))


def rsqrt[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[dt, w]:
    """1 / sqrt(x), lane by lane."""
    return SIMD[dt, w](raw=__builtin.rsqrt(x._value))


def atan2[dt: DType, w: Int](y: SIMD[dt, w], x: SIMD[dt, w]) -> SIMD[dt, w]:
    """The angle of the point (x, y), lane by lane."""
    return SIMD[dt, w](raw=__builtin.atan2(y._value, x._value))


def copysign[dt: DType, w: Int](magnitude: SIMD[dt, w], sign: SIMD[dt, w]) -> SIMD[dt, w]:
    return SIMD[dt, w](raw=__builtin.copysign(magnitude._value, sign._value))


def hypot[dt: DType, w: Int](a: SIMD[dt, w], b: SIMD[dt, w]) -> SIMD[dt, w]:
    """sqrt(a * a + b * b), lane by lane."""
    return sqrt(fma(a, a, b * b))


def recip[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[dt, w]:
    return SIMD[dt, w](1) / x


def isnan[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[DType.bool, w]:
    return SIMD[DType.bool, w](raw=__builtin.isnan(x._value))


def isinf[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[DType.bool, w]:
    return SIMD[DType.bool, w](raw=__builtin.isinf(x._value))


def isfinite[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[DType.bool, w]:
    return SIMD[DType.bool, w](raw=__builtin.isfinite(x._value))


def clamp[dt: DType, w: Int](x: SIMD[dt, w], lower_bound: SIMD[dt, w], upper_bound: SIMD[dt, w]) -> SIMD[dt, w]:
    return x.clamp(lower_bound, upper_bound)


def iota[dtype: DType, width: Int](offset: Scalar[dtype] = 0) -> SIMD[dtype, width]:
    """offset, offset + 1, ..., offset + width - 1."""
    return SIMD[dtype, width](raw=__builtin.iota[dtype, width]()) + SIMD[dtype, width](offset)


def iota[dtype: DType, //](buff: UnsafePointer[SIMD[dtype, 1]], len: Int, offset: Int = 0):
    """Writes offset, offset + 1, ... to the len values at buff."""
    for i in range(len):
        buff[i] = Scalar[dtype](offset + i)


def iota[dtype: DType, //](span: Span[SIMD[dtype, 1]], offset: Int = 0):
    """Fills span with offset, offset + 1, ..."""
    iota(span.unsafe_ptr(), len(span), offset)


def iota(span: Span[Int], offset: Int = 0):
    """Fills span with offset, offset + 1, ..."""
    var p = span.unsafe_ptr()
    for i in range(len(span)):
        p[i] = offset + i


def iota[dtype: DType, //](mut v: List[SIMD[dtype, 1]], offset: Int = 0):
    """Fills the list (Ignis does not infer dtype through the implicit
    List-to-Span conversion yet)."""
    iota(v.unsafe_ptr(), len(v), offset)


def iota(mut v: List[Int], offset: Int = 0):
    """Fills the list with offset, offset + 1, ..."""
    for i in range(len(v)):
        v[i] = offset + i


def align_down(value: Int, alignment: Int) -> Int:
    """The largest multiple of alignment <= value."""
    return (value // alignment) * alignment


def align_down[dtype: DType, width: Int, //](value: SIMD[dtype, width], alignment: SIMD[dtype, width]) -> SIMD[dtype, width]:
    return (value // alignment) * alignment


def align_up(value: Int, alignment: Int) -> Int:
    """The smallest multiple of alignment >= value."""
    return ceildiv(value, alignment) * alignment


def align_up[dtype: DType, width: Int, //](value: SIMD[dtype, width], alignment: SIMD[dtype, width]) -> SIMD[dtype, width]:
    return -((-value) // alignment) * alignment


def gcd(m: Int, n: Int, /) -> Int:
    """The greatest common divisor (non-negative; gcd(0, 0) is 0)."""
    var u = m if m >= 0 else -m
    var v = n if n >= 0 else -n
    while v != 0:
        var t = u % v
        u = v
        v = t
    return u


def gcd(s: Span[Int], /) -> Int:
    var result = 0
    for x in s:
        result = gcd(result, x)
        if result == 1:
            break
    return result


def gcd(a: Int, b: Int, c: Int, *rest: Int) -> Int:
    """The gcd of three or more values. (Mojo's is `gcd(*values)`; Ignis
    would find a two-value call ambiguous with that form.)"""
    var result = gcd(gcd(a, b), c)
    for x in rest:
        result = gcd(result, x)
    return result


def lcm(m: Int, n: Int, /) -> Int:
    """The least common multiple (non-negative; 0 when either is 0)."""
    if m == 0 or n == 0:
        return 0
    var result = (m // gcd(m, n)) * n
    return result if result >= 0 else -result


def lcm(s: Span[Int], /) -> Int:
    var result = 1
    for x in s:
        result = lcm(result, x)
    return result


def lcm(a: Int, b: Int, c: Int, *rest: Int) -> Int:
    """The lcm of three or more values (see gcd)."""
    var result = lcm(lcm(a, b), c)
    for x in rest:
        result = lcm(result, x)
    return result


def factorial(n: Int) -> Int:
    """n! (undefined for negative n; wraps past 20!)."""
    var result = 1
    for i in range(2, n + 1):
        result *= i
    return result

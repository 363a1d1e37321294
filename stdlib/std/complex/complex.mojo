# ComplexSIMD[dtype, size]: size complex numbers held as a vector of real
# parts and a vector of imaginary parts (Mojo 1.0's std/complex).

from std.math import sqrt, exp, cos, sin


comptime ComplexScalar[dtype: DType] = ComplexSIMD[dtype, 1]
comptime ComplexFloat32 = ComplexSIMD[DType.float32, 1]
comptime ComplexFloat64 = ComplexSIMD[DType.float64, 1]


@register_passable("trivial")
struct ComplexSIMD[dtype: DType, size: Int](Equatable, Writable, ImplicitlyCopyable):
    """Complex values: `re + im*i` lane by lane."""

    comptime type = Self.dtype
    comptime element_type = SIMD[Self.dtype, Self.size]

    var re: SIMD[Self.dtype, Self.size]
    var im: SIMD[Self.dtype, Self.size]

    def __init__(out self, re: SIMD[Self.dtype, Self.size], im: SIMD[Self.dtype, Self.size] = 0):
        self.re = re
        self.im = im

    def __init__(out self, *, from_interleaved: SIMD[Self.dtype, 2 * Self.size]):
        """From [re0, im0, re1, im1, ...]."""
        self.re = SIMD[Self.dtype, Self.size](0)
        self.im = SIMD[Self.dtype, Self.size](0)
        for i in range(Self.size):
            self.re[i] = from_interleaved[2 * i]
            self.im[i] = from_interleaved[2 * i + 1]

    def __init__(out self, *, from_deinterleaved: SIMD[Self.dtype, 2 * Self.size]):
        """From [re0, re1, ..., im0, im1, ...]."""
        self.re = SIMD[Self.dtype, Self.size](0)
        self.im = SIMD[Self.dtype, Self.size](0)
        for i in range(Self.size):
            self.re[i] = from_deinterleaved[i]
            self.im[i] = from_deinterleaved[Self.size + i]

    def write_repr_to(self, mut writer: Some[Writer]):
        """What repr() writes: the same as write_to."""
        self.write_to(writer)

    def write_to(self, mut writer: Some[Writer]):
        """`re + imi` per value (`re` alone when im is 0); several values
        between brackets, separated by ", "."""
        comptime if Self.size > 1:
            writer.write_string("[")
        for i in range(Self.size):
            if i != 0:
                writer.write_string(", ")
            var re = self.re[i]
            var im = self.im[i]
            re.write_to(writer)
            if im != 0:
                writer.write_string(" + ")
                im.write_to(writer)
                writer.write_string("i")
        comptime if Self.size > 1:
            writer.write_string("]")

    def __abs__(self) -> SIMD[Self.dtype, Self.size]:
        return self.norm()

    def __add__(self, rhs: Self) -> Self:
        return Self(self.re + rhs.re, self.im + rhs.im)

    def __sub__(self, rhs: Self) -> Self:
        return Self(self.re - rhs.re, self.im - rhs.im)

    def __mul__(self, rhs: Self) -> Self:
        return Self(
            self.re.fma(rhs.re, -(self.im * rhs.im)),
            self.re.fma(rhs.im, self.im * rhs.re),
        )

    def __mul__(self, rhs: Scalar[Self.dtype]) -> Self:
        var factor = SIMD[Self.dtype, Self.size](rhs)
        return Self(self.re * factor, self.im * factor)

    def __rmul__(self, lhs: Scalar[Self.dtype]) -> Self:
        return self * lhs

    def __imul__(mut self, rhs: Self):
        self = self * rhs

    def __imul__(mut self, rhs: Scalar[Self.dtype]):
        self = self * rhs

    def __iadd__(mut self, rhs: Self):
        self = self + rhs

    def __isub__(mut self, rhs: Self):
        self = self - rhs

    def __truediv__(self, rhs: Self) -> Self:
        var denom = rhs.squared_norm()
        return Self(
            self.re.fma(rhs.re, self.im * rhs.im) / denom,
            self.im.fma(rhs.re, -(self.re * rhs.im)) / denom,
        )

    def __neg__(self) -> Self:
        return Self(-self.re, -self.im)

    def __eq__(self, rhs: Self) -> Bool:
        """Whether every value has the same real and imaginary parts."""
        return self.re == rhs.re and self.im == rhs.im

    def __ne__(self, rhs: Self) -> Bool:
        return not (self == rhs)

    def conj(self) -> Self:
        """The complex conjugate re - im*i."""
        return Self(self.re, -self.im)

    def norm(self) -> SIMD[Self.dtype, Self.size]:
        """The magnitude sqrt(re*re + im*im)."""
        return sqrt(self.squared_norm())

    def squared_norm(self) -> SIMD[Self.dtype, Self.size]:
        """re*re + im*im."""
        return self.re.fma(self.re, self.im * self.im)

    def fma(self, b: Self, c: Self) -> Self:
        """self * b + c."""
        return Self(
            self.re.fma(b.re, -(self.im.fma(b.im, -c.re))),
            self.re.fma(b.im, self.im.fma(b.re, c.im)),
        )

    def squared_add(self, c: Self) -> Self:
        """self * self + c."""
        return Self(
            self.re.fma(self.re, self.im.fma(-self.im, c.re)),
            self.re.fma(self.im + self.im, c.im),
        )

    def __exp__(self) -> Self:
        """e**self (floating-point dtypes)."""
        comptime assert dtype.is_floating_point(), "dtype must be floating point"
        var exp_re = exp(self.re)
        return Self(exp_re * cos(self.im), exp_re * sin(self.im))


def abs[dtype: DType, size: Int](x: ComplexSIMD[dtype, size]) -> SIMD[dtype, size]:
    """The magnitude of each value (its norm)."""
    return x.norm()

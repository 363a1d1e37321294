# std.math: elementwise math on SIMD values (scalars are SIMD of width 1),
# lowered to the MLIR math dialect.


def sqrt[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[dt, w]:
    return SIMD[dt, w](raw=__builtin.sqrt(x._value))


def exp[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[dt, w]:
    return SIMD[dt, w](raw=__builtin.exp(x._value))


def log[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[dt, w]:
    return SIMD[dt, w](raw=__builtin.log(x._value))


def sin[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[dt, w]:
    return SIMD[dt, w](raw=__builtin.sin(x._value))


def cos[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[dt, w]:
    return SIMD[dt, w](raw=__builtin.cos(x._value))


def tan[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[dt, w]:
    return SIMD[dt, w](raw=__builtin.tan(x._value))


def tanh[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[dt, w]:
    return SIMD[dt, w](raw=__builtin.tanh(x._value))


def floor[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[dt, w]:
    return SIMD[dt, w](raw=__builtin.floor(x._value))


def ceil[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[dt, w]:
    return SIMD[dt, w](raw=__builtin.ceil(x._value))


def trunc[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[dt, w]:
    return SIMD[dt, w](raw=__builtin.trunc(x._value))


def fma[dt: DType, w: Int](a: SIMD[dt, w], b: SIMD[dt, w], c: SIMD[dt, w]) -> SIMD[dt, w]:
    return SIMD[dt, w](raw=__builtin.fma(a._value, b._value, c._value))


def ceildiv(numerator: Int, denominator: Int) -> Int:
    return -((-numerator) // denominator)


def isclose[dt: DType, w: Int](
    a: SIMD[dt, w],
    b: SIMD[dt, w],
    *,
    atol: Float64 = 1e-08,
    rtol: Float64 = 1e-05,
) -> Bool:
    var diff = abs(a - b)
    var limit = SIMD[dt, w](atol) + SIMD[dt, w](rtol) * abs(b)
    return diff <= limit

# Built-in functions: len, abs, min, max, pow, round, divmod.


def len[T: Sized](value: T) -> Int:
    return value.__len__()


def abs(value: Int) -> Int:
    if value < 0:
        return -value
    return value


def abs[dt: DType, w: Int](value: SIMD[dt, w]) -> SIMD[dt, w]:
    return SIMD[dt, w](raw=__builtin.abs(value._value))


def min(a: Int, b: Int) -> Int:
    if b < a:
        return b
    return a


def max(a: Int, b: Int) -> Int:
    if b > a:
        return b
    return a


def min[dt: DType, w: Int](a: SIMD[dt, w], b: SIMD[dt, w]) -> SIMD[dt, w]:
    return SIMD[dt, w](raw=__builtin.min(a._value, b._value))


def max[dt: DType, w: Int](a: SIMD[dt, w], b: SIMD[dt, w]) -> SIMD[dt, w]:
    return SIMD[dt, w](raw=__builtin.max(a._value, b._value))


def pow(base: Int, exp: Int) -> Int:
    return base ** exp


def pow[dt: DType, w: Int](base: SIMD[dt, w], exp: SIMD[dt, w]) -> SIMD[dt, w]:
    return base ** exp


def round[dt: DType, w: Int](value: SIMD[dt, w]) -> SIMD[dt, w]:
    return SIMD[dt, w](raw=__builtin.round(value._value))


def divmod(a: Int, b: Int) -> (Int, Int):
    return (a // b, a % b)

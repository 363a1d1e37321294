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


def round[dt: DType, w: Int](value: SIMD[dt, w], ndigits: Int) -> SIMD[dt, w]:
    """value rounded to ndigits decimal places, ties to even (as Mojo 1.0:
    floats scale by 10**ndigits, round and scale back; integers are unchanged
    for ndigits >= 0 and lose their last -ndigits digits otherwise)."""
    comptime if dt == DType.bool:
        return value
    elif dt.is_integral():
        if ndigits >= 0:
            return value
        var unit = SIMD[dt, w](10 ** (-ndigits))
        return value - value % unit
    else:
        var scale = SIMD[dt, w](1)
        var n = ndigits if ndigits >= 0 else -ndigits
        for _ in range(n):
            scale = scale * SIMD[dt, w](10)
        if ndigits >= 0:
            return round(value * scale) / scale
        return round(value / scale) * scale


def round(value: Int) -> Int:
    return value


def round(value: Int, ndigits: Int) -> Int:
    """value with its last -ndigits digits dropped (as Mojo 1.0's Int)."""
    if ndigits >= 0:
        return value
    var unit = 10 ** (-ndigits)
    return value - value % unit


def divmod(a: Int, b: Int) -> (Int, Int):
    return (a // b, a % b)


def repr[T: Writable](value: T) -> String:
    """What value.write_repr_to writes: repr("a") is 'a', repr(5) is Int(5)."""
    var result = String()
    value.write_repr_to(result)
    return result^

# hex, oct and bin: an integer in base 16, 8 or 2 with a prefix ("0x",
# "0o", "0b"); a negative value is written "-" then the prefix and the
# magnitude (hex(-255) is "-0xff"), as in Python and Mojo 1.0.

from std.collections.string_slice import StaticString


def _format_int(negative: Bool, magnitude: UInt64, radix: Int, prefix: StaticString) -> String:
    var digits = String("0123456789abcdef")
    var buffer = List[UInt8](length=64, fill=UInt8(0))
    var n = 0
    var m = magnitude
    var base = UInt64(radix)
    while True:
        buffer[n] = UInt8(digits._byte(Int(m % base)))
        n += 1
        m = m // base
        if m == UInt64(0):
            break
    var result = String(capacity=n + len(prefix) + 1)
    if negative:
        result.write_str("-")
    result.write_string(prefix)
    var i = n - 1
    while i >= 0:
        var byte = buffer[i]
        result.write_bytes(__builtin.bitcast[__builtin.simd[DType.uint8, 1]](__builtin.address_of(byte)), 1)
        i -= 1
    return result^


def _format_scalar[dt: DType](value: Scalar[dt], radix: Int, prefix: StaticString) -> String:
    comptime if dt == DType.bool:
        return _format_int(False, value.cast[DType.uint64](), radix, prefix)
    elif dt.is_unsigned():
        return _format_int(False, value.cast[DType.uint64](), radix, prefix)
    elif dt.is_integral():
        var wide = value.cast[DType.int64]()
        if wide < 0:
            # The magnitude of the most negative value wraps to itself.
            return _format_int(True, UInt64(0) - wide.cast[DType.uint64](), radix, prefix)
        return _format_int(False, wide.cast[DType.uint64](), radix, prefix)
    else:
        comptime assert dt.is_integral(), "hex, oct and bin need an integral value"
        return String()


def _format_index(value: Int, radix: Int, prefix: StaticString) -> String:
    return _format_scalar[DType.int64](Int64(value), radix, prefix)


def hex(value: Int, /, *, prefix: StaticString = "0x") -> String:
    """value in base 16: hex(255) is "0xff", hex(-255) is "-0xff"."""
    return _format_index(value, 16, prefix)


def hex[dt: DType](value: SIMD[dt, 1], /, *, prefix: StaticString = "0x") -> String:
    return _format_scalar[dt](value, 16, prefix)


def oct(value: Int, /, *, prefix: StaticString = "0o") -> String:
    """value in base 8: oct(8) is "0o10"."""
    return _format_index(value, 8, prefix)


def oct[dt: DType](value: SIMD[dt, 1], /, *, prefix: StaticString = "0o") -> String:
    return _format_scalar[dt](value, 8, prefix)


def bin(value: Int, /, *, prefix: StaticString = "0b") -> String:
    """value in base 2: bin(5) is "0b101"."""
    return _format_index(value, 2, prefix)


def bin[dt: DType](value: SIMD[dt, 1], /, *, prefix: StaticString = "0b") -> String:
    return _format_scalar[dt](value, 2, prefix)


def hex(value: Bool, /, *, prefix: StaticString = "0x") -> String:
    return _format_int(False, UInt64(1) if value else UInt64(0), 16, prefix)


def oct(value: Bool, /, *, prefix: StaticString = "0o") -> String:
    return _format_int(False, UInt64(1) if value else UInt64(0), 8, prefix)


def bin(value: Bool, /, *, prefix: StaticString = "0b") -> String:
    return _format_int(False, UInt64(1) if value else UInt64(0), 2, prefix)

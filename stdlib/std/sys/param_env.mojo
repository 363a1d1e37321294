# std.sys.param_env: values given on the command line with -D NAME=VALUE.


def is_defined[name: StringLiteral]() -> Bool:
    """Whether -D name (or -D name=VALUE) was given."""
    return comptime(__builtin.is_defined[name])


def env_get_string[name: StringLiteral]() -> StringLiteral:
    """The value of -D name=VALUE; a compile error when it is not defined."""
    return comptime(__builtin.define_value[name])


def env_get_string[name: StringLiteral, default: StringLiteral]() -> StringLiteral:
    """The value of -D name=VALUE, or default."""
    comptime if __builtin.is_defined[name]:
        return comptime(__builtin.define_value[name])
    else:
        return default


def env_get_int[name: StringLiteral, default: Int]() -> Int:
    """The integer value of -D name=VALUE, or default."""
    comptime if __builtin.is_defined[name]:
        comptime text = __builtin.define_value[name]
        return comptime(_parse_int(text))
    else:
        return default


def env_get_bool[name: StringLiteral, default: Bool]() -> Bool:
    """-D name=true/1/on (True) or false/0/off (False), or default."""
    comptime if __builtin.is_defined[name]:
        comptime text = __builtin.define_value[name]
        return comptime(_parse_bool(text))
    else:
        return default


def _parse_int(text: StringLiteral) -> Int:
    var s = String(text)
    var data = s._data
    var n = len(s)
    var i = 0
    var negative = False
    if n > 0 and _byte_at(data, 0) == 45:
        negative = True
        i = 1
    var value = 0
    while i < n:
        var digit = _byte_at(data, i) - 48
        if digit < 0 or digit > 9:
            __builtin.abort()
        value = value * 10 + digit
        i += 1
    return -value if negative else value


def _parse_bool(text: StringLiteral) -> Bool:
    var s = String(text)
    return s == "true" or s == "True" or s == "1" or s == "on"


def _byte_at(data: __builtin.pointer[__builtin.simd[DType.uint8, 1]], i: Int) -> Int:
    return Int(raw=__builtin.cast[DType.index](__builtin.load(__builtin.offset(data, i._value))))

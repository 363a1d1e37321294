# std.sys.defines: Mojo 1.0's names for values given with -D NAME=VALUE
# (the same functions as std.sys.param_env's env_get_*).

from std.sys.param_env import is_defined, env_get_string, env_get_int, env_get_bool


def get_defined_bool[name: StringLiteral, default: Bool = False]() -> Bool:
    """-D name=true/1/on (True) or false/0/off (False), or default."""
    return env_get_bool[name, default]()


def get_defined_int[name: StringLiteral]() -> Int:
    """The integer value of -D name=VALUE; a compile error when it is not
    defined."""
    comptime text = __builtin.define_value[name]
    return env_get_int[name, 0]()


def get_defined_int[name: StringLiteral, default: Int]() -> Int:
    """The integer value of -D name=VALUE, or default."""
    return env_get_int[name, default]()


def get_defined_string[name: StringLiteral]() -> StringLiteral:
    """The value of -D name=VALUE; a compile error when it is not defined."""
    return env_get_string[name]()


def get_defined_string[name: StringLiteral, default: StringLiteral]() -> StringLiteral:
    """The value of -D name=VALUE, or default."""
    return env_get_string[name, default]()

# Environment variables: getenv, setenv, unsetenv (libc's environment).

from ._libc import _c_string, _from_c_string

comptime _byte_ptr = __builtin.pointer[__builtin.simd[DType.uint8, 1]]


def getenv(var name: String, default: String = "") -> String:
    """The value of the environment variable name, or default when unset."""
    var c_name = _c_string(name)
    var value = __builtin.external_call["getenv", _byte_ptr](c_name._data)
    if Int(raw=__builtin.ptr_to_int(value)) == 0:
        return default
    return _from_c_string(value)


def setenv(var name: String, var value: String, overwrite: Bool = True) -> Bool:
    """Sets the environment variable name to value (keeping an existing one
    unless overwrite); False when the name is invalid (empty or with '=')."""
    if len(name) == 0 or "=" in name:
        return False
    var c_name = _c_string(name)
    var c_value = _c_string(value)
    var flag = Int32(1) if overwrite else Int32(0)
    return __builtin.external_call["setenv", Int32](c_name._data, c_value._data, flag._value) == 0


def unsetenv(var name: String) -> Bool:
    """Removes the environment variable name; False when the name is invalid."""
    if len(name) == 0 or "=" in name:
        return False
    var c_name = _c_string(name)
    return __builtin.external_call["unsetenv", Int32](c_name._data) == 0

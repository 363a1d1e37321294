# debug_assert: a run-time check that `-D ASSERT=` controls (as Mojo's).
#   debug_assert(cond, message)                  checked with ASSERT=all/warn
#   debug_assert[assert_mode="safe"](cond, msg)  also checked by default (safe)
# A failure prints `FILE:LINE:COL: AssertionError: message` (the location of
# the debug_assert call) and stops the program; ASSERT=warn prints and goes
# on; ASSERT=none removes every check. The message is formatted only when
# the check fails.

from std.collections._bounds import _assertion_failed


@always_inline
def debug_assert[assert_mode: StringLiteral = "none"](cond: Bool, message: Some[Writable]):
    comptime if __builtin.is_defined["ASSERT"]:
        comptime if __builtin.define_value["ASSERT"] == "all" or __builtin.define_value["ASSERT"] == "warn" or (assert_mode == "safe" and __builtin.define_value["ASSERT"] == "safe"):
            if not cond:
                _debug_assert_failed(message, __builtin.call_location())
    else:
        comptime if assert_mode == "safe":
            if not cond:
                _debug_assert_failed(message, __builtin.call_location())


@always_inline
def debug_assert[assert_mode: StringLiteral = "none"](cond: Bool, message: Some[Writable], value: Some[Writable]):
    """`debug_assert(x > 0, "x should be positive, got ", x)`."""
    comptime if __builtin.is_defined["ASSERT"]:
        comptime if __builtin.define_value["ASSERT"] == "all" or __builtin.define_value["ASSERT"] == "warn" or (assert_mode == "safe" and __builtin.define_value["ASSERT"] == "safe"):
            if not cond:
                _debug_assert_failed2(message, value, __builtin.call_location())
    else:
        comptime if assert_mode == "safe":
            if not cond:
                _debug_assert_failed2(message, value, __builtin.call_location())


@always_inline
def debug_assert[assert_mode: StringLiteral = "none"](cond: Bool):
    comptime if __builtin.is_defined["ASSERT"]:
        comptime if __builtin.define_value["ASSERT"] == "all" or __builtin.define_value["ASSERT"] == "warn" or (assert_mode == "safe" and __builtin.define_value["ASSERT"] == "safe"):
            if not cond:
                _debug_assert_failed("assertion failed", __builtin.call_location())
    else:
        comptime if assert_mode == "safe":
            if not cond:
                _debug_assert_failed("assertion failed", __builtin.call_location())


@no_inline
def _debug_assert_failed(message: Some[Writable], var loc: _SourceLocation):
    _assertion_failed(loc.prefix("AssertionError: " + String(message)))


@no_inline
def _debug_assert_failed2(message: Some[Writable], value: Some[Writable], var loc: _SourceLocation):
    _assertion_failed(loc.prefix("AssertionError: " + String(message) + String(value)))


@no_inline
def _assert_statement_failed(prefix: StringLiteral, message: Some[Writable]):
    """An `assert cond, message` statement with a non-literal message failed:
    `prefix` is `FILE:LINE:COL: AssertionError: `."""
    _assertion_failed(String(prefix) + String(message))

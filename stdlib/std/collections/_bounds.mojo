# The one place a failed bounds check of a collection is reported.
#
# Collections call `_check_index(i, len, __builtin.call_location())` from an
# `@always_inline` method, so the message names the user's subscript:
#     FILE:LINE:COL: index out of bounds: index 7, length 5
# `-D ASSERT=` picks what happens: safe (default) and all stop the program
# (exit status 1), warn prints the message and goes on, none removes the
# check (negative indices are still normalised).

# (The mode is read with `__builtin.is_defined`/`define_value` right where it
# matters: a module-level `comptime` evaluated through std.sys.param_env would
# be in progress while the bodies that use it are checked.)


@no_inline
def _index_out_of_bounds(index: Int, length: Int, var loc: _SourceLocation):
    """Reports `FILE:LINE:COL: index out of bounds: index I, length L`."""
    _assertion_failed(_bounds_message(index, length, loc))


@no_inline
def _pop_empty(var loc: _SourceLocation):
    """`pop()` on an empty collection: always stops the program (whatever
    -D ASSERT says, there is no element to return)."""
    var message = _bounds_message(-1, 0, loc)
    __builtin.external_call["ignis_rt_abort"](message._data, message._len._value)


def _bounds_message(index: Int, length: Int, loc: _SourceLocation) -> String:
    var message = String("index out of bounds: index ")
    message += String(index)
    message += ", length "
    message += String(length)
    return loc.prefix(message)


@no_inline
def _assertion_failed(message: String):
    """Prints message to stderr; stops the program unless -D ASSERT=warn."""
    comptime if __builtin.is_defined["ASSERT"]:
        comptime if __builtin.define_value["ASSERT"] == "warn":
            var line = message + "\n"
            __builtin.external_call["ignis_rt_write_err"](line._data, line._len._value)
            return
    __builtin.external_call["ignis_rt_abort"](message._data, message._len._value)


@always_inline
def _check_index(index: Int, length: Int, loc: _SourceLocation) -> Int:
    """Normalises a negative index (Python style) and checks it."""
    var i = index
    if i < 0:
        i += length
    comptime if __builtin.is_defined["ASSERT"]:
        comptime if __builtin.define_value["ASSERT"] != "none":
            if i < 0 or i >= length:
                _index_out_of_bounds(index, length, loc)
    else:
        if i < 0 or i >= length:
            _index_out_of_bounds(index, length, loc)
    return i


# Without a caller location (the message has no FILE:LINE:COL): for code not
# yet passing `__builtin.call_location()`; prefer the forms above.


@no_inline
def _index_out_of_bounds(index: Int, length: Int):
    var message = String("index out of bounds: index ")
    message += String(index)
    message += ", length "
    message += String(length)
    _assertion_failed(message)


@always_inline
def _check_index(index: Int, length: Int) -> Int:
    var i = index
    if i < 0:
        i += length
    comptime if __builtin.is_defined["ASSERT"]:
        comptime if __builtin.define_value["ASSERT"] != "none":
            if i < 0 or i >= length:
                _index_out_of_bounds(index, length)
    else:
        if i < 0 or i >= length:
            _index_out_of_bounds(index, length)
    return i

# The one place a failed bounds check of a collection is reported.
#
# Collections call `_check_index(i, len, __builtin.call_location())` from an
# `@always_inline` method, so the message names the user's subscript:
#     FILE:LINE:COL: index out of bounds: index 7, length 5
# `-D ASSERT=` picks what happens: safe (default) and all stop the program
# (exit status 1), warn prints the message and goes on, none removes the
# check (negative indices are still normalised) and only tells the optimiser
# the normalised index is not negative (`llvm.assume`, `_assume_in_bounds`).
#
# The check is one unsigned compare, `UInt(i) < UInt(length)` (a negative i
# is a huge unsigned number; a length is never negative), and in the
# stopping modes its failure path is a call of a `-> Never` function
# (`noreturn cold` in LLVM IR, docs/codegen.md): nothing after a failed
# check runs, so the optimiser may keep a loaded length in a register
# across the loop, hoist the check or prove it always true and remove it
# (docs/performance.md, "Bounds checks").

# (The mode is read with `__builtin.is_defined`/`define_value` right where it
# matters: a module-level `comptime` evaluated through std.sys.param_env would
# be in progress while the bodies that use it are checked.)


@no_inline
def _index_out_of_bounds(index: Int, length: Int, var loc: _SourceLocation):
    """Reports `FILE:LINE:COL: index out of bounds: index I, length L`
    (-D ASSERT=warn: the program goes on)."""
    _assertion_failed(_bounds_message(index, length, loc))


@no_inline
def _index_out_of_bounds_stop(index: Int, length: Int, var loc: _SourceLocation) -> Never:
    """Reports the failed check and stops the program (exit status 1). On a
    GPU the kernel traps (no message: device code has no heap)."""
    comptime if __builtin.target_field["accelerator"] == "nvidia" or __builtin.target_field["accelerator"] == "amd":
        __builtin.external_call["ignis_rt_abort", Never](
            __builtin.string_data("index out of bounds"), __builtin.string_length("index out of bounds")
        )
    else:
        var message = _bounds_message(index, length, loc)
        __builtin.external_call["ignis_rt_abort", Never](message._data, message._len._value)


@always_inline
def _in_bounds(i: Int, length: Int) -> Bool:
    """0 <= i < length as one unsigned compare."""
    return Bool(raw=__builtin.and(__builtin.ge(i._value, Int(0)._value), __builtin.lt(i._value, length._value)))


@always_inline
def _assume_in_bounds(i: Int, length: Int):
    """-D ASSERT=none: tells the optimiser 0 <= i (`llvm.assume`) instead of
    checking 0 <= i < length. An index below -length would address memory
    before the buffer, undefined behaviour anyway; i >= length is not
    assumed away (a program may still write into reserved capacity). The
    fact keeps the normalised index non-negative, so the element address
    stays `getelementptr nusw` and the loops over it unroll as they do with
    the check (docs/performance.md). `length` is unused, kept for the
    call's shape."""
    __builtin.llvm_intrinsic["llvm.assume", NoneType](__builtin.ge(i._value, Int(0)._value))


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
        comptime if __builtin.define_value["ASSERT"] == "warn":
            if not _in_bounds(i, length):
                _index_out_of_bounds(index, length, loc)
        elif __builtin.define_value["ASSERT"] != "none":
            if not _in_bounds(i, length):
                _index_out_of_bounds_stop(index, length, loc)
        else:
            _assume_in_bounds(i, length)
    else:
        if not _in_bounds(i, length):
            _index_out_of_bounds_stop(index, length, loc)
    return i


# Without a caller location (the message has no FILE:LINE:COL): for code not
# yet passing `__builtin.call_location()`; prefer the forms above.


def _bounds_message(index: Int, length: Int) -> String:
    var message = String("index out of bounds: index ")
    message += String(index)
    message += ", length "
    message += String(length)
    return message^


@no_inline
def _index_out_of_bounds(index: Int, length: Int):
    _assertion_failed(_bounds_message(index, length))


@no_inline
def _index_out_of_bounds_stop(index: Int, length: Int) -> Never:
    comptime if __builtin.target_field["accelerator"] == "nvidia" or __builtin.target_field["accelerator"] == "amd":
        __builtin.external_call["ignis_rt_abort", Never](
            __builtin.string_data("index out of bounds"), __builtin.string_length("index out of bounds")
        )
    else:
        var message = _bounds_message(index, length)
        __builtin.external_call["ignis_rt_abort", Never](message._data, message._len._value)


@always_inline
def _check_index(index: Int, length: Int) -> Int:
    var i = index
    if i < 0:
        i += length
    comptime if __builtin.is_defined["ASSERT"]:
        comptime if __builtin.define_value["ASSERT"] == "warn":
            if not _in_bounds(i, length):
                _index_out_of_bounds(index, length)
        elif __builtin.define_value["ASSERT"] != "none":
            if not _in_bounds(i, length):
                _index_out_of_bounds_stop(index, length)
        else:
            _assume_in_bounds(i, length)
    else:
        if not _in_bounds(i, length):
            _index_out_of_bounds_stop(index, length)
    return i

# The one place a failed bounds check of a collection ends the program.


@no_inline
def _index_out_of_bounds(index: Int, length: Int):
    """Prints `index out of bounds: index I, length L` to stderr and aborts."""
    var message = String("index out of bounds: index ")
    message += String(index)
    message += ", length "
    message += String(length)
    __builtin.external_call["ignis_rt_abort"](message._data, message._len._value)


@always_inline
def _check_index(index: Int, length: Int) -> Int:
    """Normalises a negative index (Python style) and checks it."""
    var i = index
    if i < 0:
        i += length
    if i < 0 or i >= length:
        _index_out_of_bounds(index, length)
    return i

# IntTuple: the shape or strides of a layout.Layout, a tuple whose
# elements are integers or (nested) IntTuples: `IntTuple(4, IntTuple(2, 2))`
# is (4, (2, 2)). Values known only at run time are UNKNOWN_VALUE.
#
# Ignis's own implementation of Mojo 1.0's `layout.int_tuple`. The tuple is
# a compile-time value (`comptime t = IntTuple(4, 8)`) and a struct
# parameter, so it is a trivial struct: its elements are stored in preorder
# in up to 16 words, a nested tuple as a marker word (_TUPLE - its element
# count) followed by its elements. `t[i]` reads an integer element;
# `t.tuple_at(i)` gives any element as an IntTuple.

from std.os import abort
from std.sys import is_gpu

comptime UNKNOWN_VALUE = -1
comptime _WORDS = 16
comptime _TUPLE = -(1 << 48)
"""A word at or below _TUPLE opens a nested tuple of _TUPLE - word
elements; any other word is an integer element."""


@always_inline
def _fail(message: StaticString):
    """Ends the program: with the message on the host, a trap on a GPU."""
    comptime if is_gpu():
        __builtin.abort()
    else:
        abort(String(message))


@register_passable("trivial")
struct IntTuple(ImplicitlyCopyable, Sized, Writable, Equatable):
    var _len: Int
    var _nw: Int
    var _w0: Int
    var _w1: Int
    var _w2: Int
    var _w3: Int
    var _w4: Int
    var _w5: Int
    var _w6: Int
    var _w7: Int
    var _w8: Int
    var _w9: Int
    var _w10: Int
    var _w11: Int
    var _w12: Int
    var _w13: Int
    var _w14: Int
    var _w15: Int

    @staticmethod
    def _empty() -> IntTuple:
        """The empty tuple."""
        return IntTuple()

    def __init__(out self, *values: Int):
        self._len = 0
        self._nw = 0
        self._w0 = 0
        self._w1 = 0
        self._w2 = 0
        self._w3 = 0
        self._w4 = 0
        self._w5 = 0
        self._w6 = 0
        self._w7 = 0
        self._w8 = 0
        self._w9 = 0
        self._w10 = 0
        self._w11 = 0
        self._w12 = 0
        self._w13 = 0
        self._w14 = 0
        self._w15 = 0
        for v in values:
            self.append(v)

    @implicit
    def __init__(out self, value: Int):
        """The one-element tuple (an integer where a tuple is expected)."""
        self = IntTuple._empty()
        self.append(value)

    def __init__(out self, first: IntTuple, *rest: IntTuple):
        """A tuple of tuples: `IntTuple(IntTuple(3, 2), IntTuple(2, 5))`,
        `IntTuple(4, IntTuple(2, 2))` (an integer element stays an
        integer), and the list literal `[[3, 2], [2, 5]]`."""
        self = IntTuple._empty()
        self._append_as_element(first)
        for e in rest:
            self._append_as_element(e)

    def _append_as_element(mut self, e: IntTuple):
        """e as one element: a one-integer tuple is the integer."""
        if e._len == 1 and e._nw == 1:
            self.append(e._w0)
        else:
            self.append(e)

    # --- storage ----------------------------------------------------------

    def _word(self, i: Int) -> Int:
        if i == 0:
            return self._w0
        if i == 1:
            return self._w1
        if i == 2:
            return self._w2
        if i == 3:
            return self._w3
        if i == 4:
            return self._w4
        if i == 5:
            return self._w5
        if i == 6:
            return self._w6
        if i == 7:
            return self._w7
        if i == 8:
            return self._w8
        if i == 9:
            return self._w9
        if i == 10:
            return self._w10
        if i == 11:
            return self._w11
        if i == 12:
            return self._w12
        if i == 13:
            return self._w13
        if i == 14:
            return self._w14
        return self._w15

    def _put(mut self, i: Int, value: Int):
        if i < 0 or i >= _WORDS:
            _fail("IntTuple: more than 16 integers and nested tuples in all")
        if i == 0:
            self._w0 = value
        elif i == 1:
            self._w1 = value
        elif i == 2:
            self._w2 = value
        elif i == 3:
            self._w3 = value
        elif i == 4:
            self._w4 = value
        elif i == 5:
            self._w5 = value
        elif i == 6:
            self._w6 = value
        elif i == 7:
            self._w7 = value
        elif i == 8:
            self._w8 = value
        elif i == 9:
            self._w9 = value
        elif i == 10:
            self._w10 = value
        elif i == 11:
            self._w11 = value
        elif i == 12:
            self._w12 = value
        elif i == 13:
            self._w13 = value
        elif i == 14:
            self._w14 = value
        else:
            self._w15 = value

    def _skip(self, w: Int) -> Int:
        """The word after the element that starts at word w."""
        var pending = 1
        var at = w
        while pending > 0:
            var word = self._word(at)
            at += 1
            pending -= 1
            if word <= _TUPLE:
                pending += _TUPLE - word
        return at

    def _start(self, i: Int) -> Int:
        """The first word of top-level element i."""
        if i < 0 or i >= self._len:
            _fail("IntTuple index out of range")
        var w = 0
        for _ in range(i):
            w = self._skip(w)
        return w

    # --- elements ---------------------------------------------------------

    def __len__(self) -> Int:
        return self._len

    def is_value(self, i: Int) -> Bool:
        """True when element i is an integer (not a nested tuple)."""
        return self._word(self._start(i)) > _TUPLE

    def is_tuple(self, i: Int) -> Bool:
        return not self.is_value(i)

    def __getitem__(self, i: Int) -> Int:
        """Integer element i (a nested element is an error: use
        tuple_at)."""
        var word = self._word(self._start(i))
        if word <= _TUPLE:
            _fail("IntTuple element is a nested tuple, not an integer")
        return word

    def tuple_at(self, i: Int) -> IntTuple:
        """Element i as a tuple: a nested tuple itself, an integer as the
        one-element tuple holding it."""
        var w = self._start(i)
        var word = self._word(w)
        var out = IntTuple._empty()
        if word > _TUPLE:
            out.append(word)
            return out
        var end = self._skip(w)
        for k in range(w + 1, end):
            out._put(k - w - 1, self._word(k))
        out._nw = end - w - 1
        out._len = _TUPLE - word
        return out

    def _set(mut self, i: Int, value: Int):
        """Replaces integer element i."""
        var w = self._start(i)
        if self._word(w) <= _TUPLE:
            _fail("IntTuple element is a nested tuple, not an integer")
        self._put(w, value)

    def append(mut self, value: Int):
        self._put(self._nw, value)
        self._nw += 1
        self._len += 1

    def append(mut self, element: IntTuple):
        """Adds element as one nested element (`(1, 2)` appended to `(4,)`
        is `(4, (1, 2))`)."""
        self._put(self._nw, _TUPLE - element._len)
        for k in range(element._nw):
            self._put(self._nw + 1 + k, element._word(k))
        self._nw += 1 + element._nw
        self._len += 1

    def append_element(mut self, source: IntTuple, i: Int):
        """Adds source's element i as it is (an integer stays an integer)."""
        if source.is_value(i):
            self.append(source[i])
        else:
            self.append(source.tuple_at(i))

    def is_flat(self) -> Bool:
        return self._nw == self._len

    def flatten(self) -> IntTuple:
        """The integers in order, without nesting: ((3, 2), (2, 5)) is
        (3, 2, 2, 5)."""
        var out = IntTuple._empty()
        for k in range(self._nw):
            if self._word(k) > _TUPLE:
                out.append(self._word(k))
        return out

    def product(self) -> Int:
        """The product of every integer (nested ones too)."""
        var p = 1
        for k in range(self._nw):
            if self._word(k) > _TUPLE:
                p *= self._word(k)
        return p

    def __eq__(self, other: Self) -> Bool:
        if self._len != other._len or self._nw != other._nw:
            return False
        for k in range(self._nw):
            if self._word(k) != other._word(k):
                return False
        return True

    def __ne__(self, other: Self) -> Bool:
        return not self == other

    def write_repr_to(self, mut writer: Some[Writer]):
        """What repr() writes: the same as write_to."""
        self.write_to(writer)

    def _write_from(self, mut writer: Some[Writer], w: Int) -> Int:
        """Writes the element at word w; returns the word after it."""
        var word = self._word(w)
        if word > _TUPLE:
            writer.write(word)
            return w + 1
        var n = _TUPLE - word
        var at = w + 1
        writer.write("(")
        for k in range(n):
            if k > 0:
                writer.write(", ")
            at = self._write_from(writer, at)
        writer.write(")")
        return at

    def write_to(self, mut writer: Some[Writer]):
        """`(4, 8)`, `((3, 2), (2, 5))`; one integer prints bare: `4`."""
        if self._len == 1 and self._word(0) > _TUPLE:
            writer.write(self._w0)
            return
        writer.write("(")
        var at = 0
        for i in range(self._len):
            if i > 0:
                writer.write(", ")
            at = self._write_from(writer, at)
        writer.write(")")


def _with_leaves(structure: IntTuple, flat: IntTuple) -> IntTuple:
    """structure's nesting with its integers replaced, in order, by flat's
    (as many as structure has)."""
    var out = structure
    var next = 0
    for k in range(structure._nw):
        if structure._word(k) > _TUPLE:
            out._put(k, flat[next])
            next += 1
    return out


def flatten(t: IntTuple) -> IntTuple:
    """The integers of t in order, without nesting."""
    return t.flatten()


def product(t: IntTuple) -> Int:
    return t.product()


def prefix_product(t: IntTuple) -> IntTuple:
    """The exclusive prefix products of t's integers, nested as t:
    ((3, 2), (2, 5)) gives ((1, 3), (6, 12)), the column-major strides."""
    var flat = t.flatten()
    var out = IntTuple()
    var p = 1
    for i in range(len(flat)):
        out.append(p)
        p *= flat[i]
    return _with_leaves(t, out)


def product_each(t: IntTuple) -> IntTuple:
    """The product of each element: ((3, 2), 4) gives (6, 4)."""
    var out = IntTuple()
    for i in range(len(t)):
        out.append(t.tuple_at(i).product())
    return out

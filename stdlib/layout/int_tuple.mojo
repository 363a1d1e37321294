# IntTuple: a tuple of up to four integers, the shape or strides of a
# layout.Layout. Values known only at run time are UNKNOWN_VALUE.
#
# Ignis's own implementation of Mojo 1.0's `layout.int_tuple` for flat
# tuples (no nesting); it is a compile-time value (`comptime t =
# IntTuple(4, 8)`) and a struct parameter.

from std.os import abort
from std.sys import is_gpu

comptime UNKNOWN_VALUE = -1
comptime _MAX_RANK = 4


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
    var _v0: Int
    var _v1: Int
    var _v2: Int
    var _v3: Int

    def __init__(out self, *values: Int):
        self._len = 0
        self._v0 = 0
        self._v1 = 0
        self._v2 = 0
        self._v3 = 0
        for v in values:
            self.append(v)

    def __len__(self) -> Int:
        return self._len

    def __getitem__(self, i: Int) -> Int:
        if i < 0 or i >= self._len:
            _fail("IntTuple index out of range")
        if i == 0:
            return self._v0
        if i == 1:
            return self._v1
        if i == 2:
            return self._v2
        return self._v3

    def _set(mut self, i: Int, value: Int):
        if i == 0:
            self._v0 = value
        elif i == 1:
            self._v1 = value
        elif i == 2:
            self._v2 = value
        else:
            self._v3 = value

    def append(mut self, value: Int):
        if self._len >= _MAX_RANK:
            _fail("IntTuple holds at most 4 values")
        self._set(self._len, value)
        self._len += 1

    def product(self) -> Int:
        var p = 1
        for i in range(self._len):
            p *= self[i]
        return p

    def __eq__(self, other: Self) -> Bool:
        if self._len != other._len:
            return False
        for i in range(self._len):
            if self[i] != other[i]:
                return False
        return True

    def __ne__(self, other: Self) -> Bool:
        return not self == other

    def write_repr_to(self, mut writer: Some[Writer]):
        """What repr() writes: the same as write_to."""
        self.write_to(writer)

    def write_to(self, mut writer: Some[Writer]):
        """`(4, 8)`; one value prints bare: `4`."""
        if self._len == 1:
            writer.write(self._v0)
            return
        writer.write("(")
        for i in range(self._len):
            if i > 0:
                writer.write(", ")
            writer.write(self[i])
        writer.write(")")

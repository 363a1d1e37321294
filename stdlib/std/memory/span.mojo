# Span[T]: a view of `length` values of T at a pointer (owned elsewhere).

from std.memory.unsafe_pointer import UnsafePointer
from std.memory.unsafe_pointer import _copy_value
from std.collections._bounds import _check_index
from std.collections.list import List


@register_passable("trivial")
struct Span[T: Movable, origin: Int = 0](ImplicitlyCopyable, Sized, Boolable):
    var _data: UnsafePointer[Self.T]
    var _len: Int

    def __init__(out self, *, ptr: UnsafePointer[Self.T], length: Int):
        """A view of `length` values at `ptr`; a negative length is 0 (a
        span's length is never negative, which lets the bounds checks be
        one unsigned compare that the optimiser can prove in loops)."""
        self._data = ptr
        self._len = length if length > 0 else 0

    @implicit
    def __init__(out self, ref list: List[Self.T]):
        """A view of the list's elements (valid while the list is not resized)."""
        self._data = list.unsafe_ptr()
        self._len = len(list)

    def __len__(self) -> Int:
        return self._len

    def __bool__(self) -> Bool:
        return self._len != 0

    @always_inline
    def __getitem__(self, index: Int) -> Self.T:
        return _copy_value(self._data[_check_index(index, self._len, __builtin.call_location())])

    @always_inline
    def __setitem__(self, index: Int, var value: Self.T):
        var p = self._data + _check_index(index, self._len, __builtin.call_location())
        p.destroy_pointee()
        p.init_pointee_move(value^)

    def subspan(self, start: Int, end: Int) -> Self:
        """self[start:end], clamped as Python slices are."""
        var s = _clamp_span(start, self._len)
        var e = _clamp_span(end, self._len)
        return Self(ptr=self._data + s, length=e - s if e > s else 0)

    def unsafe_ptr(self) -> UnsafePointer[Self.T]:
        return self._data

    def swap_elements(self, a: Int, b: Int) raises:
        """Swaps the values at indices a and b; raises when either is not a
        valid index of the span."""
        if a < 0 or b < 0 or a >= self._len or b >= self._len:
            raise Error(
                "index out of bounds (length: ", self._len, ", a: ", a, ", b: ", b, ")"
            )
        if a == b:
            return
        var pa = self._data + a
        var pb = self._data + b
        var tmp = pa.take_pointee()
        pa.init_pointee_move(pb.take_pointee())
        pb.init_pointee_move(tmp^)

    def write_to(self, mut writer: Some[Writer]) where conforms_to(Self.T, Writable):
        """`[a, b, c]`, as a List prints."""
        writer.write_str("[")
        for i in range(self._len):
            if i:
                writer.write_str(", ")
            self._data[i].write_to(writer)
        writer.write_str("]")

    def __eq__(self, other: Self) -> Bool where conforms_to(Self.T, Equatable):
        """The same length and equal elements."""
        if self._len != other._len:
            return False
        for i in range(self._len):
            if self._data[i] != other._data[i]:
                return False
        return True

    def __ne__(self, other: Self) -> Bool where conforms_to(Self.T, Equatable):
        return not self == other

    comptime IteratorType = _SpanIter[Self.T]
    def __iter__(self) -> _SpanIter[Self.T]:
        return _SpanIter[Self.T](self._data, self._len, 0)

    def __getitem__(self, slice: Slice) -> Self:
        """`s[a:b]`: a view of the same memory (Python clamping and negative
        offsets); a step other than 1 stops the program."""
        var r = slice._range(self._len)
        if r.step != 1:
            _span_step_error()
        return Self(ptr=self._data + r.start, length=r.count())


@no_inline
def _span_step_error():
    var message = String("a Span slice must have step 1")
    __builtin.external_call["ignis_rt_abort"](message._data, message._len._value)


def _clamp_span(index: Int, length: Int) -> Int:
    var i = index
    if i < 0:
        i += length
    if i < 0:
        return 0
    if i > length:
        return length
    return i


@fieldwise_init
@register_passable("trivial")
struct _SpanIter[T: Movable](ImplicitlyCopyable):
    var data: UnsafePointer[Self.T]
    var len: Int
    var index: Int

    def __has_next__(self) -> Bool:
        return self.index < self.len

    comptime Element = Self.T
    def __next__(mut self) -> Self.T:
        var value = _copy_value(self.data[self.index])
        self.index += 1
        return value^

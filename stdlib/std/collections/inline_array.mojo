# InlineArray[T, size]: size values of T stored in place (no heap memory).
# The storage is `__builtin.array[T, size]`, raw bits that this struct
# initialises, copies, moves and destroys element by element.

from std.memory.unsafe_pointer import UnsafePointer, _copy_value
from std.collections._bounds import _check_index
from std.collections.list import List, _ListIter, _ListReverseIter


struct InlineArray[T: Movable, size: Int](Movable, Copyable, Sized):
    var _storage: __builtin.array[Self.T, Self.size]

    def __init__(out self, *, uninitialized: Bool):
        """Storage only: every element must be written (with
        `unsafe_ptr()` and `init_pointee_move`) before it is read or the
        array is destroyed."""
        self._storage = __builtin.uninit[__builtin.array[Self.T, Self.size]]()

    def __init__(out self, *, fill: Self.T):
        self._storage = __builtin.uninit[__builtin.array[Self.T, Self.size]]()
        var p = self.unsafe_ptr()
        for i in range(Self.size):
            (p + i).init_pointee_copy(fill)

    def __init__(out self, var first: Self.T, *rest: Self.T):
        """InlineArray[T, n](a, b, ...): exactly n values."""
        if len(rest) + 1 != Self.size:
            _wrong_element_count(len(rest) + 1, Self.size)
        self._storage = __builtin.uninit[__builtin.array[Self.T, Self.size]]()
        var p = self.unsafe_ptr()
        p.init_pointee_move(first^)
        for i in range(len(rest)):
            (p + (i + 1)).init_pointee_move(rest._take(i))

    @implicit
    def __init__(out self, var elements: List[Self.T]):
        """`var a: InlineArray[T, n] = [x, y, ...]`: exactly n values, moved in."""
        if len(elements) != Self.size:
            _wrong_element_count(len(elements), Self.size)
        self._storage = __builtin.uninit[__builtin.array[Self.T, Self.size]]()
        var p = self.unsafe_ptr()
        for i in range(Self.size):
            (p + i).init_pointee_move((elements.unsafe_ptr() + i).take_pointee())
        elements._len = 0

    def __init__(out self, *, copy: Self):
        self._storage = __builtin.uninit[__builtin.array[Self.T, Self.size]]()
        var dst = self.unsafe_ptr()
        var src = copy.unsafe_ptr()
        for i in range(Self.size):
            (dst + i).init_pointee_copy(src[i])

    def __init__(out self, *, deinit take: Self):
        self._storage = __builtin.uninit[__builtin.array[Self.T, Self.size]]()
        var dst = self.unsafe_ptr()
        var src = take.unsafe_ptr()
        for i in range(Self.size):
            (dst + i).init_pointee_move((src + i).take_pointee())

    def __del__(deinit self):
        var p = self.unsafe_ptr()
        for i in range(Self.size):
            (p + i).destroy_pointee()

    def copy(self) -> Self:
        return Self(copy=self)

    # --- elements -----------------------------------------------------------

    def __len__(self) -> Int:
        return Self.size

    @always_inline
    def __getitem__(ref self, index: Int) -> ref [self] Self.T:
        return self.unsafe_ptr()[_check_index(index, Self.size, __builtin.call_location())]

    @always_inline
    def __setitem__(mut self, index: Int, var value: Self.T):
        var p = self.unsafe_ptr() + _check_index(index, Self.size, __builtin.call_location())
        p.destroy_pointee()
        p.init_pointee_move(value^)

    def unsafe_get(ref self, index: Int) -> ref [self] Self.T:
        """self[index] without the bounds check."""
        return self.unsafe_ptr()[index]

    def unsafe_ptr(ref self) -> UnsafePointer[Self.T]:
        """The address of the first element (valid while self is)."""
        return UnsafePointer[Self.T](
            raw=__builtin.bitcast[Self.T](__builtin.address_of(self._storage))
        )

    comptime IteratorType = _ListIter[Self.T]
    def __iter__(ref self) -> _ListIter[Self.T]:
        return _ListIter[Self.T](self.unsafe_ptr(), Self.size, 0)

    def __reversed__(ref self) -> _ListReverseIter[Self.T]:
        return _ListReverseIter[Self.T](self.unsafe_ptr(), Self.size)

    def __eq__(self, other: Self) -> Bool where conforms_to(Self.T, Equatable):
        for i in range(Self.size):
            if not (self.unsafe_get(i) == other.unsafe_get(i)):
                return False
        return True

    def __ne__(self, other: Self) -> Bool where conforms_to(Self.T, Equatable):
        return not self.__eq__(other)

    def __contains__(self, value: Self.T) -> Bool where conforms_to(Self.T, Equatable):
        var p = self.unsafe_ptr()
        for i in range(Self.size):
            if p[i] == value:
                return True
        return False

    def write_repr_to(self, mut writer: Some[Writer]) where conforms_to(Self.T, Writable):
        """What repr() writes: the same as write_to."""
        self.write_to(writer)

    def write_to(self, mut writer: Some[Writer]) where conforms_to(Self.T, Writable):
        var p = self.unsafe_ptr()
        writer.write_str("[")
        for i in range(Self.size):
            if i:
                writer.write_str(", ")
            p[i].write_to(writer)
        writer.write_str("]")


@no_inline
def _wrong_element_count(given: Int, size: Int):
    var message = String("InlineArray: ")
    message += String(given)
    message += " values given for a size of "
    message += String(size)
    __builtin.external_call["ignis_rt_abort"](message._data, message._len._value)

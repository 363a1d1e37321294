# List[T]: a growable array that owns its elements.

from std.memory import UnsafePointer, alloc, memcpy
from std.memory.unsafe_pointer import _copy_value
from std.collections._bounds import _check_index, _pop_empty
from std.collections.optional import Optional
from std.memory.span import Span


trait _BuiltinLiteralOnly:
    """A trait no struct has: only the built-in literal types (which are
    not structs, and so meet every trait) conform. The literal of
    `List[String]("x")` is an element, not an iterable."""

    def _builtin_literal_only(self):
        ...


struct List[T: Movable](Movable, Copyable, Sized, Boolable):
    var _data: UnsafePointer[Self.T]
    var _len: Int
    var _capacity: Int

    def __init__(out self):
        self._data = alloc[Self.T](0)
        self._len = 0
        self._capacity = 0

    def __init__(out self, *, capacity: Int):
        self._data = alloc[Self.T](capacity)
        self._len = 0
        self._capacity = capacity

    def __init__(out self, *, length: Int, fill: Self.T):
        self._data = alloc[Self.T](length)
        self._len = length
        self._capacity = length
        for i in range(length):
            (self._data + i).init_pointee_copy(fill)

    def __init__(out self, var first: Self.T, *rest: Self.T):
        # (`first` keeps List() from matching this overload too.)
        var n = len(rest) + 1
        self._data = alloc[Self.T](n)
        self._len = n
        self._capacity = n
        self._data.init_pointee_move(first^)
        for i in range(n - 1):
            (self._data + (i + 1)).init_pointee_move(rest._take(i))

    def __init__[I: Iterable](out self, iterable: I) where not conforms_to(I, _BuiltinLiteralOnly):
        """The elements a `for` loop over `iterable` yields, copied
        (`List[String](d.keys())`). A string literal is one element
        (`List[String]("x")`), not its characters."""
        self._data = alloc[Self.T](0)
        self._len = 0
        self._capacity = 0
        for element in iterable:
            self.append(_copy_value(element))

    def __init__(out self, *, copy: Self):
        self._data = alloc[Self.T](copy._len)
        self._len = copy._len
        self._capacity = copy._len
        for i in range(copy._len):
            (self._data + i).init_pointee_copy(copy._data[i])

    def __del__(deinit self):
        for i in range(self._len):
            (self._data + i).destroy_pointee()
        self._data.free()

    def copy(self) -> Self:
        return Self(copy=self)

    # --- size ---------------------------------------------------------------

    def __len__(self) -> Int:
        return self._len

    def __bool__(self) -> Bool:
        return self._len != 0

    def capacity(self) -> Int:
        return self._capacity

    def reserve(mut self, new_capacity: Int):
        if new_capacity <= self._capacity:
            return
        var data = alloc[Self.T](new_capacity)
        memcpy(dest=data, src=self._data, count=self._len)
        self._data.free()
        self._data = data
        self._capacity = new_capacity

    def _grow(mut self):
        self.reserve(self._capacity * 2 if self._capacity >= 4 else 4)

    # --- adding and removing ------------------------------------------------

    def append(mut self, var value: Self.T):
        if self._len == self._capacity:
            self._grow()
        (self._data + self._len).init_pointee_move(value^)
        self._len += 1

    def insert(mut self, index: Int, var value: Self.T):
        var i = index
        if i < 0:
            i += self._len
        if i < 0:
            i = 0
        if i > self._len:
            i = self._len
        if self._len == self._capacity:
            self._grow()
        var j = self._len
        while j > i:
            (self._data + j).init_pointee_move((self._data + (j - 1)).take_pointee())
            j -= 1
        (self._data + i).init_pointee_move(value^)
        self._len += 1

    def extend(mut self, var other: List[Self.T]):
        self.reserve(self._len + other._len)
        memcpy(dest=self._data + self._len, src=other._data, count=other._len)
        self._len += other._len
        other._len = 0

    def extend(mut self, elements: Span[Self.T]) where conforms_to(Self.T, Copyable):
        """Appends a copy of each element of the span."""
        self.reserve(self._len + len(elements))
        var src = elements.unsafe_ptr()
        for i in range(len(elements)):
            (self._data + self._len).init_pointee_copy(src[i])
            self._len += 1

    def extend[dtype: DType, width: Int, //](mut self: List[SIMD[dtype, 1]], value: SIMD[dtype, width]):
        """Appends the lanes of value."""
        self.reserve(self._len + width)
        for i in range(width):
            self.append(value[i])

    def extend[dtype: DType, width: Int, //](mut self: List[SIMD[dtype, 1]], value: SIMD[dtype, width], *, count: Int):
        """Appends the first count lanes of value."""
        self.reserve(self._len + count)
        for i in range(count):
            self.append(value[i])

    def resize(mut self, new_size: Int, value: Self.T) where conforms_to(Self.T, Copyable):
        """Drops elements past new_size, or appends copies of value up to it."""
        if new_size <= self._len:
            self.shrink(new_size)
            return
        self.reserve(new_size)
        while self._len < new_size:
            (self._data + self._len).init_pointee_copy(value)
            self._len += 1

    def resize(mut self, *, unsafe_uninit_length: Int):
        """Sets the length without initialising new elements (write each one
        before reading it); a shorter length destroys the dropped ones."""
        if unsafe_uninit_length <= self._len:
            self.shrink(unsafe_uninit_length)
            return
        self.reserve(unsafe_uninit_length)
        self._len = unsafe_uninit_length

    def shrink(mut self, new_size: Int):
        """Destroys the elements past new_size (a larger size does nothing)."""
        while self._len > new_size and self._len > 0:
            self._len -= 1
            (self._data + self._len).destroy_pointee()

    def reverse(mut self):
        """Reverses the order of the elements in place."""
        var i = 0
        var j = self._len - 1
        while i < j:
            var a = (self._data + i).take_pointee()
            (self._data + i).init_pointee_move((self._data + j).take_pointee())
            (self._data + j).init_pointee_move(a^)
            i += 1
            j -= 1

    @always_inline
    def pop(mut self) -> Self.T:
        if self._len == 0:
            _pop_empty(__builtin.call_location())
        self._len -= 1
        return (self._data + self._len).take_pointee()

    @always_inline
    def pop(mut self, index: Int) -> Self.T:
        var i = _check_index(index, self._len, __builtin.call_location())
        var value = (self._data + i).take_pointee()
        for j in range(i, self._len - 1):
            (self._data + j).init_pointee_move((self._data + (j + 1)).take_pointee())
        self._len -= 1
        return value^

    def clear(mut self):
        for i in range(self._len):
            (self._data + i).destroy_pointee()
        self._len = 0

    # --- elements -----------------------------------------------------------

    @always_inline
    def __getitem__(ref self, index: Int) -> ref [self] Self.T:
        return self._data[_check_index(index, self._len, __builtin.call_location())]

    @always_inline
    def __setitem__(mut self, index: Int, var value: Self.T):
        var p = self._data + _check_index(index, self._len, __builtin.call_location())
        p.destroy_pointee()
        p.init_pointee_move(value^)

    @always_inline
    def swap_elements(mut self, elt_idx_1: Int, elt_idx_2: Int):
        """Exchanges two elements (indices are bounds-checked)."""
        var i = _check_index(elt_idx_1, self._len, __builtin.call_location())
        var j = _check_index(elt_idx_2, self._len, __builtin.call_location())
        if i == j:
            return
        var a = (self._data + i).take_pointee()
        (self._data + i).init_pointee_move((self._data + j).take_pointee())
        (self._data + j).init_pointee_move(a^)

    def unsafe_get(self, index: Int) -> Self.T:
        return _copy_value(self._data[index])

    def unsafe_ptr(self) -> UnsafePointer[Self.T]:
        return self._data

    def steal_data(mut self) -> UnsafePointer[Self.T, MutUntrackedOrigin]:
        """Hands the elements' memory to the caller, who must destroy the
        elements and free it; the list is left empty."""
        var ptr = self._data
        self._data = alloc[Self.T](0)
        self._len = 0
        self._capacity = 0
        return ptr

    comptime IteratorType = _ListIter[Self.T]
    def __iter__(self) -> _ListIter[Self.T]:
        return _ListIter[Self.T](self._data, self._len, 0)

    def __reversed__(self) -> _ListReverseIter[Self.T]:
        return _ListReverseIter[Self.T](self._data, self._len)

    def slice(self, start: Int, end: Int) -> Self:
        """self[start:end] with Python's clamping (the `[a:b]` syntax needs
        slice support in subscripts)."""
        var s = _clamp(start, self._len)
        var e = _clamp(end, self._len)
        var result = Self(capacity=e - s if e > s else 0)
        for i in range(s, e):
            result.append(_copy_value(self._data[i]))
        return result^

    # --- searching and comparing (element types with ==) --------------------

    def __contains__(self, value: Self.T) -> Bool where conforms_to(Self.T, Equatable):
        for i in range(self._len):
            if self._data[i] == value:
                return True
        return False

    def index(self, value: Self.T) raises -> Int where conforms_to(Self.T, Equatable):
        for i in range(self._len):
            if self._data[i] == value:
                return i
        raise "ValueError: value not in List"

    def count(self, value: Self.T) -> Int where conforms_to(Self.T, Equatable):
        var n = 0
        for i in range(self._len):
            if self._data[i] == value:
                n += 1
        return n

    def __eq__(self, other: Self) -> Bool where conforms_to(Self.T, Equatable):
        if self._len != other._len:
            return False
        for i in range(self._len):
            if self._data[i] != other._data[i]:
                return False
        return True

    def __ne__(self, other: Self) -> Bool where conforms_to(Self.T, Equatable):
        return not self.__eq__(other)

    def __add__(self, other: Self) -> Self:
        var result = self.copy()
        for i in range(other._len):
            result.append(_copy_value(other._data[i]))
        return result^

    def __iadd__(mut self, other: Self):
        for i in range(other._len):
            self.append(_copy_value(other._data[i]))

    def write_repr_to(self, mut writer: Some[Writer]) where conforms_to(Self.T, Writable):
        """What repr() writes: the same as write_to."""
        self.write_to(writer)

    def write_to(self, mut writer: Some[Writer]) where conforms_to(Self.T, Writable):
        writer.write_str("[")
        for i in range(self._len):
            if i:
                writer.write_str(", ")
            self._data[i].write_to(writer)
        writer.write_str("]")

    def __getitem__(ref self, slice: ContiguousSlice) -> Span[Self.T]:
        """`l[a:b]` (no step): a Span of those elements, sharing the list's
        memory (`sort(l[:])` sorts the list), as in Mojo 1.0. Valid while the
        list is not resized."""
        var r = slice._range(self._len)
        var n = r.end - r.start if r.end > r.start else 0
        return Span[Self.T](ptr=self.unsafe_ptr() + r.start, length=n)

    def __getitem__(self, slice: Slice) -> Self:
        """`l[a:b:c]` (with a step): a new list of the elements the slice
        selects (Python semantics: negative offsets, clamping, negative
        steps)."""
        var r = slice._range(self._len)
        var n = r.count()
        var result = Self(capacity=n)
        var i = r.start
        for _ in range(n):
            result.append(_copy_value(self._data[i]))
            i += r.step
        return result^


def _clamp(index: Int, length: Int) -> Int:
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
struct _ListIter[T: Movable](ImplicitlyCopyable):
    var data: UnsafePointer[Self.T]
    var len: Int
    var index: Int

    def __iter__(self) -> Self:
        return self

    def __has_next__(self) -> Bool:
        return self.index < self.len

    comptime Element = Self.T
    def __next__(mut self) -> ref [MutAnyOrigin] Self.T:
        self.index += 1
        return self.data[self.index - 1]


@fieldwise_init
@register_passable("trivial")
struct _ListReverseIter[T: Movable](ImplicitlyCopyable):
    var data: UnsafePointer[Self.T]
    var index: Int

    def __iter__(self) -> Self:
        return self

    def __has_next__(self) -> Bool:
        return self.index > 0

    comptime Element = Self.T
    def __next__(mut self) -> Self.T:
        self.index -= 1
        return _copy_value(self.data[self.index])

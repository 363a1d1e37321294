# Deque[T]: a double-ended queue in a power-of-two ring buffer.

from std.memory import UnsafePointer, alloc
from std.memory.unsafe_pointer import _copy_value
from std.collections._bounds import _check_index


struct Deque[T: Movable](Movable, Copyable, Sized, Boolable):
    var _data: UnsafePointer[Self.T]
    var _head: Int
    var _len: Int
    var _capacity: Int

    def __init__(out self):
        self._data = alloc[Self.T](8)
        self._head = 0
        self._len = 0
        self._capacity = 8

    def __init__(out self, *, copy: Self):
        self = Self()
        for i in range(copy._len):
            self.append(_copy_value(copy[i]))

    def __del__(deinit self):
        for i in range(self._len):
            (self._data + self._slot(i)).destroy_pointee()
        self._data.free()

    def copy(self) -> Self:
        return Self(copy=self)

    def __len__(self) -> Int:
        return self._len

    def __bool__(self) -> Bool:
        return self._len != 0

    def _slot(self, i: Int) -> Int:
        return (self._head + i) & (self._capacity - 1)

    def _grow(mut self):
        var data = alloc[Self.T](self._capacity * 2)
        for i in range(self._len):
            (data + i).init_pointee_move((self._data + self._slot(i)).take_pointee())
        self._data.free()
        self._data = data
        self._head = 0
        self._capacity *= 2

    def append(mut self, var value: Self.T):
        if self._len == self._capacity:
            self._grow()
        (self._data + self._slot(self._len)).init_pointee_move(value^)
        self._len += 1

    def appendleft(mut self, var value: Self.T):
        if self._len == self._capacity:
            self._grow()
        self._head = (self._head - 1) & (self._capacity - 1)
        (self._data + self._head).init_pointee_move(value^)
        self._len += 1

    @always_inline
    def pop(mut self) raises -> Self.T:
        """Removes and returns the last element; raises "IndexError: Deque
        is empty" on an empty deque (as Mojo 1.0)."""
        if self._len == 0:
            raise "IndexError: Deque is empty"
        self._len -= 1
        return (self._data + self._slot(self._len)).take_pointee()

    @always_inline
    def popleft(mut self) raises -> Self.T:
        """Removes and returns the first element; raises "IndexError:
        Deque is empty" on an empty deque (as Mojo 1.0)."""
        if self._len == 0:
            raise "IndexError: Deque is empty"
        var value = (self._data + self._head).take_pointee()
        self._head = (self._head + 1) & (self._capacity - 1)
        self._len -= 1
        return value^

    @always_inline
    def __getitem__(ref self, index: Int) -> ref [self] Self.T:
        return self._data[self._slot(_check_index(index, self._len, __builtin.call_location()))]

    @always_inline
    def __setitem__(mut self, index: Int, var value: Self.T):
        var p = self._data + self._slot(_check_index(index, self._len, __builtin.call_location()))
        p.destroy_pointee()
        p.init_pointee_move(value^)

    def clear(mut self):
        for i in range(self._len):
            (self._data + self._slot(i)).destroy_pointee()
        self._len = 0
        self._head = 0

    # --- Mojo 1.0's remaining Deque API --------------------------------

    def extend(mut self, var values: List[Self.T]):
        """Appends each value, in order."""
        for i in range(len(values)):
            self.append((values.unsafe_ptr() + i).take_pointee())
        values._len = 0

    def extendleft(mut self, var values: List[Self.T]):
        """Appends each value at the front, in order (so they end up
        reversed, as Python's)."""
        for i in range(len(values)):
            self.appendleft((values.unsafe_ptr() + i).take_pointee())
        values._len = 0

    def peek(self) raises -> Self.T:
        """A copy of the last element; raises "IndexError: Deque is empty"."""
        if self._len == 0:
            raise "IndexError: Deque is empty"
        return _copy_value(self._data[self._slot(self._len - 1)])

    def peekleft(self) raises -> Self.T:
        """A copy of the first element; raises "IndexError: Deque is empty"."""
        if self._len == 0:
            raise "IndexError: Deque is empty"
        return _copy_value(self._data[self._head])

    def reverse(mut self):
        """Reverses the elements in place."""
        var i = 0
        var j = self._len - 1
        while i < j:
            var a = (self._data + self._slot(i)).take_pointee()
            var b = (self._data + self._slot(j)).take_pointee()
            (self._data + self._slot(i)).init_pointee_move(b^)
            (self._data + self._slot(j)).init_pointee_move(a^)
            i += 1
            j -= 1

    def rotate(mut self, n: Int = 1):
        """Moves the last n elements to the front (n > 0), or the first -n
        to the back (n < 0), as Python's deque.rotate."""
        if self._len == 0:
            return
        var k = n % self._len
        for _ in range(k):
            self._len -= 1
            self.appendleft((self._data + self._slot(self._len)).take_pointee())

    def insert(mut self, idx: Int, var value: Self.T):
        """Inserts value before index idx (negative from the end; clamped
        to the ends, as Python's list.insert)."""
        var i = idx + self._len if idx < 0 else idx
        if i < 0:
            i = 0
        if i > self._len:
            i = self._len
        self.append(value^)
        var j = self._len - 1
        while j > i:
            var a = (self._data + self._slot(j - 1)).take_pointee()
            var b = (self._data + self._slot(j)).take_pointee()
            (self._data + self._slot(j - 1)).init_pointee_move(b^)
            (self._data + self._slot(j)).init_pointee_move(a^)
            j -= 1

    def __contains__(self, value: Self.T) -> Bool where conforms_to(Self.T, Equatable):
        for i in range(self._len):
            if self._data[self._slot(i)] == value:
                return True
        return False

    def count(self, value: Self.T) -> Int where conforms_to(Self.T, Equatable):
        var n = 0
        for i in range(self._len):
            if self._data[self._slot(i)] == value:
                n += 1
        return n

    def index(self, value: Self.T) raises -> Int where conforms_to(Self.T, Equatable):
        """The index of the first element equal to value; raises
        "ValueError: Given element is not in deque"."""
        for i in range(self._len):
            if self._data[self._slot(i)] == value:
                return i
        raise "ValueError: Given element is not in deque"

    def remove(mut self, value: Self.T) raises where conforms_to(Self.T, Equatable):
        """Removes the first element equal to value; raises "ValueError:
        Given element is not in deque"."""
        var i = self.index(value)
        while i < self._len - 1:
            var a = (self._data + self._slot(i)).take_pointee()
            var b = (self._data + self._slot(i + 1)).take_pointee()
            (self._data + self._slot(i)).init_pointee_move(b^)
            (self._data + self._slot(i + 1)).init_pointee_move(a^)
            i += 1
        self._len -= 1
        (self._data + self._slot(self._len)).destroy_pointee()

    comptime IteratorType = _DequeIter[Self.T]

    def __iter__(self) -> _DequeIter[Self.T]:
        return _DequeIter[Self.T](self._data, self._head, self._len, self._capacity - 1, 0)

    def __eq__(self, other: Self) -> Bool where conforms_to(Self.T, Equatable):
        if self._len != other._len:
            return False
        for i in range(self._len):
            if not (self._data[self._slot(i)] == other._data[other._slot(i)]):
                return False
        return True

    def __ne__(self, other: Self) -> Bool where conforms_to(Self.T, Equatable):
        return not self.__eq__(other)

    def write_to(self, mut writer: Some[Writer]) where conforms_to(Self.T, Writable):
        """`[1, 2, 3]`, as Mojo 1.0 prints a Deque."""
        writer.write("[")
        for i in range(self._len):
            if i > 0:
                writer.write(", ")
            writer.write(self._data[self._slot(i)])
        writer.write("]")


@fieldwise_init
struct _DequeIter[T: Movable](ImplicitlyCopyable):
    comptime Element = Self.T
    var data: UnsafePointer[Self.T]
    var head: Int
    var len: Int
    var mask: Int
    var index: Int

    def __iter__(self) -> Self:
        return self

    def __has_next__(self) -> Bool:
        return self.index < self.len

    def __next__(mut self) -> ref [MutAnyOrigin] Self.T:
        self.index += 1
        return self.data[(self.head + self.index - 1) & self.mask]

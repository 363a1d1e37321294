# Deque[T]: a double-ended queue in a power-of-two ring buffer.

from std.memory import UnsafePointer, alloc
from std.memory.unsafe_pointer import _copy_value
from std.collections._bounds import _check_index, _pop_empty


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
    def pop(mut self) -> Self.T:
        if self._len == 0:
            _pop_empty(__builtin.call_location())
        self._len -= 1
        return (self._data + self._slot(self._len)).take_pointee()

    @always_inline
    def popleft(mut self) -> Self.T:
        if self._len == 0:
            _pop_empty(__builtin.call_location())
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

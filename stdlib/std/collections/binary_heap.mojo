# BinaryHeap[T]: a max-heap over a List (Mojo 1.0's
# std.collections.binary_heap API).

from std.os import abort


struct BinaryHeap[T: Copyable & Comparable](Boolable, Copyable, Sized):
    """A max-heap: `push` adds, `pop` removes the largest, `peek` reads it."""

    var _data: List[Self.T]

    def __init__(out self):
        self._data = List[Self.T]()

    def __init__(out self, *, capacity: Int):
        self._data = List[Self.T](capacity=capacity)

    def __init__(out self, var data: List[Self.T]):
        """A heap of the list's elements."""
        self._data = data^
        var i = len(self._data) // 2 - 1
        while i >= 0:
            self._heapify_down(i)
            i -= 1

    def __init__(out self, *, copy: Self):
        self._data = copy._data.copy()

    def __len__(self) -> Int:
        return len(self._data)

    def __bool__(self) -> Bool:
        return len(self._data) > 0

    def clear(mut self):
        self._data.clear()

    def _heapify_up(mut self, var pos: Int):
        while pos > 0:
            var parent = (pos - 1) // 2
            if not (self._data[parent] < self._data[pos]):
                return
            self._data.swap_elements(parent, pos)
            pos = parent

    def _heapify_down(mut self, var pos: Int):
        var n = len(self._data)
        while True:
            var left = 2 * pos + 1
            if left >= n:
                return
            var largest = left
            var right = left + 1
            if right < n and self._data[left] < self._data[right]:
                largest = right
            if not (self._data[pos] < self._data[largest]):
                return
            self._data.swap_elements(pos, largest)
            pos = largest

    def push(mut self, var val: Self.T):
        self._data.append(val^)
        self._heapify_up(len(self._data) - 1)

    def pop(mut self) -> Self.T:
        """Removes and returns the largest element (aborts when empty)."""
        if len(self._data) == 0:
            abort("BinaryHeap.pop requires a non-empty heap.")
        var last = len(self._data) - 1
        self._data.swap_elements(0, last)
        var item = self._data.pop()
        if len(self._data) > 0:
            self._heapify_down(0)
        return item^

    def peek(self) -> Self.T:
        """The largest element (aborts when empty)."""
        if len(self._data) == 0:
            abort("BinaryHeap.peek requires a non-empty heap.")
        return self._data[0].copy()

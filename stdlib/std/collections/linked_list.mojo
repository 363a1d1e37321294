# LinkedList[T]: a doubly linked list (Mojo 1.0's
# std.collections.linked_list API): O(1) append/prepend/pop at both ends,
# O(n) indexing from the nearer end.

from std.os import abort


from std.memory.unsafe_pointer import _copy_value


struct _LinkedNode[T: Movable]:
    var value: Self.T
    var prev: UnsafePointer[_LinkedNode[Self.T]]
    var next: UnsafePointer[_LinkedNode[Self.T]]

    def __init__(
        out self,
        var value: Self.T,
        prev: UnsafePointer[_LinkedNode[Self.T]],
        next: UnsafePointer[_LinkedNode[Self.T]],
    ):
        self.value = value^
        self.prev = prev
        self.next = next

    def _into_value(deinit self) -> Self.T:
        return self.value^


@fieldwise_init
struct _LinkedListIter[T: Movable](ImplicitlyCopyable):
    comptime Element = Self.T
    var node: UnsafePointer[_LinkedNode[Self.T]]
    var forward: Bool

    def __iter__(self) -> Self:
        return self

    def __has_next__(self) -> Bool:
        return Bool(self.node)

    def __next__(mut self) -> ref [MutAnyOrigin] Self.T:
        var n = self.node
        self.node = n[].next if self.forward else n[].prev
        return n[].value


struct LinkedList[ElementType: Movable](Boolable, Copyable, Sized):
    """A doubly linked list of ElementType values."""

    comptime _Node = _LinkedNode[Self.ElementType]
    comptime IteratorType = _LinkedListIter[Self.ElementType]
    var _head: UnsafePointer[Self._Node]
    var _tail: UnsafePointer[Self._Node]
    var _size: Int

    def __init__(out self):
        self._head = UnsafePointer[Self._Node](unsafe_from_address=0)
        self._tail = UnsafePointer[Self._Node](unsafe_from_address=0)
        self._size = 0

    def __init__(out self, var *elements: Self.ElementType):
        """A list of the given elements, in order."""
        self = Self()
        for ref e in elements:
            self.append(_copy_value(e))

    def __init__(out self, *, copy: Self):
        self = Self()
        var n = copy._head
        while n:
            self.append(_copy_value(n[].value))
            n = n[].next

    def __del__(deinit self):
        var n = self._head
        while n:
            var next = n[].next
            n.destroy_pointee()
            n.free()
            n = next

    def _null(self) -> UnsafePointer[Self._Node]:
        return UnsafePointer[Self._Node](unsafe_from_address=0)

    def _new_node(
        self,
        var value: Self.ElementType,
        prev: UnsafePointer[Self._Node],
        next: UnsafePointer[Self._Node],
    ) -> UnsafePointer[Self._Node]:
        var n = alloc[Self._Node](1)
        n.init_pointee_move(_LinkedNode[Self.ElementType](value^, prev, next))
        return n

    def __len__(self) -> Int:
        return self._size

    def __bool__(self) -> Bool:
        return self._size != 0

    def append(mut self, var value: Self.ElementType):
        """Adds value at the end."""
        var n = self._new_node(value^, self._tail, self._null())
        if self._tail:
            self._tail[].next = n
        else:
            self._head = n
        self._tail = n
        self._size += 1

    def prepend(mut self, var value: Self.ElementType):
        """Adds value at the front."""
        var n = self._new_node(value^, self._null(), self._head)
        if self._head:
            self._head[].prev = n
        else:
            self._tail = n
        self._head = n
        self._size += 1

    def reverse(mut self):
        """Reverses the list in place."""
        var n = self._head
        while n:
            var next = n[].next
            n[].next = n[].prev
            n[].prev = next
            n = next
        var h = self._head
        self._head = self._tail
        self._tail = h

    def _unlink(mut self, n: UnsafePointer[Self._Node]) -> Self.ElementType:
        if n[].prev:
            n[].prev[].next = n[].next
        else:
            self._head = n[].next
        if n[].next:
            n[].next[].prev = n[].prev
        else:
            self._tail = n[].prev
        self._size -= 1
        var node = n.take_pointee()
        n.free()
        return node^._into_value()

    def _node_at(self, i: Int) -> UnsafePointer[Self._Node]:
        """The node at index i (0 <= i < len), walking from the nearer end."""
        if i <= self._size // 2:
            var n = self._head
            for _ in range(i):
                n = n[].next
            return n
        var n = self._tail
        for _ in range(self._size - i - 1):
            n = n[].prev
        return n

    def _normalize(self, i: Int) -> Int:
        return i + self._size if i < 0 else i

    def pop(mut self) raises -> Self.ElementType:
        """Removes and returns the last element; raises on an empty list."""
        if not self._tail:
            raise "Pop on empty list."
        return self._unlink(self._tail)

    def pop(mut self, i: Int) raises -> Self.ElementType:
        """Removes and returns the element at index i (negative: from the
        end); raises on an index out of range."""
        var j = self._normalize(i)
        if j < 0 or j >= self._size:
            raise Error("Invalid index for pop: ", i)
        return self._unlink(self._node_at(j))

    def maybe_pop(mut self) -> Optional[Self.ElementType]:
        """The last element, removed, or None on an empty list."""
        if not self._tail:
            return None
        return self._unlink(self._tail)

    def maybe_pop(mut self, i: Int) -> Optional[Self.ElementType]:
        """The element at index i, removed, or None when out of range."""
        var j = self._normalize(i)
        if j < 0 or j >= self._size:
            return None
        return self._unlink(self._node_at(j))

    def clear(mut self):
        """Removes every element."""
        var n = self._head
        while n:
            var next = n[].next
            n.destroy_pointee()
            n.free()
            n = next
        self._head = self._null()
        self._tail = self._null()
        self._size = 0

    def insert(mut self, idx: Int, var elem: Self.ElementType) raises:
        """Inserts elem before index idx (Python's list.insert: a negative
        index counts from the end and clamps at the front)."""
        var i = self._normalize(idx)
        if i < 0:
            i = 0
        if i == 0:
            self.prepend(elem^)
            return
        if i == self._size:
            self.append(elem^)
            return
        if i > self._size:
            raise Error("Index ", i - 1, " out of bounds")
        var after = self._node_at(i)
        var n = self._new_node(elem^, after[].prev, after)
        after[].prev[].next = n
        after[].prev = n
        self._size += 1

    def extend(mut self, var other: Self):
        """Moves other's elements to the end of this list."""
        if not other._head:
            return
        if self._tail:
            self._tail[].next = other._head
            other._head[].prev = self._tail
        else:
            self._head = other._head
        self._tail = other._tail
        self._size += other._size
        other._head = self._null()
        other._tail = self._null()
        other._size = 0

    def __getitem__(ref self, idx: Int) -> ref [self] Self.ElementType:
        """The element at idx (negative: from the end); aborts when out of
        range."""
        var i = self._normalize(idx)
        if i < 0 or i >= self._size:
            abort(
                String("index out of bounds: index ")
                + String(idx)
                + ", len "
                + String(self._size)
            )
        return self._node_at(i)[].value

    def get_nth(ref self, idx: Int) -> ref [self] Self.ElementType:
        return self[idx]

    def __iter__(self) -> _LinkedListIter[Self.ElementType]:
        return _LinkedListIter[Self.ElementType](self._head, True)

    def __reversed__(self) -> _LinkedListIter[Self.ElementType]:
        return _LinkedListIter[Self.ElementType](self._tail, False)

    def count(self, elem: Self.ElementType) -> Int where conforms_to(
        Self.ElementType, Equatable
    ):
        var c = 0
        var n = self._head
        while n:
            if n[].value == elem:
                c += 1
            n = n[].next
        return c

    def index(self, elem: Self.ElementType) raises -> Int where conforms_to(
        Self.ElementType, Equatable
    ):
        var i = 0
        var n = self._head
        while n:
            if n[].value == elem:
                return i
            n = n[].next
            i += 1
        raise "ValueError: Given element is not in linked list"

    def __contains__(self, elem: Self.ElementType) -> Bool where conforms_to(
        Self.ElementType, Equatable
    ):
        var n = self._head
        while n:
            if n[].value == elem:
                return True
            n = n[].next
        return False

    def __eq__(self, other: Self) -> Bool where conforms_to(
        Self.ElementType, Equatable
    ):
        if self._size != other._size:
            return False
        var a = self._head
        var b = other._head
        while a:
            if not (a[].value == b[].value):
                return False
            a = a[].next
            b = b[].next
        return True

    def __ne__(self, other: Self) -> Bool where conforms_to(
        Self.ElementType, Equatable
    ):
        return not self.__eq__(other)

    def write_to(self, mut writer: Some[Writer]) where conforms_to(
        Self.ElementType, Writable
    ):
        """`[a, b, c]`."""
        writer.write("[")
        var n = self._head
        var first = True
        while n:
            if not first:
                writer.write(", ")
            first = False
            writer.write(n[].value)
            n = n[].next
        writer.write("]")

    def write_repr_to(self, mut writer: Some[Writer]) where conforms_to(
        Self.ElementType, Writable
    ):
        writer.write("LinkedList(")
        self.write_to(writer)
        writer.write(")")

# zip(a, b), zip(a, b, c) and enumerate(list, start=0) over Lists: tuples of the elements at the same
# position, as long as the shortest list. (Mojo's zip takes any iterables and
# borrows them; Ignis has no associated iterator types yet, so this covers
# Lists, and it shares copies of them, because a temporary list in a `for`
# header would be destroyed before the loop runs.)

from std.collections.list import List
from std.memory.arc_pointer import ArcPointer
from std.memory.unsafe_pointer import _copy_value


struct _Zip2[A: Copyable, B: Copyable](ImplicitlyCopyable):
    var a: ArcPointer[List[Self.A]]
    var b: ArcPointer[List[Self.B]]
    var len: Int
    var index: Int

    def __init__(out self, var a: List[Self.A], var b: List[Self.B]):
        self.len = len(a) if len(a) < len(b) else len(b)
        self.a = ArcPointer(a^)
        self.b = ArcPointer(b^)
        self.index = 0

    def __init__(out self, *, copy: Self):
        self.a = copy.a
        self.b = copy.b
        self.len = copy.len
        self.index = copy.index

    def __iter__(self) -> Self:
        return self

    def __has_next__(self) -> Bool:
        return self.index < self.len

    comptime Element = Tuple[Self.A, Self.B]
    def __next__(mut self) -> (Self.A, Self.B):
        var i = self.index
        self.index += 1
        return (_copy_value(self.a[].unsafe_ptr()[i]), _copy_value(self.b[].unsafe_ptr()[i]))


struct _Zip3[A: Copyable, B: Copyable, C: Copyable](ImplicitlyCopyable):
    var a: ArcPointer[List[Self.A]]
    var b: ArcPointer[List[Self.B]]
    var c: ArcPointer[List[Self.C]]
    var len: Int
    var index: Int

    def __init__(out self, var a: List[Self.A], var b: List[Self.B], var c: List[Self.C]):
        var n = len(a)
        if len(b) < n:
            n = len(b)
        if len(c) < n:
            n = len(c)
        self.len = n
        self.a = ArcPointer(a^)
        self.b = ArcPointer(b^)
        self.c = ArcPointer(c^)
        self.index = 0

    def __init__(out self, *, copy: Self):
        self.a = copy.a
        self.b = copy.b
        self.c = copy.c
        self.len = copy.len
        self.index = copy.index

    def __iter__(self) -> Self:
        return self

    def __has_next__(self) -> Bool:
        return self.index < self.len

    comptime Element = Tuple[Self.A, Self.B, Self.C]
    def __next__(mut self) -> (Self.A, Self.B, Self.C):
        var i = self.index
        self.index += 1
        return (
            _copy_value(self.a[].unsafe_ptr()[i]),
            _copy_value(self.b[].unsafe_ptr()[i]),
            _copy_value(self.c[].unsafe_ptr()[i]),
        )


def zip[A: Copyable, B: Copyable](a: List[A], b: List[B]) -> _Zip2[A, B]:
    """(a[i], b[i]) for each i below the shorter length."""
    return _Zip2[A, B](a.copy(), b.copy())


def zip[A: Copyable, B: Copyable, C: Copyable](a: List[A], b: List[B], c: List[C]) -> _Zip3[A, B, C]:
    """(a[i], b[i], c[i]) for each i below the shortest length."""
    return _Zip3[A, B, C](a.copy(), b.copy(), c.copy())


struct _Enumerate[T: Copyable](ImplicitlyCopyable):
    var items: ArcPointer[List[Self.T]]
    var index: Int
    var start: Int

    def __init__(out self, var items: List[Self.T], start: Int):
        self.items = ArcPointer(items^)
        self.index = 0
        self.start = start

    def __init__(out self, *, copy: Self):
        self.items = copy.items
        self.index = copy.index
        self.start = copy.start

    def __iter__(self) -> Self:
        return self

    def __has_next__(self) -> Bool:
        return self.index < len(self.items[])

    comptime Element = Tuple[Int, Self.T]
    def __next__(mut self) -> (Int, Self.T):
        var i = self.index
        self.index += 1
        return (self.start + i, _copy_value(self.items[].unsafe_ptr()[i]))


def enumerate[T: Copyable](items: List[T], start: Int = 0) -> _Enumerate[T]:
    """(start + i, items[i]) for each element of a List."""
    return _Enumerate[T](items.copy(), start)

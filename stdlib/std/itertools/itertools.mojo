# The iterators of std.itertools (see __init__.mojo).


@fieldwise_init
struct _CountIterator(ImplicitlyCopyable, Iterator):
    comptime Element = Int
    comptime IteratorType = Self
    var start: Int
    var step: Int

    def __iter__(self) -> Self:
        return self

    def __next__(mut self) raises StopIteration -> Int:
        var result = self.start
        self.start += self.step
        return result


def count(start: Int = 0, step: Int = 1) -> _CountIterator:
    """start, start + step, start + 2 * step, ... without end."""
    return _CountIterator(start, step)


struct _RepeatIterator[T: Copyable](Copyable, Iterator):
    comptime Element = Self.T
    comptime IteratorType = Self
    var element: Self.T
    var left: Int

    def __init__(out self, element: Self.T, left: Int):
        self.element = element.copy()
        self.left = left

    def __iter__(self) -> Self:
        return self.copy()

    def __next__(mut self) raises StopIteration -> Self.T:
        if self.left <= 0:
            raise StopIteration()
        self.left -= 1
        return self.element.copy()


def repeat[T: Copyable](element: T, *, times: Int) -> _RepeatIterator[T]:
    """`element`, `times` times."""
    return _RepeatIterator[T](element, times)


struct _TakeIterator[I: Iterator & Copyable](Copyable, Iterator):
    comptime Element = Self.I.Element
    comptime IteratorType = Self
    var inner: Self.I
    var left: Int

    def __init__(out self, var inner: Self.I, left: Int):
        self.inner = inner^
        self.left = left

    def __iter__(self) -> Self:
        return self.copy()

    def __next__(mut self) raises StopIteration -> Self.Element:
        if self.left <= 0:
            raise StopIteration()
        self.left -= 1
        return next(self.inner)


def take[T: Iterable](ref iterable: T, count: Int) -> _TakeIterator[T.IteratorType]:
    """The first `count` elements of `iterable` (fewer if it has fewer)."""
    return _TakeIterator[T.IteratorType](iterable.__iter__(), count)


struct _DropIterator[I: Iterator & Copyable](Copyable, Iterator):
    comptime Element = Self.I.Element
    comptime IteratorType = Self
    var inner: Self.I
    var skip: Int

    def __init__(out self, var inner: Self.I, skip: Int):
        self.inner = inner^
        self.skip = skip

    def __iter__(self) -> Self:
        return self.copy()

    def __next__(mut self) raises StopIteration -> Self.Element:
        while self.skip > 0:
            self.skip -= 1
            _ = next(self.inner)
        return next(self.inner)


def drop[T: Iterable](ref iterable: T, count: Int) -> _DropIterator[T.IteratorType]:
    """The elements of `iterable` after its first `count`."""
    return _DropIterator[T.IteratorType](iterable.__iter__(), count)


struct _TakeWhileIterator[
    I: Iterator & Copyable, predicate: def(I.Element) -> Bool
](Copyable, Iterator):
    comptime Element = Self.I.Element
    comptime IteratorType = Self
    var inner: Self.I
    var done: Bool

    def __init__(out self, var inner: Self.I):
        self.inner = inner^
        self.done = False

    def __iter__(self) -> Self:
        return self.copy()

    def __next__(mut self) raises StopIteration -> Self.Element:
        if self.done:
            raise StopIteration()
        var x = next(self.inner)
        if not predicate(x):
            self.done = True
            raise StopIteration()
        return x^


def take_while[
    T: Iterable, //, predicate: def(T.IteratorType.Element) -> Bool
](ref iterable: T) -> _TakeWhileIterator[T.IteratorType, predicate]:
    """The elements of `iterable` up to the first one `predicate` rejects."""
    return _TakeWhileIterator[T.IteratorType, predicate](iterable.__iter__())


struct _DropWhileIterator[
    I: Iterator & Copyable, predicate: def(I.Element) -> Bool
](Copyable, Iterator):
    comptime Element = Self.I.Element
    comptime IteratorType = Self
    var inner: Self.I
    var dropping: Bool

    def __init__(out self, var inner: Self.I):
        self.inner = inner^
        self.dropping = True

    def __iter__(self) -> Self:
        return self.copy()

    def __next__(mut self) raises StopIteration -> Self.Element:
        var x = next(self.inner)
        while self.dropping and predicate(x):
            x = next(self.inner)
        self.dropping = False
        return x^


def drop_while[
    T: Iterable, //, predicate: def(T.IteratorType.Element) -> Bool
](ref iterable: T) -> _DropWhileIterator[T.IteratorType, predicate]:
    """The elements of `iterable` from the first one `predicate` rejects."""
    return _DropWhileIterator[T.IteratorType, predicate](iterable.__iter__())


struct _CycleIterator[I: Iterator & Copyable](Copyable, Iterator):
    comptime Element = Self.I.Element
    comptime IteratorType = Self
    var orig: Self.I
    var inner: Self.I
    var any: Bool

    def __init__(out self, var inner: Self.I):
        self.orig = inner.copy()
        self.inner = inner^
        self.any = False

    def __iter__(self) -> Self:
        return self.copy()

    def __next__(mut self) raises StopIteration -> Self.Element:
        try:
            var x = next(self.inner)
            self.any = True
            return x^
        except:
            if not self.any:
                raise StopIteration()
            self.inner = self.orig.copy()
            return next(self.inner)


def cycle[T: Iterable](ref iterable: T) -> _CycleIterator[T.IteratorType]:
    """The elements of `iterable` over and over (nothing if it is empty)."""
    return _CycleIterator[T.IteratorType](iterable.__iter__())


struct _Product2[A: Iterator & Copyable, B: Iterator & Copyable](
    Copyable, Iterator
):
    comptime Element = Tuple[Self.A.Element, Self.B.Element]
    comptime IteratorType = Self
    var a: Self.A
    var b_orig: Self.B
    var b: Self.B
    var current: Optional[Self.A.Element]

    def __init__(out self, var a: Self.A, var b: Self.B):
        self.a = a^
        self.b_orig = b.copy()
        self.b = b^
        self.current = None

    def __iter__(self) -> Self:
        return self.copy()

    def __next__(mut self) raises StopIteration -> Self.Element:
        if not self.current:
            self.current = next(self.a)
        while True:
            try:
                var y = next(self.b)
                return (self.current.value().copy(), y^)
            except:
                self.current = next(self.a)
                self.b = self.b_orig.copy()


def product[A: Iterable, B: Iterable](
    ref iterable_a: A, ref iterable_b: B
) -> _Product2[A.IteratorType, B.IteratorType]:
    """Every pair (a, b), a from `iterable_a` and b from `iterable_b`, the
    last one varying fastest."""
    return _Product2[A.IteratorType, B.IteratorType](
        iterable_a.__iter__(), iterable_b.__iter__()
    )


def product[A: Iterable, B: Iterable, C: Iterable](
    ref iterable_a: A, ref iterable_b: B, ref iterable_c: C
) -> _Product2[A.IteratorType, _Product2[B.IteratorType, C.IteratorType]]:
    """Every (a, (b, c)) of the three iterables, the last varying fastest.
    (Mojo 1.0 yields flat triples (a, b, c); this nests the last two.)"""
    return _Product2[A.IteratorType, _Product2[B.IteratorType, C.IteratorType]](
        iterable_a.__iter__(),
        _Product2[B.IteratorType, C.IteratorType](
            iterable_b.__iter__(), iterable_c.__iter__()
        ),
    )

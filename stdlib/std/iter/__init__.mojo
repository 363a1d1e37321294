# std.iter: Mojo 1.0's iteration protocol.
#
# An iterator's `__next__` raises `StopIteration` when it runs out (Mojo
# 1.0's Iterator); a `for` loop stops there. The library's own iterators
# (List, Dict, range, Span, ...) use the older pair `__has_next__` /
# `__next__`, which loops prefer when both exist; `next(it)` works on either
# kind, raising StopIteration at the end. Each iterator names the type of
# its elements as `Element`.

from std.builtin.zip import enumerate, zip


@fieldwise_init
struct StopIteration(ImplicitlyCopyable, TrivialRegisterPassable, Writable):
    """The error an iterator's `__next__` raises when it has no more
    elements."""

    def write_to(self, mut writer: Some[Writer]):
        writer.write("StopIteration")


trait Iterator(Movable):
    """A type that yields its elements one by one from `__next__`, raising
    StopIteration at the end. `Element` is the type of the elements."""

    comptime Element: Movable

    def __next__(mut self) raises StopIteration -> Self.Element:
        ...


trait Iterable:
    """A type a `for` loop can walk: it has `__iter__` (conformance is
    checked by the method's name; the iterator type is not spelled out)."""

    def __iter__(self):
        ...


trait _HasNextIterator:
    def __has_next__(self) -> Bool:
        ...


def iter[T: Iterable](ref iterable: T) -> T.IteratorType:
    """The iterator of `iterable` (its `__iter__()`, of the type it names
    `IteratorType`); it may refer to `iterable`, which must outlive it."""
    return iterable.__iter__()


def next[I: Iterator](mut iterator: I) raises StopIteration -> I.Element:
    """The iterator's next element; raises StopIteration when it has none."""
    comptime if conforms_to(I, _HasNextIterator):
        if not iterator.__has_next__():
            raise StopIteration()
    return iterator.__next__()

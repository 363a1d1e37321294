# reversed(): iterate a range, List or InlineArray from the back.

from std.collections.list import List, _ListReverseIter
from std.collections.inline_array import InlineArray


def reversed(value: _Range) -> _Range:
    return value.__reversed__()


def reversed[T: Movable](ref value: List[T]) -> _ListReverseIter[T]:
    return value.__reversed__()


def reversed[T: Movable, size: Int](ref value: InlineArray[T, size]) -> _ListReverseIter[T]:
    return value.__reversed__()

# sort(list) / sort(span) for Comparable elements (ascending; `stable=True`
# keeps equal elements in order), sort[cmp_fn](...) with a "less than"
# function, and swap(a, b). Unstable sorting is a quicksort (median of
# three, insertion sort below 16 elements); stable sorting is an insertion
# sort for short inputs and a merge sort otherwise.

from std.collections.list import List
from std.memory.span import Span
from std.memory.unsafe_pointer import UnsafePointer, alloc


def swap[T: Movable](mut lhs: T, mut rhs: T):
    """Exchanges the two values."""
    var tmp = UnsafePointer(to=lhs).take_pointee()
    UnsafePointer(to=lhs).init_pointee_move(UnsafePointer(to=rhs).take_pointee())
    UnsafePointer(to=rhs).init_pointee_move(tmp^)


def _swap_at[T: Movable](p: UnsafePointer[T], i: Int, j: Int):
    if i == j:
        return
    var tmp = (p + i).take_pointee()
    (p + i).init_pointee_move((p + j).take_pointee())
    (p + j).init_pointee_move(tmp^)


trait _Ordering:
    """How the sort compares: O.less(a, b) is "a goes before b"."""

    comptime T: AnyType

    @staticmethod
    def less(a: Self.T, b: Self.T) -> Bool:
        ...


struct _Natural[E: Comparable](_Ordering):
    comptime T = Self.E

    @staticmethod
    def less(a: Self.E, b: Self.E) -> Bool:
        return a < b


struct _ByFunction[E: Movable, cmp_fn: def(E, E) -> Bool](_Ordering):
    comptime T = Self.E

    @staticmethod
    def less(a: Self.E, b: Self.E) -> Bool:
        return cmp_fn(a, b)


def _insertion_sort[O: _Ordering](p: UnsafePointer[O.T], lo: Int, hi: Int):
    """Sorts p[lo:hi] (stable)."""
    for i in range(lo + 1, hi):
        var j = i
        while j > lo and O.less(p[j], p[j - 1]):
            _swap_at(p, j, j - 1)
            j -= 1


def _quicksort[O: _Ordering](p: UnsafePointer[O.T], lo: Int, hi: Int):
    var start = lo
    var end = hi
    while end - start > 16:
        var mid = start + (end - start) // 2
        # Median of three to p[end - 1], then partition around it.
        if O.less(p[mid], p[start]):
            _swap_at(p, mid, start)
        if O.less(p[end - 1], p[start]):
            _swap_at(p, end - 1, start)
        if O.less(p[mid], p[end - 1]):
            _swap_at(p, mid, end - 1)
        var store = start
        for i in range(start, end - 1):
            if O.less(p[i], p[end - 1]):
                _swap_at(p, i, store)
                store += 1
        _swap_at(p, store, end - 1)
        # Recurse into the smaller side, loop on the larger.
        if store - start < end - store - 1:
            _quicksort[O](p, start, store)
            start = store + 1
        else:
            _quicksort[O](p, store + 1, end)
            end = store
    _insertion_sort[O](p, start, end)


def _merge_sort[O: _Ordering](p: UnsafePointer[O.T], n: Int):
    """Stable: runs of 16 by insertion, then bottom-up merges through a
    scratch buffer (elements are moved, never copied)."""
    var run = 16
    var lo = 0
    while lo < n:
        _insertion_sort[O](p, lo, min(lo + run, n))
        lo += run
    if n <= run:
        return
    var scratch = alloc[O.T](n)
    var width = run
    while width < n:
        var start = 0
        while start < n:
            var mid = min(start + width, n)
            var end = min(start + 2 * width, n)
            var i = start
            var j = mid
            var k = start
            while i < mid and j < end:
                if O.less(p[j], p[i]):
                    (scratch + k).init_pointee_move((p + j).take_pointee())
                    j += 1
                else:
                    (scratch + k).init_pointee_move((p + i).take_pointee())
                    i += 1
                k += 1
            while i < mid:
                (scratch + k).init_pointee_move((p + i).take_pointee())
                i += 1
                k += 1
            while j < end:
                (scratch + k).init_pointee_move((p + j).take_pointee())
                j += 1
                k += 1
            for m in range(start, end):
                (p + m).init_pointee_move((scratch + m).take_pointee())
            start += 2 * width
        width *= 2
    scratch.free()


def sort[T: Comparable, //, *, stable: Bool = False](mut list: List[T]):
    """Sorts the list in place, ascending (by `<`)."""
    comptime if stable:
        _merge_sort[_Natural[T]](list.unsafe_ptr(), len(list))
    else:
        _quicksort[_Natural[T]](list.unsafe_ptr(), 0, len(list))


def sort[T: Comparable, //, *, stable: Bool = False](span: Span[T]):
    """Sorts the span's elements in place, ascending."""
    comptime if stable:
        _merge_sort[_Natural[T]](span.unsafe_ptr(), len(span))
    else:
        _quicksort[_Natural[T]](span.unsafe_ptr(), 0, len(span))


def sort[T: Movable, //, cmp_fn: def(T, T) -> Bool, *, stable: Bool = False](mut list: List[T]):
    """Sorts the list so that cmp_fn(a, b) ("a goes before b") holds for
    each neighbouring pair that is out of order."""
    comptime if stable:
        _merge_sort[_ByFunction[T, cmp_fn]](list.unsafe_ptr(), len(list))
    else:
        _quicksort[_ByFunction[T, cmp_fn]](list.unsafe_ptr(), 0, len(list))

# Coordinates whose structure is in the type: `Coord[S]` holds one integer
# per leaf of the IntTuple `S`, where a leaf known at compile time has its
# value in S and a run-time leaf is UNKNOWN_VALUE there. `Idx[n]` is the
# compile-time integer n, `coord[2, 3]()` the static coordinate (2, 3);
# `Coord(a, b, ...)` nests coordinates, integers and Idx values into one,
# its type computed from theirs.
#
# Ignis's own implementation of the part of Mojo 1.0's `Coord` family
# (std.utils.coord, re-exported by `layout`) that the tile layouts use.

from layout.int_tuple import IntTuple, UNKNOWN_VALUE, _with_leaves
from std.utils.index import IndexList


def _leaf_count(t: IntTuple) -> Int:
    return len(t.flatten())


def _leaf_at(t: IntTuple, i: Int) -> Int:
    return t.flatten()[i]


def _tuple_of[*values: Int]() -> IntTuple:
    var t = IntTuple()
    comptime for i in range(len(values)):
        t.append(values[i])
    return t


def _unknowns(n: Int) -> IntTuple:
    var t = IntTuple()
    for _ in range(n):
        t.append(UNKNOWN_VALUE)
    return t


def _unknown_like(t: IntTuple) -> IntTuple:
    """t with every leaf UNKNOWN_VALUE."""
    return _with_leaves(t, _unknowns(len(t.flatten())))


def _all_known(t: IntTuple) -> Bool:
    var f = t.flatten()
    for i in range(len(f)):
        if f[i] == UNKNOWN_VALUE:
            return False
    return True


trait CoordLike(ImplicitlyCopyable, Writable):
    """A coordinate or one integer of one: its structure S (UNKNOWN_VALUE
    for run-time leaves) and the value of each leaf."""

    comptime S: IntTuple

    def _coord_leaf(self, i: Int) -> Int:
        """The value of leaf i (of S flattened)."""
        ...


@register_passable("trivial")
struct ComptimeInt[val: Int](CoordLike, Intable):
    """The integer `val`, known at compile time (`Idx[val]`)."""

    comptime S = IntTuple(Self.val)
    comptime static_value = Self.val
    comptime is_static_value = True

    def __init__(out self):
        pass

    def value(self) -> Int:
        return Self.val

    def __int__(self) -> Int:
        return Self.val

    def _coord_leaf(self, i: Int) -> Int:
        return Self.val

    def write_to(self, mut writer: Some[Writer]):
        writer.write(Self.val)


comptime Idx[value: Int] = ComptimeInt[value]()
"""The compile-time integer `value` as a coordinate element."""


@register_passable("trivial")
struct Coord[T: IntTuple](CoordLike, Sized):
    """A coordinate shaped like T: leaves known in T are compile-time
    values, UNKNOWN_VALUE leaves are held at run time."""

    comptime S = Self.T
    comptime flat_rank = _leaf_count(Self.T)
    comptime rank = len(Self.T)
    comptime all_known = _all_known(Self.T)

    var value: IndexList[Self.flat_rank]

    def __init__(out self):
        """The known leaves of T (run-time ones 0)."""
        self.value = IndexList[Self.flat_rank]()
        comptime for i in range(Self.flat_rank):
            comptime v = _leaf_at(Self.T, i)
            comptime if v != UNKNOWN_VALUE:
                self.value[i] = v

    def __init__(out self, *, values: IndexList[Self.flat_rank]):
        self.value = values

    def __init__(out self, *, copy: Self):
        self.value = copy.value

    def __init__[
        A: CoordLike
    ](out self: Coord[IntTuple(A.S)], a: A):
        self = Coord[IntTuple(A.S)]()
        self._take[0, A](a)

    def __init__[
        A: CoordLike, B: CoordLike
    ](out self: Coord[IntTuple(A.S, B.S)], a: A, b: B):
        self = Coord[IntTuple(A.S, B.S)]()
        self._take[0, A](a)
        self._take[_leaf_count(A.S), B](b)

    def __init__[
        B: CoordLike
    ](out self: Coord[IntTuple(UNKNOWN_VALUE, B.S)], a: Int, b: B):
        self = Coord[IntTuple(UNKNOWN_VALUE, B.S)]()
        self.value[0] = a
        self._take[1, B](b)

    def __init__[
        A: CoordLike
    ](out self: Coord[IntTuple(A.S, UNKNOWN_VALUE)], a: A, b: Int):
        self = Coord[IntTuple(A.S, UNKNOWN_VALUE)]()
        self._take[0, A](a)
        self.value[_leaf_count(A.S)] = b

    def __init__[
        A: CoordLike, B: CoordLike, C: CoordLike
    ](out self: Coord[IntTuple(A.S, B.S, C.S)], a: A, b: B, c: C):
        self = Coord[IntTuple(A.S, B.S, C.S)]()
        self._take[0, A](a)
        self._take[_leaf_count(A.S), B](b)
        self._take[_leaf_count(A.S) + _leaf_count(B.S), C](c)

    # A tuple of coordinates, Idx values and Ints: `Coord((rows, Idx[8]))`.

    def __init__[
        A: CoordLike, B: CoordLike
    ](out self: Coord[IntTuple(A.S, B.S)], t: Tuple[A, B]):
        self = Coord(t[0], t[1])

    def __init__[
        B: CoordLike
    ](out self: Coord[IntTuple(UNKNOWN_VALUE, B.S)], t: Tuple[Int, B]):
        self = Coord(t[0], t[1])

    def __init__[
        A: CoordLike
    ](out self: Coord[IntTuple(A.S, UNKNOWN_VALUE)], t: Tuple[A, Int]):
        self = Coord(t[0], t[1])

    def __init__(
        out self: Coord[IntTuple(UNKNOWN_VALUE, UNKNOWN_VALUE)], t: Tuple[Int, Int]
    ):
        self = Coord[IntTuple(UNKNOWN_VALUE, UNKNOWN_VALUE)]()
        self.value[0] = t[0]
        self.value[1] = t[1]

    def __init__(
        out self: Coord[IntTuple(UNKNOWN_VALUE, UNKNOWN_VALUE, UNKNOWN_VALUE)],
        t: Tuple[Int, Int, Int],
    ):
        self = Coord[IntTuple(UNKNOWN_VALUE, UNKNOWN_VALUE, UNKNOWN_VALUE)]()
        self.value[0] = t[0]
        self.value[1] = t[1]
        self.value[2] = t[2]

    def __init__[
        A: CoordLike, B: CoordLike, C: CoordLike
    ](out self: Coord[IntTuple(A.S, B.S, C.S)], t: Tuple[A, B, C]):
        self = Coord(t[0], t[1], t[2])

    def __init__(
        out self: Coord[IntTuple(UNKNOWN_VALUE, UNKNOWN_VALUE)], a: Int, b: Int
    ):
        self = Coord[IntTuple(UNKNOWN_VALUE, UNKNOWN_VALUE)]()
        self.value[0] = a
        self.value[1] = b

    def _take[at: Int, A: CoordLike](mut self, a: A):
        """Copies a's leaves into leaves at, at + 1, ..."""
        comptime for i in range(_leaf_count(A.S)):
            self.value[at + i] = a._coord_leaf(i)

    def _coord_leaf(self, i: Int) -> Int:
        return self.value[i]

    def __len__(self) -> Int:
        return Self.rank

    def product(self) -> Int:
        var p = 1
        comptime for i in range(Self.flat_rank):
            p *= self.value[i]
        return p

    def to_int_tuple(self) -> IntTuple:
        """The coordinate as an IntTuple, nested as T, with its run-time
        values."""
        var flat = IntTuple()
        for i in range(Self.flat_rank):
            flat.append(self.value[i])
        return _with_leaves(Self.T, flat)

    def write_repr_to(self, mut writer: Some[Writer]):
        self.write_to(writer)

    def write_to(self, mut writer: Some[Writer]):
        """`(2, 3)`, `((6, 8), ((2, 2), (3, 4)))`."""
        writer.write(self.to_int_tuple())


def coord[*values: Int]() -> Coord[_tuple_of[*values]()]:
    """The coordinate of compile-time integers values: `coord[2, 3]()`."""
    return Coord[_tuple_of[*values]()]()


def coord[
    dtype: DType, n: Int
](values: IndexList[n, ...]) -> Coord[_unknowns(n)]:
    """A coordinate of n run-time integers."""
    var c = Coord[_unknowns(n)]()
    comptime for i in range(n):
        c.value[i] = values[i]
    return c


def coord[dtype: DType](values: Tuple[Int, Int]) -> Coord[_unknowns(2)]:
    """A coordinate of two run-time integers: `coord[DType.int32]((a, b))`."""
    var c = Coord[_unknowns(2)]()
    c.value[0] = values[0]
    c.value[1] = values[1]
    return c


def coord[dtype: DType](values: Tuple[Int, Int, Int]) -> Coord[_unknowns(3)]:
    """A coordinate of three run-time integers."""
    var c = Coord[_unknowns(3)]()
    c.value[0] = values[0]
    c.value[1] = values[1]
    c.value[2] = values[2]
    return c

# RuntimeTuple: an IntTuple whose shape (nesting) is a compile-time
# parameter and whose integers live at run time, one per leaf of the
# parameter `S`. Leaves of S that are known (not UNKNOWN_VALUE) start with
# their value; the others with 0 until set.
#
# Ignis's own implementation of Mojo 1.0's `layout.runtime_tuple`.

from layout.int_tuple import IntTuple, UNKNOWN_VALUE, flatten, _with_leaves
from std.utils.index import IndexList


def _leaf(t: IntTuple, i: Int) -> Int:
    """Integer i of t flattened (for compile-time use)."""
    return t.flatten()[i]


@register_passable("trivial")
struct RuntimeTuple[
    S: IntTuple = UNKNOWN_VALUE, /, *, element_type: DType = DType.int64
](ImplicitlyCopyable, Sized, Writable, Intable):
    """The integers of a tuple shaped like S, held at run time."""

    comptime scalar_length = len(flatten(Self.S))

    var value: IndexList[Self.scalar_length, element_type = Self.element_type]

    def __init__(out self):
        """The known leaves of S; unknown ones are 0."""
        self.value = IndexList[
            Self.scalar_length, element_type = Self.element_type
        ]()
        comptime for i in range(Self.scalar_length):
            comptime v = _leaf(Self.S, i)
            comptime if v != UNKNOWN_VALUE:
                self.value[i] = v

    def __init__(out self, *values: Int):
        """One value per leaf of S."""
        self.value = IndexList[
            Self.scalar_length, element_type = Self.element_type
        ]()
        comptime for i in range(Self.scalar_length):
            self.value[i] = values[i]

    def __init__[
        n: Int
    ](out self, values: IndexList[n, ...]):
        comptime assert n == Self.scalar_length, (
            "a RuntimeTuple needs one value per leaf of its IntTuple"
        )
        self.value = IndexList[
            Self.scalar_length, element_type = Self.element_type
        ]()
        comptime for i in range(n):
            self.value[i] = values[i]

    def __init__(out self, *, copy: Self):
        self.value = copy.value

    def __len__(self) -> Int:
        """The number of top-level elements of S."""
        return len(Self.S)

    def __int__(self) -> Int:
        comptime assert Self.scalar_length == 1, (
            "tuple must be a single int value"
        )
        return self.value[0]

    def get_int(self) -> Scalar[Self.element_type]:
        """The value of a one-integer tuple (the compile-time one when S
        knows it)."""
        comptime assert Self.scalar_length == 1, (
            "tuple must be a single int value"
        )
        comptime v = _leaf(Self.S, 0)
        comptime if v != UNKNOWN_VALUE:
            return Scalar[Self.element_type](v)
        return Scalar[Self.element_type](self.value[0])

    def cast[
        dtype: DType
    ](self) -> RuntimeTuple[Self.S, element_type=dtype]:
        return RuntimeTuple[Self.S, element_type=dtype](self.value)

    def product(self) -> Int:
        var p = 1
        comptime for i in range(Self.scalar_length):
            p *= self.value[i]
        return p

    def write_repr_to(self, mut writer: Some[Writer]):
        self.write_to(writer)

    def write_to(self, mut writer: Some[Writer]):
        """Nested as S: `(4, (2, 3))`; one integer prints bare."""
        var flat = IntTuple()
        for i in range(Self.scalar_length):
            flat.append(self.value[i])
        writer.write(_with_leaves(Self.S, flat))


def product[t: IntTuple](tuple: RuntimeTuple[t, ...]) -> Int:
    """The product of all the integers of tuple."""
    return tuple.product()

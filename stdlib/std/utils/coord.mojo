# Coord: the coordinates `elementwise` passes to its body (Mojo 1.0's
# std.utils.coord, here only with run-time integer elements, rank 1 to 3).


@fieldwise_init
struct RuntimeInt(ImplicitlyCopyable, Writable):
    """One coordinate known at run time."""
    var _value: Int

    def value(self) -> Scalar[DType.int64]:
        """The coordinate as a scalar."""
        return Scalar[DType.int64](self._value)

    def __int__(self) -> Int:
        return self._value

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self._value)


struct Coord(ImplicitlyCopyable, Sized, Writable):
    """One to three run-time coordinates: `Coord(i)`, `Coord(i, j)`,
    `Coord(i, j, k)`; `c[d].value()` reads one."""
    var _x: Int
    var _y: Int
    var _z: Int
    var _rank: Int

    def __init__(out self, x: Int):
        self._x = x
        self._y = 0
        self._z = 0
        self._rank = 1

    def __init__(out self, x: Int, y: Int):
        self._x = x
        self._y = y
        self._z = 0
        self._rank = 2

    def __init__(out self, x: Int, y: Int, z: Int):
        self._x = x
        self._y = y
        self._z = z
        self._rank = 3

    def __len__(self) -> Int:
        return self._rank

    def __getitem__(self, i: Int) -> RuntimeInt:
        if i == 0:
            return RuntimeInt(self._x)
        if i == 1:
            return RuntimeInt(self._y)
        return RuntimeInt(self._z)

    def product(self) -> Int:
        """The number of points the coordinates span as a shape."""
        var n = self._x
        if self._rank > 1:
            n *= self._y
        if self._rank > 2:
            n *= self._z
        return n

    def write_to(self, mut writer: Some[Writer]):
        writer.write("(", self._x)
        if self._rank > 1:
            writer.write(", ", self._y)
        if self._rank > 2:
            writer.write(", ", self._z)
        writer.write(")")

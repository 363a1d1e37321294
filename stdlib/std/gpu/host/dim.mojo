# Dim: the grid or block size of a launch, from an Int or a tuple of up to
# three Ints (`grid_dim=(2, 2)`, `block_dim=256`).


@register_passable("trivial")
struct Dim(ImplicitlyCopyable, Writable):
    var _x: Int
    var _y: Int
    var _z: Int

    @implicit
    def __init__(out self, x: Int):
        self._x = x
        self._y = 1
        self._z = 1

    def __init__(out self, x: Int, y: Int, z: Int = 1):
        self._x = x
        self._y = y
        self._z = z

    @implicit
    def __init__(out self, dims: Tuple[Int, Int]):
        self._x = dims[0]
        self._y = dims[1]
        self._z = 1

    @implicit
    def __init__(out self, dims: Tuple[Int, Int, Int]):
        self._x = dims[0]
        self._y = dims[1]
        self._z = dims[2]

    def x(self) -> Int:
        return self._x

    def y(self) -> Int:
        return self._y

    def z(self) -> Int:
        return self._z

    def __getitem__(self, i: Int) -> Int:
        if i == 0:
            return self._x
        if i == 1:
            return self._y
        return self._z

    def write_repr_to(self, mut writer: Some[Writer]):
        """What repr() writes: the same as write_to."""
        self.write_to(writer)

    def write_to(self, mut writer: Some[Writer]):
        writer.write_str("(x=")
        self._x.write_to(writer)
        writer.write_str(", y=")
        self._y.write_to(writer)
        writer.write_str(", z=")
        self._z.write_to(writer)
        writer.write_str(")")

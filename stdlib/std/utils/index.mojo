# IndexList[size, element_type=DType.int64]: a fixed number of integer
# coordinates (shapes, strides, positions), and Index(a, b, ...) to make one
# (Mojo 1.0's std/utils/index). Arithmetic is element-wise; comparisons
# other than == hold only when they hold for every element (not
# lexicographic), as in Mojo.

from std.collections._bounds import _check_index
from std.sys import is_gpu


@register_passable("trivial")
struct IndexList[size: Int, *, element_type: DType = DType.int64](
    Sized, Writable, Equatable, ImplicitlyCopyable
):
    var data: SIMD[Self.element_type, Self.size]

    def __init__(out self):
        """All zeros."""
        self.data = SIMD[Self.element_type, Self.size](0)

    def __init__(out self, fill: Int):
        """Every element fill."""
        self.data = SIMD[Self.element_type, Self.size](fill)

    def __init__(out self, *, data: SIMD[Self.element_type, Self.size]):
        self.data = data

    def __init__(out self, first: Int, second: Int, *elems: Int):
        """IndexList[n](a, b, ...): exactly n values."""
        if len(elems) + 2 != Self.size:
            _wrong_count(len(elems) + 2, Self.size)
        self.data = SIMD[Self.element_type, Self.size](0)
        self.data[0] = Scalar[Self.element_type](first)
        self.data[1] = Scalar[Self.element_type](second)
        for i in range(len(elems)):
            self.data[i + 2] = Scalar[Self.element_type](elems[i])

    @implicit
    def __init__(out self, var elems: List[Int]):
        """`var i: IndexList[3] = [1, 2, 3]`."""
        if len(elems) != Self.size:
            _wrong_count(len(elems), Self.size)
        self.data = SIMD[Self.element_type, Self.size](0)
        for i in range(Self.size):
            self.data[i] = Scalar[Self.element_type](elems[i])

    def __len__(self) -> Int:
        return Self.size

    def get[idx: Int](self) -> Int:
        comptime assert idx >= 0 and idx < Self.size, "index out of range"
        return Int(self.data[idx])

    @always_inline
    def __getitem__(self, idx: Int) -> Int:
        return Int(self.data[_check_index(idx, Self.size, __builtin.call_location())])

    @always_inline
    def __setitem__(mut self, idx: Int, val: Int):
        self.data[_check_index(idx, Self.size, __builtin.call_location())] = Scalar[Self.element_type](val)

    def flattened_length(self) -> Int:
        """The product of the elements."""
        var product = 1
        for i in range(Self.size):
            product *= Int(self.data[i])
        return product

    def reverse(self) -> Self:
        var result = Self()
        for i in range(Self.size):
            result.data[i] = self.data[Self.size - 1 - i]
        return result

    def canonicalize(self) -> IndexList[Self.size, element_type=DType.int64]:
        return self.cast[DType.int64]()

    def cast[dtype: DType](self) -> IndexList[Self.size, element_type=dtype]:
        return IndexList[Self.size, element_type=dtype](data=self.data.cast[dtype]())

    def get_row_major_strides(self) -> Self:
        """The strides of a row-major array of this shape."""
        var result = Self()
        var stride = 1
        var i = Self.size - 1
        while i >= 0:
            result.data[i] = Scalar[Self.element_type](stride)
            stride *= Int(self.data[i])
            i -= 1
        return result

    def __add__(self, rhs: Self) -> Self:
        return Self(data=self.data + rhs.data)

    def __sub__(self, rhs: Self) -> Self:
        return Self(data=self.data - rhs.data)

    def __mul__(self, rhs: Self) -> Self:
        return Self(data=self.data * rhs.data)

    def __floordiv__(self, rhs: Self) -> Self:
        return Self(data=self.data // rhs.data)

    def __rfloordiv__(self, rhs: Self) -> Self:
        return Self(data=rhs.data // self.data)

    def remu(self, rhs: Self) -> Self:
        """Element-wise remainder."""
        return Self(data=self.data % rhs.data)

    def __eq__(self, rhs: Self) -> Bool:
        return self.data == rhs.data

    def __ne__(self, rhs: Self) -> Bool:
        return self.data != rhs.data

    def __lt__(self, rhs: Self) -> Bool:
        return all(self.data.lt(rhs.data))

    def __le__(self, rhs: Self) -> Bool:
        return all(self.data.le(rhs.data))

    def __gt__(self, rhs: Self) -> Bool:
        return all(self.data.gt(rhs.data))

    def __ge__(self, rhs: Self) -> Bool:
        return all(self.data.ge(rhs.data))

    def write_repr_to(self, mut writer: Some[Writer]):
        """What repr() writes: the same as write_to."""
        self.write_to(writer)

    def write_to(self, mut writer: Some[Writer]):
        """`(1, 2, 3)`; one element is written `(1,)`."""
        writer.write_string("(")
        for i in range(Self.size):
            if i != 0:
                writer.write_string(", ")
            self.data[i].write_to(writer)
        comptime if Self.size == 1:
            writer.write_string(",")
        writer.write_string(")")


def Index(x: Int) -> IndexList[1]:
    """An IndexList of the given values."""
    return IndexList[1](x)


def Index(x: Int, y: Int) -> IndexList[2]:
    return IndexList[2](x, y)


def Index(x: Int, y: Int, z: Int) -> IndexList[3]:
    return IndexList[3](x, y, z)


def Index(x: Int, y: Int, z: Int, w: Int) -> IndexList[4]:
    return IndexList[4](x, y, z, w)


def Index(x: Int, y: Int, z: Int, w: Int, v: Int) -> IndexList[5]:
    return IndexList[5](x, y, z, w, v)


def product[size: Int, dt: DType](tuple: IndexList[size, element_type=dt], end_idx: Int = size) -> Int:
    """The product of the elements before end_idx."""
    return product(tuple, 0, end_idx)


def product[size: Int, dt: DType](tuple: IndexList[size, element_type=dt], start_idx: Int, end_idx: Int) -> Int:
    """The product of the elements in [start_idx, end_idx)."""
    var result = 1
    for i in range(start_idx, end_idx):
        result *= tuple[i]
    return result


def _wrong_count(given: Int, size: Int):
    comptime if is_gpu():
        __builtin.abort()  # a kernel traps (it cannot format the message)
    else:
        var message = String("IndexList: expected ", size, " values, got ", given)
        __builtin.external_call["ignis_rt_abort"](
            message._data, message._len._value
        )

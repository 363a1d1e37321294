# StaticTuple[T, size]: size register-passable values stored in place (Mojo
# 1.0's std/utils/static_tuple), copied implicitly.

from std.collections._bounds import _check_index


@register_passable("trivial")
struct StaticTuple[element_type: AnyType, size: Int](Sized, ImplicitlyCopyable):
    var _storage: __builtin.array[Self.element_type, Self.size]

    def __init__(out self):
        """Storage with undefined contents (set every element before use)."""
        self._storage = __builtin.uninit[__builtin.array[Self.element_type, Self.size]]()

    def __init__(out self, *, fill: Self.element_type):
        self._storage = __builtin.uninit[__builtin.array[Self.element_type, Self.size]]()
        for i in range(Self.size):
            self._ptr()[i] = fill

    def __init__(out self, *elems: Self.element_type):
        """StaticTuple[T, n](a, b, ...): exactly n values."""
        comptime assert Self.size >= 0, "size must be non-negative"
        if len(elems) != Self.size:
            _wrong_count(len(elems), Self.size)
        self._storage = __builtin.uninit[__builtin.array[Self.element_type, Self.size]]()
        for i in range(Self.size):
            self._ptr()[i] = elems[i]

    def _ptr(ref self) -> UnsafePointer[Self.element_type]:
        return UnsafePointer[Self.element_type](
            raw=__builtin.bitcast[Self.element_type](__builtin.address_of(self._storage))
        )

    def __len__(self) -> Int:
        return Self.size

    @always_inline
    def __getitem__(self, idx: Int) -> Self.element_type:
        var i = _check_index(idx, Self.size, __builtin.call_location())
        return self._ptr()[i]

    @always_inline
    def __setitem__(mut self, idx: Int, val: Self.element_type):
        var i = _check_index(idx, Self.size, __builtin.call_location())
        self._ptr()[i] = val

    def get[index: Int](self) -> Self.element_type:
        comptime assert index >= 0 and index < Self.size, "index out of range"
        return self._ptr()[index]


def _wrong_count(given: Int, size: Int):
    var message = String("StaticTuple: expected ", size, " values, got ", given)
    __builtin.external_call["ignis_rt_abort"](message._data, message._len._value)

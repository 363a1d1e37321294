# The Hasher trait and the library's hasher (see __init__.mojo).

from std.builtin.hash import _mix, _hash_combine, _hash_bytes


trait Hasher:
    """Something that folds values into a 64-bit hash: created empty, fed
    with `update`, read once with `finish`."""

    def __init__(out self):
        ...

    def update[T: Hashable](mut self, value: T):
        ...

    def finish(var self) -> UInt64:
        ...


struct _DefaultHasher(Hasher, ImplicitlyCopyable):
    """The library's hasher: each update is mixed into the state, so the
    order of updates matters."""

    var _state: UInt64

    def __init__(out self):
        self._state = UInt64(0x243F6A8885A308D3)

    def _update_with_bytes(mut self, data: Span[UInt8]):
        self._state = _hash_combine(
            self._state, _hash_bytes(data.unsafe_ptr()._ptr, len(data))
        )

    def _update_with_simd[dt: DType, w: Int](mut self, value: SIMD[dt, w]):
        for i in range(w):
            self._state = _hash_combine(self._state, value[i].__hash__())

    def update[T: Hashable](mut self, value: T):
        """Folds value in through its own `__hash__`."""
        comptime if __builtin.method_takes_args[T, "__hash__"]:
            value.__hash__(self)
        else:
            self._state = _hash_combine(self._state, value.__hash__())

    def finish(var self) -> UInt64:
        return _mix(self._state)


comptime default_hasher = _DefaultHasher
comptime default_comp_time_hasher = _DefaultHasher

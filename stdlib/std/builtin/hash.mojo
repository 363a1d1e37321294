# (Constants above 2**63 are written as their negative Int twins.)
# hash(): the 64-bit hash of a Hashable value, and the integer mixer the
# standard types' __hash__ methods share.


def hash[T: Hashable](value: T) -> UInt64:
    """The 64-bit hash of value, through either form of its `__hash__`:
    Mojo 1.0's `__hash__(self, mut hasher)` (fed to the default hasher) or
    `__hash__(self) -> UInt64`."""
    comptime if __builtin.method_takes_args[T, "__hash__"]:
        from std.hashlib.hasher import _DefaultHasher
        var h = _DefaultHasher()
        value.__hash__(h)
        return h^.finish()
    else:
        return value.__hash__()


@always_inline
def _hash_int(value: UInt64) -> UInt64:
    """The hash of an integer: the integer (as Python's). Dict spreads
    hashes itself (Fibonacci hashing), so equal-stride keys stay evenly
    spread."""
    return value


@always_inline
def _mix(value: UInt64) -> UInt64:
    """Spreads every input bit over the whole word (multiply, then fold the
    high half into the low half)."""
    var h = value * UInt64(-7046029254386353131)
    return h ^ (h >> 32)


@always_inline
def _hash_combine(seed: UInt64, value: UInt64) -> UInt64:
    return _mix(seed ^ (value + UInt64(-7046029254386353131) + (seed << 6) + (seed >> 2)))


def _hash_bytes(data: __builtin.pointer[__builtin.simd[DType.uint8, 1]], length: Int) -> UInt64:
    """A hash of length bytes, eight at a time (wyhash-like mixing)."""
    var h = UInt64(length) ^ UInt64(0x243F6A8885A308D3)
    var i = 0
    while i + 8 <= length:
        var word = UInt64(raw=__builtin.load(__builtin.bitcast[__builtin.simd[DType.uint64, 1]](
            __builtin.offset(data, i._value)
        )))
        h = (h ^ _mix(word)) * UInt64(-4658895280553007687)
        i += 8
    var tail = UInt64(0)
    var shift = UInt64(0)
    while i < length:
        var b = UInt64(raw=__builtin.cast[DType.uint64](__builtin.load(__builtin.offset(data, i._value))))
        tail = tail | (b << shift)
        shift += 8
        i += 1
    return _mix(h ^ _mix(tail))

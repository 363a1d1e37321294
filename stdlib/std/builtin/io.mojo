# print and the standard output writer.


struct _StdoutWriter(Writer):
    def write_bytes(mut self, data: __builtin.pointer[__builtin.simd[DType.uint8, 1]], length: Int):
        __builtin.external_call["ignis_rt_write"](data, length._value)

    def write_str(mut self, text: StringLiteral):
        __builtin.external_call["ignis_rt_write"](
            __builtin.string_data(text), __builtin.string_length(text)
        )

    def flush(mut self):
        __builtin.external_call["ignis_rt_flush"]()


def print():
    """print(*values, sep=" ", end="\\n", flush=False): writes each value
    with its write_to method. The compiler expands each call."""
    pass


struct _GpuPrintWriter(Writer):
    """What `print` writes to in a kernel compiled for a GPU: the line is
    built in a fixed buffer (longer lines are cut at 255 bytes) and written
    by one vprintf, so lines of different threads do not mix."""

    var _buf: __builtin.array[__builtin.simd[DType.uint8, 1], 256]
    var _len: Int

    def __init__(out self):
        self._buf = __builtin.uninit[__builtin.array[__builtin.simd[DType.uint8, 1], 256]]()
        self._len = 0

    def write_bytes(mut self, data: __builtin.pointer[__builtin.simd[DType.uint8, 1]], length: Int):
        var base = __builtin.bitcast[__builtin.simd[DType.uint8, 1]](__builtin.address_of(self._buf))
        var n = length
        if self._len + n > 255:
            n = 255 - self._len
        var i = 0
        while i < n:
            __builtin.store(
                __builtin.offset(base, (self._len + i)._value),
                __builtin.load(__builtin.offset(data, i._value)),
            )
            i += 1
        self._len += n

    def write_str(mut self, text: StringLiteral):
        self.write_bytes(__builtin.string_data(text), Int(raw=__builtin.string_length(text)))

    def flush(mut self):
        """Writes the line: vprintf("%.*s", len, data) on NVIDIA GPUs."""
        var base = __builtin.bitcast[__builtin.simd[DType.uint8, 1]](__builtin.address_of(self._buf))
        # vprintf's argument buffer: an int (padded to 8 bytes), a pointer.
        var args = __builtin.stack_alloc[__builtin.simd[DType.int64, 1], 2]()
        __builtin.store(args, __builtin.cast[DType.int64](self._len._value))
        __builtin.store(
            __builtin.bitcast[__builtin.pointer[__builtin.simd[DType.uint8, 1]]](__builtin.offset(args, Int(1)._value)),
            base,
        )
        _ = __builtin.external_call["vprintf", __builtin.simd[DType.int32, 1]](
            __builtin.string_data("%.*s"), __builtin.bitcast[__builtin.simd[DType.uint8, 1]](args)
        )

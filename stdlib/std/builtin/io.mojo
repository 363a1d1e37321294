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

# input(prompt): one line from standard input.

comptime _index = __builtin.simd[DType.index, 1]


def input(prompt: String = "") raises -> String:
    """Writes prompt (no newline), then reads one line from standard input
    without its newline; raises "EOF" at the end of the input."""
    if prompt != "":
        print(prompt, end="", flush=True)
    var line = String()
    var byte = UInt8(0)
    var got_any = False
    while True:
        var n = Int(raw=__builtin.external_call["read", _index](
            Int32(0)._value, __builtin.bitcast[__builtin.simd[DType.uint8, 1]](__builtin.address_of(byte)), Int(1)._value
        ))
        if n <= 0:
            if not got_any:
                raise Error("EOF")
            break
        got_any = True
        if byte == 10:
            break
        line.write_bytes(__builtin.bitcast[__builtin.simd[DType.uint8, 1]](__builtin.address_of(byte)), 1)
    return line^

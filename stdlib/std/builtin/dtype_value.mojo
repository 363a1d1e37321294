# A DType used as a run-time value (`var d = DType.int32`, `print(x.dtype)`):
# its code in the DType table (sema/DTypes.def order). It prints as Mojo
# writes the dtype and compares with ==.


@fieldwise_init
struct _DTypeValue(ImplicitlyCopyable, Writable, Equatable):
    var _code: UInt8

    def write_to(self, mut writer: Some[Writer]):
        var c = self._code
        if c == 0: writer.write("bool")
        elif c == 1: writer.write("int8")
        elif c == 2: writer.write("int16")
        elif c == 3: writer.write("int32")
        elif c == 4: writer.write("int64")
        elif c == 5: writer.write("uint8")
        elif c == 6: writer.write("uint16")
        elif c == 7: writer.write("uint32")
        elif c == 8: writer.write("uint64")
        elif c == 9: writer.write("float16")
        elif c == 10: writer.write("bfloat16")
        elif c == 11: writer.write("float32")
        elif c == 12: writer.write("float64")
        elif c == 13: writer.write("int")
        elif c == 14: writer.write("int128")
        elif c == 15: writer.write("uint128")
        else: writer.write("invalid")

    def write_repr_to(self, mut writer: Some[Writer]):
        writer.write("DType.")
        self.write_to(writer)

    def __eq__(self, other: Self) -> Bool:
        return self._code == other._code

    def is_floating_point(self) -> Bool:
        return self._code >= 9 and self._code <= 12

    def is_integral(self) -> Bool:
        return self._code >= 1 and self._code <= 8 or self._code >= 13 and self._code <= 15

    def is_unsigned(self) -> Bool:
        return self._code >= 5 and self._code <= 8 or self._code == 15

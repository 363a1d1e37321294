# String: an owned, growable UTF-8 string. (The memory issue adds slicing,
# searching and the rest of the API; this is the core.)

comptime _byte = __builtin.simd[DType.uint8, 1]
comptime _byte_ptr = __builtin.pointer[__builtin.simd[DType.uint8, 1]]


struct String(Sized, Writable, Writer, Equatable, ImplicitlyCopyable):
    var _data: __builtin.pointer[__builtin.simd[DType.uint8, 1]]
    var _len: Int
    var _capacity: Int

    def __init__(out self):
        self._data = __builtin.alloc[_byte](1)
        self._len = 0
        self._capacity = 1

    @implicit
    def __init__(out self, literal: StringLiteral):
        var n = Int(raw=__builtin.string_length(literal))
        self._data = __builtin.alloc[_byte](n + 1)
        self._len = n
        self._capacity = n + 1
        _copy_bytes(self._data, __builtin.string_data(literal), n)

    def __init__[T: Writable](out self, value: T):
        self = String()
        value.write_to(self)

    def __init__(out self, *, copy: Self):
        self._data = __builtin.alloc[_byte](copy._len + 1)
        self._len = copy._len
        self._capacity = copy._len + 1
        _copy_bytes(self._data, copy._data, copy._len)

    def __del__(deinit self):
        __builtin.free(self._data)

    def __len__(self) -> Int:
        return self._len

    def byte_length(self) -> Int:
        return self._len

    def _reserve(mut self, needed: Int):
        if needed <= self._capacity:
            return
        var capacity = self._capacity * 2
        if capacity < needed:
            capacity = needed
        var data = __builtin.alloc[_byte](capacity)
        _copy_bytes(data, self._data, self._len)
        __builtin.free(self._data)
        self._data = data
        self._capacity = capacity

    def write_bytes(mut self, data: __builtin.pointer[__builtin.simd[DType.uint8, 1]], length: Int):
        self._reserve(self._len + length)
        _copy_bytes(__builtin.offset(self._data, self._len), data, length)
        self._len += length

    def write_to(self, mut writer: Some[Writer]):
        writer.write_bytes(self._data, self._len)

    def __add__(self, other: String) -> String:
        var result = String()
        result.write_bytes(self._data, self._len)
        result.write_bytes(other._data, other._len)
        return result

    def __iadd__(mut self, other: String):
        self.write_bytes(other._data, other._len)

    def __eq__(self, other: String) -> Bool:
        if self._len != other._len:
            return False
        var i = 0
        while i < self._len:
            var a = __builtin.load(__builtin.offset(self._data, i))
            var b = __builtin.load(__builtin.offset(other._data, i))
            if Bool(raw=__builtin.ne(a, b)):
                return False
            i += 1
        return True

    def __ne__(self, other: String) -> Bool:
        return not self.__eq__(other)


def _copy_bytes(
    dest: __builtin.pointer[__builtin.simd[DType.uint8, 1]],
    src: __builtin.pointer[__builtin.simd[DType.uint8, 1]],
    count: Int,
):
    var i = 0
    while i < count:
        __builtin.store(__builtin.offset(dest, i), __builtin.load(__builtin.offset(src, i)))
        i += 1

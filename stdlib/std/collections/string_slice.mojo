# StringSlice: a view of UTF-8 bytes owned elsewhere (a pointer and a byte
# length); StaticString is a StringSlice of a string literal's bytes (which
# live for the whole program). Origins are not tracked yet: a slice of a
# String is valid while that String is alive and unchanged.

from std.builtin.hash import _hash_bytes
from std.collections.list import List
from std.collections._bounds import _check_index
from std.memory.unsafe_pointer import UnsafePointer
from std.collections._format import _format_plan
from std.memory.span import Span

comptime _byte_ptr = __builtin.pointer[__builtin.simd[DType.uint8, 1]]

comptime StaticString = StringSlice


@register_passable("trivial")
struct StringSlice(
    ImplicitlyCopyable, Sized, Writable, Comparable, Hashable, Boolable, Stringable
):
    var _data: __builtin.pointer[__builtin.simd[DType.uint8, 1]]
    var _len: Int

    @implicit
    def __init__(out self, literal: StringLiteral):
        self._data = __builtin.string_data(literal)
        self._len = Int(raw=__builtin.string_length(literal))

    @implicit
    def __init__(out self, ref from_string: String):
        """A view of the bytes of from_string (valid while it is unchanged)."""
        self._data = from_string._data
        self._len = from_string._len

    def __init__(out self, *, ptr: UnsafePointer[UInt8], length: Int):
        self._data = __builtin.bitcast[__builtin.simd[DType.uint8, 1]](ptr._ptr)
        self._len = length

    def __init__(out self, *, unsafe_data: __builtin.pointer[__builtin.simd[DType.uint8, 1]], length: Int):
        self._data = unsafe_data
        self._len = length

    # --- size and bytes -----------------------------------------------------

    def __len__(self) -> Int:
        return self._len

    def byte_length(self) -> Int:
        return self._len

    def count_graphemes(self) -> Int:
        """The number of user-perceived characters (extended grapheme
        clusters)."""
        from std.builtin.grapheme import _count_graphemes

        return _count_graphemes(self._data, self._len)

    def __bool__(self) -> Bool:
        return self._len != 0

    def unsafe_ptr(self) -> UnsafePointer[UInt8]:
        return UnsafePointer[UInt8](raw=__builtin.bitcast[UInt8](self._data))

    def as_bytes(self) -> Span[UInt8]:
        """A view of the bytes."""
        return Span[UInt8](ptr=self.unsafe_ptr(), length=self._len)

    def _byte(self, i: Int) -> Int:
        return Int(raw=__builtin.cast[DType.index](__builtin.load(__builtin.offset(self._data, i._value))))

    def _sub(self, start: Int, end: Int) -> StringSlice:
        return StringSlice(unsafe_data=__builtin.offset(self._data, start._value), length=end - start)

    def byte_slice(self, start: Int, end: Int) -> StringSlice:
        """The bytes [start, end) as a slice (Python clamping, negative offsets)."""
        var s = _clamp(start, self._len)
        var e = _clamp(end, self._len)
        if e <= s:
            return self._sub(s, s)
        return self._sub(s, e)

    @always_inline
    def __getitem__(self, *, byte: Int) -> StringSlice:
        var i = _check_index(byte, self._len, __builtin.call_location())
        return self._sub(i, i + 1)

    def __getitem__(self, *, byte: Slice) -> StringSlice:
        """`s[byte=a:b]`: the bytes [a, b) as a view (negative offsets count
        from the end, ends are clamped); both ends must be codepoint
        boundaries and there can be no step, else the program stops."""
        var r = byte._byte_range(self._len)
        _check_codepoint_boundaries(self._data, self._len, r.start, r.end)
        return self._sub(r.start, r.end)

    def write_to(self, mut writer: Some[Writer]):
        writer.write_bytes(self._data, self._len)

    def __str__(self) -> String:
        return String(self)

    def to_string(self) -> String:
        return String(self)

    def __hash__(self) -> UInt64:
        """Equal to the hash of the String with the same bytes."""
        return _hash_bytes(self._data, self._len)

    # --- comparing (bytewise) -----------------------------------------------

    def _compare(self, other: StringSlice) -> Int:
        var n = self._len if self._len < other._len else other._len
        if n > 0:
            var r = __builtin.external_call["memcmp", __builtin.simd[DType.int32, 1]](
                self._data, other._data, n._value
            )
            var c = Int(raw=__builtin.cast[DType.index](r))
            if c != 0:
                return c
        return self._len - other._len

    def __eq__(self, other: StringSlice) -> Bool:
        return self._len == other._len and self._compare(other) == 0

    def __ne__(self, other: StringSlice) -> Bool:
        return not self.__eq__(other)

    def __eq__(self, other: StringLiteral) -> Bool:
        return self.__eq__(StringSlice(other))

    def __ne__(self, other: StringLiteral) -> Bool:
        return not self.__eq__(StringSlice(other))

    def __eq__(self, other: String) -> Bool:
        return self.__eq__(StringSlice(other))

    def __ne__(self, other: String) -> Bool:
        return not self.__eq__(StringSlice(other))

    def __lt__(self, other: StringSlice) -> Bool:
        return self._compare(other) < 0

    def __le__(self, other: StringSlice) -> Bool:
        return self._compare(other) <= 0

    def __gt__(self, other: StringSlice) -> Bool:
        return self._compare(other) > 0

    def __ge__(self, other: StringSlice) -> Bool:
        return self._compare(other) >= 0

    # --- searching ----------------------------------------------------------

    def _matches_at(self, sub: StringSlice, at: Int) -> Bool:
        if at < 0 or at + sub._len > self._len:
            return False
        if sub._len == 0:
            return True
        var r = __builtin.external_call["memcmp", __builtin.simd[DType.int32, 1]](
            __builtin.offset(self._data, at._value), sub._data, sub._len._value
        )
        return Int(raw=__builtin.cast[DType.index](r)) == 0

    def find(self, substr: StringSlice, start: Int = 0) -> Int:
        """The byte offset of the first substr at or after start, or -1."""
        var i = _clamp(start, self._len)
        while i + substr._len <= self._len:
            if self._matches_at(substr, i):
                return i
            i += 1
        return -1

    def __contains__(self, substr: StringSlice) -> Bool:
        return self.find(substr) != -1

    def startswith(self, prefix: StringSlice) -> Bool:
        return self._matches_at(prefix, 0)

    def endswith(self, suffix: StringSlice) -> Bool:
        return self._matches_at(suffix, self._len - suffix._len)

    def split(self, sep: StringSlice) raises -> List[StringSlice]:
        """The pieces between occurrences of sep, as views of these bytes."""
        if sep._len == 0:
            raise "ValueError: empty separator"
        var parts = List[StringSlice]()
        var begin = 0
        var i = 0
        while i + sep._len <= self._len:
            if self._matches_at(sep, i):
                parts.append(self._sub(begin, i))
                i += sep._len
                begin = i
            else:
                i += 1
        parts.append(self._sub(begin, self._len))
        return parts^

    def write_repr_to(self, mut writer: Some[Writer]):
        """The text between single quotes, with backslash escapes for the
        backslash, the quote, tab, newline, return and (as hex) the other
        control characters, as Python and Mojo write them."""
        _write_string_repr(writer, self._data, self._len)

    def format[*Ts: Writable](self, *args: *Ts) raises -> String:
        """As String.format."""
        var plan = _format_plan(self, len(Ts))
        var result = String(capacity=self._len + 8 * len(Ts))
        var k = 0
        while k < len(plan):
            result.write_bytes(__builtin.offset(self._data, plan[k]._value), plan[k + 1] - plan[k])
            var index = plan[k + 2]
            var as_repr = plan[k + 3] == 1
            comptime for i in range(len(Ts)):
                if index == i:
                    if as_repr:
                        args[i].write_repr_to(result)
                    else:
                        args[i].write_to(result)
            k += 4
        return result^

    def strip(self) -> StringSlice:
        var s = 0
        var e = self._len
        while s < e and _is_space_byte(self._byte(s)):
            s += 1
        while e > s and _is_space_byte(self._byte(e - 1)):
            e -= 1
        return self._sub(s, e)


def _check_codepoint_boundaries(
    data: __builtin.pointer[__builtin.simd[DType.uint8, 1]], length: Int, start: Int, end: Int
):
    """Stops the program when byte offset start or end (of a string of
    `length` bytes) falls inside a UTF-8 sequence."""
    for offset in [start, end]:
        if offset < length:
            var b = Int(raw=__builtin.cast[DType.index](__builtin.load(__builtin.offset(data, offset._value))))
            if b & 0xC0 == 0x80:
                var message = String("string slice bound ", offset, " is not a codepoint boundary")
                __builtin.external_call["ignis_rt_abort"](message._data, message._len._value)


def _clamp(index: Int, length: Int) -> Int:
    var i = index
    if i < 0:
        i += length
    if i < 0:
        return 0
    if i > length:
        return length
    return i


def _is_space_byte(b: Int) -> Bool:
    return b == 32 or (b >= 9 and b <= 13)


def _write_string_repr(mut writer: Some[Writer], data: __builtin.pointer[__builtin.simd[DType.uint8, 1]], length: Int):
    writer.write_str("'")
    var hex_digits: StringLiteral = "0123456789abcdef"
    var start = 0
    for i in range(length):
        var b = Int(raw=__builtin.cast[DType.index](__builtin.load(__builtin.offset(data, i._value))))
        if b >= 32 and b != 127 and b != 92 and b != 39:
            continue
        if i > start:
            writer.write_bytes(__builtin.offset(data, start._value), i - start)
        start = i + 1
        if b == 92:
            writer.write_str("\\\\")
        elif b == 39:
            writer.write_str("\\'")
        elif b == 9:
            writer.write_str("\\t")
        elif b == 10:
            writer.write_str("\\n")
        elif b == 13:
            writer.write_str("\\r")
        elif b >= 128:
            start = i
        else:
            writer.write_str("\\x")
            writer.write_bytes(__builtin.offset(__builtin.string_data(hex_digits), (b // 16)._value), 1)
            writer.write_bytes(__builtin.offset(__builtin.string_data(hex_digits), (b % 16)._value), 1)
    if length > start:
        writer.write_bytes(__builtin.offset(data, start._value), length - start)
    writer.write_str("'")

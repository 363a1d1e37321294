# String: an owned, growable UTF-8 string. The searching, splitting and
# case methods live in string_methods.mojo's helpers; this is the core.

from std.collections.list import List
from std.collections.string_slice import StringSlice, StaticString, _write_string_repr, _check_codepoint_boundaries

comptime _byte = __builtin.simd[DType.uint8, 1]
comptime _byte_ptr = __builtin.pointer[__builtin.simd[DType.uint8, 1]]

from std.collections._bounds import _check_index
from std.collections._format import _format_plan
from std.memory.span import Span
from std.memory.unsafe_pointer import UnsafePointer


struct String(Sized, Writable, Writer, Comparable, Hashable, Boolable, ImplicitlyCopyable):
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

    def __init__[T: Writable](out self, value: T, *, sep: StaticString = "", end: StaticString = ""):
        """The text value writes (then end)."""
        self = String()
        value.write_to(self)
        if end._len > 0:
            self.write_string(end)

    def __init__[T0: Writable, T1: Writable, *Ts: Writable](
        out self, first: T0, second: T1, *rest: *Ts, sep: StaticString = "", end: StaticString = ""
    ):
        """The arguments written one after another, sep between them and end
        after the last (Mojo 1.0's variadic constructor). The first two are
        separate parameters so that a one-argument call is not ambiguous with
        the form above; the rest must be implicitly copyable (Ignis copies a
        variadic pack)."""
        self = String()
        first.write_to(self)
        self.write_string(sep)
        second.write_to(self)
        comptime for i in range(len(Ts)):
            self.write_string(sep)
            rest[i].write_to(self)
        if end._len > 0:
            self.write_string(end)

    def __init__(out self, *, unsafe_from_utf8: Span[UInt8]):
        """A copy of the bytes (not checked to be UTF-8)."""
        self = String(capacity=len(unsafe_from_utf8))
        self.write_bytes(
            __builtin.bitcast[__builtin.simd[DType.uint8, 1]](unsafe_from_utf8.unsafe_ptr()._ptr),
            len(unsafe_from_utf8),
        )

    def __init__(out self, *, from_utf8: Span[UInt8]) raises:
        """A copy of the bytes; raises unless they are valid UTF-8."""
        var data = __builtin.bitcast[__builtin.simd[DType.uint8, 1]](from_utf8.unsafe_ptr()._ptr)
        var n = len(from_utf8)
        var i = 0
        while i < n:
            var step = _utf8_valid_length(data, i, n)
            if step == 0:
                raise Error("Cannot construct a String from invalid UTF-8 data")
            i += step
        self = String(capacity=n)
        self.write_bytes(data, n)

    def __init__(out self, *, from_utf8_lossy: Span[UInt8]):
        """A copy of the bytes with each invalid UTF-8 sequence replaced by
        U+FFFD."""
        var data = __builtin.bitcast[__builtin.simd[DType.uint8, 1]](from_utf8_lossy.unsafe_ptr()._ptr)
        var n = len(from_utf8_lossy)
        self = String(capacity=n)
        var i = 0
        while i < n:
            var step = _utf8_valid_length(data, i, n)
            if step == 0:
                self.write_str("\uFFFD")
                i += 1
            else:
                self.write_bytes(__builtin.offset(data, i._value), step)
                i += step

    def __init__(out self, *, capacity: Int):
        """An empty String with room for capacity bytes."""
        var room = capacity + 1 if capacity > 0 else 1
        self._data = __builtin.alloc[_byte](room)
        self._len = 0
        self._capacity = room

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

    def __bool__(self) -> Bool:
        return self._len != 0

    def write_repr_to(self, mut writer: Some[Writer]):
        """repr(s): the text between single quotes, with escapes."""
        StringSlice(unsafe_data=self._data, length=self._len).write_repr_to(writer)

    def __fspath__(self) -> String:
        """The String itself, as a path (os.PathLike)."""
        return self

    def __hash__(self) -> UInt64:
        return _hash_bytes(self._data, self._len)

    def unsafe_ptr(self) -> UnsafePointer[UInt8]:
        """The address of the bytes (valid while this String is unchanged)."""
        return UnsafePointer[UInt8](raw=__builtin.bitcast[UInt8](self._data))

    def as_bytes(ref self) -> Span[UInt8]:
        """A view of the bytes (valid while this String is unchanged)."""
        return Span[UInt8](
            ptr=UnsafePointer[UInt8](raw=__builtin.bitcast[UInt8](self._data)), length=self._len
        )

    def unsafe_as_bytes_mut(mut self) -> Span[UInt8]:
        """A mutable view of the bytes (changes must keep the text UTF-8)."""
        return Span[UInt8](
            ptr=UnsafePointer[UInt8](raw=__builtin.bitcast[UInt8](self._data)), length=self._len
        )

    def as_string_slice(ref self) -> StringSlice:
        """A view of these bytes (valid while this String is unchanged)."""
        return StringSlice(unsafe_data=self._data, length=self._len)

    def _byte(self, i: Int) -> Int:
        return Int(raw=__builtin.cast[DType.index](__builtin.load(__builtin.offset(self._data, i._value))))

    @staticmethod
    def _from_bytes(data: __builtin.pointer[__builtin.simd[DType.uint8, 1]], length: Int) -> String:
        var result = String()
        result.write_bytes(data, length)
        return result

    def _slice(self, start: Int, end: Int) -> String:
        return String._from_bytes(__builtin.offset(self._data, start._value), end - start)

    @always_inline
    def __getitem__(self, *, byte: Int) -> String:
        """The one-byte string at byte offset `byte` (negative counts from the end)."""
        var i = _check_index(byte, self._len, __builtin.call_location())
        return self._slice(i, i + 1)

    def __getitem__(self, *, byte: Slice) -> String:
        """`s[byte=a:b]`: the bytes [a, b) (negative offsets count from the
        end, ends are clamped); both ends must be codepoint boundaries and
        there can be no step, else the program stops."""
        var r = byte._byte_range(self._len)
        _check_codepoint_boundaries(self._data, self._len, r.start, r.end)
        return self._slice(r.start, r.end)

    def byte_slice(self, start: Int, end: Int) -> String:
        """The bytes [start, end) (Python-style clamping and negative offsets)."""
        var s = _clamp_str(start, self._len)
        var e = _clamp_str(end, self._len)
        if e <= s:
            return String()
        return self._slice(s, e)

    def format[*Ts: Writable](self, *args: *Ts) raises -> String:
        """Python's str.format: "{}" takes the next argument, "{0}" a given
        one, "{{" and "}}" are braces; "!s" writes the value as str() does,
        "!r" as repr() does. Raises on an unmatched brace or a missing argument."""
        var plan = _format_plan(StringSlice(unsafe_data=self._data, length=self._len), len(Ts))
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

    # --- comparing -----------------------------------------------------------

    def _compare(self, other: String) -> Int:
        var n = self._len if self._len < other._len else other._len
        if n > 0:
            var r = __builtin.external_call["memcmp", __builtin.simd[DType.int32, 1]](
                self._data, other._data, n._value
            )
            var c = Int(raw=__builtin.cast[DType.index](r))
            if c != 0:
                return c
        return self._len - other._len

    def __lt__(self, other: String) -> Bool:
        return self._compare(other) < 0

    def __le__(self, other: String) -> Bool:
        return self._compare(other) <= 0

    def __gt__(self, other: String) -> Bool:
        return self._compare(other) > 0

    def __ge__(self, other: String) -> Bool:
        return self._compare(other) >= 0

    # --- searching -----------------------------------------------------------

    def find(self, substr: String, start: Int = 0) -> Int:
        """The byte offset of the first substr at or after start, or -1."""
        var s = _clamp_str(start, self._len)
        if substr._len == 0:
            return s
        if substr._len > self._len - s:
            return -1
        var hit = __builtin.external_call["memmem", __builtin.pointer[__builtin.simd[DType.uint8, 1]]](
            __builtin.offset(self._data, s._value), (self._len - s)._value, substr._data, substr._len._value
        )
        var at = Int(raw=__builtin.ptr_to_int(hit))
        if at == 0:
            return -1
        return at - Int(raw=__builtin.ptr_to_int(self._data))

    def rfind(self, substr: String) -> Int:
        var i = self._len - substr._len
        while i >= 0:
            if self._matches_at(substr, i):
                return i
            i -= 1
        return -1

    def _matches_at(self, substr: String, at: Int) -> Bool:
        if at < 0 or at + substr._len > self._len:
            return False
        if substr._len == 0:
            return True
        var r = __builtin.external_call["memcmp", __builtin.simd[DType.int32, 1]](
            __builtin.offset(self._data, at._value), substr._data, substr._len._value
        )
        return Int(raw=__builtin.cast[DType.index](r)) == 0

    def __contains__(self, substr: String) -> Bool:
        return self.find(substr) >= 0

    def count(self, substr: String) -> Int:
        if substr._len == 0:
            return self._len + 1
        var n = 0
        var i = self.find(substr)
        while i >= 0:
            n += 1
            i = self.find(substr, i + substr._len)
        return n

    def startswith(self, prefix: String) -> Bool:
        return self._matches_at(prefix, 0)

    def startswith(self, prefix: String, start: Int, end: Int = -1) -> Bool:
        """Whether self[start:end] (end -1: to the end) starts with prefix."""
        if end == -1:
            return self.byte_slice(start, self._len).startswith(prefix)
        return self.byte_slice(start, end).startswith(prefix)

    def endswith(self, suffix: String) -> Bool:
        return self._matches_at(suffix, self._len - suffix._len)

    def endswith(self, suffix: String, start: Int, end: Int = -1) -> Bool:
        """Whether self[start:end] (end -1: to the end) ends with suffix."""
        if end == -1:
            return self.byte_slice(start, self._len).endswith(suffix)
        return self.byte_slice(start, end).endswith(suffix)

    # --- splitting and joining ----------------------------------------------

    def split(self, sep: String) raises -> List[String]:
        """The pieces between occurrences of sep (an empty sep raises)."""
        if sep._len == 0:
            raise "ValueError: empty separator"
        var result = List[String]()
        var begin = 0
        var i = self.find(sep)
        while i >= 0:
            result.append(self._slice(begin, i))
            begin = i + sep._len
            i = self.find(sep, begin)
        result.append(self._slice(begin, self._len))
        return result^

    def split(self) -> List[String]:
        """The runs of non-whitespace (Python's str.split())."""
        var result = List[String]()
        var i = 0
        while i < self._len:
            while i < self._len and _is_space(self._byte(i)):
                i += 1
            if i == self._len:
                break
            var begin = i
            while i < self._len and not _is_space(self._byte(i)):
                i += 1
            result.append(self._slice(begin, i))
        return result^

    def splitlines(self) -> List[String]:
        var result = List[String]()
        var begin = 0
        for i in range(self._len):
            if self._byte(i) == 10:
                result.append(self._slice(begin, i))
                begin = i + 1
        if begin < self._len:
            result.append(self._slice(begin, self._len))
        return result^

    def join(self, elems: List[String]) -> String:
        var data = elems.unsafe_ptr()._ptr
        var total = 0
        for i in range(len(elems)):
            total += __builtin.deref(__builtin.offset(data, i._value))._len
        if len(elems) > 1:
            total += self._len * (len(elems) - 1)
        var result = String()
        result._reserve(total + 1)
        for i in range(len(elems)):
            if i:
                result.write_bytes(self._data, self._len)
            # Borrow each element in place (no copy).
            var p = __builtin.offset(data, i._value)
            result.write_bytes(__builtin.deref(p)._data, __builtin.deref(p)._len)
        return result

    # --- trimming, replacing, case --------------------------------------------

    def strip(self) -> String:
        return self.lstrip().rstrip()

    def lstrip(self) -> String:
        var i = 0
        while i < self._len and _is_space(self._byte(i)):
            i += 1
        return self._slice(i, self._len)

    def rstrip(self) -> String:
        var e = self._len
        while e > 0 and _is_space(self._byte(e - 1)):
            e -= 1
        return self._slice(0, e)

    def strip(self, chars: String) -> String:
        return self.lstrip(chars).rstrip(chars)

    def lstrip(self, chars: String) -> String:
        var i = 0
        while i < self._len and chars._has_byte(self._byte(i)):
            i += 1
        return self._slice(i, self._len)

    def rstrip(self, chars: String) -> String:
        var e = self._len
        while e > 0 and chars._has_byte(self._byte(e - 1)):
            e -= 1
        return self._slice(0, e)

    def _has_byte(self, b: Int) -> Bool:
        for i in range(self._len):
            if self._byte(i) == b:
                return True
        return False

    def replace(self, old: String, new: String) -> String:
        if old._len == 0:
            return self
        var result = String()
        var begin = 0
        var i = self.find(old)
        while i >= 0:
            result.write_bytes(__builtin.offset(self._data, begin._value), i - begin)
            result.write_bytes(new._data, new._len)
            begin = i + old._len
            i = self.find(old, begin)
        result.write_bytes(__builtin.offset(self._data, begin._value), self._len - begin)
        return result

    def upper(self) -> String:
        """ASCII letters to upper case (other bytes unchanged)."""
        var result = self._slice(0, self._len)
        for i in range(self._len):
            var b = self._byte(i)
            if b >= 97 and b <= 122:
                __builtin.store(__builtin.offset(result._data, i._value), __builtin.cast[DType.uint8]((b - 32)._value))
        return result

    def lower(self) -> String:
        """ASCII letters to lower case (other bytes unchanged)."""
        var result = self._slice(0, self._len)
        for i in range(self._len):
            var b = self._byte(i)
            if b >= 65 and b <= 90:
                __builtin.store(__builtin.offset(result._data, i._value), __builtin.cast[DType.uint8]((b + 32)._value))
        return result

    def isdigit(self) -> Bool:
        if self._len == 0:
            return False
        for i in range(self._len):
            var b = self._byte(i)
            if b < 48 or b > 57:
                return False
        return True

    def __mul__(self, n: Int) -> String:
        var result = String()
        if n > 0:
            result._reserve(self._len * n + 1)
        for _ in range(n):
            result.write_bytes(self._data, self._len)
        return result

    # --- code points ------------------------------------------------------------

    def codepoints(self) -> List[Codepoint]:
        """The decoded UTF-8 code points, in order."""
        var result = List[Codepoint]()
        var i = 0
        while i < self._len:
            var n = _utf8_length(self._byte(i))
            result.append(Codepoint(_utf8_decode(self._data, i, n)))
            i += n
        return result^

    def count_graphemes(self) -> Int:
        """The number of user-perceived characters (extended grapheme
        clusters: `"👋🏽"` is 1, two code points)."""
        from std.builtin.grapheme import _count_graphemes

        return _count_graphemes(self._data, self._len)

    def count_codepoints(self) -> Int:
        var n = 0
        for i in range(self._len):
            if (self._byte(i) & 0xC0) != 0x80:
                n += 1
        return n

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

    def __getitem__(self, slice: Slice) -> String:
        """`s[a:b:c]`: the bytes the slice selects (byte offsets, Python
        semantics for negative offsets, clamping and steps)."""
        var r = slice._range(self._len)
        if r.step == 1:
            return self._slice(r.start, r.start + r.count())
        var n = r.count()
        var result = String()
        var i = r.start
        for _ in range(n):
            result.write_bytes(__builtin.offset(self._data, i._value), 1)
            i += r.step
        return result


def _copy_bytes(
    dest: __builtin.pointer[__builtin.simd[DType.uint8, 1]],
    src: __builtin.pointer[__builtin.simd[DType.uint8, 1]],
    count: Int,
):
    var i = 0
    while i < count:
        __builtin.store(__builtin.offset(dest, i), __builtin.load(__builtin.offset(src, i)))
        i += 1


def _clamp_str(index: Int, length: Int) -> Int:
    var i = index
    if i < 0:
        i += length
    if i < 0:
        return 0
    if i > length:
        return length
    return i


def _is_space(b: Int) -> Bool:
    return b == 32 or (b >= 9 and b <= 13)


def _utf8_valid_length(data: __builtin.pointer[__builtin.simd[DType.uint8, 1]], at: Int, n: Int) -> Int:
    """The length of the valid UTF-8 sequence at data[at], or 0 (an
    overlong form, a surrogate, a value past U+10FFFF, or a bad or missing
    continuation byte)."""
    var b0 = Int(raw=__builtin.cast[DType.index](__builtin.load(__builtin.offset(data, at._value))))
    if b0 < 0x80:
        return 1
    var length: Int
    var lo = 0x80
    var hi = 0xBF
    if b0 >= 0xC2 and b0 <= 0xDF:
        length = 2
    elif b0 >= 0xE0 and b0 <= 0xEF:
        length = 3
        if b0 == 0xE0:
            lo = 0xA0
        elif b0 == 0xED:
            hi = 0x9F
    elif b0 >= 0xF0 and b0 <= 0xF4:
        length = 4
        if b0 == 0xF0:
            lo = 0x90
        elif b0 == 0xF4:
            hi = 0x8F
    else:
        return 0
    if at + length > n:
        return 0
    for k in range(1, length):
        var b = Int(raw=__builtin.cast[DType.index](__builtin.load(__builtin.offset(data, (at + k)._value))))
        var low = lo if k == 1 else 0x80
        var high = hi if k == 1 else 0xBF
        if b < low or b > high:
            return 0
    return length


def _utf8_length(lead: Int) -> Int:
    if lead < 0x80:
        return 1
    if lead < 0xE0:
        return 2
    if lead < 0xF0:
        return 3
    return 4


def _utf8_decode(data: __builtin.pointer[__builtin.simd[DType.uint8, 1]], at: Int, n: Int) -> Int:
    var b0 = Int(raw=__builtin.cast[DType.index](__builtin.load(__builtin.offset(data, at._value))))
    if n == 1:
        return b0
    var value = b0 & (0x7F >> n)
    for k in range(1, n):
        var b = Int(raw=__builtin.cast[DType.index](__builtin.load(__builtin.offset(data, (at + k)._value))))
        value = (value << 6) | (b & 0x3F)
    return value


@register_passable("trivial")
struct Codepoint(Writable, Comparable, Hashable, Intable, ImplicitlyCopyable):
    """A Unicode scalar value."""

    var _value: Int

    def __init__(out self, value: Int):
        self._value = value

    def to_u32(self) -> UInt32:
        return UInt32(self._value)

    def __int__(self) -> Int:
        return self._value

    def __eq__(self, other: Codepoint) -> Bool:
        return self._value == other._value

    def __ne__(self, other: Codepoint) -> Bool:
        return self._value != other._value

    def __lt__(self, other: Codepoint) -> Bool:
        return self._value < other._value

    def __hash__(self) -> UInt64:
        return _hash_int(UInt64(self._value))

    def write_to(self, mut writer: Some[Writer]):
        chr(self._value).write_to(writer)

    def __init__(out self, *, unsafe_unchecked_codepoint: UInt32):
        self._value = Int(unsafe_unchecked_codepoint)

    def __init__(out self, codepoint: UInt8):
        """The code point of a byte (Latin-1: every byte is one)."""
        self._value = Int(codepoint)

    @staticmethod
    def from_u32(codepoint: UInt32) -> Optional[Codepoint]:
        """The code point, or None for a surrogate or a value past U+10FFFF."""
        var v = Int(codepoint)
        if v > 0x10FFFF or (v >= 0xD800 and v <= 0xDFFF):
            return Optional[Codepoint]()
        return Optional[Codepoint](Codepoint(v))

    @staticmethod
    def ord(string: StringSlice) -> Codepoint:
        """The code point of a one-character string."""
        if string._len == 0:
            return Codepoint(0)
        var lead = Int(raw=__builtin.cast[DType.index](__builtin.load(string._data)))
        return Codepoint(_utf8_decode(string._data, 0, _utf8_length(lead)))

    def is_ascii(self) -> Bool:
        return self._value < 128

    def is_ascii_digit(self) -> Bool:
        return self._value >= 48 and self._value <= 57

    def is_ascii_upper(self) -> Bool:
        return self._value >= 65 and self._value <= 90

    def is_ascii_lower(self) -> Bool:
        return self._value >= 97 and self._value <= 122

    def is_ascii_printable(self) -> Bool:
        return self._value >= 32 and self._value <= 126

    def is_posix_space(self) -> Bool:
        """One of " \\t\\n\\r\\f\\v" or the separators 0x1C-0x1E (the C locale)."""
        var c = self._value
        return c == 32 or (c >= 9 and c <= 13) or (c >= 0x1C and c <= 0x1E)

    def is_python_space(self) -> Bool:
        """What Python's str.isspace() counts: the POSIX spaces, 0x1F,
        NEL, NBSP and the Unicode space separators."""
        var c = self._value
        if c < 128:
            return self.is_posix_space() or c == 0x1F
        return (
            c == 0x85
            or c == 0xA0
            or c == 0x1680
            or (c >= 0x2000 and c <= 0x200A)
            or c == 0x2028
            or c == 0x2029
            or c == 0x202F
            or c == 0x205F
            or c == 0x3000
        )

    def utf8_byte_length(self) -> Int:
        """How many bytes its UTF-8 encoding takes (1 to 4)."""
        var c = self._value
        if c < 0x80:
            return 1
        if c < 0x800:
            return 2
        if c < 0x10000:
            return 3
        return 4

    def write_repr_to(self, mut writer: Some[Writer]):
        writer.write_str("Codepoint(")
        self._value.write_to(writer)
        writer.write_str(")")


def ord(s: String) -> Int:
    """The code point of a one-character string."""
    if s._len == 0:
        return 0
    return _utf8_decode(s._data, 0, _utf8_length(s._byte(0)))


def chr(c: Int) -> String:
    """The one-character string of code point c (UTF-8 encoded)."""
    var buffer = __builtin.stack_alloc[__builtin.simd[DType.uint8, 1], 4]()
    var n: Int
    if c < 0x80:
        n = 1
        __builtin.store(buffer, __builtin.cast[DType.uint8](c._value))
    elif c < 0x800:
        n = 2
        __builtin.store(buffer, __builtin.cast[DType.uint8]((0xC0 | (c >> 6))._value))
    elif c < 0x10000:
        n = 3
        __builtin.store(buffer, __builtin.cast[DType.uint8]((0xE0 | (c >> 12))._value))
    else:
        n = 4
        __builtin.store(buffer, __builtin.cast[DType.uint8]((0xF0 | (c >> 18))._value))
    for k in range(1, n):
        var bits = (c >> (6 * (n - 1 - k))) & 0x3F
        __builtin.store(__builtin.offset(buffer, k._value), __builtin.cast[DType.uint8]((0x80 | bits)._value))
    return String._from_bytes(buffer, n)


def atol(s: String, base: Int = 10) raises -> Int:
    """The integer s spells (surrounding whitespace allowed); raises otherwise."""
    var out = __builtin.stack_alloc[__builtin.simd[DType.index, 1], 1]()
    var ok = __builtin.external_call["ignis_rt_parse_int", __builtin.simd[DType.index, 1]](
        s._data, s._len._value, base._value, out
    )
    if Int(raw=ok) == 0:
        raise Error(String("ValueError: invalid literal for int() with base ") + String(base) + ": '" + s + "'")
    return Int(raw=__builtin.load(out))


def atof(s: String) raises -> Float64:
    """The float s spells (surrounding whitespace allowed); raises otherwise."""
    var out = __builtin.stack_alloc[__builtin.simd[DType.float64, 1], 1]()
    var ok = __builtin.external_call["ignis_rt_parse_float", __builtin.simd[DType.index, 1]](
        s._data, s._len._value, out
    )
    if Int(raw=ok) == 0:
        raise Error(String("ValueError: could not convert string to float: '") + s + "'")
    return Float64(raw=__builtin.load(out))


def ascii(value: String) -> String:
    """Python's `ascii()` on a string: its repr with every byte outside
    printable ASCII escaped (`\\t`, `\\n`, `\\r`, `\\\\`, else `\\xNN` per
    UTF-8 byte), in single quotes, or double quotes when it holds a `'`."""
    var body = String()
    var dquote = False
    for i in range(value._len):
        var c = Int(value._byte(i))
        if c == 92:
            body += "\\\\"
        elif c >= 32 and c < 127:
            body += chr(c)
            if c == 39:
                dquote = True
        elif c == 9:
            body += "\\t"
        elif c == 10:
            body += "\\n"
        elif c == 13:
            body += "\\r"
        else:
            body += "\\x"
            var hi = c // 16
            var lo = c % 16
            body += chr(hi + 48 if hi < 10 else hi + 87)
            body += chr(lo + 48 if lo < 10 else lo + 87)
    if dquote:
        return "\"" + body + "\""
    return "'" + body + "'"

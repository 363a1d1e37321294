# SourceLocation: a file, line and column, as std.reflection has it. Made
# from the compiler's prelude `_SourceLocation` (what `__builtin.call_location()`
# gives in an `@always_inline` function).


@register_passable("trivial")
struct SourceLocation(ImplicitlyCopyable, Writable):
    """Where a piece of source is: file name, line and column (1-based)."""

    var _line: Int
    var _col: Int
    var _file_name: StringLiteral

    def __init__(out self, line: Int, col: Int, file_name: StringLiteral):
        self._line = line
        self._col = col
        self._file_name = file_name

    @implicit
    def __init__(out self, loc: _SourceLocation):
        self._line = loc.line
        self._col = loc.col
        self._file_name = loc.file_name

    def line(self) -> Int:
        """The 1-based line number."""
        return self._line

    def column(self) -> Int:
        """The 1-based column number."""
        return self._col

    def file_name(self) -> StringLiteral:
        """The file name."""
        return self._file_name

    def prefix[T: Writable](self, msg: T) -> String:
        """`At FILE:LINE:COL: msg`."""
        var out = String("At ")
        self.write_to(out)
        out += ": "
        msg.write_to(out)
        return out

    def write_repr_to(self, mut writer: Some[Writer]):
        """What repr() writes: the same as write_to."""
        self.write_to(writer)

    def write_to(self, mut writer: Some[Writer]):
        """Writes `FILE:LINE:COL`."""
        writer.write_str(self._file_name)
        writer.write_str(":")
        self._line.write_to(writer)
        writer.write_str(":")
        self._col.write_to(writer)


@always_inline
def source_location() -> SourceLocation:
    """Where this call is written."""
    return SourceLocation(__builtin.call_location())


@always_inline
def call_location() -> SourceLocation:
    """Where the caller of this function was called: used in an
    `@always_inline` function, the location of the call to that function
    (the compiler passes it on; Mojo's `call_location[inline_count=1]()`)."""
    return SourceLocation(__builtin.call_location())

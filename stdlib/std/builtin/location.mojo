# _SourceLocation: where a call was written. An `@always_inline` function
# that calls `__builtin.call_location()` receives the location of each call
# to it; the standard library uses it for bounds-check and assertion messages.


@fieldwise_init
@register_passable("trivial")
struct _SourceLocation(ImplicitlyCopyable, Writable):
    var file_name: StringLiteral
    var line: Int
    var col: Int

    def write_repr_to(self, mut writer: Some[Writer]):
        """What repr() writes: the same as write_to."""
        self.write_to(writer)

    def write_to(self, mut writer: Some[Writer]):
        """Writes `FILE:LINE:COL`."""
        writer.write_str(self.file_name)
        writer.write_str(":")
        self.line.write_to(writer)
        writer.write_str(":")
        self.col.write_to(writer)

    def prefix(self, message: String) -> String:
        """`FILE:LINE:COL: message`."""
        var out = String(self.file_name)
        out += ":"
        out += String(self.line)
        out += ":"
        out += String(self.col)
        out += ": "
        out += message
        return out

# ANSI colours for test output, written only when stdout is a terminal
# (as Mojo's std.utils._ansi does), so piped output stays plain text.

comptime _RED = "\033[91m"
comptime _GREEN = "\033[92m"
comptime _YELLOW = "\033[93m"
comptime _MAGENTA = "\033[95m"
comptime _CYAN = "\033[96m"
comptime _BOLD_WHITE = "\033[1;97m"
comptime _END = "\033[0m"


def _use_color() -> Bool:
    """Whether stdout (fd 1) is a terminal."""
    var fd = Int32(1)
    return __builtin.external_call["isatty", Int32](fd) != 0


def _colored[T: Writable](value: T, color: StringLiteral, use: Bool) -> String:
    """value, between `color` and the reset code when `use` is set."""
    var out = String()
    if use:
        out += color
    value.write_to(out)
    if use:
        out += _END
    return out

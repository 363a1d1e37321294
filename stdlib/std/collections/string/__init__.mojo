# std.collections.string: Mojo 1.0's home of String, StringSlice and
# Codepoint (Ignis defines them in std.builtin and std.collections.string_slice).
from std.builtin.string import String, Codepoint, ord, chr, atol, atof
from std.collections.string_slice import StringSlice, StaticString

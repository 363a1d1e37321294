# RUN: %ignis run %s | FileCheck %s --match-full-lines
# Codepoint (also importable from std.collections.string, Mojo 1.0's path):
# ord, from_u32, the ASCII and space classifications, utf8_byte_length.
from std.collections.string import Codepoint, String, StringSlice


def main():
    var c = Codepoint.ord("A")
    print(c, Int(c), c.is_ascii(), c.is_ascii_upper(), c.is_ascii_lower(), c.is_ascii_digit())
    # CHECK: A 65 True True False False
    print(Codepoint.ord("é").utf8_byte_length(), Codepoint.ord("€").utf8_byte_length(), Codepoint.ord("🔥").utf8_byte_length(), Codepoint.ord("🔥").to_u32())
    # CHECK-NEXT: 2 3 4 128293
    print(Codepoint.ord(" ").is_python_space(), Codepoint.ord("\t").is_posix_space(), Codepoint.from_u32(0x2029).value().is_python_space(), Codepoint.ord("a").is_python_space())
    # CHECK-NEXT: True True True False
    print(Bool(Codepoint.from_u32(0xD800)), Bool(Codepoint.from_u32(0x110000)), Codepoint.from_u32(0x41).value())
    # CHECK-NEXT: False False A
    print(Codepoint(UInt8(0x7E)).is_ascii_printable(), Codepoint(UInt8(0x7F)).is_ascii_printable(), repr(Codepoint.ord("x")))
    # CHECK-NEXT: True False Codepoint(120)

# RUN: %ignis run %s | FileCheck %s --match-full-lines
# bit_width_of has a type overload and a DType one (Mojo 1.0's std.sys).
from std.sys import bit_width_of

@fieldwise_init
struct Pair:
    var a: Int32
    var b: Int32

def main():
    print(bit_width_of[DType.int](), bit_width_of[DType.uint8](), bit_width_of[DType.float16]())
    # CHECK: 64 8 16
    print(bit_width_of[Int](), bit_width_of[Float32](), bit_width_of[Pair]())
    # CHECK: 64 32 64

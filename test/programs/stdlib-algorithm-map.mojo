# RUN: %ignis run %s | FileCheck %s --match-full-lines
# std.algorithm.map[func](n) calls a capturing closure for 0 ..< n in order;
# std.sys.info.bit_width_of.
from std.algorithm import map
from std.sys.info import bit_width_of

def main():
    var list: List[Float32] = [Float32(1.0), 2.0, 3.0, 4.0, 5.0]

    @parameter
    def exponent_2(idx: Int):
        list[idx] = Float32(2.0) ** list[idx]

    map[exponent_2](len(list))
    for idx in range(len(list)):
        print(list[idx])
    # CHECK: 2.0
    # CHECK-NEXT: 4.0
    # CHECK-NEXT: 8.0
    # CHECK-NEXT: 16.0
    # CHECK-NEXT: 32.0
    print(bit_width_of[Int16]())
    # CHECK-NEXT: 16

# RUN: %ignis run %s | FileCheck %s
# A list, set or dict literal takes its element types from the declared
# type it initialises (a variable's or a function's result) when every
# element converts to them, nested literals included.
from std.collections import Set


def floats() -> List[Float32]:
    return [1.5, 2, 3]


def main() raises:
    var bytes: List[UInt8] = [77, 111, 106, 111]
    # CHECK: 4 77 SIMD[DType.uint8, 1](111)
    print(len(bytes), bytes[0], repr(bytes[1]))
    var wide: List[Int64] = [1, 2]
    wide.append(Int64(3))
    # CHECK-NEXT: 6
    print(wide[0] + wide[1] + wide[2])
    var fs = floats()
    # CHECK-NEXT: SIMD[DType.float32, 1](1.5) 6.5
    print(repr(fs[0]), fs[0] + fs[1] + fs[2])
    grid: List[List[Int8]] = [[1, 2], [3]]
    # CHECK-NEXT: 2 SIMD[DType.int8, 1](3)
    print(len(grid), repr(grid[1][0]))
    var seen: Set[UInt16] = {1, 2, 2}
    # CHECK-NEXT: 2 True
    print(len(seen), UInt16(2) in seen)
    var ages: Dict[String, Float64] = {"a": 1, "b": 2}
    # CHECK-NEXT: 3.0
    print(ages["a"] + ages["b"])
    # Without a declared type the elements' own types decide.
    var plain = [1, 2.5]
    # CHECK-NEXT: SIMD[DType.float64, 1](1.0)
    print(repr(plain[0]))

# RUN: %ignis run %s | FileCheck %s --match-full-lines --strict-whitespace
# print: separators, end, values of every builtin kind, t-strings, SIMD.

def main():
    print("a", 1, 2.5, True, "x" if False else "y")
    # CHECK:a 1 2.5 True y
    print("no", "space", sep="")
    # CHECK-NEXT:nospace
    print("same line", end="|")
    print("next")
    # CHECK-NEXT:same line|next
    print()
    # CHECK-EMPTY:
    var name = "Mojo"
    var n = 3
    print(t"{name} has {n * 2} letters?")
    # CHECK-NEXT:Mojo has 6 letters?
    var v = SIMD[DType.float32, 4](1.5)
    print(v, v * 2)
    # CHECK-NEXT:[1.5, 1.5, 1.5, 1.5] [3.0, 3.0, 3.0, 3.0]
    print(SIMD[DType.int32, 2](7), Float32(1) / 3, Float64(1) / 3)
    # CHECK-NEXT:[7, 7] 0.33333334 0.3333333333333333
    print(String(42) + String(" and ") + String(True))
    # CHECK-NEXT:42 and True

# vectorize runs counted loops over precomputed ends: the trip count of the
# unrolled loop is computed once (the old `while i + step <= size` form had
# none, so LLVM could neither unroll it further nor keep one induction
# variable), and with unroll_factor=4 its body is four <8 x float>
# multiplies in one block.
# RUN: %ignis build -O2 --emit=llvm %s -o %t.ll
# RUN: FileCheck %s --input-file=%t.ll
# RUN: %ignis run %s | FileCheck %s --check-prefix=OUT --match-full-lines

from std.algorithm import vectorize
from std.sys import argv

@no_inline
def scale(p: UnsafePointer[Float32], n: Int, k: Float32):
    @parameter
    def body[width: Int](i: Int):
        (p + i).store[width]((p + i).load[width]() * SIMD[DType.float32, width](k))
    vectorize[body, 8, unroll_factor=4](n)

def main():
    var n = 70 + len(argv())
    var p = alloc[Float32](n)
    for i in range(n):
        p[i] = Float32(i)
    scale(p, n, 2.0)
    print(p[0], p[31], p[32], p[63], p[64], p[70])
    p.free()

# CHECK-LABEL: define {{.*}}@_ignis_scale
# The trip count of the unrolled loop, size // 32, is computed up front.
# CHECK: lshr i64 %{{[0-9]+}}, 5
# CHECK: fmul <8 x float>
# CHECK-NOT: {{^[0-9a-z._]+:}}
# CHECK: fmul <8 x float>
# CHECK-NOT: {{^[0-9a-z._]+:}}
# CHECK: fmul <8 x float>
# CHECK-NOT: {{^[0-9a-z._]+:}}
# CHECK: fmul <8 x float>
# OUT: 0.0 62.0 64.0 126.0 128.0 140.0

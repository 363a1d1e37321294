# A @parameter closure passed to vectorize is a compile-time parameter:
# vectorize[body, 8] is its own instantiation calling body[8] and body[1]
# directly, and at -O2 everything inlines: no call of vectorize or body is
# left, no indirect call, and the whole vectors are one <8 x float> fmul.
# RUN: %ignis build -O2 --emit=llvm %s -o %t.ll
# RUN: FileCheck %s --input-file=%t.ll
# RUN: %ignis run %s | FileCheck %s --check-prefix=OUT --match-full-lines

from std.algorithm import vectorize
from std.sys import argv

def scale(p: UnsafePointer[Float32], n: Int, k: Float32):
    @parameter
    def body[width: Int](i: Int):
        (p + i).store[width]((p + i).load[width]() * SIMD[DType.float32, width](k))
    vectorize[body, 8](n)

def main():
    # n is only known at run time (18 + the argument count).
    var n = 18 + len(argv())
    var p = alloc[Float32](n)
    for i in range(n):
        p[i] = Float32(i)
    scale(p, n, 2.0)
    print(p[0], p[7], p[8], p[15], p[16], p[18])
    p.free()

# CHECK-NOT: call {{.*}}vectorize
# CHECK-NOT: call {{.*}}body
# CHECK-NOT: call {{.*}} %{{[0-9]+}}(
# CHECK: fmul <8 x float>
# CHECK-NOT: call {{.*}}vectorize
# CHECK-NOT: call {{.*}}body
# CHECK-NOT: call {{.*}} %{{[0-9]+}}(
# OUT: 0.0 14.0 16.0 30.0 32.0 36.0

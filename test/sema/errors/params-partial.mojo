# RUN: not %ignis build --emit=sema %s 2>&1 | FileCheck %s
# An argument that does not match the bound parameters of a partially bound
# type is a located error naming the expected type.


def total(x: SIMD[DType.float32, _]) -> Float32:
    return x.reduce_add()


def main():
    print(total(SIMD[DType.int32, 2](1)))
    print(total(3))

# CHECK: params-partial.mojo:11:17: error: {{.*}}argument 'x' must be a 'SIMD[DType.float32, _]', not 'SIMD[DType.int32, 2]'
# CHECK: params-partial.mojo:12:17: error: {{.*}}argument 'x' must be a 'SIMD[DType.float32, _]', not 'Int'

# Diagnostics name Int as Int, however the type was written
# (Scalar[DType.int], SIMD[DType.int, 1]).
# RUN: not %ignis build %s 2>&1 | FileCheck %s


def main():
    var a: Scalar[DType.int] = "text"
    var b: SIMD[DType.int, 1] = 1.5
    var c: Int = 2
    c.no_such_member()
    var v = SIMD[DType.int, 4](1)
    var d: Int = v


# CHECK: int-is-simd-errors.mojo:7:32: error: cannot convert a value of type 'StringLiteral' to 'Int'
# CHECK: int-is-simd-errors.mojo:8:33: error: {{.*}}'Int'
# CHECK: int-is-simd-errors.mojo:10:5: error: 'Int' has no member named 'no_such_member'
# CHECK: int-is-simd-errors.mojo:12:18: error: cannot convert a value of type 'SIMD[DType.int, 4]' to 'Int'

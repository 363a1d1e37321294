# RUN: not %ignis build --emit=sema %s 2>&1 | FileCheck %s --implicit-check-not=error:
# 2**64-1 fits a UInt64 but not an Int: where nothing else gives the type
# it is still an error, once, at the literal.

def same[T: Equatable & Writable, //](a: T, b: T) -> Bool:
    return a == b


def main():
    # CHECK: literal-overflow-unsigned.mojo:[[@LINE+1]]:21: error: integer literal 18446744073709551616 does not fit in 'SIMD[DType.uint64, 1]'
    var x: UInt64 = 18446744073709551616
    # CHECK: literal-overflow-unsigned.mojo:[[@LINE+1]]:16: error: integer literal 18446744073709551615 does not fit in 'Int'
    print(same(18446744073709551615, 1))
    print(x)

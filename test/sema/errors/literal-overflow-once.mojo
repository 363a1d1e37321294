# RUN: not %ignis build --emit=sema %s 2>&1 | FileCheck %s --implicit-check-not=error:
# A check reached twice for one expression (the literal is converted while
# the operator overload is chosen and again for the call) reports once.

def key(i: Int) -> Int:
    # CHECK: literal-overflow-once.mojo:[[@LINE+1]]:16: error: integer literal 11400714819323198485 does not fit in 'Int'
    return i * 0x9E3779B97F4A7C15


def main():
    # CHECK: literal-overflow-once.mojo:[[@LINE+1]]:23: error: integer literal 300 does not fit in 'SIMD[DType.int8, 1]'
    var b = Int8(1) + 300
    print(key(1), b)

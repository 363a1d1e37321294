# RUN: not %ignis build --emit=sema %s 2>&1 | FileCheck %s --implicit-check-not=error:
# `mut=` takes a Bool; a pointer whose other parameters differ is no match.


def f(p: UnsafePointer[mut=False, UInt8, _]):
    pass


def main():
    var a = alloc[Int](1)
    # CHECK: pointer-mut-param.mojo:[[@LINE+1]]:7: error: argument 'p' must be a 'UnsafePointer[mut=False, UInt8, _]', not 'UnsafePointer[Int, 0, 0]'
    f(a)
    # CHECK: pointer-mut-param.mojo:[[@LINE+1]]:35: error: expected a compile-time Bool, found another kind of value
    var b: UnsafePointer[Int, mut=3] = a
    a.free()

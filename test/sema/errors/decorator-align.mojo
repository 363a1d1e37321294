# RUN: not %ignis build --emit=sema %s 2>&1 | FileCheck %s --implicit-check-not=error:
# `@align(N)` takes one compile-time power of two.

# CHECK: decorator-align.mojo:[[@LINE+2]]:2: error: '@align' takes one compile-time power of two from 1 to 2**29, found 3
@fieldwise_init
@align(3)
struct Three:
    var x: Int


# CHECK: decorator-align.mojo:[[@LINE+2]]:2: error: '@align' takes one compile-time power of two from 1 to 2**29, found 0
@fieldwise_init
@align(0)
struct Zero:
    var x: Int


# CHECK: decorator-align.mojo:[[@LINE+2]]:2: error: '@align' takes one compile-time power of two from 1 to 2**29, found 2 arguments
@fieldwise_init
@align(8, 16)
struct Two:
    var x: Int


# CHECK: decorator-align.mojo:[[@LINE+2]]:2: error: '@align' takes one compile-time power of two from 1 to 2**29, found another kind of value
@fieldwise_init
@align("wide")
struct Named:
    var x: Int


def main():
    var a = Three(1)
    var b = Zero(2)
    var c = Two(3)
    var d = Named(4)
    print(a.x, b.x, c.x, d.x)

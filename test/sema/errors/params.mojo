# RUN: not %ignis build --emit=sema %s 2>&1 | FileCheck %s
# Struct parameters: count, kind, and types without a constructor.

struct Box[T: AnyType, n: Int]:
    var v: Self.T

def main():
    var a = Box[Int](1)
    var c: Box[Int, "x"]
    var d = Box[Int, 3](v=1)
    var e: Box[5, 5]

# CHECK: params.mojo:8:13: error: 'Box' takes 2 parameter(s), but 1 were given
# CHECK: params.mojo:9:21: error: expected a compile-time Int, found '"x"'
# CHECK: params.mojo:10:13: error: 'Box[Int, 3]' has no constructor; define '__init__' or add @fieldwise_init
# CHECK: params.mojo:11:16: error: expected a compile-time AnyType, found '5'

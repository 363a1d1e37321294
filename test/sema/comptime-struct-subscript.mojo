# RUN: %ignis run %s | FileCheck %s
# `v[i]` of a compile-time struct value named directly (a parameter, a
# comptime alias, a loop's alias) goes through its `__getitem__` in the
# compile-time interpreter; `v.member` reads a comptime member of its type.
from layout import IntTuple, Layout


@fieldwise_init
struct Triple(ImplicitlyCopyable):
    var a: Int
    var b: Int
    var c: Int
    comptime width = 3

    def __getitem__(self, i: Int) -> Int:
        if i == 0:
            return self.a
        return self.b if i == 1 else self.c


def pick[t: Triple, i: Int]() -> Int:
    comptime v = t[i]
    return v


def leaves[S: IntTuple]():
    comptime flat = S.flatten()
    comptime for i in range(len(flat)):
        comptime v = flat[i]
        print(v, end=" ")
    print(S[1])


def main():
    # CHECK: 7 9
    print(pick[Triple(7, 8, 9), 0](), pick[Triple(7, 8, 9), 2]())
    comptime t = Triple(1, 2, 3)
    comptime second = t[1]
    comptime w = t.width
    # CHECK-NEXT: 2 3 3
    print(second, w, t.width)
    # CHECK-NEXT: 2 3 4 4
    leaves[IntTuple(IntTuple(2, 3), 4)]()
    comptime strides = Layout.row_major(2, 5).stride
    comptime first = strides[0]
    # CHECK-NEXT: 5
    print(first)

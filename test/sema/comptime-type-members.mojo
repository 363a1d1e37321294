# RUN: %ignis run %s | FileCheck %s
# RUN: not %ignis run -D BAD %s 2>&1 | FileCheck %s --check-prefix=BAD
# Comptime members of a struct that name types: `Self.Member(...)` and
# `Type[...].Member(...)` construct one, and `value.Member[...]` names one of a variable's type.
from std.sys import is_defined


@fieldwise_init
struct Box[T: Intable & ImplicitlyCopyable & Writable](Writable):
    var item: Self.T

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Box(", self.item, ")")


struct Maker[n: Int]:
    comptime Item = Box[Int]
    comptime Pair[k: Int] = Box[Int]

    @staticmethod
    def make() -> Box[Int]:
        return Self.Item(Self.n)

    @staticmethod
    def make_pair[k: Int]() -> Self.Pair[k]:
        return Self.Pair[k](Self.n * k)


def main():
    # CHECK: Box(7) Box(21)
    print(Maker[7].make(), Maker[7].make_pair[3]())
    var m = Maker[2]()
    var p: m.Pair[5]
    p = Maker[2].make_pair[5]()
    # CHECK-NEXT: Box(10)
    print(p)
    # Through the type from outside it.
    # CHECK-NEXT: Box(4)
    print(Maker[1].Item(4))
    comptime if is_defined["BAD"]():
        # BAD: error: use of undefined name 'nothing'
        var q: nothing.Pair[5]
        _ = q

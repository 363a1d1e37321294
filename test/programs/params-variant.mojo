# RUN: %ignis run %s | FileCheck %s --match-full-lines
# Variant[*Ts]: one value of one of the types at a time: `isa[T]()`, `v[T]`
# (a reference to the active member), `take[T]()`, `set[T](value)`,
# `replace[Tin, Tout](value)`, `unsafe_get[T]()`,
# assignment of any member type; the active member is destroyed exactly
# once.
from std.utils import Variant


@fieldwise_init
struct Noisy(Movable):
    var id: Int

    def __del__(deinit self):
        print("del", self.id)


def show(v: Variant[Int, String, Noisy]) -> String:
    if v.isa[Int]():
        return "Int " + String(v[Int])
    if v.isa[String]():
        return "String " + v[String]
    return "Noisy " + String(v[Noisy].id)


def main():
    var v: Variant[Int, String, Noisy] = 42
    print(show(v), v.isa[Int](), v.isa[String]())
    # CHECK: Int 42 True False
    v[Int] += 1
    print(show(v))
    # CHECK-NEXT: Int 43
    v = String("hello")
    print(show(v))
    # CHECK-NEXT: String hello
    v.set[Noisy](Noisy(1))
    print(show(v))
    # CHECK-NEXT: Noisy 1
    v = Noisy(2)
    # CHECK-NEXT: del 1
    print(show(v))
    # CHECK-NEXT: Noisy 2
    var n = v.take[Noisy]()
    print("took", n.id)
    # CHECK-NEXT: took 2
    # CHECK-NEXT: del 2
    var u: Variant[Int, String, Noisy] = 5
    var old = u.replace[String, Int](String("now a string"))
    print(old, show(u), u.unsafe_get[String]())
    # CHECK-NEXT: 5 String now a string now a string
    var w = Variant[Int, String, Noisy](Noisy(3))
    print(show(w))
    # CHECK-NEXT: Noisy 3
    # CHECK-NEXT: del 3

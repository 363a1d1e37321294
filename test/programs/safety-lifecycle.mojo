# RUN: %ignis run %s | FileCheck %s --match-full-lines
# The right operand of `and`/`or`, and each branch of `a if c else b`, makes
# (and destroys) its temporaries only when it is evaluated; a raising
# `__init__` destroys the fields of `out self` it has already initialised.


struct T(Copyable):
    var id: Int

    def __init__(out self, id: Int):
        self.id = id
        print("  init", id)

    def __init__(out self, *, copy: Self):
        self.id = copy.id
        print("  copy", copy.id)

    def __del__(deinit self):
        print("  del", self.id)

    def ok(self) -> Bool:
        return self.id > 0


def fails(id: Int) raises -> T:
    if id < 0:
        raise Error("no T " + String(id))
    return T(id)


struct Pair:
    var a: T
    var b: T
    var c: T

    def __init__(out self, fail_at: Int) raises:
        self.a = T(10)
        if fail_at == 1:
            raise Error("failed after a")
        self.b = fails(-fail_at)
        self.c = T(30)
        if fail_at == -3:
            raise Error("failed after c")


def main():
    print("and, left false:")
    if T(0).ok() and T(1).ok():
        print("  taken")
    print("and, left true:")
    if T(2).ok() and T(3).ok():
        print("  taken")
    print("or, left true:")
    if T(4).ok() or T(5).ok():
        print("  taken")
    print("or, left false:")
    var r = T(0).ok() or T(-6).ok()
    print("  r", r)
    print("nested:")
    var n = T(7).ok() and (T(0).ok() or T(8).ok())
    print("  n", n)
    print("while:")
    var i = 3
    while i > 1 and T(i).ok():
        print("  body", i)
        i -= 1
    print("  mixed", (T(0).ok() and T(5).ok()) or T(6).ok())
    print("conditional:")
    var flag = True
    var x = T(11).id if flag else T(12).id
    var y = T(13).id if not flag else T(14).id
    print("  x", x, "y", y)
    var s = String("a") + String(x) if flag else String("none")
    var t = T(x) if x > 100 else T(y)
    print("  s", s, "t", t.id)
    for k in [1, 2, -3, -4]:
        print("pair", k)
        try:
            var p = Pair(k)
            print("  built", p.a.id, p.b.id, p.c.id)
        except e:
            print("  caught", e)
# CHECK: and, left false:
# CHECK-NEXT:   init 0
# CHECK-NEXT:   del 0
# CHECK-NEXT: and, left true:
# CHECK-NEXT:   init 2
# CHECK-NEXT:   del 2
# CHECK-NEXT:   init 3
# CHECK-NEXT:   del 3
# CHECK-NEXT:   taken
# CHECK-NEXT: or, left true:
# CHECK-NEXT:   init 4
# CHECK-NEXT:   del 4
# CHECK-NEXT:   taken
# CHECK-NEXT: or, left false:
# CHECK-NEXT:   init 0
# CHECK-NEXT:   del 0
# CHECK-NEXT:   init -6
# CHECK-NEXT:   del -6
# CHECK-NEXT:   r False
# CHECK-NEXT: nested:
# CHECK-NEXT:   init 7
# CHECK-NEXT:   del 7
# CHECK-NEXT:   init 0
# CHECK-NEXT:   del 0
# CHECK-NEXT:   init 8
# CHECK-NEXT:   del 8
# CHECK-NEXT:   n True
# CHECK-NEXT: while:
# CHECK-NEXT:   init 3
# CHECK-NEXT:   del 3
# CHECK-NEXT:   body 3
# CHECK-NEXT:   init 2
# CHECK-NEXT:   del 2
# CHECK-NEXT:   body 2
# CHECK-NEXT:   init 0
# CHECK-NEXT:   del 0
# CHECK-NEXT:   init 6
# CHECK-NEXT:   del 6
# CHECK-NEXT:   mixed True
# CHECK-NEXT: conditional:
# CHECK-NEXT:   init 11
# CHECK-NEXT:   del 11
# CHECK-NEXT:   init 14
# CHECK-NEXT:   del 14
# CHECK-NEXT:   x 11 y 14
# CHECK-NEXT:   init 14
# CHECK-NEXT:   s a11 t 14
# CHECK-NEXT:   del 14
# CHECK-NEXT: pair 1
# CHECK-NEXT:   init 10
# CHECK-NEXT:   del 10
# CHECK-NEXT:   caught failed after a
# CHECK-NEXT: pair 2
# CHECK-NEXT:   init 10
# CHECK-NEXT:   del 10
# CHECK-NEXT:   caught no T -2
# CHECK-NEXT: pair -3
# CHECK-NEXT:   init 10
# CHECK-NEXT:   init 3
# CHECK-NEXT:   init 30
# CHECK-NEXT:   del 30
# CHECK-NEXT:   del 3
# CHECK-NEXT:   del 10
# CHECK-NEXT:   caught failed after c
# CHECK-NEXT: pair -4
# CHECK-NEXT:   init 10
# CHECK-NEXT:   init 4
# CHECK-NEXT:   init 30
# CHECK-NEXT:   built 10 4 30
# CHECK-NEXT:   del 10
# CHECK-NEXT:   del 4
# CHECK-NEXT:   del 30

# RUN: %ignis build --emit=mlir %s -o %t.mlir
# RUN: FileCheck %s --input-file=%t.mlir
# RUN: FileCheck %s --input-file=%t.mlir --check-prefix=SHARED
# RUN: FileCheck %s --input-file=%t.mlir --check-prefix=LATE
# RUN: FileCheck %s --input-file=%t.mlir --check-prefix=LATEDEL
# RUN: %ignis run %s | FileCheck %s --check-prefix=OUT --match-full-lines
# Exits as cleanup chains (docs/codegen.md, "Errors"): where the drop flags
# are known (straight-line code, the sides of an `if`), a value that is
# alive is destroyed without a flag test, and each raising call's error
# exit destroys exactly what is alive there, newest first, through a chain
# of blocks whose older part the calls share. Six raising calls, three
# long-lived values and one temporary per call: 18 __del__ calls in all
# (the temporaries twice: after their call and on its error path; a, b and
# c twice: at the return and once for all six error paths), no flag read.
# It was 27 calls and 54 flag reads with one shared exit testing every flag.


struct Res(Movable):
    var name: String

    def __init__(out self, name: String):
        self.name = name

    def __del__(deinit self):
        print("del", self.name)


def step(x: Int, fail_at: Int, tag: Res) raises -> Int:
    if x == fail_at:
        raise Error("fail at ", x, " (", tag.name, ")")
    return x


def consume(var r: Res):
    print("consume", r.name)


# CHECK-LABEL: func.func private @_ignis_chain_{{[0-9]+}}(
# CHECK-NOT: {{llvm.load .* -> i1$}}
# CHECK-COUNT-18: call @_ignis_Res___del__
# CHECK-NOT: call @_ignis_Res___del__
# CHECK-NOT: {{llvm.load .* -> i1$}}
# CHECK: {{^  }$}}
def chain(fail_at: Int) raises -> Int:
    var a = Res("a")
    var b = Res("b")
    var c = Res("c")
    var s = step(1, fail_at, Res("t1"))
    s += step(2, fail_at, Res("t2"))
    s += step(3, fail_at, Res("t3"))
    s += step(4, fail_at, Res("t4"))
    s += step(5, fail_at, Res("t5"))
    s += step(6, fail_at, Res("t6"))
    print(a.name, b.name, c.name, s)
    return s


# The error exits of all six calls meet at the block destroying `c`, then
# `b`, then `a`.
# SHARED-LABEL: func.func private @_ignis_chain_{{[0-9]+}}(
# SHARED:       ^bb{{[0-9]+}}:  // 6 preds:
# SHARED-NEXT:    llvm.load
# SHARED-NEXT:    call @_ignis_Res___del__
# SHARED-NEXT:    cf.br


# After the `if`, `b` is moved on one side and destroyed on the other: the
# flags agree again and nothing is tested (the one i1 read is `give`).
# CHECK-LABEL: func.func private @_ignis_maybe_moved_{{[0-9]+}}(
# CHECK-COUNT-1: {{llvm.load .* -> i1$}}
# CHECK-NOT: {{llvm.load .* -> i1$}}
# CHECK: {{^  }$}}
def maybe_moved(fail_at: Int, give: Bool) raises -> Int:
    var a = Res("a")
    var b = Res("b")
    if give:
        consume(b^)
    var s = step(1, fail_at, Res("u1"))
    s += step(2, fail_at, Res("u2"))
    print("end", a.name)
    return s


# In a loop nothing is known at the top of the body: flags are tested as
# before, and the order of destruction is the same.
def in_loop(fail_at: Int) raises -> Int:
    var a = Res("a")
    var s = 0
    for i in range(3):
        var t = Res("loop" + String(i))
        s += step(i + 1, fail_at, Res("v"))
        print(t.name)
    print(a.name)
    return s


struct Ctx:
    def __init__(out self):
        pass

    def __enter__(self) -> Int:
        return 1

    def __exit__(self):
        print("exit")


# The error exit shared by the calls in the `with` (a finally) is filled in
# once the function is done: it tests the flags of the values set before
# its last use (a, w1, w2 and the two strings of their names: 6 reads, not
# y, z, w3, w4 and theirs); what follows the `with` knows its flags again
# and destroys through chains. 15 __del__ calls, 6 flag reads; it was 28
# and 56.
# LATE-LABEL: func.func private @_ignis_late_{{[0-9]+}}(
# LATE-COUNT-6: {{llvm.load .* -> i1$}}
# LATE-NOT: {{llvm.load .* -> i1$}}
# LATE: {{^  }$}}
# LATEDEL-LABEL: func.func private @_ignis_late_{{[0-9]+}}(
# LATEDEL-COUNT-15: call @_ignis_Res___del__
# LATEDEL-NOT: call @_ignis_Res___del__
# LATEDEL: {{^  }$}}
def late(n: Int) raises -> Int:
    var a = Res("a")
    with Ctx():
        _ = step(1, n, Res("w1"))
        _ = step(2, n, Res("w2"))
    var y = Res("y")
    var z = Res("z")
    _ = step(3, n, Res("w3"))
    _ = step(4, n, Res("w4"))
    print(a.name, y.name, z.name)
    return 0


# OUT: del t1
# OUT-NEXT: del t2
# OUT-NEXT: del t3
# OUT-NEXT: del t4
# OUT-NEXT: del t5
# OUT-NEXT: del t6
# OUT-NEXT: a b c 21
# OUT-NEXT: del a
# OUT-NEXT: del b
# OUT-NEXT: del c
# OUT-NEXT: chain 0 21
# OUT-NEXT: del t1
# OUT-NEXT: del t2
# OUT-NEXT: del t3
# OUT-NEXT: del c
# OUT-NEXT: del b
# OUT-NEXT: del a
# OUT-NEXT: caught fail at 3 (t3)
# OUT-NEXT: del t1
# OUT-NEXT: del t2
# OUT-NEXT: del t3
# OUT-NEXT: del t4
# OUT-NEXT: del t5
# OUT-NEXT: del t6
# OUT-NEXT: del c
# OUT-NEXT: del b
# OUT-NEXT: del a
# OUT-NEXT: caught fail at 6 (t6)
# OUT-NEXT: del b
# OUT-NEXT: del u1
# OUT-NEXT: del u2
# OUT-NEXT: end a
# OUT-NEXT: del a
# OUT-NEXT: maybe 0 False 3
# OUT-NEXT: consume b
# OUT-NEXT: del b
# OUT-NEXT: del u1
# OUT-NEXT: del u2
# OUT-NEXT: end a
# OUT-NEXT: del a
# OUT-NEXT: maybe 0 True 3
# OUT-NEXT: del b
# OUT-NEXT: del u1
# OUT-NEXT: del u2
# OUT-NEXT: del a
# OUT-NEXT: caught fail at 2 (u2)
# OUT-NEXT: consume b
# OUT-NEXT: del b
# OUT-NEXT: del u1
# OUT-NEXT: del u2
# OUT-NEXT: del a
# OUT-NEXT: caught fail at 2 (u2)
# OUT-NEXT: del v
# OUT-NEXT: loop0
# OUT-NEXT: del loop0
# OUT-NEXT: del v
# OUT-NEXT: loop1
# OUT-NEXT: del loop1
# OUT-NEXT: del v
# OUT-NEXT: loop2
# OUT-NEXT: del loop2
# OUT-NEXT: a
# OUT-NEXT: del a
# OUT-NEXT: loop 0 6
# OUT-NEXT: del v
# OUT-NEXT: loop0
# OUT-NEXT: del loop0
# OUT-NEXT: del v
# OUT-NEXT: del loop1
# OUT-NEXT: del a
# OUT-NEXT: caught fail at 2 (v)
# OUT-NEXT: del w1
# OUT-NEXT: del w2
# OUT-NEXT: exit
# OUT-NEXT: del w3
# OUT-NEXT: del w4
# OUT-NEXT: a y z
# OUT-NEXT: del a
# OUT-NEXT: del y
# OUT-NEXT: del z
# OUT-NEXT: late 0 0
# OUT-NEXT: del w1
# OUT-NEXT: exit
# OUT-NEXT: del w2
# OUT-NEXT: del a
# OUT-NEXT: caught fail at 2 (w2)
# OUT-NEXT: del w1
# OUT-NEXT: del w2
# OUT-NEXT: exit
# OUT-NEXT: del w3
# OUT-NEXT: del w4
# OUT-NEXT: del z
# OUT-NEXT: del y
# OUT-NEXT: del a
# OUT-NEXT: caught fail at 4 (w4)
def main() raises:
    for f in range(0, 8, 3):
        try:
            print("chain", f, chain(f))
        except e:
            print("caught", e)
    for f in [0, 2]:
        for g in [False, True]:
            try:
                print("maybe", f, g, maybe_moved(f, g))
            except e:
                print("caught", e)
    for f in [0, 2]:
        try:
            print("loop", f, in_loop(f))
        except e:
            print("caught", e)
    for n in [0, 2, 4]:
        try:
            print("late", n, late(n))
        except e:
            print("caught", e)

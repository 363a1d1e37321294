# RUN: %ignis build --emit=llvm -O0 %s -o %t.ll
# RUN: FileCheck %s --input-file=%t.ll
# RUN: %ignis run %s | FileCheck %s --check-prefix=OUT
# The exits of a function share their code (docs/codegen.md, "Exits"): the
# raising calls under one `with` (a finally) reach one block that runs
# __exit__ and destroys what is alive; the returns outside it reach one
# block that destroys and returns; a struct without __del__ and many
# members to destroy is destroyed by one outlined function.


struct Res:
    var name: String

    def __init__(out self, name: String):
        self.name = name

    def __del__(deinit self):
        print("del", self.name)


struct Ctx:
    def __init__(out self):
        pass

    def __enter__(self) -> Int:
        return 1

    def __exit__(self):
        print("exit")


@fieldwise_init
struct Names(Movable):
    var a: String
    var b: String
    var c: String


def may_fail(x: Int) raises -> Int:
    if x > 100:
        raise Error("big ", x)
    return x


# Four raising calls under the `with`, one `return` in it: __exit__ is
# written three times (normal end, that return, the shared error exit), not
# once per raising call.
# CHECK-LABEL: define internal {{.*}} @_ignis_work_
# CHECK-COUNT-3: call void @_ignis_Ctx___exit__
# CHECK-NOT: call void @_ignis_Ctx___exit__
# CHECK: {{^}}}
def work(n: Int) raises -> Int:
    var a = Res("a")
    var b = Res("b")
    with Ctx() as c:
        var s = may_fail(n) + c
        s += may_fail(n * 2)
        s += may_fail(n * 3)
        s += may_fail(n * 4)
        if s > 50:
            print("early", a.name)
            return s
    if n > 7:
        print(b.name)
        return n
    print(a.name, b.name)
    return 0


# The three strings of each Names are destroyed by a call to one outlined
# function, at each place a Names ends.
# CHECK-LABEL: define internal {{.*}} @_ignis_names_
# CHECK-NOT: call void @_ignis_String___del__
# CHECK: call void @"$destroy.
# CHECK-NOT: call void @_ignis_String___del__
# CHECK: {{^}}}
def names(k: Int) raises -> Int:
    var x = Names("p", "q", "r")
    var y = Names("s", "t", "u")
    _ = may_fail(k)
    if k > 3:
        return len(x.a) + len(y.b)
    return len(x.c)


# CHECK: define internal void @"$destroy.{{[0-9]+}}"(ptr
# CHECK-COUNT-3: call void @_ignis_String___del__
# CHECK: ret void


# A print's arguments are all computed before it writes anything.
# OUT: exit
# OUT-NEXT: a b
# OUT-NEXT: del a
# OUT-NEXT: del b
# OUT-NEXT: work 1 -> 0
# OUT-NEXT: early a
# OUT-NEXT: exit
# OUT-NEXT: del b
# OUT-NEXT: del a
# OUT-NEXT: work 9 -> 91
# OUT-NEXT: early a
# OUT-NEXT: exit
# OUT-NEXT: del b
# OUT-NEXT: del a
# OUT-NEXT: work 20 -> 201
# OUT-NEXT: exit
# OUT-NEXT: del b
# OUT-NEXT: del a
# OUT-NEXT: caught big 120
# OUT-NEXT: names 2 1
# OUT-NEXT: names 5 2
# OUT-NEXT: caught big 200
def main():
    for n in [1, 9, 20, 60]:
        try:
            print("work", n, "->", work(n))
        except e:
            print("caught", e)
    for k in [2, 5, 200]:
        try:
            print("names", k, names(k))
        except e:
            print("caught", e)

# RUN: not %ignis build --emit=sema %s 2>&1 | FileCheck %s --implicit-check-not=error:
# Ownership diagnostics (sema/Ownership.cpp, sema/SemaLifecycle.cpp): each
# with its exact message and location.

struct Res(Copyable):
    var id: Int

    def __init__(out self, id: Int):
        self.id = id

    def __del__(deinit self):
        print("del", self.id)


struct NoCopy:
    var r: Res

    def __init__(out self):
        self.r = Res(1)


struct Half:
    var a: Int
    var b: Int

    def __init__(out self):
        self.a = 1


def take(var r: Res):
    pass


def steal(r: Res):
    take(r^)


def use_after_move():
    var r = Res(2)
    take(r^)
    print(r.id)


def maybe_moved(flag: Bool):
    var r = Res(3)
    if flag:
        take(r^)
    print(r.id)


def uninit():
    var x: Int
    print(x)


def implicit_copy():
    var r = Res(4)
    var s = r
    print(r.id, s.id)


def no_copy():
    var n = NoCopy()
    var m = n.copy()


def swap(mut a: Res, mut b: Res):
    pass


def alias():
    var r = Res(5)
    swap(r, r)


def main():
    pass
# CHECK: ownership.mojo:26:9: error: 'self.b' is not initialized when 'Half.__init__' returns
# CHECK: ownership.mojo:35:10: error: cannot transfer 'r' with '^': it is a read-only argument
# CHECK: ownership.mojo:41:11: error: use of 'r' after it was transferred
# CHECK: ownership.mojo:40:10: note: 'r' was transferred here
# CHECK: ownership.mojo:48:11: error: use of 'r', which is uninitialized or transferred on some paths
# CHECK: ownership.mojo:47:14: note: 'r' was transferred here
# CHECK: ownership.mojo:53:11: error: use of uninitialized value 'x'
# CHECK: ownership.mojo:58:13: error: value of type 'Res' cannot be implicitly copied: it does not conform to 'ImplicitlyCopyable'
# CHECK: ownership.mojo:58:13: note: copy it explicitly with '.copy()' or transfer it with '^'
# CHECK: ownership.mojo:64:13: error: value of type 'NoCopy' cannot be copied: it does not conform to 'Copyable'
# CHECK: ownership.mojo:73:13: error: 'r' is passed as a 'mut' argument and also as another argument of this call

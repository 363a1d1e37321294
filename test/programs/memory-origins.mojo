# RUN: %ignis run %s | FileCheck %s --match-full-lines
# RUN: not %ignis build --emit=sema -D BAD %s 2>&1 | FileCheck %s --check-prefix=ERR
# Origins are typed but not tracked: origin_of(x) is a compile-time value,
# Origin[mut=...] / MutOrigin are the types of origin parameters, and
# UnsafePointer(to=x) / Pointer(to=x) take an address without allocating.
from std.sys.param_env import is_defined


struct Box:
    var v: Int

    def __init__(out self, v: Int):
        self.v = v

    def get(ref self) -> ref [self] Int:
        return self.v


def read_through[o: Origin[mut=True]](p: Pointer[Int, o]) -> Int:
    return p[]


def bump[o: MutOrigin](p: Pointer[Int, o]):
    p[] += 10


def main():
    var x = 5
    var p = Pointer[Int, origin_of(x)](to=x)
    # CHECK: 5
    print(p[])
    var q: UnsafePointer[Int, MutAnyOrigin] = UnsafePointer(to=x)
    q[] = 6
    # CHECK-NEXT: 6
    print(x)
    var b = Box(3)
    b.get() = 7
    # CHECK-NEXT: 7
    print(b.v)
    var r = Pointer(to=b.v)
    bump(r)
    # CHECK-NEXT: 17
    print(read_through(r))
    comptime if is_defined["BAD"]():
        # ERR: memory-origins.mojo:[[@LINE+1]]:40: error: use of undefined name 'nothere'
        var s = Pointer[Int, origin_of(nothere)](to=x)

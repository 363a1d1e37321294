# RUN: not %ignis build --emit=sema %s 2>&1 | FileCheck %s
# In a generic body checked uninstantiated, an argument typed by a type
# parameter has only the members its traits declare (when every trait of
# the bound is known: the program's own, or a marker trait like Copyable).

trait Shape(Copyable):
    comptime sides: Int

    def area(self) -> Float64:
        ...


trait Named:
    def name(self) -> String:
        ...


def describe[S: Shape & Named](s: S) -> String:
    var c = s.copy()
    var a = s.area() + c.area()
    return s.name() + String(a) + String(s.perimeter())


def sides_of[S: Shape](s: S) -> Int:
    return s.sides + s.corners


def shadowed[S: Shape](s: S) -> Float64:
    var t = s.copy()
    return t.area()


def main():
    pass

# CHECK: generic-unchecked-trait-members.mojo:21:44: error: 'S' has no member named 'perimeter'
# CHECK: generic-unchecked-trait-members.mojo:25:24: error: 'S' has no member named 'corners'
# CHECK-NOT: error

# RUN: %ignis run %s | FileCheck %s --match-full-lines
# RUN: not %ignis run %S/Inputs/partial-moves-bad.mojo 2>&1 | FileCheck %s --check-prefix=ERR
# A field moved out of a `mut` argument or an owned variable with `^`: it
# must get a value again before the whole is used, returned or destroyed;
# a variable whose field stays moved has its other fields destroyed.


struct Noisy(Movable):
    var label: String

    def __init__(out self, label: String):
        self.label = label

    def __del__(deinit self):
        print("del", self.label)


struct Holder(Movable):
    var a: Noisy
    var b: Noisy

    def __init__(out self, var a: Noisy, var b: Noisy):
        self.a = a^
        self.b = b^

    def swap_a(mut self, var other: Noisy) -> Noisy:
        var old = self.a^
        self.a = other^
        return old^


def main():
    var h = Holder(Noisy("a1"), Noisy("b1"))
    var old = h.swap_a(Noisy("a2"))
    # CHECK: old a1, now a2
    print("old", old.label + ", now", h.a.label)
    # CHECK-NEXT: del a1
    _ = old^
    var taken = h.b^
    # h.a is destroyed once, h.b (moved) not by h.
    # CHECK-NEXT: del a2
    # CHECK-NEXT: taken b1
    print("taken", taken.label)
    # CHECK-NEXT: del b1
    var g = Holder(Noisy("x"), Noisy("y"))
    var x = g.a^
    g.a = Noisy("x2")
    # CHECK-NEXT: moved x
    print("moved", x.label)
    # CHECK-NEXT: del x
    # CHECK-NEXT: del x2
    # CHECK-NEXT: del y
    _ = g^
    print("end")
    # CHECK-NEXT: end

# ERR: partial-moves-bad.mojo:8:9: error: 'n.name' was transferred out of 'n' and not given a value again before returning to the caller
# ERR: partial-moves-bad.mojo:9:20: note: 'n.name' was transferred here
# ERR: partial-moves-bad.mojo:16:11: error: use of 's.name' after it was transferred
# ERR: partial-moves-bad.mojo:21:9: error: 'p.name' was transferred out of 'p' and not given a value again before using it whole
# ERR: partial-moves-bad.mojo:27:9: error: 'q.name' was transferred out of 'q' and not given a value again before leaving the function

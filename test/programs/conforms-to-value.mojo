# RUN: %ignis run %s | FileCheck %s --match-full-lines
# `conforms_to(T, Trait)` used as a runtime Bool value, not only in
# `comptime if` and `where`.


@fieldwise_init
struct Plain(Movable):
    var n: Int


@fieldwise_init
struct Shown(Movable, Writable):
    var n: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Shown(", self.n, ")")


def describe[T: AnyType]() -> String:
    var ok = conforms_to(T, Writable)
    return "writable" if ok else "not writable"


def main():
    var s = Shown(1)
    var p = Plain(2)
    print(conforms_to(type_of(s), Writable), conforms_to(type_of(p), Writable))
    # CHECK: True False
    print(describe[Int](), describe[Plain]())
    # CHECK: writable not writable
    if not conforms_to(Plain, Copyable):
        print("Plain is not Copyable")
    # CHECK: Plain is not Copyable
    _ = s^
    _ = p^

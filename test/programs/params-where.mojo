# RUN: %ignis run %s | FileCheck %s --match-full-lines
# `where` clauses: a compile-time condition over the parameters that makes a
# function (or method) a candidate only when it holds, so overloads can be
# chosen by it; conditional conformance in a trait list.


def kind[n: Int]() -> String where n > 0:
    return "positive"


def kind[n: Int]() -> String where n <= 0:
    return "not positive"


def show[T: AnyType](x: T) -> String where conforms_to(T, Writable):
    return String(x)


@fieldwise_init
struct Box[T: Movable](Movable, Writable where conforms_to(T, Writable)):
    var value: Self.T

    def write_to(self, mut writer: Some[Writer]) where conforms_to(Self.T, Writable):
        writer.write_str("Box(")
        self.value.write_to(writer)
        writer.write_str(")")

    def doubled(self) -> Int where Self.T == Int:
        return rebind[Int](self.value) * 2


struct Opaque(Movable):
    def __init__(out self):
        pass


def describe[T: AnyType]() -> String:
    comptime if conforms_to(T, Writable):
        return "writable"
    else:
        return "not writable"


def main():
    print(kind[3](), kind[-1](), kind[0]())
    # CHECK: positive not positive not positive
    print(show(42), show(String("s")))
    # CHECK-NEXT: 42 s
    var b = Box[Int](21)
    print(b, b.doubled())
    # CHECK-NEXT: Box(21) 42
    print(describe[Box[Int]](), describe[Box[Opaque]]())
    # CHECK-NEXT: writable not writable

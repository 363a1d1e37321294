# RUN: %ignis run %s | FileCheck %s --match-full-lines
# `for arg in args` over `*args: T` binds each argument (no copy, so values
# that are not Copyable iterate); a comptime alias of a trait composition
# stands for all of its traits; a method returning `ref[self.x]` of a read
# `self` refers to the caller's value.


@fieldwise_init
struct Loud(Copyable, Writable):
    var n: Int

    def __init__(out self, *, copy: Self):
        print("copied", copy.n)
        self.n = copy.n

    def write_to(self, mut w: Some[Writer]):
        w.write("Loud(", self.n, ")")


@fieldwise_init
struct Token(Movable, Writable):
    var id: Int

    def write_to(self, mut w: Some[Writer]):
        w.write("Token#", self.id)


def each[T: Writable](*args: T):
    for arg in args:
        print(arg)


comptime WritableValue = Writable & Copyable


def twice[T: WritableValue](x: T) -> String:
    var y = x.copy()
    return String(x) + String(y)


@fieldwise_init
struct OnlyWritable(Writable):
    var a: Int

    def write_to(self, mut w: Some[Writer]):
        w.write("OnlyWritable")


comptime Value = Equatable & ImplicitlyCopyable & ImplicitlyDeletable


@fieldwise_init
struct Pair[T: Value](Value):
    var left: Self.T
    var right: Self.T

    def __eq__(self, other: Self) -> Bool:
        return self.left == other.left and self.right == other.right


@fieldwise_init
struct Holder[T: Copyable & ImplicitlyDeletable]:
    var x: Self.T

    def __getitem__[I: Indexer, //](self, idx: I) -> ref[self.x] Self.T:
        return self.x

    def get(self) -> ref[self.x] Self.T:
        return self.x


def main():
    # CHECK: Token#1
    # CHECK-NEXT: Token#2
    each(Token(1), Token(2))
    # CHECK-NEXT: Loud(3)
    # CHECK-NEXT: Loud(4)
    each(Loud(3), Loud(4))

    # CHECK-NEXT: copied 5
    # CHECK-NEXT: Loud(5)Loud(5)
    print(twice(Loud(5)))
    # CHECK-NEXT: True False True False
    print(
        conforms_to(Loud, WritableValue),
        conforms_to(OnlyWritable, WritableValue),
        conforms_to(Int, WritableValue),
        conforms_to(Token, WritableValue),
    )
    var p = Pair(1, 2)
    var q = p  # implicitly copyable through the alias
    # CHECK-NEXT: True False True
    print(p == q, Pair(1, 2) == Pair(1, 3), conforms_to(Pair[Int], ImplicitlyCopyable))

    var h = Holder(42)
    # CHECK-NEXT: 42 42 42
    print(h[0], h.get(), Holder(42)[0])
    h.x = 7
    ref r = h.get()
    # CHECK-NEXT: 7
    print(r)

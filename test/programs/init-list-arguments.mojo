# RUN: %ignis run %s | FileCheck %s --match-full-lines
# An initializer list `{...}`, or an empty `[]` / `{}`, passed as a call
# argument or assigned to a field takes the type the context expects: the
# chosen overload's parameter type, or the field's type.


@fieldwise_init
struct Span2(Copyable, Movable):
    var lo: Int
    var hi: Int

    def __init__(out self, width: Int):
        self.lo = 0
        self.hi = width


def width(s: Span2) -> Int:
    return s.hi - s.lo


def describe(label: String, s: Span2, scale: Int = 1) -> String:
    return label + ":" + String(width(s) * scale)


def total(xs: List[Int]) -> Int:
    var t = 0
    for x in xs:
        t += x
    return t


def tag(x: Int) -> String:
    return "int"


def tag(s: Span2) -> String:
    return "span"


struct Holder(Movable):
    var bounds: Span2
    var next: Optional[Int]
    var seen: List[String]

    def __init__(out self):
        self.bounds = Span2(0, 0)
        self.next = 7
        self.seen = ["x"]

    def reset(mut self):
        self.bounds = {lo = 2, hi = 9}
        self.next = {}
        self.seen = []


def main():
    # keyword and positional fields, and another constructor
    print(width({lo = 3, hi = 10}), width({1, 5}), width({width = 4}))
    # CHECK: 7 4 4
    print(describe("a", {0, 6}, scale = 2), describe(s = {hi = 2, lo = 1}, label = "b"))
    # CHECK: a:12 b:1
    print(total([]), total([1, 2, 3]))
    # CHECK: 0 6
    # the overload whose parameter is a struct is chosen
    print(tag({1, 2}), tag(3))
    # CHECK: span int
    var h = Holder()
    print(width(h.bounds), h.next.value(), len(h.seen))
    # CHECK: 0 7 1
    h.reset()
    print(width(h.bounds), Bool(h.next), len(h.seen))
    # CHECK: 7 False 0

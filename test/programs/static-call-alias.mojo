# RUN: %ignis run %s | FileCheck %s --match-full-lines
# A static method called through a comptime alias of a parametric struct
# (`comptime Node = Box[String]`, `Node.make(...)`), and an Optional of an
# implicitly copyable type copied implicitly.


struct Box[T: ImplicitlyCopyable & Writable](Movable):
    var value: Optional[Self.T]

    def __init__(out self, value: Optional[Self.T] = None):
        self.value = value

    @staticmethod
    def make(value: Self.T) -> Self:
        return Self(value)

    @staticmethod
    def show(b: Self):
        var copy: Optional[Self.T] = b.value
        if copy:
            print("box", copy.value())
        else:
            print("empty")


comptime Label = String
comptime LabelBox = Box[Label]


def main():
    var b = LabelBox.make("hi")
    LabelBox.show(b)
    # CHECK: box hi
    LabelBox.show(LabelBox())
    # CHECK: empty
    var o: Optional[Int] = 3
    var p = o
    print(p.value() + o.value())
    # CHECK: 6

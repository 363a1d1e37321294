# RUN: not %ignis build --emit=sema %s 2>&1 | FileCheck %s
# A trait's default methods are checked once with Self opaque (any
# conforming type); its requirements (`...`, a docstring) are not bodies.

trait Shape:
    def area(self) -> Float64:
        """The area."""
        ...

    def perimeter(self) -> Float64:
        ...

    def describe(self) -> String:
        return "area " + String(self.area()) + unknown_suffix

    def twice(self) -> Float64:
        var scale: Int = "two"
        return self.area() * 2


@fieldwise_init
struct Square(Shape):
    var side: Float64

    def area(self) -> Float64:
        return self.side * self.side

    def perimeter(self) -> Float64:
        return 4 * self.side


def main():
    print(Square(2.0).area())

# CHECK: generic-unchecked-traits.mojo:14:48: error: use of undefined name 'unknown_suffix'
# CHECK: generic-unchecked-traits.mojo:17:26: error: cannot convert a value of type 'StringLiteral' to 'Int'
# CHECK-NOT: error

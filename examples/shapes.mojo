# Structs, traits and generic functions: each shape conforms to Shape and
# Writable, and `describe` works for any of them.

from std.math import sqrt

comptime PI = 3.141592653589793


trait Shape:
    def area(self) -> Float64:
        ...

    def name(self) -> String:
        return "shape"


@fieldwise_init
struct Circle(Shape, Writable):
    var radius: Float64

    def area(self) -> Float64:
        return PI * self.radius * self.radius

    def name(self) -> String:
        return "circle"

    def write_to(self, mut writer: Some[Writer]):
        writer.write_str("Circle(r=")
        self.radius.write_to(writer)
        writer.write_str(")")


@fieldwise_init
struct Rect(Shape, Writable):
    var width: Float64
    var height: Float64

    def area(self) -> Float64:
        return self.width * self.height

    def diagonal(self) -> Float64:
        return sqrt(self.width * self.width + self.height * self.height)

    def write_to(self, mut writer: Some[Writer]):
        writer.write_str("Rect(")
        self.width.write_to(writer)
        writer.write_str(" x ")
        self.height.write_to(writer)
        writer.write_str(")")


def describe[T: Shape & Writable](shape: T):
    print(shape, "is a", shape.name(), "with area", shape.area())


def main():
    var c = Circle(2.0)
    var r = Rect(3.0, 4.0)
    describe(c)
    describe(r)
    print("diagonal:", r.diagonal())

@fieldwise_init
struct Point(Copyable, Movable):
    var x: Float64
    var y: Float64

    fn norm(self) -> Float64:
        return (self.x * self.x + self.y * self.y) ** 0.5

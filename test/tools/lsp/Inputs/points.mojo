struct Point(Copyable):
    """A point in the plane."""
    var x: Int
    var y: Int

    def __init__(out self, x: Int, y: Int):
        self.x = x
        self.y = y

    def norm2(self) -> Int:
        """The squared length."""
        return self.x * self.x + self.y * self.y


def add(a: Int, b: Int) -> Int:
    """Adds two integers."""
    return a + b


def main():
    var p = Point(3, 4)
    var total = add(p.x, p.y)
    print(total, p.norm2())

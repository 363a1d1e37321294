# A module imported by struct-gaps.mojo (not a test itself).
struct Rect:
    var w: Int
    var h: Int

    def __init__(out self, w: Int, h: Int):
        self.w = w
        self.h = h

    @staticmethod
    def square(side: Int, *, scale: Int = 1) -> Self:
        return Self(side * scale, side * scale)


struct Grid[rows: Int, cols: Int]:
    @staticmethod
    def cells() -> Int:
        return Self.rows * Self.cols

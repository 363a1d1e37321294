# RUN: %ignis run %s | FileCheck %s --match-full-lines
# __getitem__/__setitem__ with several indices and keyword subscripts, and
# the walrus operator.

struct Grid:
    var a: Int
    var b: Int
    var c: Int
    var d: Int

    def __init__(out self):
        self.a = 0
        self.b = 0
        self.c = 0
        self.d = 0

    def __getitem__(self, row: Int, col: Int) -> Int:
        if row == 0:
            return self.a if col == 0 else self.b
        return self.c if col == 0 else self.d

    def __getitem__(self, *, flat: Int) -> Int:
        return self[flat // 2, flat % 2]

    def __setitem__(mut self, row: Int, col: Int, value: Int):
        if row == 0 and col == 0:
            self.a = value
        elif row == 0:
            self.b = value
        elif col == 0:
            self.c = value
        else:
            self.d = value

def main():
    var g = Grid()
    g[0, 1] = 5
    g[1, 0] = 7
    g[1, 1] = g[0, 1] + g[1, 0]
    print(g[0, 0], g[0, 1], g[1, 0], g[1, 1])
    # CHECK: 0 5 7 12
    print(g[flat=3], g[flat=1])
    # CHECK-NEXT: 12 5
    var n = 0
    if (m := n + 10) > 5:
        print("walrus", m)
    # CHECK-NEXT: walrus 10

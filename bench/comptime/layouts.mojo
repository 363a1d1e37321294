# Layout algebra at compile time: IntTuple values, row/column-major layouts,
# coalesce, composition and complement chains, and Layout parameters.
from layout import Layout, IntTuple
from layout.layout import coalesce, composition, complement


def chain(n: Int) -> Int:
    """A composition chain: n rounds of compose/complement/coalesce."""
    var acc = 0
    for i in range(n):
        var a = Layout.row_major(4, 8)
        var b = Layout(IntTuple(4), IntTuple(8))
        var c = composition(a, b)
        var d = complement(c, 64)
        var e = coalesce(Layout(IntTuple(2, 4), IntTuple(1, 2)))
        acc += c.stride[0] + d.size() + e.size() + i % 3
    return acc


struct Tiled[l: Layout]:
    @staticmethod
    def offset(i: Int) -> Int:
        return Self.l(i)


def main():
    comptime r = chain(300)
    comptime l = Layout.row_major(16, 32)
    print(r, Tiled[l].offset(37), Tiled[Layout.col_major(8, 8)].offset(9))

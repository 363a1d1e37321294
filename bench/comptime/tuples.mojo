# Tuples, Lists and variadic packs as compile-time values: strides computed
# as a List and spread into a parameter list, comptime tuples indexed.


def strides[*shape: Int]() -> List[Int]:
    var r = List[Int]()
    comptime for i in range(len(shape)):
        var p = 1
        comptime for j in range(i + 1, len(shape)):
            p *= shape[j]
        r.append(p)
    return r^


def prod[i: Int, *dims: Int]() -> Int:
    comptime if i >= len(dims):
        return 1
    else:
        return dims[i] * prod[i + 1, *dims]()


struct Shape[*dims: Int]:
    @staticmethod
    def total() -> Int:
        return prod[0, *Self.dims]()


def pairs() -> Tuple[Int, Int, Int]:
    var t = 0
    for i in range(2000):
        t += i % 7
    return (t, t * 2, t * 3)


def main():
    comptime s = strides[2, 3, 4, 5, 6, 7]()
    comptime p = pairs()
    print(Shape[*s].total(), prod[0, 2, 3, 4, 5, 6, 7](), p[0] + p[2])

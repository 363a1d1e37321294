# RUN: %ignis run %s | FileCheck %s --match-full-lines
# Mojo 1.0 collection APIs: Dict(capacity=), Dict.fromkeys, find, popitem,
# | and |=; List.extend of a Span and of SIMD lanes (count=), resize (with a
# value or unsafe_uninit_length=), shrink, reverse; Optional prints its
# value; a String converts to a StringSlice argument.


def takes_slice(s: StringSlice) -> Int:
    return len(s)

def main() raises:
    var large = Dict[String, Int](capacity=64)
    print(len(large))
    # CHECK: 0
    var keys: List[String] = ["a", "b", "c"]
    var d = Dict[String, Int].fromkeys(keys, 0)
    print(d, d.find("b").or_else(-1), d.find("z").or_else(-1))
    # CHECK-NEXT: {a: 0, b: 0, c: 0} 0 -1
    var e = d.popitem()
    print(e.key, e.value, d)
    # CHECK-NEXT: c 0 {a: 0, b: 0}
    var m = d | {"x": 1}
    m |= {"y": 2}
    print(m)
    # CHECK-NEXT: {a: 0, b: 0, x: 1, y: 2}
    var empty = Dict[Int, Int]()
    try:
        _ = empty.popitem()
    except err:
        print(err)
    # CHECK-NEXT: EmptyDictError
    var numbers: List[Int] = [1, 2, 3]
    var more: List[Int] = [4, 5, 6]
    numbers.extend(Span(more))
    print(numbers)
    # CHECK-NEXT: [1, 2, 3, 4, 5, 6]
    var n64: List[Int64] = [Int64(1), 2]
    n64.extend(SIMD[DType.int64, 2](3, 4))
    n64.extend(SIMD[DType.int64, 4](5, 6, 7, 8), count=2)
    print(n64)
    # CHECK-NEXT: [1, 2, 3, 4, 5, 6]
    var l: List[String] = ["z", "y", "x", "w"]
    l.resize(3, "v")
    print(l)
    # CHECK-NEXT: [z, y, x]
    l.resize(6, "v")
    print(l)
    # CHECK-NEXT: [z, y, x, v, v, v]
    var u: List[Int] = [1, 2, 3]
    u.resize(unsafe_uninit_length=5)
    u[3] = 10
    u[4] = 20
    print(u)
    # CHECK-NEXT: [1, 2, 3, 10, 20]
    u.shrink(2)
    print(u)
    # CHECK-NEXT: [1, 2]
    l.reverse()
    print(l)
    # CHECK-NEXT: [v, v, v, x, y, z]
    print(Optional(5), Optional[String]("x"), repr(Optional[String]("x")), Optional[Int]())
    # CHECK-NEXT: 5 x 'x' None
    var s = String("abc")
    print(takes_slice(s), takes_slice("lit"))
    # CHECK-NEXT: 3 3
    var full = Optional[Int](50)
    print(Optional[Int]().bounds()[0], full.bounds()[0], full.bounds()[1].value())
    # CHECK-NEXT: 0 1 1

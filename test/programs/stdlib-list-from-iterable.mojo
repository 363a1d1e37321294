# RUN: %ignis run %s | FileCheck %s --match-full-lines
# List[T](iterable): the elements a `for` loop over it yields; a single
# element (a literal, a T) still makes a one-element list. Dict.take_items
# moves the entries out and leaves the dict empty.


def main() raises:
    var d = Dict[String, Int]()
    d["a"] = 1
    d["b"] = 2
    print(List[String](d.keys()), List[Int](d.values()))
    # CHECK: [a, b] [1, 2]
    var l = [1, 2, 3]
    var again = List[Int](l)
    again.append(4)
    print(l, again, List[Int](range(3)))
    # CHECK: [1, 2, 3] [1, 2, 3, 4] [0, 1, 2]
    print(List[Float64](5), List[Int](7), List[String]("x"))
    # CHECK: [5.0] [7] [x]
    for e in d.take_items():
        print(e.key, e.value)
    # CHECK: a 1
    # CHECK: b 2
    print(len(d))
    # CHECK: 0
    d["c"] = 3
    print(len(d), d["c"])
    # CHECK: 1 3

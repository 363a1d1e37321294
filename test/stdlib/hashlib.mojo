# RUN: %ignis run %s | FileCheck %s --match-full-lines
# std.hashlib: Mojo 1.0's `__hash__(self, mut hasher)` next to the older
# `__hash__(self) -> UInt64`; hash(), Hasher, default_hasher, Dict keys.
from std.hashlib import Hasher, hash, default_hasher
from std.collections import Set

@fieldwise_init
struct Point(Hashable, Equatable, ImplicitlyCopyable):
    var x: Int
    var y: Int

    def __hash__[H: Hasher](self, mut hasher: H):
        hasher.update(self.x)
        hasher.update(self.y)

@fieldwise_init
struct Tagged(Hashable, ImplicitlyCopyable):
    var tag: Int
    var p: Point

def main() raises:
    print(hash(Point(1, 2)) == hash(Point(1, 2)), hash(Point(1, 2)) == hash(Point(2, 1)))
    # CHECK: True False
    var d = Dict[Point, String]()
    d[Point(1, 2)] = "a"
    d[Point(3, 4)] = "b"
    d[Point(1, 2)] = "c"
    print(d[Point(1, 2)], d[Point(3, 4)], len(d), Point(5, 5) in d)
    # CHECK-NEXT: c b 2 False
    var h = default_hasher()
    h.update(String("abc"))
    h.update(5)
    var first = h^.finish()
    var h2 = default_hasher()
    h2.update(String("abc"))
    h2.update(5)
    var h3 = default_hasher()
    h3.update(5)
    h3.update(String("abc"))
    print(first == h2^.finish(), first == h3^.finish())
    # CHECK-NEXT: True False
    print(hash(Tagged(1, Point(1, 2))) == hash(Tagged(1, Point(1, 2))),
          hash(Tagged(1, Point(1, 2))) == hash(Tagged(1, Point(2, 1))))
    # CHECK-NEXT: True False
    var s = Set[Int]()
    s.add(3)
    print(hash(7) == hash(7), 3 in s)
    # CHECK-NEXT: True True

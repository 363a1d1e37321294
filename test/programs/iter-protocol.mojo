# RUN: %ignis run %s | FileCheck %s --match-full-lines
# RUN: not %ignis run -D BAD %s 2>&1 | FileCheck %s --check-prefix=BAD
# Mojo 1.0's iteration protocol: `__next__` raises StopIteration at the end
# and a `for` loop stops there (its `else` runs unless the loop broke);
# `iter`, `next` and `StopIteration` are prelude names and `next` works on
# the library's iterators too.
from std.sys import is_defined

@fieldwise_init
struct Countdown(Iterator, ImplicitlyCopyable):
    comptime Element = Int
    var n: Int

    def __iter__(var self) -> Self:
        return self

    def __next__(mut self) raises StopIteration -> Int:
        if self.n <= 0:
            raise StopIteration()
        self.n -= 1
        return self.n + 1

@fieldwise_init
struct Words(Iterator, Copyable):
    comptime Element = String
    var left: List[String]

    def __iter__(var self) -> Self:
        return self^

    def __next__(mut self) raises StopIteration -> String:
        if not self.left:
            raise StopIteration()
        return self.left.pop(0)

@fieldwise_init
struct RaisesError(ImplicitlyCopyable):
    var n: Int

    def __iter__(self) -> Self:
        return self

    def __next__(mut self) raises -> Int:
        raise Error("not the end")

def main() raises:
    comptime if is_defined["BAD"]():
        # Only StopIteration ends a loop: another error is not swallowed.
        for x in RaisesError(1):
            print(x)
        # BAD: iter-protocol.mojo:[[@LINE-2]]:18: error: a for loop ends only when '__next__' raises 'StopIteration', but 'RaisesError.__next__' raises 'Error'
        # BAD-NOT: error:
    for x in Countdown(3):
        print("down", x)
    # CHECK: down 3
    # CHECK-NEXT: down 2
    # CHECK-NEXT: down 1
    for x in Countdown(2):
        print("x", x)
    else:
        print("ran out")
    # CHECK-NEXT: x 2
    # CHECK-NEXT: x 1
    # CHECK-NEXT: ran out
    for x in Countdown(5):
        if x == 4:
            break
    else:
        print("not printed")
    for w in Words(["owned", "strings"]):
        print(w)
    # CHECK-NEXT: owned
    # CHECK-NEXT: strings
    var empty = 0
    for _ in Countdown(0):
        empty += 1
    print("empty", empty)
    # CHECK-NEXT: empty 0

    var names = [String("ada"), String("bob")]
    var it = iter(names)
    print(next(it), next(it))
    # CHECK-NEXT: ada bob
    try:
        _ = next(it)
    except e:
        print("caught", e)
    # CHECK-NEXT: caught StopIteration
    var c = Countdown(2)
    print(next(c), next(c))
    # CHECK-NEXT: 2 1
    var r = iter(range(10, 13))
    print(next(r) + next(r) + next(r))
    # CHECK-NEXT: 33
    print(ascii("héllo\t"), ascii("it's"), ascii("a\\b"))
    # CHECK-NEXT: 'h\xc3\xa9llo\t' "it's" 'a\\b'

# RUN: %ignis run %s | FileCheck %s --match-full-lines
# A context manager with `__exit__(self, error) -> Bool` gets the error the
# `with` block raised: True swallows it, False lets it go on. A block that
# ends without an error (also by `return`) calls `__exit__(self)`.

struct Guard:
    var swallow: Bool

    def __init__(out self, swallow: Bool):
        self.swallow = swallow

    def __enter__(self) -> Int:
        print("enter")
        return 7

    def __exit__(self):
        print("exit")

    def __exit__(self, error: Error) -> Bool:
        print("exit with", error)
        return self.swallow


def early(flag: Bool) -> Int:
    with Guard(True) as x:
        if flag:
            return x
    return 0


def main() raises:
    with Guard(True) as x:
        print("body", x)
    with Guard(True):
        raise Error("swallowed")
    print("after swallowed")
    try:
        with Guard(False):
            raise Error("passed on")
    except e:
        print("caught", e)
    print(early(True))
    with Guard(True), Guard(False):
        raise Error("inner first")
    print("end")
# CHECK: enter
# CHECK-NEXT: body 7
# CHECK-NEXT: exit
# CHECK-NEXT: enter
# CHECK-NEXT: exit with swallowed
# CHECK-NEXT: after swallowed
# CHECK-NEXT: enter
# CHECK-NEXT: exit with passed on
# CHECK-NEXT: caught passed on
# CHECK-NEXT: enter
# CHECK-NEXT: exit
# CHECK-NEXT: 7
# CHECK-NEXT: enter
# CHECK-NEXT: enter
# CHECK-NEXT: exit with inner first
# CHECK-NEXT: exit with inner first
# CHECK-NEXT: end

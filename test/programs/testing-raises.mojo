# RUN: %ignis run %s 2>&1 | FileCheck %s --match-full-lines
# assert_raises: the `with` block must raise; `contains=` also checks the
# error's text, and an error without it goes on. A context manager's
# `__exit__(self, error) -> Bool` decides whether the error is swallowed.

from std.testing import assert_raises, assert_equal


def raises_bad() raises:
    raise Error("a bad thing")


def main() raises:
    with assert_raises():
        raise Error("anything")
    print("caught any")
    with assert_raises(contains="bad"):
        raises_bad()
    print("caught bad")
    with assert_raises(contains="left == right"):
        assert_equal(1, 2)
    print("caught a failed assert_equal")
    try:
        with assert_raises():
            pass
    except e:
        print(e)
    try:
        with assert_raises(contains="zzz"):
            raises_bad()
    except e:
        print("went on:", e)
    for i in range(3):
        with assert_raises(contains=String(i)):
            raise Error("error " + String(i))
    print("loop done")
# CHECK: caught any
# CHECK-NEXT: caught bad
# CHECK-NEXT: caught a failed assert_equal
# CHECK-NEXT: AssertionError: Didn't raise at testing-raises.mojo:24:14
# CHECK-NEXT: went on: a bad thing
# CHECK-NEXT: loop done

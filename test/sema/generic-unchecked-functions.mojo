# RUN: not %ignis build --emit=sema %s 2>&1 | FileCheck %s
# Generic functions nobody instantiates are still checked once, with their
# parameters opaque: errors in code that does not depend on them are
# reported (and only once, in source order after the rest).

def scale[n: Int](x: Int) -> Int:
    return x * n + undefined_helper(x)


def show[T: Copyable & Writable](value: T):
    var count: Int = "three"
    print(value, count)


def pick(x: Some[Writable]):
    helper(1, 2, 3)


def helper(a: Int) -> Int:
    return a


def keywords[dt: DType]():
    _ = helper(b=1)


def no_return[T: AnyType](flag: Bool) -> Int:
    if flag:
        return 1


def main():
    print(helper(1))

# CHECK: generic-unchecked-functions.mojo:7:20: error: use of undefined name 'undefined_helper'
# CHECK-NEXT: {{^}}    return x * n + undefined_helper(x)
# CHECK-NEXT: {{^}}                   ^~~~~~~~~~~~~~~~
# CHECK: generic-unchecked-functions.mojo:11:22: error: cannot convert a value of type 'StringLiteral' to 'Int'
# CHECK: generic-unchecked-functions.mojo:16:15: error: too many arguments in call to 'helper': expected at most 1, got 3
# CHECK: generic-unchecked-functions.mojo:24:16: error: 'helper' has no argument named 'b'
# CHECK: generic-unchecked-functions.mojo:27:5: error: missing return in function 'no_return
# CHECK-NOT: error

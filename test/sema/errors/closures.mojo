# RUN: not %ignis build --emit=sema %s 2>&1 | FileCheck %s
# Closure errors: escaping, capture lists, wrong signature.

def apply[f: def(Int) capturing -> Int](x: Int) -> Int:
    return f(x)

def escape() -> Int:
    var n = 1
    def get() -> Int:
        return n
    var g = get
    return 0

def main():
    var a = 1
    var b = 2
    def f() {a}:
        print(a, b)
    def h() {mut nothere}:
        pass
    def two(x: Int, y: Int) -> Int:
        return x + y
    print(apply[two](1))

# CHECK: closures.mojo:11:13: error: closure 'get' cannot be used as a runtime value: a capturing closure may not escape the function that defines it
# CHECK: closures.mojo:17:9: error: 'b' is used by 'f' but is not in its capture list
# CHECK: closures.mojo:19:14: error: 'nothere' in the capture list of 'h' is not a local variable of the enclosing function
# CHECK: closures.mojo:23:11: error: closure 'two' takes 0 parameter(s) and 2 argument(s), but 'f' expects a function of 0 parameter(s) and 1 argument(s)

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

def escape_by_return() -> Int:
    var n = 1
    def get() -> Int:
        return n
    return get

def moved_then_used():
    var s = String("x")
    def take() {s^}:
        print(s)
    take()
    print(s)

def leak(f: def(Int) -> Int) -> def(Int) -> Int:
    return f

def call_wrong(f: def(Int) -> Int) -> Int:
    return f(1, 2)

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
    __builtin.parallel_for[5](3)

# CHECK: closures.mojo:11:13: error: closure 'get' cannot be copied: only a closure whose capture list is '{var^}' is Copyable
# CHECK: closures.mojo:18:12: error: closure 'get' cannot be used as a runtime value: a capturing closure may not escape the function that defines it
# CHECK: closures.mojo:25:11: error: use of 's' after it was transferred
# CHECK: closures.mojo:22:9: note: 's' was transferred here
# CHECK: closures.mojo:28:12: error: closure 'f' cannot be used as a runtime value: a capturing closure may not escape the function that defines it
# CHECK: closures.mojo:31:12: error: 'f' is a function of 1 argument(s), but 2 were given
# CHECK: closures.mojo:36:9: error: 'b' is used by 'f' but is not in its capture list
# CHECK: closures.mojo:38:14: error: 'nothere' in the capture list of 'h' is not a local variable of the enclosing function
# CHECK: closures.mojo:42:11: error: closure 'two' takes 0 parameter(s) and 2 argument(s), but 'f' expects a function of 0 parameter(s) and 1 argument(s)
# CHECK: closures.mojo:43:5: error: __builtin.parallel_for takes one closure parameter and one Int argument; the closure takes one Int and does not raise

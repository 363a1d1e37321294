# RUN: %ignis run %s | FileCheck %s --match-full-lines
# RUN: printf 'def f() raises -> String:\n    raise "no"\n\ndef main():\n    var s: String\n    try:\n        s = f()\n    except:\n        pass\n    print(s)\n' > %t.bad.mojo
# RUN: not %ignis run %t.bad.mojo 2>&1 | FileCheck %s --check-prefix=BAD
# A handler is reached only from statements that may raise: a variable
# given a value in a `try` or `with` body that cannot raise is initialised
# after it, even when a handler (or a manager's __exit__(err)) could let
# the program go on.

struct Guard:
    def __init__(out self):
        pass

    def __enter__(self) -> String:
        return "entered"

    def __exit__(self):
        pass

    def __exit__(self, err: Error) -> Bool:
        return True

def may_fail(n: Int) raises -> Int:
    if n < 0:
        raise "negative"
    return n

def main():
    var s: String
    with Guard() as g:
        s = g.copy()
    print(s)
    # CHECK: entered
    var n: Int
    try:
        n = 5
    except:
        print("unreachable")
    print(n)
    # CHECK-NEXT: 5
    var m: Int
    try:
        m = may_fail(3)
    except:
        m = -1
    print(m)
    # CHECK-NEXT: 3

# A call that may raise still reaches the handler before its assignment:
# BAD: try-init-paths.mojo.tmp.bad.mojo:10:11: error: use of 's', which is uninitialized or transferred on some paths

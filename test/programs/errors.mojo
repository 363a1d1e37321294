# RUN: %ignis run %s | FileCheck %s --match-full-lines
# Errors are values: raise, try/except/else/finally, propagation through
# raising functions.

def check(n: Int) raises -> Int:
    if n < 0:
        raise Error("negative input")
    return n * 2

def relay(n: Int) raises -> Int:
    return check(n) + 1

def main():
    try:
        print(check(4))
        print(relay(-1))
        print("not reached")
    except e:
        print("caught:", e)
    else:
        print("no else")
    finally:
        print("finally runs")
    # CHECK: 8
    # CHECK-NEXT: caught: negative input
    # CHECK-NEXT: finally runs
    try:
        print(relay(5))
    except e:
        print("not caught")
    else:
        print("else runs")
    # CHECK-NEXT: 11
    # CHECK-NEXT: else runs
    # No stack trace is collected: get_stack_trace() is an empty Optional.
    try:
        _ = relay(-5)
    except e:
        var trace = e.get_stack_trace()
        print("trace:", "some" if trace else "none")
    # CHECK-NEXT: trace: none

# RUN: %ignis run %s | FileCheck %s --match-full-lines
# RUN: %ignis build -O0 %s -o %t.exe && %t.exe | FileCheck %s --match-full-lines
# Nested try/finally ordering (inner finally before the outer handler, a
# re-raised error), finally blocks run by a return from inside a loop,
# early returns from while/nested for loops, Ackermann recursion, and
# String concatenation in loops.

def risky(n: Int) raises -> Int:
    if n == 0:
        raise Error("zero")
    return 10 // n

def nested(n: Int) raises -> Int:
    try:
        print("outer try")
        try:
            print("inner try")
            var r = risky(n)
            print("inner got", r)
            return r
        finally:
            print("inner finally")
    except e:
        print("outer caught", e)
        raise Error("wrapped: " + String(e))
    finally:
        print("outer finally")

def loop_return(limit: Int) -> Int:
    for i in range(100):
        try:
            if i * i > limit:
                return i
        finally:
            if i % 4 == 0:
                print("  finally at", i)
    return -1

def first_even_index(n: Int) -> Int:
    var i = 0
    while True:
        if i >= n:
            return -1
        if i > 2 and i % 2 == 0:
            return i
        i += 1

def find_in_nested(target: Int) -> Int:
    for a in range(10):
        for b in range(10):
            if a * b == target:
                return a * 100 + b
    return -1

def ack(m: Int, n: Int) -> Int:
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))

def build(n: Int) -> String:
    var s = String("")
    for i in range(n):
        if i > 0:
            s += ","
        s = s + String(i)
    return s

def main():
    try:
        print(nested(5))
        print(nested(0))
    except e:
        print("main caught", e)
    print(loop_return(10))
    print(first_even_index(10), first_even_index(2), find_in_nested(42), find_in_nested(97))
    print(ack(0, 0), ack(1, 2), ack(2, 3), ack(3, 3))
    var s = build(12)
    print(s, len(s))
    var t = String()
    var k = 0
    while k < 5:
        t += String(k) if k % 2 == 0 else "-"
        k += 1
    print(t, t == "01234", len(t + t))

# CHECK:      outer try
# CHECK-NEXT: inner try
# CHECK-NEXT: inner got 2
# CHECK-NEXT: inner finally
# CHECK-NEXT: outer finally
# CHECK-NEXT: 2
# CHECK-NEXT: outer try
# CHECK-NEXT: inner try
# CHECK-NEXT: inner finally
# CHECK-NEXT: outer caught zero
# CHECK-NEXT: outer finally
# CHECK-NEXT: main caught wrapped: zero
# CHECK-NEXT:   finally at 0
# CHECK-NEXT:   finally at 4
# CHECK-NEXT: 4
# CHECK-NEXT: 4 -1 607 -1
# CHECK-NEXT: 1 4 9 61
# CHECK-NEXT: 0,1,2,3,4,5,6,7,8,9,10,11 25
# CHECK-NEXT: 0-2-4 False 10
# CHECK-NOT:  {{.+}}

# RUN: %ignis run %s | FileCheck %s --match-full-lines
# if/elif/else, while/else, for/else with break and continue, chained
# comparisons, boolean operators and the conditional expression.

def classify(n: Int) -> String:
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif 0 < n <= 9:
        return "digit"
    else:
        return "large"

def main():
    print(classify(-3), classify(0), classify(7), classify(42))
    # CHECK: negative zero digit large
    var total = 0
    for i in range(10):
        if i % 2 == 0:
            continue
        if i > 7:
            break
        total += i
    print("odd sum below 8:", total)
    # CHECK-NEXT: odd sum below 8: 16
    for i in range(3):
        pass
    else:
        print("for-else runs without break")
    # CHECK-NEXT: for-else runs without break
    var n = 0
    while n < 100:
        n += 7
        if n == 21:
            break
    else:
        print("not printed")
    print("n =", n)
    # CHECK-NEXT: n = 21
    var t = True
    var f = False
    print(t and not f, t or f, f or f, not t)
    # CHECK-NEXT: True True False False
    var big = 5 if t else 10
    print(big, "yes" if 3 > 2 else "no")
    # CHECK-NEXT: 5 yes
    for i in range(10, 0, -3):
        print(i, end=" ")
    print()
    # CHECK-NEXT: 10 7 4 1

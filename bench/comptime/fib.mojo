# Recursive integer functions at compile time: fib(25) by the textbook
# recursion (exponential without memoisation, linear with it) and a
# recursive power sum.


def fib(n: Int) -> Int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def sum_powers(n: Int, k: Int) -> Int:
    if n == 0:
        return 0
    var p = 1
    for _ in range(k):
        p *= n
    return p + sum_powers(n - 1, k)


def main():
    comptime f = fib(25)
    comptime s = sum_powers(200, 3)
    print(f, s)

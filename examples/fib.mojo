# Recursive and iterative Fibonacci numbers.


def fib(n: Int) -> Int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fib_loop(n: Int) -> Int:
    var a = 0
    var b = 1
    for _ in range(n):
        a, b = b, a + b
    return a


def main():
    for n in range(0, 31, 5):
        print("fib(", n, ") = ", fib(n), sep="")
    print("fib_loop(90) =", fib_loop(90))

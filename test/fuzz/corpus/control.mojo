def fib(n: Int) -> Int:
    if n < 2:
        return n
    var a = 0
    var b = 1
    for i in range(n - 1):
        a, b = b, a + b
    while False:
        pass
    return b


def main():
    try:
        print(t"fib(10) = {fib(10)}")
    except e:
        print("error:", e)

# A long compile-time loop of cheap calls (Int.__add__, the range
# iterator): memoisation must not cost here (it once remembered every
# short call: a million keys).


def triangle(n: Int) -> Int:
    var total = 0
    for i in range(n):
        total += i
    return total


comptime T = triangle(300_000)


def main():
    print(T)

struct Counter(Copyable):
    var n: Int

    def __init__(out self, n: Int):
        self.n = n

    def bump(self) -> Int:
        return self.n + "one"


def size() -> Int:
    return 3


def helper(x: Int) -> Int:
    return x * 2


def twice(x: Int) -> Int:
    var s: Int = size()
    return helper(x) + s


def broken() -> Int:
    return "no"


def main():
    var c = Counter(1)
    print(c.bump(), twice(2), broken())

def broken_syntax() -> :
    pass


def first() -> Int:
    return "text"


struct Pair:
    var a: Int
    var b: Int

    def sum(self) -> Int:
        return self.a + self.c


def second():
    var n: Int = undefined_name
    print(n)


def also_broken(x: Int) -> Int
    return x
    pass

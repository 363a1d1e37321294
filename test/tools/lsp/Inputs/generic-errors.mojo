def clamp[n: Int](x: Int) -> Int:
    return min(x, n) + offset


def show(x: Some[Writable]):
    print(x, countt)

def twice(x: Int) -> Int:
    return x * 2


def twice(x: Float64) -> Float64:
    return x * 2


def main():
    var f = twice
    print(f(1))

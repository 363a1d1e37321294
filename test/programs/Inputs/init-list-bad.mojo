@fieldwise_init
struct Pair(Copyable):
    var first: Int
    var second: Int


def main():
    var p: Pair = {first = 1, third = 2}

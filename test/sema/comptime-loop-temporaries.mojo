# RUN: %ignis run %s 2>&1 | FileCheck %s
# A loop condition that needs temporaries (a String built for `len`) gets
# them made again before each test at compile time too; it once tested the
# first value for ever and ran out of steps.

def count_up() -> Int:
    var n = 0
    var s = String("a")
    while len(s + String("b")) < 6:
        s += "c"
        n += 1
    return n


def over_list() -> Int:
    var t = 0
    for x in [1, 2, 3]:
        t += x
    return t


comptime N = count_up()
comptime T = over_list()


def main():
    # CHECK: 4 6 4 6
    print(N, T, count_up(), over_list())

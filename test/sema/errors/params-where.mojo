# RUN: not %ignis build --emit=sema %s 2>&1 | FileCheck %s
# An unsatisfied `where` clause is a located error that quotes the clause,
# on functions, methods and struct instances.


def positive[n: Int]() -> Int where n > 0:
    return n


struct Vec[n: Int] where n > 0:
    def __init__(out self):
        pass


@fieldwise_init
struct Box[T: Movable](Movable):
    var value: Self.T

    def doubled(self) -> Int where Self.T == Int:
        return 0


def main():
    print(positive[0]())
    var v = Vec[0]()
    var b = Box[Bool](True)
    print(b.doubled())

# CHECK: params-where.mojo:24:11: error: {{.*}}the 'where' clause of 'positive' is not satisfied: n > 0
# CHECK: params-where.mojo:25:13: error: the 'where' clause of 'Vec' is not satisfied: n > 0
# CHECK: params-where.mojo:27:11: error: {{.*}}the 'where' clause of 'doubled' is not satisfied: Self.T == Int

# A struct whose first parameter is infer-only (`[mut: Bool = True, //, T:
# AnyType, n: Int]`) written with that parameter by keyword in an argument
# type: the positional ones after it still bind T and n, so the function's
# own parameters are inferred from the argument (not shifted by one).
# RUN: %ignis run %s | FileCheck %s


struct Box[mut: Bool = True, //, T: AnyType, n: Int]:
    var v: Int

    def __init__(out self, v: Int):
        self.v = v


def f[A: AnyType, k: Int, //, tag: Int](x: Box[mut=True, A, k]):
    print(tag, k, x.v)


def main():
    f[7](Box[Float64, 3](5))
    # CHECK: 7 3 5

# RUN: %ignis run %s | FileCheck %s --match-full-lines
# Overloads that tie on conversions: the one taking the arguments without
# a variadic argument wins; explicit parameters choose by kind (a string
# never stands for a number, nor a number for a string).

def pick(x: Int) -> String:
    return "one"


def pick(*xs: Int) -> String:
    return "many"


def tag[a: Int, b: Int]() -> String:
    return "int-int"


def tag[a: Int, b: String]() -> String:
    return "int-string"


# CHECK: one
# CHECK-NEXT: many
# CHECK-NEXT: int-int
# CHECK-NEXT: int-string
def main():
    print(pick(1))
    print(pick(1, 2, 3))
    print(tag[1, 2]())
    print(tag[1, "hi"]())

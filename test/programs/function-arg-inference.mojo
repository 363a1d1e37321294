# RUN: %ignis run %s | FileCheck %s --match-full-lines
# A function type written on an argument that names the callee's parameters
# (`f: def(A) thin -> B`) or raises (`raises E`): the function or closure
# passed binds A, B and E from its signature; what a non-raising one raises
# is `Never`, so the call does not raise either.

@fieldwise_init
struct Oops(Copyable, Writable):
    var why: String

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Oops: ", self.why)


def transform[A: Copyable, B: Copyable](f: def(A) thin -> B, xs: List[A]) -> List[B]:
    var out: List[B] = []
    for x in xs:
        out.append(f(x))
    return out^


def apply_one[A: Copyable, B: Copyable](f: def(A) -> B, x: A) -> B:
    return f(x)


def attempt[E: AnyType](step: def(Int) raises E -> Int, n: Int) raises E -> Int:
    return step(n) + 1


def halve(n: Int) -> Float64:
    return Float64(n) / 2


def checked(n: Int) raises Oops -> Int:
    if n < 0:
        raise Oops("negative")
    return n * 10


def plain(n: Int) -> Int:
    return n


# CHECK: [0.5, 1.0, 1.5]
# CHECK-NEXT: 2 4
# CHECK-NEXT: 31
# CHECK-NEXT: caught Oops: negative
# CHECK-NEXT: 6
def main():
    var halves = transform(halve, [1, 2, 3])
    print(halves)
    var offset = 1

    def twice(n: Int) {read offset} -> Int:
        return n * 2 - offset + 1

    print(apply_one(twice, 1), apply_one(twice, 2))
    try:
        print(attempt(checked, 3))
        print(attempt(checked, -1))
    except e:
        print("caught", e)
    print(attempt(plain, 5))

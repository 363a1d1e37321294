# RUN: not %ignis build --emit=sema %s 2>&1 | FileCheck %s

trait A:
    def a(self) -> Int: ...

trait B:
    def b(self) -> Int: ...

@fieldwise_init
struct OnlyA(A):
    var x: Int

    def a(self) -> Int:
        return 1

def both[T: A & B](x: T) -> Int:
    return x.a() + x.b()

def main():
    var t = (1, 2)
    print(t[2])
    print(both(OnlyA(1)))

# CHECK: tuples.mojo:21:11: error: index 2 is out of range for 'Tuple[Int, Int]'
# CHECK: tuples.mojo:22:11: error: 'OnlyA' does not conform to 'B' in call to 'both'

# RUN: %ignis run %s | FileCheck %s --match-full-lines
# `origin_of(x).mut` of a `ref` argument is the mutability of what the
# caller passed, at compile time (`comptime if`), also through another `ref`
# function and inside a closure capturing `{ref x}`.

def kind(ref items: List[Int]) -> String:
    comptime if origin_of(items).mut:
        return "mut"
    else:
        return "immut"


def via_closure(ref items: List[Int]) -> String:
    def report() {ref items} -> String:
        comptime if origin_of(items).mut:
            return "closure-mut"
        else:
            return "closure-immut"

    return report()


def forward(ref items: List[Int]) -> String:
    return kind(items)


def from_read(xs: List[Int]) -> String:
    return kind(xs) + " " + via_closure(xs) + " " + forward(xs)


def from_mut(mut xs: List[Int]) -> String:
    return kind(xs) + " " + via_closure(xs) + " " + forward(xs)


# CHECK: immut closure-immut immut
# CHECK-NEXT: mut closure-mut mut
# CHECK-NEXT: immut
def main():
    var nums: List[Int] = [1, 2, 3]
    print(from_read(nums))
    print(from_mut(nums))
    print(kind([4]))

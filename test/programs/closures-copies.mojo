# RUN: %ignis run %s | FileCheck %s
# A closure declared with `{var^}` owns what it uses and is Copyable: `var
# b = a` copies it (each owned value's copy constructor runs there), the
# copy has its own values, and each copy's values are destroyed after its
# own last call. Reference captures listed beside `{var^}` are shared.

@fieldwise_init
struct Tracked(Copyable):
    var id: Int

    def __init__(out self, *, copy: Self):
        self.id = copy.id * 10
        print("copy", self.id)

    def __del__(deinit self):
        print("drop", self.id)


def counters():
    var start = Tracked(7)
    var calls = 0

    def next_id(step: Int) {var^, mut calls} -> Int:
        calls += 1
        start.id += step
        return start.id

    print("declared")
    var other = next_id
    print("copied")
    print(next_id(1))
    print(next_id(1))
    print(other(5))
    print("calls", calls)


def nested_copy():
    var word = String("echo")

    def say() {var^} -> String:
        return word + "!"

    var again = say

    def twice() {read again} -> String:
        return again() + again()

    print(twice())
    print(say())


# CHECK: declared
# CHECK-NEXT: copy 70
# CHECK-NEXT: copied
# CHECK-NEXT: 8
# CHECK-NEXT: 9
# CHECK-NEXT: drop 9
# CHECK-NEXT: 75
# CHECK-NEXT: drop 75
# CHECK-NEXT: calls 3
# CHECK-NEXT: echo!echo!
# CHECK-NEXT: echo!
def main():
    counters()
    nested_copy()

# RUN: %ignis run %s | FileCheck %s --match-full-lines
# `ref x = place`: x names the place itself (no copy), so changing x changes
# the element or field it was bound to; the place's owner stays alive while
# x is used.


@fieldwise_init
struct Item(Copyable, Writable):
    var count: Int
    var name: String


def bump(mut v: Int):
    v += 10


def make() -> List[Int]:
    return [1, 2, 3]


def main():
    var items = [99, 77, 33, 12]
    var copy = items[1]
    copy += 1
    print(items[1])
    # CHECK: 77
    ref r = items[1]
    r += 1
    print(items[1], r)
    # CHECK-NEXT: 78 78
    var stock = [Item(1, "a"), Item(2, "b")]
    ref first = stock[0]
    first.count = 5
    first.name += "!"
    bump(first.count)
    print(stock[0])
    # CHECK-NEXT: Item(count=15, name=a!)
    ref last: Int = items[3]
    last = 0
    print(items)
    # CHECK-NEXT: [99, 78, 33, 0]
    for i in range(len(stock)):
        ref it = stock[i]
        it.count *= 2
    print(stock[0].count, stock[1].count)
    # CHECK-NEXT: 30 4
    ref tmp = make()
    tmp.append(4)
    print(len(tmp), tmp[3])
    # CHECK-NEXT: 4 4

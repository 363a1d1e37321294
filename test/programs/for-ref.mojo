# RUN: %ignis run %s | FileCheck %s --match-full-lines
# `for ref x in list` names the list's elements: assignments change the
# list. `for x` and `for var x` work on copies.

@fieldwise_init
struct Cell(Copyable, Movable):
    var n: Int

def main() raises:
    var words = ["a", "b", "c"]
    for ref w in words:
        w = w + "x"
    print(words[0], words[1], words[2])
    # CHECK: ax bx cx
    for var w in words:
        w = w + "y"
    print(words[0], words[2])
    # CHECK: ax cx
    var nums = [1, 2, 3]
    for ref n in nums:
        n += 10
    for ref n in nums:
        n = n * 2
    print(nums[0], nums[1], nums[2])
    # CHECK: 22 24 26
    var cells = [Cell(1), Cell(2)]
    for ref c in cells:
        c.n += 5
    for c in cells:
        print(c.n)
    # CHECK: 6
    # CHECK-NEXT: 7
    var total = 0
    for ref i in range(4):
        total += i
    print(total)
    # CHECK: 6
    # A Dict's values() yields the values themselves: `for ref` changes them
    # in place; a plain `for` copies.
    var inventory = {"apples": 10, "bananas": 5}
    for ref value in inventory.values():
        value += 1
    var sum = 0
    for value in inventory.values():
        sum += value
    print(inventory["apples"], inventory["bananas"], sum)
    # CHECK: 11 6 17
    var names = {"a": String("x"), "b": String("y")}
    for ref s in names.values():
        s += "!"
    print(names["a"], names["b"], List[String](names.values()))
    # CHECK: x! y! [x!, y!]

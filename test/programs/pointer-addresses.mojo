# RUN: %ignis run %s | FileCheck %s
# UnsafePointer from a raw address, the dangling placeholder, volatile
# accesses (accepted) and List.steal_data.


def main():
    # The dangling pointer is the pointee's alignment, never null.
    # CHECK: 8 1 4
    print(Int(UnsafePointer[Int64, MutUntrackedOrigin].unsafe_dangling()),
          Int(UnsafePointer[Int8].unsafe_dangling()),
          Int(UnsafePointer[Float32].unsafe_dangling()))
    var x = 41
    var q = UnsafePointer[Int](unsafe_from_address=Int(UnsafePointer(to=x)))
    q[] += 1
    # CHECK-NEXT: 42
    print(x)
    var cells = alloc[Int32](2)
    cells.store[volatile=True](Int32(5))
    cells.store[volatile=True](1, Int32(6))
    # CHECK-NEXT: 5 6
    print(cells.load[volatile=True](), cells.load[volatile=True](1))
    cells.free()
    var l: List[String] = ["a", "b"]
    var data = l.steal_data()
    # CHECK-NEXT: 0 a b
    print(len(l), data[0], data[1])
    for i in range(2):
        (data + i).destroy_pointee()
    data.free()
    l.append("c")
    # CHECK-NEXT: 1 c
    print(len(l), l[0])

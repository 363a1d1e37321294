# RUN: %ignis run %s | FileCheck %s --match-full-lines
# `_ = x` with a variable whose type cannot be implicitly copied is a use
# of the variable, not a copy; the variable stays usable afterwards.

def fill(size: Int) -> List[Int]:
    var buf = List[Int](capacity=size)
    for i in range(size):
        buf.append(i * i)
    _ = buf
    return buf^

def main():
    var l = fill(4)
    _ = l
    print(len(l), l[3])
    var a = InlineArray[Int, 8](fill=5)
    _ = a
    print(a[7])
    var s = String("kept")
    _ = s
    print(s)
    _ = String("temp")

# CHECK: 4 9
# CHECK-NEXT: 5
# CHECK-NEXT: kept

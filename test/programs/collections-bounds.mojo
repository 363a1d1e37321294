# RUN: not %ignis run %s 2>&1 | FileCheck %s --match-full-lines
# A failed List bounds check stops the program with the location of the
# subscript, the index and the length.

def main():
    var l = [1, 2, 3, 4, 5]
    print(l[4])
    print(l[7])
    print("not reached")
# CHECK: 5
# CHECK-NEXT: collections-bounds.mojo:8:11: index out of bounds: index 7, length 5
# CHECK-NOT: not reached

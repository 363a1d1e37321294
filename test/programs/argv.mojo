# RUN: %ignis run %s first "two words" | FileCheck %s --match-full-lines
# RUN: %ignis build %s -o %t.exe && %t.exe alpha | FileCheck %s --check-prefix=EXE --match-full-lines
# The program's arguments through std.sys.argv(); argv()[0] is the program.

from std.sys import argv

def main():
    var args = argv()
    print("count", len(args) - 1)
    for i in range(1, len(args)):
        print(i, args[i])

# CHECK: count 2
# CHECK-NEXT: 1 first
# CHECK-NEXT: 2 two words
# EXE: count 1
# EXE-NEXT: 1 alpha

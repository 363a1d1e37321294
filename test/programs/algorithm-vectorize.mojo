# RUN: %ignis run %s | FileCheck %s --match-full-lines
# vectorize: whole vectors, then the tail one element at a time; with
# unroll_factor; unroll; elementwise.

from std.algorithm import vectorize, unroll, elementwise
from std.memory import alloc

def main():
    var n = 13
    var data = alloc[Float32](n)
    for i in range(n):
        data[i] = Float32(i)

    var log = String()
    def show[width: Int](i: Int):
        log += String(width) + "@" + String(i) + " "
    vectorize[show, 4](n)
    print(log)

    def scale[width: Int](i: Int):
        (data + i).store[width]((data + i).load[width]() * 2)
    vectorize[scale, 4](n)
    var line = String()
    for i in range(n):
        line += String(Int(data[i])) + " "
    print(line)

    var log2 = String()
    def show2[width: Int](i: Int):
        log2 += String(width) + "@" + String(i) + " "
    vectorize[show2, 2, unroll_factor=2](11)
    print(log2)

    var order = String()
    def step[idx: Int]():
        order += String(idx * idx) + " "
    unroll[step, 5]()
    print(order)

    var seen = 0
    def count[width: Int](i: Int):
        seen += width
    elementwise[count, 8](20)
    print(seen)
    data.free()

# CHECK: 4@0 4@4 4@8 1@12
# CHECK-NEXT: 0 2 4 6 8 10 12 14 16 18 20 22 24
# CHECK-NEXT: 2@0 2@2 2@4 2@6 2@8 1@10
# CHECK-NEXT: 0 1 4 9 16
# CHECK-NEXT: 20

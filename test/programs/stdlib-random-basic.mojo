# RUN: %ignis run %s | FileCheck %s --match-full-lines
# std.random: a seeded generator (xoshiro256**) gives the same numbers on
# every run; each function stays in its documented range.
from std.random import (
    seed,
    random_float64,
    random_si64,
    random_ui64,
    randint,
    rand,
    randn,
    randn_float64,
    shuffle,
)
from std import random


def main():
    seed(42)
    var first = random_float64()
    var second = random_si64(-100, 100)
    seed(42)
    print(first == random_float64(), second == random_si64(-100, 100))
    # CHECK: True True
    seed(42)
    print(random_float64())
    # CHECK-NEXT: 0.08386297105988216
    print(random_float64(10.0, 20.0))
    # CHECK-NEXT: 13.789802506626685
    print(random_si64(-100, 100), random_ui64(0, 100))
    # CHECK-NEXT: -26 50
    print(random_si64(7, 7), random_ui64(3, 3))
    # CHECK-NEXT: 7 3

    var ok = True
    for _ in range(10000):
        var f = random_float64(-1.0, 1.0)
        var i = random_si64(-3, 3)
        var u = random_ui64(10, 12)
        if f < -1.0 or f >= 1.0 or i < -3 or i > 3 or u < 10 or u > 12:
            ok = False
    print("in range:", ok)
    # CHECK-NEXT: in range: True

    var ints = List[Int32](length=8, fill=Int32(0))
    randint(ints, -5, 5)
    print(ints)
    # CHECK-NEXT: [{{(-?[0-5], ){7}-?[0-5]}}]
    var bytes = List[UInt8](length=6, fill=UInt8(0))
    rand(bytes, min=0.0, max=1000.0)
    print(len(bytes))
    # CHECK-NEXT: 6
    var quarters = List[Float32](length=5, fill=Float32(0))
    rand(quarters.unsafe_ptr(), len(quarters), min=0.0, max=1.0, int_scale=2)
    var quantised = True
    for q in quarters:
        if q != Float32(0) and q != Float32(0.25) and q != Float32(0.5) and q != Float32(0.75):
            quantised = False
    print("quantised:", quantised)
    # CHECK-NEXT: quantised: True

    # The sample mean and variance of 20000 normals.
    var normals = List[Float64](length=20000, fill=0.0)
    randn(normals, mean=5.0, standard_deviation=2.0)
    var total = 0.0
    for x in normals:
        total += x
    var mean = total / 20000.0
    var var_sum = 0.0
    for x in normals:
        var_sum += (x - mean) * (x - mean)
    var variance = var_sum / 20000.0
    print(abs(mean - 5.0) < 0.1, abs(variance - 4.0) < 0.2)
    # CHECK-NEXT: True True
    print(abs(randn_float64()) < 10.0)
    # CHECK-NEXT: True

    var items: List[Int] = [0, 1, 2, 3, 4, 5]
    shuffle(items)
    var seen = 0
    for v in items:
        seen |= 1 << v
    print(len(items), seen)
    # CHECK-NEXT: 6 63

    # `from std import random` and a clock seed.
    random.seed()
    var r = random.random_float64()
    print(r >= 0.0 and r < 1.0)
    # CHECK-NEXT: True

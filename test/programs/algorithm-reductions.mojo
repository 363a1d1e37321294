# RUN: %ignis run %s | FileCheck %s --match-full-lines
# Reductions over spans; parallelize and sync_parallelize (each work item
# writes its own slot, so the result is deterministic); std.time and
# std.benchmark (the shape of the report, not timings).

from std.algorithm import sum, max, min, mean, parallelize, sync_parallelize
from std.memory import alloc, Span
from std.time import perf_counter_ns, time_function, sleep
from std import benchmark

def main() raises:
    var n = 4
    var p = alloc[Float64](n)
    for i in range(n):
        p[i] = Float64((i * 7) % 5) + 0.5
    var s = Span[Float64](ptr=p, length=n)
    print(sum(s), max(s), min(s), mean(s))

    var q = alloc[Int32](4)
    q[0] = 3
    q[1] = -8
    q[2] = 12
    q[3] = 1
    var si = Span[Int32](ptr=q, length=4)
    print(sum(si), max(si), min(si))
    try:
        _ = max(Span[Int32](ptr=q, length=0))
    except e:
        print("error:", e)

    var out = alloc[Int](100)
    def work(i: Int):
        out[i] = i * i
    parallelize[work](100)
    var total = 0
    for i in range(100):
        total += out[i]
    print(total)
    def work2(i: Int):
        out[i] = 2 * i
    sync_parallelize[work2](100)
    total = 0
    for i in range(100):
        total += out[i]
    print(total)

    var t0 = perf_counter_ns()
    sleep(0.002)
    var t1 = perf_counter_ns()
    print(t1 - t0 >= 2000000)

    var runs = 0
    def body():
        runs += 1
    var ns = time_function[body]()
    print(runs, ns >= 0)

    runs = 0
    # Warm-up 1, then batches of 10 and 100 (at most tenfold growth); a
    # third of 1000 would pass max_iters. The last tenth of the batches
    # (the batch of 100) count.
    var report = benchmark.run[body](max_iters=1000, min_runtime_secs=0.0)
    print(report.iters(), runs, len(report.runs), report.mean() >= 0.0, report.duration() >= 0.0)
    print(report.mean("ns") >= report.mean("us"), report.mean("ms") >= report.mean())
    p.free()
    q.free()
    out.free()

# CHECK: 9.0 4.5 0.5 2.25
# CHECK-NEXT: 8 12 -8
# CHECK-NEXT: error: max of an empty span
# CHECK-NEXT: 328350
# CHECK-NEXT: 9900
# CHECK-NEXT: True
# CHECK-NEXT: 1 True
# CHECK-NEXT: 100 111 2 True True
# CHECK-NEXT: True True

# std.benchmark's Bench: named benchmarks run in batches and printed as one
# table (timings vary, so the numbers are matched by pattern), BenchConfig,
# BenchId with an input id, throughput measures, -t (test mode), and
# DeviceContext work timed through max.benchmark.bencher_iter_custom.
# RUN: %ignis run %s | FileCheck %s
# RUN: %ignis run %s -t | FileCheck %s --check-prefix=TEST

from std.benchmark import Bench, BenchConfig, Bencher, BenchId, BenchMetric, ThroughputMeasure, Format, keep
from std.gpu.host import DeviceContext
from max.benchmark import bencher_iter_custom

def work(mut b: Bencher) raises:
    var s = 0
    def body() raises {mut s}:
        for i in range(100):
            s += i
    b.iter(body)
    keep(s)

def on_device(mut b: Bencher) raises:
    var ctx = DeviceContext()
    var buf = ctx.enqueue_create_buffer[DType.int32](16)
    def workflow(ctx: DeviceContext) raises {imm}:
        buf.enqueue_fill(7)
    bencher_iter_custom(b, workflow, ctx)
    with buf.map_to_host() as h:
        print("device:", h[15])

def main() raises:
    var bench = Bench(BenchConfig(max_iters=100, num_warmup_iters=1))
    bench.bench_function(work, BenchId("sum100"))
    bench.bench_function(lambda (mut b: Bencher) raises: work(b), BenchId("sum", "x"), [ThroughputMeasure(BenchMetric.elements, 100)])
    bench.bench_function(on_device, BenchId("fill"))
    if len(bench.info_vec) == 0:
        print(bench)
        return
    print(bench.info_vec[0].result.iters(), len(bench.info_vec[0].result.runs), bench.info_vec[1].name)
    print(bench)
    bench.config.format = Format.csv
    print(bench)
    print(String(BenchMetric.bytes), ThroughputMeasure("Arithmetic", 10).metric.unit)
    # An error of the benchmarked function stops its benchmark and reaches
    # the caller; nothing is recorded for it.
    def failing(mut b: Bencher) raises:
        raise Error("bench failed at ", b.num_iters)
    try:
        bench.bench_function(failing, BenchId("bad"))
    except e:
        print("caught:", e, len(bench.info_vec))

# Warm-up 1, then one batch of 10 (max_iters=100 allows no 100 more): the
# device benchmark runs twice.
# CHECK: Running sum100
# CHECK-NEXT: Running sum/input_id:x
# CHECK-NEXT: Running fill
# CHECK-NEXT: device: 7
# CHECK-NEXT: device: 7
# CHECK-NEXT: 10 1 sum/input_id:x
# CHECK-NEXT: | name           | met (ms){{ *}} | iters | throughput (GElems/s){{ *}} |
# CHECK-NEXT: | -------------- | --------{{-*}} | ----- | ---------------------{{-*}} |
# CHECK-NEXT: | sum100         | {{[0-9.e+-]+ *}} | 10    | N/A {{ *}}|
# CHECK-NEXT: | sum/input_id:x | {{[0-9.e+-]+ *}} | 10    | {{[0-9.e+-]+ *}} |
# CHECK-NEXT: | fill           | {{[0-9.e+-]+ *}} | 10    | N/A {{ *}}|
# CHECK-EMPTY:
# CHECK-NEXT: name,met (ms),iters,throughput (GElems/s)
# CHECK-NEXT: "sum100",{{[0-9.e+-]+}},10,N/A
# CHECK-NEXT: "sum/input_id:x",{{[0-9.e+-]+}},10,{{[0-9.e+-]+}}
# CHECK-NEXT: "fill",{{[0-9.e+-]+}},10,N/A
# CHECK-EMPTY:
# CHECK-NEXT: DataMovement (GB/s) GFLOPS/s
# CHECK-NEXT: Running bad
# CHECK-NEXT: caught: bench failed at 1 3

# Test mode: each function once, with one iteration, and nothing recorded.
# TEST-NOT: Running
# TEST: device: 7
# TEST-NEXT: | name | met (ms) | itersNo benchmarks recorded...

# std.benchmark's run-once machinery is cold: BenchConfig's __init__ (argv
# parsing), Bench's __init__, _record (once per benchmark, outside the timed
# closure) and dump_report are @no_inline in the stdlib, so they stay calls
# built for size (optsize). The timed closure around the user's function is
# left as it was, and the program still runs its benchmark.
# RUN: %ignis build -O2 --emit=llvm %s -o %t.ll
# RUN: FileCheck %s --check-prefix=CONFIG < %t.ll
# RUN: FileCheck %s --check-prefix=RECORD < %t.ll
# RUN: FileCheck %s --check-prefix=TIMED < %t.ll
# RUN: %ignis run %s | FileCheck %s
# CONFIG: define {{.*}}@_ignis_BenchConfig___init__{{[^ ]*}}({{.*}} #[[A:[0-9]+]] {
# CONFIG: attributes #[[A]] = { {{.*}}noinline{{.*}}optsize
# RECORD: define {{.*}}@_ignis_Bench__record{{[^ ]*}}({{.*}} #[[A:[0-9]+]] {
# RECORD: attributes #[[A]] = { {{.*}}noinline{{.*}}optsize
# TIMED: define {{.*}}@"_ignis_Bench_timed{{[^ ]*}}$clo"({{.*}} #[[A:[0-9]+]] {
# TIMED-NOT: attributes #[[A]] = { {{.*}}optsize
# TIMED: attributes #[[A]] = {
# CHECK: sum 4950
# CHECK: | name

from std.benchmark import Bench, BenchConfig, Bencher, BenchId, keep


def work(mut b: Bencher) raises:
    var s = 0

    def body() raises {mut s}:
        for i in range(100):
            s += i

    b.iter(body)
    keep(s)


def main() raises:
    var total = 0
    for i in range(100):
        total += i
    print("sum", total)
    var bench = Bench(BenchConfig(max_iters=10, num_warmup_iters=1))
    bench.bench_function[work](BenchId("work"))
    bench.dump_report()

# RUN: env IGNIS_COMPTIME_STATS=1 %ignis build --emit=sema %s 2>&1 | FileCheck %s
# RUN: env IGNIS_COMPTIME_STATS=1 IGNIS_COMPTIME_MEMO=0 %ignis build --emit=sema %s 2>&1 | FileCheck %s --check-prefix=NOMEMO
# IGNIS_COMPTIME_STATS=1 prints the interpreter's totals at exit (what
# bench/comptime reports): evaluations, steps, calls, memoised calls
# answered, and its CPU time per step. Steps count the same with and
# without memoisation where no call is answered from memory.

def fib(n: Int) -> Int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def triangle(n: Int) -> Int:
    var t = 0
    for i in range(n):
        t += i
    return t


comptime F = fib(18)
comptime T = triangle(100)


def main():
    print(F, T)

# CHECK: comptime-stats: runs=2 steps={{[1-9][0-9]*}} calls={{[1-9][0-9]*}} memo-hits={{[1-9][0-9]*}} time-ms={{[0-9.]+}} ns-per-step={{[0-9.]+}}
# NOMEMO: comptime-stats: runs=2 steps={{[1-9][0-9]*}} calls={{[1-9][0-9]*}} memo-hits=0 time-ms={{[0-9.]+}} ns-per-step={{[0-9.]+}}

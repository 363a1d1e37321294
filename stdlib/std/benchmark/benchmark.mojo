# Benchmarks: time a function in batches of growing size and report the
# batches (Mojo 1.0's std.benchmark.run, Report, Batch and Unit).

from std.time import perf_counter_ns
from std.utils.numerics import max_finite, min_finite


struct Unit:
    """Time units a Report is read in."""
    comptime ns = "ns"
    comptime us = "us"
    comptime ms = "ms"
    comptime s = "s"

    @staticmethod
    def _divisor(unit: String) -> Int:
        if unit == "ns":
            return 1
        if unit == "us":
            return 1000
        if unit == "ms":
            return 1000000
        return 1000000000


@fieldwise_init
struct Batch(ImplicitlyCopyable, Writable):
    """One timed batch: its nanoseconds and iterations, and whether it counts
    in the report (the last tenth of the batches do)."""
    var duration: Int
    var iterations: Int
    var _is_significant: Bool

    def mean(self, unit: String = "s") -> Float64:
        """Time per iteration of this batch in unit."""
        return Float64(self.duration) / Float64(self.iterations) / Float64(Unit._divisor(unit))

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Batch(duration=", self.duration, "ns, iterations=", self.iterations, ", significant=", self._is_significant, ")")


struct Report(Copyable):
    """What a benchmark measured: the warm-up time and every batch."""
    var warmup_duration: Int
    var runs: List[Batch]

    def __init__(out self):
        self.warmup_duration = 0
        self.runs = List[Batch]()

    def __init__(out self, *, copy: Self):
        self.warmup_duration = copy.warmup_duration
        self.runs = copy.runs.copy()

    def iters(self) -> Int:
        """Iterations of the significant batches."""
        var n = 0
        for i in range(len(self.runs)):
            if self.runs[i]._is_significant:
                n += self.runs[i].iterations
        return n

    def duration(self, unit: String = "s") -> Float64:
        """Time the significant batches took, in unit."""
        var ns = 0
        for i in range(len(self.runs)):
            if self.runs[i]._is_significant:
                ns += self.runs[i].duration
        return Float64(ns) / Float64(Unit._divisor(unit))

    def mean(self, unit: String = "s") -> Float64:
        """Time per iteration over the significant batches, in unit."""
        return self.duration(unit) / Float64(self.iters())

    def min(self, unit: String = "s") -> Float64:
        """The fastest significant batch's time per iteration (0 with no
        batches)."""
        if len(self.runs) == 0:
            return 0.0
        var best = max_finite[DType.float64]()
        for i in range(len(self.runs)):
            if self.runs[i]._is_significant and self.runs[i].mean(unit) < best:
                best = self.runs[i].mean(unit)
        return best

    def max(self, unit: String = "s") -> Float64:
        """The slowest significant batch's time per iteration (0 with no
        batches)."""
        if len(self.runs) == 0:
            return 0.0
        var worst = min_finite[DType.float64]()
        for i in range(len(self.runs)):
            if self.runs[i]._is_significant and self.runs[i].mean(unit) > worst:
                worst = self.runs[i].mean(unit)
        return worst

    def as_string(self, unit: String = "s") -> String:
        """The short report as printed by print()."""
        var line = String("-") * 80
        var out = line + "\nBenchmark Report (" + unit + ")\n" + line + "\n"
        out += "Mean: " + String(self.mean(unit)) + "\n"
        out += "Total: " + String(self.duration(unit)) + "\n"
        out += "Iters: " + String(self.iters()) + "\n"
        out += "Warmup Total: " + String(Float64(self.warmup_duration) / Float64(Unit._divisor(unit))) + "\n"
        out += "Fastest Mean: " + String(self.min(unit)) + "\n"
        out += "Slowest Mean: " + String(self.max(unit)) + "\n"
        return out

    def print(self, unit: String = "s"):
        print(self.as_string(unit))

    def print_full(self, unit: String = "s"):
        """The short report, then every batch."""
        self.print(unit)
        for i in range(len(self.runs)):
            print("Batch:", i + 1)
            print("Iterations:", self.runs[i].iterations)
            print("Mean:", self.runs[i].mean(unit))
            print("Duration:", Float64(self.runs[i].duration) / Float64(Unit._divisor(unit)))
            print()


# The batch loop is one function for every benchmark: it takes the timing
# closure as a run-time value (`def(Int) -> Int`), so a program with twenty
# benchmarks compiles it once, not twenty times. The closure returns the
# nanoseconds of n calls, or -1 when the benchmarked function raised (it
# keeps the error; the caller raises it after the loop stops).


def _run_batches(
    timing_fn: def(Int) -> Int, num_warmup_iters: Int, max_iters: Int, min_runtime_secs: Float64, max_runtime_secs: Float64, max_batch_size: Int
) raises -> Report:
    """Times num_warmup_iters calls, then batches: each aims to last
    1.2 x min_runtime_secs by the previous batch's rate (max_iters when that
    is 0), grows at least by one and at most tenfold, and the first one is
    at most max_iters. Stops past max_runtime_secs, or once min_runtime_secs
    have passed and the next batch would exceed max_iters. The last tenth of
    the batches (and, with max_batch_size, every full batch) count. Stops at
    once when timing_fn fails (returns a negative time)."""
    var report = Report()
    var last_ns = 0
    var last_iters = 0
    if num_warmup_iters > 0:
        last_ns = timing_fn(num_warmup_iters)
        if last_ns < 0:
            return report^
        last_iters = num_warmup_iters
        report.warmup_duration = last_ns
    var min_ns = Int(min_runtime_secs * 1.0e9)
    var max_ns = Int(max_runtime_secs * 1.0e9)
    if max_ns <= min_ns:
        raise Error("max_runtime_secs should be strictly greater than min_runtime_secs")
    var done_iters = 0
    var spent = 0
    while spent < max_ns:
        var n = Float64(max_batch_size)
        if max_batch_size == 0:
            if last_ns > 0:
                if min_ns > 0:
                    n = 1.2 * Float64(min_ns) * Float64(last_iters) / Float64(last_ns)
                else:
                    n = Float64(max_iters)
            if n > Float64(10 * last_iters):
                n = Float64(10 * last_iters)
            if n < Float64(last_iters + 1):
                n = Float64(last_iters + 1)
            if n > 1.0e9:
                n = 1.0e9
            if done_iters == 0 and n > Float64(max_iters):
                n = Float64(max_iters)
        var count = Int(n)
        if spent >= min_ns and done_iters + count > max_iters:
            break
        last_ns = timing_fn(count)
        if last_ns < 0:
            return report^
        last_iters = count
        report.runs.append(Batch(last_ns, count, False))
        done_iters += count
        spent += last_ns
    var batches = len(report.runs)
    for i in range(batches):
        var full = max_batch_size > 0 and report.runs[i].iterations >= max_batch_size
        report.runs[i]._is_significant = full or Float64(i + 1) > 0.9 * Float64(batches)
    return report^


def _run_fixed(timing_fn: def(Int) -> Int, iterations: Int) -> Report:
    """One significant batch of exactly iterations calls (none when
    timing_fn fails)."""
    var report = Report()
    var ns = timing_fn(iterations)
    if ns >= 0:
        report.runs.append(Batch(ns, iterations, True))
    return report^


def run[func3: def() raises capturing -> None](
    num_warmup_iters: Int = 1, max_iters: Int = 1000000000, min_runtime_secs: Float64 = 0.1, max_runtime_secs: Float64 = 60, max_batch_size: Int = 0
) raises -> Report:
    """Benchmarks func3: warm-up calls, then timed batches (see Report)."""
    var failure = Optional[Error]()
    def timed(n: Int) -> Int:
        try:
            var start = perf_counter_ns()
            for _ in range(n):
                func3()
            return Int(perf_counter_ns() - start)
        except e:
            failure = e^
            return -1
    var report = _run_batches(timed, num_warmup_iters, max_iters, min_runtime_secs, max_runtime_secs, max_batch_size)
    if failure:
        raise failure.take()
    return report^


def run[*, func2: def() capturing -> None](
    num_warmup_iters: Int = 1, max_iters: Int = 1000000000, min_runtime_secs: Float64 = 0.1, max_runtime_secs: Float64 = 60, max_batch_size: Int = 0
) raises -> Report:
    """run for a function that does not raise."""
    def timed(n: Int) -> Int:
        var start = perf_counter_ns()
        for _ in range(n):
            func2()
        return Int(perf_counter_ns() - start)
    return _run_batches(timed, num_warmup_iters, max_iters, min_runtime_secs, max_runtime_secs, max_batch_size)


def run[*, func1: def() raises capturing -> None](
    num_warmup_iters: Int = 1, max_iters: Int = 1000000000, min_runtime_secs: Float64 = 0.1, max_runtime_secs: Float64 = 60, max_batch_size: Int = 0
) raises -> Report:
    """run for a raising function, named by keyword."""
    return run[func1](num_warmup_iters, max_iters, min_runtime_secs, max_runtime_secs, max_batch_size)


def run[*, func4: def() capturing -> None](
    num_warmup_iters: Int = 1, max_iters: Int = 1000000000, min_runtime_secs: Float64 = 0.1, max_runtime_secs: Float64 = 60, max_batch_size: Int = 0
) raises -> Report:
    """run for a function that does not raise, named by keyword."""
    return run[func2=func4](num_warmup_iters, max_iters, min_runtime_secs, max_runtime_secs, max_batch_size)


@always_inline
def keep[T: AnyType](value: T):
    """Keeps value alive so the optimiser cannot drop its computation."""
    pass


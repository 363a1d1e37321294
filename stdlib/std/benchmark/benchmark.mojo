# Benchmarks: repeat a closure until a time budget is spent.

from std.time import perf_counter_ns


struct Report(ImplicitlyCopyable):
    """What run measured: iterations and total nanoseconds."""
    var iters: Int
    var duration_ns: Int

    def __init__(out self, iters: Int, duration_ns: Int):
        self.iters = iters
        self.duration_ns = duration_ns

    def mean(self, unit: String = "s") -> Float64:
        """Mean time per iteration in unit: "s" (default), "ms", "us" or
        "ns"."""
        if self.iters == 0:
            return 0.0
        var ns = Float64(self.duration_ns) / Float64(self.iters)
        if unit == "ns":
            return ns
        if unit == "us":
            return ns / 1.0e3
        if unit == "ms":
            return ns / 1.0e6
        return ns / 1.0e9

    def mean_ns(self) -> Float64:
        if self.iters == 0:
            return 0.0
        return Float64(self.duration_ns) / Float64(self.iters)

    def duration(self) -> Float64:
        """Total measured seconds."""
        return Float64(self.duration_ns) / 1.0e9


def run[func: def() capturing -> None](
    num_warmup: Int = 1, max_iters: Int = 1000000000, min_runtime_secs: Float64 = 0.1, max_runtime_secs: Float64 = 1.0
) -> Report:
    """Runs func num_warmup times, then in growing batches until at least
    min_runtime_secs have passed (at most max_iters calls or
    max_runtime_secs), and reports the iterations and time."""
    for _ in range(num_warmup):
        func()
    var iters = 0
    var total = 0
    var batch = 1
    var min_ns = Int(min_runtime_secs * 1.0e9)
    var max_ns = Int(max_runtime_secs * 1.0e9)
    while iters < max_iters:
        var n = batch
        if iters + n > max_iters:
            n = max_iters - iters
        var start = Int(perf_counter_ns())
        for _ in range(n):
            func()
        total += Int(perf_counter_ns()) - start
        iters += n
        if total >= min_ns or total >= max_ns:
            break
        batch *= 2
    return Report(iters, total)


def keep[T: AnyType](value: T):
    """Keeps value alive so the optimiser cannot drop its computation."""
    pass

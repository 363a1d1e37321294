# std.benchmark: time functions in batches (run, Report) and run named
# benchmarks into one table (Bench, Bencher, BenchConfig, BenchId).

from std.benchmark.benchmark import run, Report, Batch, Unit, keep
from std.benchmark.bencher import (
    Bench,
    BenchConfig,
    Bencher,
    BenchId,
    BenchmarkInfo,
    BenchMetric,
    Format,
    Mode,
    ThroughputMeasure,
)

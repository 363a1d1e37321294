# std.benchmark: run a closure repeatedly and report the mean time.

from std.benchmark.benchmark import run, Report, keep

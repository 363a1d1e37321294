# std.time: monotonic clocks, sleeping and timing a function.

from std.time.time import perf_counter_ns, perf_counter, monotonic, sleep, time_function

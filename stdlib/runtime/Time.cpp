// Monotonic clock for std.time and benchmarks.
#include "ignis_runtime.h"

#include <time.h>

extern "C" int64_t ignis_rt_perf_counter_ns(void) {
  struct timespec T;
  clock_gettime(CLOCK_MONOTONIC, &T);
  return static_cast<int64_t>(T.tv_sec) * 1000000000 + T.tv_nsec;
}

extern "C" int64_t ignis_rt_sleep_ns(int64_t ns) {
  if (ns <= 0)
    return 0;
  struct timespec T;
  T.tv_sec = ns / 1000000000;
  T.tv_nsec = ns % 1000000000;
  while (nanosleep(&T, &T) != 0) {
  }
  return 0;
}

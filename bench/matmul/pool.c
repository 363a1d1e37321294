/* The runtime's thread pool (ignis_rt_parallel_for, stdlib/runtime/
   ThreadPool.cpp) beside LLVM's OpenMP runtime (libomp, `#pragma omp
   parallel for schedule(dynamic, 1)`) on the same loops: the cost of one
   parallel loop of N empty items (dispatch overhead) and of N items of
   ~WORK ns each. Prints "name items ns_per_loop" lines (best of REPS).
   Usage: pool [REPS]. Build (libgomp: Debian's libomp 14 is too old for
   clang-22's OpenMP code):
     gcc -O2 -fopenmp bench/matmul/pool.c build/lib/libIgnisRuntime.a \
         -lstdc++ -lm -o pool */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

void ignis_rt_parallel_for(int64_t n, void (*fn)(int64_t, void *), void *ctx);

static int64_t now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

static volatile double Sink[4096];

static void work(int64_t i, void *ctx) {
  int64_t spins = *(int64_t *)ctx;
  double x = (double)i;
  for (int64_t k = 0; k < spins; ++k)
    x = x * 1.0000001 + 0.5;
  Sink[i & 4095] = x;
}

int main(int argc, char **argv) {
  int reps = argc > 1 ? atoi(argv[1]) : 20;
  int64_t sizes[] = {2, 64, 1024};
  int64_t spins[] = {0, 1000};
  for (int s = 0; s < 2; ++s)
    for (int z = 0; z < 3; ++z) {
      int64_t n = sizes[z], sp = spins[s];
      int64_t best_pool = -1, best_omp = -1;
      for (int r = 0; r < reps; ++r) {
        int64_t t0 = now_ns();
        ignis_rt_parallel_for(n, work, &sp);
        int64_t t = now_ns() - t0;
        if (best_pool < 0 || t < best_pool)
          best_pool = t;
        t0 = now_ns();
#pragma omp parallel for schedule(dynamic, 1)
        for (int64_t i = 0; i < n; ++i)
          work(i, &sp);
        t = now_ns() - t0;
        if (best_omp < 0 || t < best_omp)
          best_omp = t;
      }
      printf("%s items=%lld ignis_pool=%lld ns libomp=%lld ns\n",
             sp ? "work~1us" : "empty", (long long)n, (long long)best_pool,
             (long long)best_omp);
    }
  return 0;
}

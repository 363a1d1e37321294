/* The OpenBLAS side of bench/matmul: cblas_sgemm on the same N x N f32
   matrices as matmul.mojo (same generator); prints "openblas NS CHECKSUM CPU_NS"
   (best of REPS, wall clock and process CPU time). Usage: sgemm [N] [REPS] */
#include <cblas.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int64_t now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

static int64_t cpu_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

static void fill(float *p, int64_t n, int64_t seed) {
  int64_t s = seed;
  for (int64_t i = 0; i < n; ++i) {
    s = (s * 1103515245 + 12345) & 0x7FFFFFFF;
    p[i] = (float)(s % 1000) / 1000.0f - 0.5f;
  }
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 1024;
  int reps = argc > 2 ? atoi(argv[2]) : 3;
  float *a = malloc(sizeof(float) * n * n), *b = malloc(sizeof(float) * n * n),
        *c = malloc(sizeof(float) * n * n);
  fill(a, (int64_t)n * n, 1);
  fill(b, (int64_t)n * n, 2);
  int64_t best = -1, best_cpu = -1;
  double sum = 0;
  for (int r = 0; r < reps; ++r) {
    memset(c, 0, sizeof(float) * n * n);
    int64_t t0 = now_ns(), u0 = cpu_ns();
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, n, n, n, 1.0f, a, n,
                b, n, 1.0f, c, n);
    int64_t t = now_ns() - t0, u = cpu_ns() - u0;
    if (best < 0 || t < best)
      best = t;
    if (best_cpu < 0 || u < best_cpu)
      best_cpu = u;
    sum = 0;
    for (int64_t i = 0; i < (int64_t)n * n; ++i)
      sum += (double)c[i] * (double)((i % 7) + 1);
  }
  printf("openblas %lld %f %lld\n", (long long)best, sum, (long long)best_cpu);
  free(a);
  free(b);
  free(c);
  return 0;
}

/* The kernels of lists.mojo in C: the same loops in the same order over
   plain arrays (a pointer and a length, no bounds checks). argv[1] picks the
   kernel; prints the same checksum. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N 10000
#define REPS 40000

__attribute__((noinline)) static int64_t sum(const int64_t *xs, int64_t n) {
  int64_t s = 0;
  for (int64_t i = 0; i < n; i++)
    s += xs[i];
  return s;
}

__attribute__((noinline)) static double dot(const double *a, const double *b,
                                            int64_t n) {
  double s = 0.0;
  for (int64_t i = 0; i < n; i++)
    s += a[i] * b[i];
  return s;
}

__attribute__((noinline)) static void stencil(double *dst, const double *src,
                                              int64_t n) {
  for (int64_t i = 1; i < n - 1; i++)
    dst[i] = (src[i - 1] + src[i] + src[i + 1]) * 0.25;
}

__attribute__((noinline)) static void prefix(int64_t *xs, int64_t n) {
  for (int64_t i = 1; i < n; i++)
    xs[i] = xs[i] + xs[i - 1];
}

__attribute__((noinline)) static void restore(int64_t *xs, const int64_t *saved,
                                              int64_t n) {
  for (int64_t i = 0; i < n; i++)
    xs[i] = saved[i];
}

int main(int argc, char **argv) {
  const char *kernel = argc > 1 ? argv[1] : "";
  int64_t *ints = malloc(N * sizeof(int64_t));
  double *a = malloc(N * sizeof(double)), *b = malloc(N * sizeof(double));
  for (int64_t i = 0; i < N; i++) {
    ints[i] = i % 7;
    a[i] = (double)(i % 13) * 0.5;
    b[i] = (double)(i % 5) + 0.25;
  }
  /* The List and Span variants are the same C. */
  int k = !strncmp(kernel, "sum", 3)       ? 0
          : !strncmp(kernel, "dot", 3)     ? 1
          : !strncmp(kernel, "stencil", 7) ? 2
          : !strncmp(kernel, "prefix", 6)  ? 3
                                           : -1;
  int64_t *saved = malloc(N * sizeof(int64_t));
  for (int64_t i = 0; i < N; i++)
    saved[i] = ints[i];
  double check = 0.0;
  int64_t reps = k == 0 || k == 2 ? 5 * REPS : REPS;
  for (int64_t r = 0; r < reps; r++) {
    ints[r % N] = r % 3;
    a[r % N] = (double)(r % 11);
    if (k == 0) {
      check += (double)sum(ints, N);
    } else if (k == 1) {
      check += dot(a, b, N);
    } else if (k == 2) {
      stencil(b, a, N);
      check += b[r % (N - 2) + 1];
    } else if (k == 3) {
      prefix(ints, N);
      check += (double)ints[N - 1];
      restore(ints, saved, N);
    }
  }
  printf("%s %.17g\n", kernel, check);
  return 0;
}

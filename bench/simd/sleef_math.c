/* The float32 x 8 functions of SLEEF 3.5 (Debian libsleef-dev, AVX2, 1-ulp
   "u10" variants) measured like bench/simd/mathacc.mojo: max ulp error
   against the double libm function over 2^20 points, and CPU ns per value.
   bench/simd/run.sh runs it when sleef.h is installed (docs/performance.md
   compares it with Ignis' polynomial and libm lowerings). */
#include <immintrin.h>
#include <math.h>
#include <stdio.h>
#include <time.h>
#include <sleef.h>
typedef __m256 (*vf)(__m256);
typedef double (*df)(double);
static double now(void) { return (double)clock() / CLOCKS_PER_SEC; }
static void run(const char *name, vf f, df ref, double lo, double hi) {
  int n = 1 << 20; double worst = 0, wx = 0;
  for (int i = 0; i < n; i += 8) {
    float xs[8], ys[8];
    for (int k = 0; k < 8; ++k) xs[k] = (float)(lo + (hi - lo) * (double)(i + k) / n);
    _mm256_storeu_ps(ys, f(_mm256_loadu_ps(xs)));
    for (int k = 0; k < 8; ++k) {
      double want = ref(xs[k]); double mag = fabs(want) < 1.1754943508222875e-38 ? 1.1754943508222875e-38 : fabs(want);
      double ulp = exp2(floor(log2(mag)) - 23); double e = fabs(ys[k] - want) / ulp;
      if (e > worst) { worst = e; wx = xs[k]; }
    }
  }
  float step = (float)((hi - lo) / 4096.0); __m256 acc = _mm256_setzero_ps();
  double t0 = now();
  for (int rep = 0; rep < 512; ++rep) {
    float b[8]; for (int k = 0; k < 8; ++k) b[k] = (float)lo + step * (float)(k + rep * 8);
    __m256 x = _mm256_loadu_ps(b), d = _mm256_set1_ps(step * 0.001f);
    for (int j = 0; j < 1024; ++j) { acc = _mm256_add_ps(acc, f(x)); x = _mm256_add_ps(x, d); }
  }
  double t1 = now(); float s[8]; _mm256_storeu_ps(s, acc);
  printf("%s max_ulp: %.2f at %g  ns/value: %.2f (%d)\n", name, worst, wx, (t1 - t0) * 1e9 / (512.0 * 1024 * 8), s[0] > 1e30f);
}
int main(void) {
  run("exp  ", (vf)Sleef_expf8_u10avx2, exp, -80, 80);
  run("log  ", (vf)Sleef_logf8_u10avx2, log, 1e-30, 1e30);
  run("sin  ", (vf)Sleef_sinf8_u10avx2, sin, -100, 100);
  run("cos  ", (vf)Sleef_cosf8_u10avx2, cos, -100, 100);
  run("tanh ", (vf)Sleef_tanhf8_u10avx2, tanh, -10, 10);
  run("atan ", (vf)Sleef_atanf8_u10avx2, atan, -100, 100);
  run("erf  ", (vf)Sleef_erff8_u10avx2, erf, -4, 4);
  run("log2 ", (vf)Sleef_log2f8_u10avx2, log2, 1e-30, 1e30);
  run("expm1", (vf)Sleef_expm1f8_u10avx2, expm1, -10, 10);
  run("log1p", (vf)Sleef_log1pf8_u10avx2, log1p, -0.9, 100);
  run("asin ", (vf)Sleef_asinf8_u10avx2, asin, -1, 1);
  run("acos ", (vf)Sleef_acosf8_u10avx2, acos, -1, 1);
  run("exp2 ", (vf)Sleef_exp2f8_u10avx2, exp2, -100, 100);
  return 0;
}

/* Escape-time Mandelbrot over a 1600x1000 grid, max_iter 200, in f64.
   Same algorithm and operation order as mandelbrot.mojo. */
#include <stdint.h>
#include <stdio.h>

static int64_t escape_time(double cx, double cy, int64_t max_iter) {
  double x = 0.0, y = 0.0;
  int64_t i = 0;
  while (i < max_iter && x * x + y * y <= 4.0) {
    double xt = x * x - y * y + cx;
    y = 2.0 * x * y + cy;
    x = xt;
    i += 1;
  }
  return i;
}

int main(void) {
  int64_t width = 1600, height = 1000, max_iter = 200;
  int64_t total = 0, inside = 0;
  for (int64_t row = 0; row < height; ++row) {
    double cy = -1.2 + 2.4 * (double)row / (double)height;
    for (int64_t col = 0; col < width; ++col) {
      double cx = -2.2 + 3.2 * (double)col / (double)width;
      int64_t n = escape_time(cx, cy, max_iter);
      total += n;
      if (n == max_iter)
        inside += 1;
    }
  }
  printf("iterations: %lld inside: %lld\n", (long long)total, (long long)inside);
  return 0;
}

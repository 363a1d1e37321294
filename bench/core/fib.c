/* Recursive Fibonacci: fib(40), as fib.mojo. */
#include <stdint.h>
#include <stdio.h>

static int64_t fib(int64_t n) {
  if (n < 2)
    return n;
  return fib(n - 1) + fib(n - 2);
}

int main(void) {
  printf("fib(40) = %lld\n", (long long)fib(40));
  return 0;
}

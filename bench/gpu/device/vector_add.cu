// The nvcc baseline for bench/gpu/bandwidth.mojo's vector add: the same
// one-element-per-thread kernel, and four per thread with float4, timed with
// CUDA events over 10 launches on 2^28 floats.
#include <cstdio>
#include <cuda_runtime.h>

__global__ void add1(float *out, const float *a, const float *b, long n) {
  long i = blockIdx.x * (long)blockDim.x + threadIdx.x;
  if (i < n) out[i] = a[i] + b[i];
}

__global__ void add4(float4 *out, const float4 *a, const float4 *b, long n4) {
  long i = blockIdx.x * (long)blockDim.x + threadIdx.x;
  if (i < n4) {
    float4 x = a[i], y = b[i];
    out[i] = make_float4(x.x + y.x, x.y + y.y, x.z + y.z, x.w + y.w);
  }
}

int main() {
  const long n = 1L << 28;
  float *a, *b, *c;
  cudaMalloc(&a, n * 4); cudaMalloc(&b, n * 4); cudaMalloc(&c, n * 4);
  cudaMemset(a, 0, n * 4); cudaMemset(b, 0, n * 4);
  cudaEvent_t s, e;
  cudaEventCreate(&s); cudaEventCreate(&e);
  float ms;
  add1<<<(n + 255) / 256, 256>>>(c, a, b, n);
  cudaEventRecord(s);
  for (int r = 0; r < 10; ++r) add1<<<(n + 255) / 256, 256>>>(c, a, b, n);
  cudaEventRecord(e); cudaEventSynchronize(e); cudaEventElapsedTime(&ms, s, e);
  printf("nvcc vector add, 1/thread: %.1f GB/s\n", 12.0 * n / (ms / 10 / 1e3) / 1e9);
  add4<<<(n / 4 + 255) / 256, 256>>>((float4 *)c, (const float4 *)a, (const float4 *)b, n / 4);
  cudaEventRecord(s);
  for (int r = 0; r < 10; ++r)
    add4<<<(n / 4 + 255) / 256, 256>>>((float4 *)c, (const float4 *)a, (const float4 *)b, n / 4);
  cudaEventRecord(e); cudaEventSynchronize(e); cudaEventElapsedTime(&ms, s, e);
  printf("nvcc vector add, 4/thread: %.1f GB/s\n", 12.0 * n / (ms / 10 / 1e3) / 1e9);
  return 0;
}

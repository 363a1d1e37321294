//===- cpu_device_bench.cpp - The cpu device against plain loops: a
// barrier-free vector add (fast path and fibers) and a barrier-heavy
// shared-memory reduction (fibers and regions) ---------------------------===//
//
// The kernels call the runtime the way codegen's cpu-device kernels do: an
// index call per id and a check before every load and store.
#include "gpu/runtime/ignis_gpu_runtime.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <vector>

namespace {

template <typename T> T arg(void **Args, int I) {
  T V;
  std::memcpy(&V, Args[I], sizeof(T));
  return V;
}

void vectorAdd(void **Args) {
  auto *A = arg<const float *>(Args, 0);
  auto *B = arg<const float *>(Args, 1);
  auto *C = arg<float *>(Args, 2);
  auto N = arg<int64_t>(Args, 3);
  int64_t I =
      ignis_gpu_cpu_index(3) * ignis_gpu_cpu_index(6) + ignis_gpu_cpu_index(0);
  if (I >= N)
    return;
  ignis_gpu_cpu_check(&A[I], 4, 0, "bench.mojo:1:1");
  float X = A[I];
  ignis_gpu_cpu_check(&B[I], 4, 0, "bench.mojo:1:2");
  float Y = B[I];
  ignis_gpu_cpu_check(&C[I], 4, 1, "bench.mojo:1:3");
  C[I] = X + Y;
}

char SumSite;

void blockSum(void **Args) {
  auto *In = arg<const float *>(Args, 0);
  auto *Out = arg<float *>(Args, 1);
  auto *S = static_cast<float *>(ignis_gpu_cpu_shared(&SumSite, 256 * 4, 4));
  int64_t T = ignis_gpu_cpu_index(0), Dim = ignis_gpu_cpu_index(6);
  int64_t Blk = ignis_gpu_cpu_index(3);
  ignis_gpu_cpu_check(&In[Blk * Dim + T], 4, 0, "bench.mojo:2:1");
  float V = In[Blk * Dim + T];
  ignis_gpu_cpu_check(&S[T], 4, 1, "bench.mojo:2:2");
  S[T] = V;
  ignis_gpu_cpu_barrier("bench.mojo:2:3");
  for (int64_t Step = Dim / 2; Step > 0; Step /= 2) {
    if (T < Step) {
      ignis_gpu_cpu_check(&S[T + Step], 4, 0, "bench.mojo:2:4");
      ignis_gpu_cpu_check(&S[T], 4, 1, "bench.mojo:2:5");
      S[T] += S[T + Step];
    }
    ignis_gpu_cpu_barrier("bench.mojo:2:6");
  }
  if (T == 0) {
    ignis_gpu_cpu_check(&Out[Blk], 4, 1, "bench.mojo:2:7");
    Out[Blk] = S[0];
  }
}

/// blockSum split at its barriers, as codegen splits a kernel
/// (IGNIS_KERNEL_REGIONS): the tree step lives in the thread's frame.
int64_t blockSumStep(void **Args, int64_t Resume, void *Frame) {
  auto *In = arg<const float *>(Args, 0);
  auto *Out = arg<float *>(Args, 1);
  auto *S = static_cast<float *>(ignis_gpu_cpu_shared(&SumSite, 256 * 4, 4));
  int64_t T = ignis_gpu_cpu_index(0), Dim = ignis_gpu_cpu_index(6);
  int64_t Blk = ignis_gpu_cpu_index(3);
  int64_t &Step = *static_cast<int64_t *>(Frame);
  if (Resume == 0) {
    ignis_gpu_cpu_check(&In[Blk * Dim + T], 4, 0, "bench.mojo:2:1");
    float V = In[Blk * Dim + T];
    ignis_gpu_cpu_check(&S[T], 4, 1, "bench.mojo:2:2");
    S[T] = V;
    Step = Dim / 2;
    ignis_gpu_cpu_barrier_arrive("bench.mojo", 2, 3);
    return 1;
  }
  if (Step > 0) {
    if (T < Step) {
      ignis_gpu_cpu_check(&S[T + Step], 4, 0, "bench.mojo:2:4");
      ignis_gpu_cpu_check(&S[T], 4, 1, "bench.mojo:2:5");
      S[T] += S[T + Step];
    }
    Step /= 2;
    ignis_gpu_cpu_barrier_arrive("bench.mojo", 2, 6);
    return 1;
  }
  if (T == 0) {
    ignis_gpu_cpu_check(&Out[Blk], 4, 1, "bench.mojo:2:7");
    Out[Blk] = S[0];
  }
  return -1;
}

template <typename Fn> double bestSeconds(int Runs, Fn F) {
  double Best = 1e30;
  for (int R = 0; R < Runs; ++R) {
    auto T0 = std::chrono::steady_clock::now();
    F();
    std::chrono::duration<double> D = std::chrono::steady_clock::now() - T0;
    Best = std::min(Best, D.count());
  }
  return Best;
}

void check(int64_t Status) {
  if (Status) {
    std::fprintf(stderr, "bench: %s\n", ignis_gpu_last_error());
    std::exit(1);
  }
}

} // namespace

int main() {
  void *Ctx = ignis_gpu_ctx_create("cpu", 3, 0);
  int64_t Workers = 0;
  check(ignis_gpu_attribute(Ctx, 16, &Workers));
  const int64_t N = 1 << 24, Block = 256, Grid = N / Block;
  std::vector<float> A(N), B(N), C(N);
  for (int64_t I = 0; I < N; ++I) {
    A[size_t(I)] = float(I % 1000);
    B[size_t(I)] = 1.0f;
  }
  void *DA, *DB, *DC, *DS;
  check(ignis_gpu_alloc(Ctx, N * 4, &DA));
  check(ignis_gpu_alloc(Ctx, N * 4, &DB));
  check(ignis_gpu_alloc(Ctx, N * 4, &DC));
  check(ignis_gpu_alloc(Ctx, Grid * 4, &DS));
  check(ignis_gpu_memcpy(Ctx, DA, A.data(), N * 4, IGNIS_GPU_HOST_TO_DEVICE));
  check(ignis_gpu_memcpy(Ctx, DB, B.data(), N * 4, IGNIS_GPU_HOST_TO_DEVICE));

  // A plain loop over the same data (one core, auto-vectorised).
  auto *PA = static_cast<const float *>(DA),
       *PB = static_cast<const float *>(DB);
  auto *PC = static_cast<float *>(DC);
  double Loop = bestSeconds(5, [&] {
    asm volatile("" ::: "memory");
    for (int64_t I = 0; I < N; ++I)
      PC[I] = PA[I] + PB[I];
    asm volatile("" ::: "memory");
  });
  int64_t NArg = N;
  void *Args[] = {&DA, &DB, &DC, &NArg};
  IgnisKernel Add = {};
  Add.name = "vector_add";
  Add.cpu_entry = vectorAdd;
  double Fast = bestSeconds(5, [&] {
    check(ignis_gpu_launch(Ctx, &Add, Grid, 1, 1, Block, 1, 1, 0, Args));
  });
  Add.flags = IGNIS_KERNEL_NEEDS_FIBERS;
  double Fibers = bestSeconds(3, [&] {
    check(ignis_gpu_launch(Ctx, &Add, Grid, 1, 1, Block, 1, 1, 0, Args));
  });

  volatile float Sum = 0;
  double SumLoop = bestSeconds(5, [&] {
    float S = 0;
    asm volatile("" ::: "memory");
    for (int64_t I = 0; I < N; ++I)
      S += PA[I];
    Sum = S;
    asm volatile("" ::: "memory");
  });
  IgnisKernel Reduce = {};
  Reduce.name = "block_sum";
  Reduce.cpu_entry = blockSum;
  Reduce.flags = IGNIS_KERNEL_NEEDS_FIBERS;
  void *RArgs[] = {&DA, &DS};
  double Red = bestSeconds(3, [&] {
    check(ignis_gpu_launch(Ctx, &Reduce, Grid, 1, 1, Block, 1, 1, 0, RArgs));
  });
  std::vector<float> Partial(static_cast<size_t>(Grid));
  check(ignis_gpu_memcpy(Ctx, Partial.data(), DS, Grid * 4,
                         IGNIS_GPU_DEVICE_TO_HOST));
  double Total = 0;
  for (float P : Partial)
    Total += P;
  IgnisKernel Regions = {};
  Regions.name = "block_sum_regions";
  Regions.cpu_entry = reinterpret_cast<void (*)(void **)>(blockSumStep);
  Regions.flags = IGNIS_KERNEL_REGIONS;
  Regions.cpu_frame_size = sizeof(int64_t);
  double Reg = bestSeconds(3, [&] {
    check(ignis_gpu_launch(Ctx, &Regions, Grid, 1, 1, Block, 1, 1, 0, RArgs));
  });
  check(ignis_gpu_memcpy(Ctx, Partial.data(), DS, Grid * 4,
                         IGNIS_GPU_DEVICE_TO_HOST));
  double RegTotal = 0;
  for (float P : Partial)
    RegTotal += P;

  std::printf("cpu device: %lld workers, %lld elements, blocks of %lld\n",
              static_cast<long long>(Workers), static_cast<long long>(N),
              static_cast<long long>(Block));
  std::printf("vector add  plain loop      %8.2f ms\n", Loop * 1e3);
  std::printf("vector add  fast path       %8.2f ms  (%.1fx the loop, %.2f "
              "ns/thread)\n",
              Fast * 1e3, Fast / Loop, Fast * 1e9 / double(N));
  std::printf("vector add  fibers          %8.2f ms  (%.1fx the loop, %.2f "
              "ns/thread)\n",
              Fibers * 1e3, Fibers / Loop, Fibers * 1e9 / double(N));
  std::printf("reduction   plain loop      %8.2f ms\n", SumLoop * 1e3);
  std::printf("reduction   fibers, 9 bar. %8.2f ms  (%.1fx the loop, %.2f "
              "ns/thread)  sum %.0f (loop %.0f)\n",
              Red * 1e3, Red / SumLoop, Red * 1e9 / double(N), Total,
              double(Sum));
  std::printf("reduction   regions         %8.2f ms  (%.1fx the loop, %.2f "
              "ns/thread)  sum %.0f\n",
              Reg * 1e3, Reg / SumLoop, Reg * 1e9 / double(N), RegTotal);
  ignis_gpu_ctx_destroy(Ctx);
  return 0;
}

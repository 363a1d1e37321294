// Helpers for the GPU runtime's unit tests: a cpu-device context, kernels
// written as C++ functions, and shorthands for the kernel-side calls.
#ifndef IGNIS_TEST_UNIT_GPU_GPUTESTSUPPORT_H
#define IGNIS_TEST_UNIT_GPU_GPUTESTSUPPORT_H

#include "gpu/runtime/ignis_gpu_runtime.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

namespace ignis::gpu::test {

inline int64_t tidX() { return ignis_gpu_cpu_index(0); }
inline int64_t tidY() { return ignis_gpu_cpu_index(1); }
inline int64_t tidZ() { return ignis_gpu_cpu_index(2); }
inline int64_t bidX() { return ignis_gpu_cpu_index(3); }
inline int64_t bdimX() { return ignis_gpu_cpu_index(6); }
inline int64_t lane() { return ignis_gpu_cpu_index(12); }
inline int64_t warpId() { return ignis_gpu_cpu_index(13); }
inline int64_t linearTid() {
  return tidX() + tidY() * ignis_gpu_cpu_index(6) +
         tidZ() * ignis_gpu_cpu_index(6) * ignis_gpu_cpu_index(7);
}

/// Argument I of a kernel as a T.
template <typename T> T arg(void **Args, int I) {
  T V;
  std::memcpy(&V, Args[I], sizeof(T));
  return V;
}

/// A checked load and store, as codegen emits them.
template <typename T> T load(const T *P, const char *Loc = "k.mojo:1:1") {
  ignis_gpu_cpu_check(P, sizeof(T), 0, Loc);
  return *P;
}
template <typename T> void store(T *P, T V, const char *Loc = "k.mojo:1:1") {
  ignis_gpu_cpu_check(P, sizeof(T), 1, Loc);
  *P = V;
}

inline IgnisKernel kernel(const char *Name, void (*Entry)(void **),
                          bool Fibers) {
  IgnisKernel K = {};
  K.name = Name;
  K.cpu_entry = Entry;
  K.flags = Fibers ? IGNIS_KERNEL_NEEDS_FIBERS : 0;
  return K;
}

/// A cpu-device context for one test.
class CpuDeviceTest : public ::testing::Test {
protected:
  void SetUp() override {
    Ctx = ignis_gpu_ctx_create("cpu", 3, 0);
    ASSERT_NE(Ctx, nullptr) << ignis_gpu_last_error();
  }
  void TearDown() override { ignis_gpu_ctx_destroy(Ctx); }

  template <typename T> T *deviceArray(int64_t N) {
    void *P = nullptr;
    EXPECT_EQ(ignis_gpu_alloc(Ctx, N * int64_t(sizeof(T)), &P), 0)
        << ignis_gpu_last_error();
    return static_cast<T *>(P);
  }
  template <typename T> T *upload(const std::vector<T> &V) {
    T *D = deviceArray<T>(int64_t(V.size()));
    EXPECT_EQ(ignis_gpu_memcpy(Ctx, D, V.data(), int64_t(V.size() * sizeof(T)),
                               IGNIS_GPU_HOST_TO_DEVICE),
              0);
    return D;
  }
  template <typename T> std::vector<T> download(const T *D, int64_t N) {
    std::vector<T> V(static_cast<size_t>(N));
    EXPECT_EQ(ignis_gpu_memcpy(Ctx, V.data(), D, N * int64_t(sizeof(T)),
                               IGNIS_GPU_DEVICE_TO_HOST),
              0)
        << ignis_gpu_last_error();
    return V;
  }
  /// Launches with 1-D grid and block; returns the status.
  int64_t launch(const IgnisKernel &K, int64_t Grid, int64_t Block,
                 std::vector<void *> Args, int64_t Shared = 0) {
    return ignis_gpu_launch(Ctx, &K, Grid, 1, 1, Block, 1, 1, Shared,
                            Args.data());
  }
  /// The message of a launch that must fail.
  std::string launchError(const IgnisKernel &K, int64_t Grid, int64_t Block,
                          std::vector<void *> Args, int64_t Shared = 0) {
    if (launch(K, Grid, Block, std::move(Args), Shared) == 0)
      return "<the launch succeeded>";
    return ignis_gpu_last_error();
  }

  void *Ctx = nullptr;
};

} // namespace ignis::gpu::test

#endif

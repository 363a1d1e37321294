// The cpu device's block entries (IGNIS_KERNEL_BLOCK_ENTRY) and region
// kernels (IGNIS_KERNEL_REGIONS), written by hand the way codegen emits them.
#include "GpuTestSupport.h"

#include <numeric>

using namespace ignis::gpu::test;

namespace {

using Step = int64_t (*)(void **, int64_t, void *);

IgnisKernel regionKernel(const char *Name, Step S, int64_t FrameSize) {
  IgnisKernel K = {};
  K.name = Name;
  K.cpu_entry = reinterpret_cast<void (*)(void **)>(S);
  K.flags = IGNIS_KERNEL_REGIONS;
  K.cpu_frame_size = FrameSize;
  return K;
}

/// Reverses each block's slice through shared memory; the value a thread
/// loaded lives in its frame across the barrier.
int64_t reverseStep(void **Args, int64_t Resume, void *Frame) {
  auto *Data = arg<int32_t *>(Args, 0);
  auto *S = static_cast<int32_t *>(ignis_gpu_cpu_dynamic_shared());
  auto *Mine = static_cast<int32_t *>(Frame);
  int64_t T = tidX(), N = bdimX(), Base = bidX() * N;
  if (Resume == 0) {
    store(Mine, load(&Data[Base + T])); // a local: accepted like the stack
    store(&S[T], *Mine);
    ignis_gpu_cpu_barrier_arrive("rev.mojo", 2, 3);
    return 1;
  }
  store(&Data[Base + T], load(&S[N - 1 - T]) * 1000 + *Mine);
  return -1;
}

TEST_F(CpuDeviceTest, RegionsKeepFramesAcrossBarriers) {
  std::vector<int32_t> V(512);
  std::iota(V.begin(), V.end(), 0);
  int32_t *D = upload(V);
  IgnisKernel K = regionKernel("reverse", reverseStep, 4);
  ASSERT_EQ(launch(K, 2, 256, {&D}, 256 * sizeof(int32_t)), 0)
      << ignis_gpu_last_error();
  auto Out = download(D, 512);
  for (int I = 0; I < 512; ++I)
    ASSERT_EQ(Out[size_t(I)], ((I / 256) * 256 + 255 - I % 256) * 1000 + I);
}

int64_t partialStep(void **, int64_t Resume, void *) {
  if (Resume == 0 && tidX() < 4) {
    ignis_gpu_cpu_barrier_arrive("p.mojo", 3, 9);
    return 1;
  }
  return -1;
}

TEST_F(CpuDeviceTest, RegionsReportPartialBarriers) {
  IgnisKernel K = regionKernel("partial", partialStep, 8);
  EXPECT_EQ(launchError(K, 1, 8, {}),
            "barrier reached by only part of the block in kernel 'partial': "
            "block (0, 0, 0): threads (0, 0, 0) to (3, 0, 0) wait at the "
            "barrier at p.mojo:3:9; threads (4, 0, 0) to (7, 0, 0) exited");
}

int64_t racyStep(void **, int64_t Resume, void *) {
  auto *S = static_cast<int32_t *>(ignis_gpu_cpu_dynamic_shared());
  int64_t T = tidX();
  if (Resume == 0) {
    store(&S[T], int32_t(T), "r.mojo:1:1");
    ignis_gpu_cpu_barrier_arrive("r.mojo", 2, 1);
    return 1;
  }
  // After the barrier reading a neighbour's value is fine (a new interval);
  // overwriting a value another thread read in this one is a race.
  (void)load(&S[(T + 1) % 4], "r.mojo:3:1");
  store(&S[T], int32_t(0), "r.mojo:4:1");
  return -1;
}

TEST_F(CpuDeviceTest, RegionsStartNewBarrierIntervals) {
  IgnisKernel K = regionKernel("racy", racyStep, 8);
  EXPECT_EQ(launchError(K, 1, 4, {}, 16),
            "data race on shared memory in kernel 'racy' at r.mojo:4:1: block "
            "(0, 0, 0), thread (1, 0, 0) wrote 4 bytes at offset 4 of shared "
            "memory that thread (0, 0, 0) read at r.mojo:3:1 with no barrier "
            "in between");
}

/// A block entry: the loop over the block's threads, as codegen compiles it.
void blockEntry(void **Args) {
  auto *Out = arg<int64_t *>(Args, 0);
  IgnisCpuThreadState *S = ignis_gpu_cpu_state();
  int64_t N = S->index[6];
  for (int64_t X = 0; X < N; ++X) {
    if (*S->stop_block < S->block_linear)
      return;
    S->index[0] = X;
    S->index[12] = X & 31;
    S->index[13] = X >> 5;
    S->thread_linear = X;
    store(&Out[bidX() * N + X], bidX() * 100 + tidX());
  }
}

TEST_F(CpuDeviceTest, BlockEntriesRunEveryThread) {
  int64_t *D = deviceArray<int64_t>(3 * 40);
  IgnisKernel K = kernel("entry", blockEntry, false);
  K.flags = IGNIS_KERNEL_BLOCK_ENTRY;
  ASSERT_EQ(launch(K, 3, 40, {&D}), 0) << ignis_gpu_last_error();
  auto Out = download(D, 120);
  for (int64_t I = 0; I < 120; ++I)
    ASSERT_EQ(Out[size_t(I)], I / 40 * 100 + I % 40);
  // A fault names the thread the entry's loop recorded.
  int64_t *Small = deviceArray<int64_t>(45);
  EXPECT_EQ(launchError(K, 3, 40, {&Small}),
            "out-of-bounds write in kernel 'entry' at k.mojo:1:1: block (1, 0, "
            "0), thread (5, 0, 0) wrote 8 bytes at offset 360 of a 360-byte "
            "device buffer");
}

} // namespace

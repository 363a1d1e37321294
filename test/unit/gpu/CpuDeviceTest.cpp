//===- CpuDeviceTest.cpp - Kernels on the cpu device: indices, shared memory,
// barriers, warp shuffles and votes, atomics, fast vs fiber path ---------===//
#include "GpuTestSupport.h"

#include <atomic>
#include <numeric>

using namespace ignis::gpu::test;

namespace {

// --- Vector add over many blocks
// ----------------------------------------------

void vectorAdd(void **Args) {
  auto *A = arg<const float *>(Args, 0);
  auto *B = arg<const float *>(Args, 1);
  auto *C = arg<float *>(Args, 2);
  auto N = arg<int64_t>(Args, 3);
  int64_t I = bidX() * bdimX() + tidX();
  if (I < N)
    store(&C[I], load(&A[I]) + load(&B[I]));
}

class CpuDevice : public CpuDeviceTest {
protected:
  std::vector<float> runVectorAdd(bool Fibers, int64_t N, int64_t Block) {
    std::vector<float> A(static_cast<size_t>(N)), B(A.size());
    for (int64_t I = 0; I < N; ++I) {
      A[size_t(I)] = float(I);
      B[size_t(I)] = float(2 * I + 1);
    }
    float *DA = upload(A), *DB = upload(B), *DC = deviceArray<float>(N);
    IgnisKernel K = kernel("vector_add", vectorAdd, Fibers);
    EXPECT_EQ(launch(K, (N + Block - 1) / Block, Block, {&DA, &DB, &DC, &N}), 0)
        << ignis_gpu_last_error();
    auto C = download(DC, N);
    ignis_gpu_free(Ctx, DA);
    ignis_gpu_free(Ctx, DB);
    ignis_gpu_free(Ctx, DC);
    return C;
  }
};

TEST_F(CpuDevice, VectorAddOverManyBlocks) {
  int64_t N = 100003;
  auto C = runVectorAdd(false, N, 256);
  for (int64_t I = 0; I < N; ++I)
    ASSERT_EQ(C[size_t(I)], float(3 * I + 1)) << "at " << I;
}

TEST_F(CpuDevice, FastPathAndFiberPathAgree) {
  auto Fast = runVectorAdd(false, 5000, 128);
  auto Fibers = runVectorAdd(true, 5000, 128);
  EXPECT_EQ(Fast, Fibers);
}

// --- Indices in three dimensions
// ----------------------------------------------

void writeIndices(void **Args) {
  auto *Out = arg<int64_t *>(Args, 0);
  int64_t Block =
      ignis_gpu_cpu_index(3) + ignis_gpu_cpu_index(4) * ignis_gpu_cpu_index(9) +
      ignis_gpu_cpu_index(5) * ignis_gpu_cpu_index(9) * ignis_gpu_cpu_index(10);
  int64_t Threads =
      ignis_gpu_cpu_index(6) * ignis_gpu_cpu_index(7) * ignis_gpu_cpu_index(8);
  int64_t *Rec = Out + (Block * Threads + linearTid()) * 8;
  for (int I = 0; I < 3; ++I)
    store(&Rec[I], ignis_gpu_cpu_index(I));
  for (int I = 0; I < 3; ++I)
    store(&Rec[3 + I], ignis_gpu_cpu_index(3 + I));
  store(&Rec[6], lane());
  store(&Rec[7], warpId());
}

TEST_F(CpuDevice, IndicesIn3D) {
  for (bool Fibers : {false, true}) {
    const int64_t G[3] = {2, 3, 2}, B[3] = {5, 4, 3};
    int64_t Total = 12 * 60;
    int64_t *Out = deviceArray<int64_t>(Total * 8);
    IgnisKernel K = kernel("indices", writeIndices, Fibers);
    void *Args[] = {&Out};
    ASSERT_EQ(
        ignis_gpu_launch(Ctx, &K, G[0], G[1], G[2], B[0], B[1], B[2], 0, Args),
        0)
        << ignis_gpu_last_error();
    auto V = download(Out, Total * 8);
    for (int64_t Blk = 0; Blk < 12; ++Blk)
      for (int64_t T = 0; T < 60; ++T) {
        const int64_t *R = &V[size_t((Blk * 60 + T) * 8)];
        ASSERT_EQ(R[0], T % 5);
        ASSERT_EQ(R[1], T / 5 % 4);
        ASSERT_EQ(R[2], T / 20);
        ASSERT_EQ(R[3], Blk % 2);
        ASSERT_EQ(R[4], Blk / 2 % 3);
        ASSERT_EQ(R[5], Blk / 6);
        ASSERT_EQ(R[6], T % 32);
        ASSERT_EQ(R[7], T / 32);
      }
    ignis_gpu_free(Ctx, Out);
  }
}

// --- Shared memory tree reduction with barriers in a loop
// -----------------------

char ReduceSite;

void blockSum(void **Args) {
  auto *In = arg<const int64_t *>(Args, 0);
  auto *Out = arg<int64_t *>(Args, 1);
  auto *S = static_cast<int64_t *>(
      ignis_gpu_cpu_shared(&ReduceSite, 256 * sizeof(int64_t), 8));
  int64_t T = tidX();
  store(&S[T], load(&In[bidX() * bdimX() + T]), "red.mojo:3:5");
  ignis_gpu_cpu_barrier("red.mojo:4:5");
  for (int64_t Step = bdimX() / 2; Step > 0; Step /= 2) {
    if (T < Step)
      store(&S[T],
            load(&S[T], "red.mojo:6:9") + load(&S[T + Step], "red.mojo:6:20"),
            "red.mojo:6:9");
    ignis_gpu_cpu_barrier("red.mojo:7:5");
  }
  if (T == 0)
    store(&Out[bidX()], load(&S[0]));
}

TEST_F(CpuDevice, SharedMemoryTreeReduction) {
  const int64_t Blocks = 40, Threads = 256;
  std::vector<int64_t> In(size_t(Blocks * Threads));
  std::iota(In.begin(), In.end(), 1);
  int64_t *DIn = upload(In), *DOut = deviceArray<int64_t>(Blocks);
  IgnisKernel K = kernel("block_sum", blockSum, true);
  ASSERT_EQ(launch(K, Blocks, Threads, {&DIn, &DOut}), 0)
      << ignis_gpu_last_error();
  auto Out = download(DOut, Blocks);
  for (int64_t B = 0; B < Blocks; ++B) {
    int64_t First = B * Threads + 1, Last = First + Threads - 1;
    EXPECT_EQ(Out[size_t(B)], (First + Last) * Threads / 2) << "block " << B;
  }
}

// --- Dynamic shared memory
// ------------------------------------------------------

void reverseInBlock(void **Args) {
  auto *Data = arg<int32_t *>(Args, 0);
  auto *S = static_cast<int32_t *>(ignis_gpu_cpu_dynamic_shared());
  int64_t T = tidX(), N = bdimX(), Base = bidX() * N;
  store(&S[T], load(&Data[Base + T]));
  ignis_gpu_cpu_barrier("rev.mojo:2:3");
  store(&Data[Base + T], load(&S[N - 1 - T]));
}

TEST_F(CpuDevice, DynamicSharedMemory) {
  std::vector<int32_t> V(512);
  std::iota(V.begin(), V.end(), 0);
  int32_t *D = upload(V);
  IgnisKernel K = kernel("reverse", reverseInBlock, true);
  ASSERT_EQ(launch(K, 2, 256, {&D}, 256 * sizeof(int32_t)), 0)
      << ignis_gpu_last_error();
  auto Out = download(D, 512);
  for (int I = 0; I < 512; ++I)
    ASSERT_EQ(Out[size_t(I)], (I / 256) * 256 + 255 - I % 256);
}

// --- Warp shuffles
// ----------------------------------------------------------------

uint64_t shfl(int64_t Mode, int64_t V, int64_t Arg, int64_t Width = 32) {
  return ignis_gpu_cpu_shuffle(Mode, static_cast<uint64_t>(V), Arg, Width);
}

void shuffles(void **Args) {
  auto *Out = arg<int64_t *>(Args, 0);
  int64_t T = linearTid(), V = T + 1;
  // down: a tree sum into lane 0.
  int64_t Down = V;
  for (int64_t O = 16; O > 0; O /= 2)
    Down += static_cast<int64_t>(shfl(2, Down, O));
  // xor: a butterfly that leaves the sum in every lane.
  int64_t Xor = V;
  for (int64_t M = 16; M > 0; M /= 2)
    Xor += static_cast<int64_t>(shfl(3, Xor, M));
  // idx: lane 3's value everywhere; in segments of 8, each segment's lane 1.
  int64_t Idx = static_cast<int64_t>(shfl(0, V, 3));
  int64_t Seg = static_cast<int64_t>(shfl(0, V, 1, 8));
  // up: an inclusive prefix sum (lanes below the offset keep their value).
  int64_t Scan = V;
  for (int64_t O = 1; O < 32; O *= 2) {
    int64_t Up = static_cast<int64_t>(shfl(1, Scan, O));
    if (lane() >= O)
      Scan += Up;
  }
  // down by 1 within segments of 4: the segment's last lane keeps its own.
  int64_t Down4 = static_cast<int64_t>(shfl(2, V, 1, 4));
  int64_t *R = Out + T * 6;
  store(&R[0], Down);
  store(&R[1], Xor);
  store(&R[2], Idx);
  store(&R[3], Seg);
  store(&R[4], Scan);
  store(&R[5], Down4);
}

TEST_F(CpuDevice, WarpShuffles) {
  int64_t *Out = deviceArray<int64_t>(64 * 6);
  IgnisKernel K = kernel("shuffles", shuffles, true);
  ASSERT_EQ(launch(K, 1, 64, {&Out}), 0) << ignis_gpu_last_error();
  auto V = download(Out, 64 * 6);
  for (int64_t T = 0; T < 64; ++T) {
    int64_t W = T / 32, L = T % 32, First = W * 32 + 1;
    int64_t WarpSum = (First + First + 31) * 32 / 2;
    const int64_t *R = &V[size_t(T * 6)];
    if (L == 0)
      EXPECT_EQ(R[0], WarpSum) << "down, thread " << T;
    EXPECT_EQ(R[1], WarpSum) << "xor, thread " << T;
    EXPECT_EQ(R[2], W * 32 + 4) << "idx, thread " << T;
    EXPECT_EQ(R[3], W * 32 + (L / 8) * 8 + 2) << "idx width 8, thread " << T;
    EXPECT_EQ(R[4], (First + T + 1) * (L + 1) / 2) << "up, thread " << T;
    EXPECT_EQ(R[5], L % 4 == 3 ? T + 1 : T + 2) << "down width 4, thread " << T;
  }
}

// --- Votes, ballot, active mask
// ------------------------------------------------------

void votes(void **Args) {
  auto *Out = arg<int64_t *>(Args, 0);
  int64_t T = linearTid();
  int64_t *R = Out + T * 6;
  store(&R[0], ignis_gpu_cpu_vote(0, 1));           // all, true everywhere
  store(&R[1], ignis_gpu_cpu_vote(0, lane() != 5)); // all, false in lane 5
  store(&R[2], ignis_gpu_cpu_vote(1, lane() == 7)); // any
  store(&R[3], ignis_gpu_cpu_vote(1, 0));           // any, false
  store(&R[4], ignis_gpu_cpu_vote(2, lane() % 2));  // ballot of odd lanes
  store(&R[5], ignis_gpu_cpu_vote(3, 0));           // active mask
}

TEST_F(CpuDevice, VotesBallotAndActiveMask) {
  // 40 threads: a full warp and a warp of 8 lanes.
  int64_t *Out = deviceArray<int64_t>(40 * 6);
  IgnisKernel K = kernel("votes", votes, true);
  ASSERT_EQ(launch(K, 1, 40, {&Out}), 0) << ignis_gpu_last_error();
  auto V = download(Out, 40 * 6);
  for (int64_t T = 0; T < 40; ++T) {
    const int64_t *R = &V[size_t(T * 6)];
    bool Full = T < 32;
    EXPECT_EQ(R[0], 1);
    EXPECT_EQ(R[1], 0);
    EXPECT_EQ(R[2], Full ? 1 : 1) << T; // lane 7 exists in both warps
    EXPECT_EQ(R[3], 0);
    EXPECT_EQ(R[4], Full ? 0xAAAAAAAA : 0xAA) << T;
    EXPECT_EQ(R[5], Full ? 0xFFFFFFFF : 0xFF) << T;
  }
}

void exitedLanesVote(void **Args) {
  auto *Out = arg<int64_t *>(Args, 0);
  if (lane() >= 16)
    return;
  store(&Out[tidX()], ignis_gpu_cpu_vote(3, 0));
}

TEST_F(CpuDevice, ExitedLanesLeaveTheActiveMask) {
  int64_t *Out = deviceArray<int64_t>(32);
  IgnisKernel K = kernel("half_warp", exitedLanesVote, true);
  ASSERT_EQ(launch(K, 1, 32, {&Out}), 0) << ignis_gpu_last_error();
  auto V = download(Out, 16);
  for (int64_t Mask : V)
    EXPECT_EQ(Mask, 0xFFFF);
}

// --- syncwarp orders shared memory within a warp
// ---------------------------------------

char WarpSite;

void warpExchange(void **Args) {
  auto *Out = arg<int64_t *>(Args, 0);
  auto *S = static_cast<int64_t *>(ignis_gpu_cpu_shared(&WarpSite, 64 * 8, 8));
  int64_t T = tidX();
  store(&S[T], T * 10, "w.mojo:1:1");
  ignis_gpu_cpu_syncwarp(-1);
  int64_t Neighbour = (T & ~31) + ((T + 1) & 31);
  store(&Out[T], load(&S[Neighbour], "w.mojo:3:1"));
}

TEST_F(CpuDevice, SyncwarpOrdersSharedMemoryInAWarp) {
  int64_t *Out = deviceArray<int64_t>(64);
  IgnisKernel K = kernel("warp_exchange", warpExchange, true);
  ASSERT_EQ(launch(K, 1, 64, {&Out}), 0) << ignis_gpu_last_error();
  auto V = download(Out, 64);
  for (int64_t T = 0; T < 64; ++T)
    EXPECT_EQ(V[size_t(T)], ((T & ~31) + ((T + 1) & 31)) * 10);
}

void halfWarpSync(void **Args) {
  auto *Out = arg<int64_t *>(Args, 0);
  static char Site;
  auto *S = static_cast<int64_t *>(ignis_gpu_cpu_shared(&Site, 32 * 8, 8));
  if (lane() >= 16) {
    // The other half waits at a barrier the first half reaches later.
    ignis_gpu_cpu_barrier("half.mojo:5:7");
    return;
  }
  store(&S[lane()], lane() + 100);
  ignis_gpu_cpu_syncwarp(0xFFFF);
  store(&Out[lane()], load(&S[15 - lane()]));
  ignis_gpu_cpu_barrier("half.mojo:10:3");
}

TEST_F(CpuDevice, SyncwarpWithAPartialMask) {
  int64_t *Out = deviceArray<int64_t>(16);
  IgnisKernel K = kernel("half_sync", halfWarpSync, true);
  ASSERT_EQ(launch(K, 1, 32, {&Out}), 0) << ignis_gpu_last_error();
  auto V = download(Out, 16);
  for (int64_t L = 0; L < 16; ++L)
    EXPECT_EQ(V[size_t(L)], 115 - L);
}

// --- Atomics across blocks running on different workers
// ---------------------------------

void countAtomically(void **Args) {
  auto *Counter = arg<int64_t *>(Args, 0);
  auto *Sum = arg<int64_t *>(Args, 1);
  ignis_gpu_cpu_check(Counter, 8, 2, "atomic.mojo:1:1");
  std::atomic_ref<int64_t>(*Counter).fetch_add(1, std::memory_order_relaxed);
  ignis_gpu_cpu_check(Sum, 8, 2, "atomic.mojo:2:1");
  std::atomic_ref<int64_t>(*Sum).fetch_add(bidX() * bdimX() + tidX(),
                                           std::memory_order_relaxed);
}

TEST_F(CpuDevice, AtomicsAcrossBlocks) {
  int64_t *D = deviceArray<int64_t>(2);
  ASSERT_EQ(ignis_gpu_memset(Ctx, D, 0, 8, 2, 0), 0);
  IgnisKernel K = kernel("count", countAtomically, false);
  int64_t *Sum = D + 1;
  ASSERT_EQ(launch(K, 1000, 128, {&D, &Sum}), 0) << ignis_gpu_last_error();
  auto V = download(D, 2);
  int64_t N = 1000 * 128;
  EXPECT_EQ(V[0], N);
  EXPECT_EQ(V[1], N * (N - 1) / 2);
}

// --- Locals, host buffers, and launching again
// ------------------------------------------

void useLocalsAndHostBuffer(void **Args) {
  auto *Host = arg<int64_t *>(Args, 0);
  int64_t Local[4] = {1, 2, 3, 4};
  store(&Local[tidX() % 4], int64_t(10));
  int64_t S = 0;
  for (int64_t &L : Local)
    S += load(&L);
  if (tidX() < 2)
    ignis_gpu_cpu_barrier("locals.mojo:9:1");
  else
    ignis_gpu_cpu_barrier("locals.mojo:11:1");
  store(&Host[tidX()], S);
}

const int64_t Table[4] = {5, 6, 7, 8};

TEST_F(CpuDevice, ProgramGlobalsPassTheCheck) {
  int64_t *Out = deviceArray<int64_t>(4);
  IgnisKernel K = kernel(
      "globals",
      [](void **Args) {
        auto *Out = arg<int64_t *>(Args, 0);
        store(&Out[tidX()], load(&Table[tidX()], "g.mojo:2:2"));
      },
      false);
  ASSERT_EQ(launch(K, 1, 4, {&Out}), 0) << ignis_gpu_last_error();
  EXPECT_EQ(download(Out, 4), std::vector<int64_t>({5, 6, 7, 8}));
}

TEST_F(CpuDevice, LocalsAndHostBuffersPassTheCheck) {
  void *H = nullptr;
  ASSERT_EQ(ignis_gpu_alloc_host(Ctx, 4 * 8, &H), 0);
  for (bool Fibers : {false, true}) {
    IgnisKernel K = kernel("locals", useLocalsAndHostBuffer, Fibers);
    if (!Fibers)
      K.cpu_entry = [](void **Args) {
        auto *Host = arg<int64_t *>(Args, 0);
        int64_t Local = 7;
        store(&Local, int64_t(8));
        store(&Host[tidX()], load(&Local) + 2);
      };
    ASSERT_EQ(launch(K, 1, 4, {&H}), 0) << ignis_gpu_last_error();
    auto *V = static_cast<int64_t *>(H);
    for (int I = 0; I < 4; ++I)
      EXPECT_EQ(V[I], Fibers ? 1 + 2 + 3 + 4 + 10 - (I % 4 + 1) : 10);
  }
  EXPECT_EQ(ignis_gpu_free_host(Ctx, H), 0);
}

} // namespace

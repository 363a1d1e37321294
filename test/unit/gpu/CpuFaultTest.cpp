//===- CpuFaultTest.cpp - Faults the cpu device reports, with their exact
// messages: out of bounds, partial barriers, deadlocks, races, limits ----===//
#include "GpuTestSupport.h"

using namespace ignis::gpu::test;

namespace {

using CpuFault = CpuDeviceTest;

void addTen(void **Args) {
  auto *P = arg<int32_t *>(Args, 0);
  int64_t I = tidX();
  store(&P[I], load(&P[I], "add.mojo:12:14") + 10, "add.mojo:12:5");
}

TEST_F(CpuFault, OutOfBoundsWrite) {
  int32_t *D = deviceArray<int32_t>(4);
  // The read of element 4 happens first: make reads of it legal by
  // checking the write in a kernel of its own.
  IgnisKernel K = kernel(
      "add_10",
      [](void **Args) {
        auto *P = arg<int32_t *>(Args, 0);
        store(&P[tidX()], int32_t(1), "add.mojo:12:5");
      },
      false);
  EXPECT_EQ(launchError(K, 1, 8, {&D}),
            "out-of-bounds write in kernel 'add_10' at add.mojo:12:5: block "
            "(0, 0, 0), thread (4, 0, 0) wrote 4 bytes at offset 16 of a "
            "16-byte device buffer");
}

TEST_F(CpuFault, OutOfBoundsRead) {
  int32_t *D = deviceArray<int32_t>(4);
  ASSERT_EQ(ignis_gpu_memset(Ctx, D, 0, 4, 4, 0), 0);
  IgnisKernel K = kernel("add_10", addTen, false);
  EXPECT_EQ(launchError(K, 1, 6, {&D}),
            "out-of-bounds read in kernel 'add_10' at add.mojo:12:14: block "
            "(0, 0, 0), thread (4, 0, 0) read 4 bytes at offset 16 of a "
            "16-byte device buffer");
  // The threads before the fault ran; the launch stopped at the fault.
  EXPECT_EQ(download(D, 4), std::vector<int32_t>(4, 10));
}

TEST_F(CpuFault, OutOfBoundsBeforeTheBufferAndFarAway) {
  int64_t *D = deviceArray<int64_t>(2);
  IgnisKernel Before = kernel(
      "before",
      [](void **Args) {
        auto *P = arg<int64_t *>(Args, 0);
        store(P - 1, int64_t(0), "b.mojo:1:1");
      },
      false);
  EXPECT_EQ(launchError(Before, 1, 1, {&D}),
            "out-of-bounds write in kernel 'before' at b.mojo:1:1: block "
            "(0, 0, 0), thread (0, 0, 0) wrote 8 bytes at offset -8 of a "
            "16-byte device buffer");
  IgnisKernel Far = kernel(
      "far",
      [](void **Args) {
        auto *P = arg<int64_t *>(Args, 0);
        (void)load(P + (1 << 24), "f.mojo:2:3");
      },
      false);
  EXPECT_EQ(launchError(Far, 1, 1, {&D}),
            "out-of-bounds read in kernel 'far' at f.mojo:2:3: block (0, 0, "
            "0), thread (0, 0, 0) read 8 bytes at an address outside every "
            "device buffer");
}

TEST_F(CpuFault, ReleasedBufferLivesUntilSynchronize) {
  // A view (a TileTensor, a raw pointer) may outlive its buffer's last use:
  // the memory stays valid for work launched before the next synchronize.
  int64_t *D = deviceArray<int64_t>(2);
  ASSERT_EQ(ignis_gpu_free(Ctx, D), 0);
  IgnisKernel K = kernel(
      "late",
      [](void **Args) {
        auto *P = arg<int64_t *>(Args, 0);
        ignis_gpu_cpu_check(P, 8, 2, "s.mojo:4:4");
      },
      false);
  EXPECT_EQ(launchError(K, 1, 1, {&D}), "<the launch succeeded>");
}

TEST_F(CpuFault, FreedBufferIsOutsideEveryBuffer) {
  int64_t *D = deviceArray<int64_t>(2);
  ASSERT_EQ(ignis_gpu_free(Ctx, D), 0);
  // A released buffer stays until the next synchronize (work enqueued
  // before the release may still use it); after that it is gone.
  ASSERT_EQ(ignis_gpu_synchronize(Ctx), 0);
  IgnisKernel K = kernel(
      "stale",
      [](void **Args) {
        auto *P = arg<int64_t *>(Args, 0);
        ignis_gpu_cpu_check(P, 8, 2, "s.mojo:4:4");
      },
      false);
  EXPECT_EQ(launchError(K, 1, 1, {&D}),
            "out-of-bounds atomic access in kernel 'stale' at s.mojo:4:4: "
            "block (0, 0, 0), thread (0, 0, 0) atomically accessed 8 bytes at "
            "an address outside every device buffer");
}

TEST_F(CpuFault, LowestFaultingBlockWinsDeterministically) {
  int32_t *D = deviceArray<int32_t>(64);
  // Every block from 3 on writes past the end; block 3's thread 1 first.
  IgnisKernel K = kernel(
      "strided",
      [](void **Args) {
        auto *P = arg<int32_t *>(Args, 0);
        int64_t I = bidX() * 20 + tidX();
        if (tidX() > 0)
          store(&P[I], int32_t(1), "s.mojo:5:7");
      },
      false);
  std::string First = launchError(K, 64, 20, {&D});
  EXPECT_EQ(First, "out-of-bounds write in kernel 'strided' at s.mojo:5:7: "
                   "block (3, 0, 0), thread (4, 0, 0) wrote 4 bytes at "
                   "offset 256 of a 256-byte device buffer");
  for (int I = 0; I < 5; ++I)
    EXPECT_EQ(launchError(K, 64, 20, {&D}), First);
}

TEST_F(CpuFault, SharedMemoryOutOfBounds) {
  static char Site;
  IgnisKernel K = kernel(
      "shared_oob",
      [](void **Args) {
        auto *S = static_cast<int32_t *>(ignis_gpu_cpu_shared(&Site, 64, 4));
        store(&S[tidX()], int32_t(0), "sh.mojo:2:2");
      },
      false);
  EXPECT_EQ(launchError(K, 1, 17, {}),
            "out-of-bounds write in kernel 'shared_oob' at sh.mojo:2:2: block "
            "(0, 0, 0), thread (16, 0, 0) wrote 4 bytes at offset 64 of the "
            "block's 64 bytes of shared memory");
}

TEST_F(CpuFault, ContextStaysUsableAfterAFault) {
  int32_t *D = deviceArray<int32_t>(4);
  IgnisKernel Bad = kernel("add_10", addTen, true);
  EXPECT_NE(launch(Bad, 1, 5, {&D}), 0);
  ASSERT_EQ(ignis_gpu_memset(Ctx, D, 1, 4, 4, 0), 0);
  EXPECT_EQ(launch(Bad, 1, 4, {&D}), 0) << ignis_gpu_last_error();
  EXPECT_EQ(download(D, 4), std::vector<int32_t>(4, 11));
}

// --- Barriers
// --------------------------------------------------------------------------

TEST_F(CpuFault, BarrierReachedByPartOfTheBlock) {
  IgnisKernel K = kernel(
      "partial",
      [](void **) {
        if (tidX() >= 16)
          return;
        ignis_gpu_cpu_barrier("p.mojo:3:9");
      },
      true);
  EXPECT_EQ(launchError(K, 2, 32, {}),
            "barrier reached by only part of the block in kernel 'partial': "
            "block (0, 0, 0): threads (0, 0, 0) to (15, 0, 0) wait at the "
            "barrier at p.mojo:3:9; threads (16, 0, 0) to (31, 0, 0) exited");
}

TEST_F(CpuFault, ShuffleAgainstBarrierDeadlocks) {
  IgnisKernel K = kernel(
      "mixed",
      [](void **) {
        if (tidX() == 0)
          ignis_gpu_cpu_barrier("m.mojo:2:5");
        else
          ignis_gpu_cpu_shuffle(2, 1, 1, 32);
      },
      true);
  EXPECT_EQ(launchError(K, 1, 32, {}),
            "deadlock in kernel 'mixed': block (0, 0, 0): thread (0, 0, 0) "
            "waits at the barrier at m.mojo:2:5; threads (1, 0, 0) to "
            "(31, 0, 0) wait at a warp shuffle");
}

TEST_F(CpuFault, VoteAgainstShuffleInOneWarpDeadlocks) {
  IgnisKernel K = kernel(
      "vote_shuffle",
      [](void **) {
        if (tidX() < 8)
          ignis_gpu_cpu_vote(1, 1);
        else
          ignis_gpu_cpu_shuffle(3, 1, 1, 32);
      },
      true);
  EXPECT_EQ(launchError(K, 1, 32, {}),
            "deadlock in kernel 'vote_shuffle': block (0, 0, 0): threads "
            "(0, 0, 0) to (7, 0, 0) wait at a warp vote; threads (8, 0, 0) to "
            "(31, 0, 0) wait at a warp shuffle");
}

TEST_F(CpuFault, BarrierInAKernelMarkedWithoutFibers) {
  IgnisKernel K = kernel(
      "unmarked", [](void **) { ignis_gpu_cpu_barrier("u.mojo:1:1"); }, false);
  EXPECT_EQ(launchError(K, 1, 4, {}),
            "kernel 'unmarked' called a barrier at u.mojo:1:1 but is not "
            "marked as using barriers (IgnisKernel.flags bit 0)");
}

// --- Races on shared memory
// ----------------------------------------------------------------

char RaceSite;

void readNeighbourWithoutBarrier(void **) {
  auto *S = static_cast<int32_t *>(ignis_gpu_cpu_shared(&RaceSite, 256, 4));
  store(&S[tidX()], int32_t(tidX()), "race.mojo:4:5");
  (void)load(&S[(tidX() + 1) % bdimX()], "race.mojo:5:13");
}

TEST_F(CpuFault, SharedMemoryRaceWithoutBarrier) {
  // Without fibers the threads run one by one: thread 0 reads thread 1's
  // slot before thread 1 writes it.
  IgnisKernel Fast = kernel("race", readNeighbourWithoutBarrier, false);
  EXPECT_EQ(launchError(Fast, 1, 8, {}),
            "data race on shared memory in kernel 'race' at race.mojo:4:5: "
            "block (0, 0, 0), thread (1, 0, 0) wrote 4 bytes at offset 4 of "
            "shared memory that thread (0, 0, 0) read at race.mojo:5:13 with "
            "no barrier in between");
  IgnisKernel Fibers = kernel("race", readNeighbourWithoutBarrier, true);
  EXPECT_EQ(launchError(Fibers, 1, 8, {}),
            "data race on shared memory in kernel 'race' at race.mojo:4:5: "
            "block (0, 0, 0), thread (1, 0, 0) wrote 4 bytes at offset 4 of "
            "shared memory that thread (0, 0, 0) read at race.mojo:5:13 with "
            "no barrier in between");
}

TEST_F(CpuFault, ReadAfterWriteRaceAcrossWarpsWithoutSyncwarpHelp) {
  static char Site;
  // Thread 40 (warp 1) reads what thread 0 (warp 0) wrote; a syncwarp
  // orders only a warp's own lanes.
  IgnisKernel K = kernel(
      "cross_warp",
      [](void **) {
        auto *S = static_cast<int32_t *>(ignis_gpu_cpu_shared(&Site, 4, 4));
        if (tidX() == 0)
          store(&S[0], int32_t(1), "x.mojo:3:7");
        ignis_gpu_cpu_syncwarp(-1);
        if (tidX() == 40)
          (void)load(&S[0], "x.mojo:6:7");
      },
      true);
  EXPECT_EQ(launchError(K, 1, 64, {}),
            "data race on shared memory in kernel 'cross_warp' at x.mojo:6:7: "
            "block (0, 0, 0), thread (40, 0, 0) read 4 bytes at offset 0 of "
            "shared memory that thread (0, 0, 0) wrote at x.mojo:3:7 with no "
            "barrier in between");
}

TEST_F(CpuFault, SameWarpWithoutSyncwarpRaces) {
  static char Site;
  IgnisKernel K = kernel(
      "no_syncwarp",
      [](void **) {
        auto *S = static_cast<int32_t *>(ignis_gpu_cpu_shared(&Site, 4, 4));
        if (tidX() == 0)
          store(&S[0], int32_t(1), "n.mojo:3:7");
        ignis_gpu_cpu_vote(3, 0);
        if (tidX() == 1)
          (void)load(&S[0], "n.mojo:6:7");
      },
      true);
  EXPECT_EQ(launchError(K, 1, 32, {}),
            "data race on shared memory in kernel 'no_syncwarp' at n.mojo:6:7: "
            "block (0, 0, 0), thread (1, 0, 0) read 4 bytes at offset 0 of "
            "shared memory that thread (0, 0, 0) wrote at n.mojo:3:7 with no "
            "barrier in between");
}

TEST_F(CpuFault, AtomicsNeverRace) {
  static char Site;
  IgnisKernel K = kernel(
      "shared_atomics",
      [](void **) {
        auto *S = static_cast<int32_t *>(ignis_gpu_cpu_shared(&Site, 4, 4));
        ignis_gpu_cpu_check(&S[0], 4, 2, "a.mojo:1:1");
      },
      false);
  EXPECT_EQ(launch(K, 2, 64, {}), 0) << ignis_gpu_last_error();
}

// --- Launch limits
// -------------------------------------------------------------------------

TEST_F(CpuFault, LaunchBeyondLimits) {
  IgnisKernel K = kernel(
      "k", [](void **) {}, false);
  auto Err = [&](int64_t Gx, int64_t Gy, int64_t Gz, int64_t Bx, int64_t By,
                 int64_t Bz, int64_t Shared) -> std::string {
    if (ignis_gpu_launch(Ctx, &K, Gx, Gy, Gz, Bx, By, Bz, Shared, nullptr) == 0)
      return "<the launch succeeded>";
    return ignis_gpu_last_error();
  };
  EXPECT_EQ(Err(1, 1, 1, 0, 1, 1, 0), "invalid launch of kernel 'k': block "
                                      "dimensions (0, 1, 1) must be positive");
  EXPECT_EQ(Err(1, -2, 1, 1, 1, 1, 0),
            "invalid launch of kernel 'k': grid "
            "dimensions (1, -2, 1) must be positive");
  EXPECT_EQ(Err(1, 1, 1, 2048, 1, 1, 0),
            "invalid launch of kernel 'k': block dimensions (2048, 1, 1) "
            "exceed the limit (1024, 1024, 64)");
  EXPECT_EQ(Err(1, 1, 1, 1, 1, 65, 0),
            "invalid launch of kernel 'k': block dimensions (1, 1, 65) exceed "
            "the limit (1024, 1024, 64)");
  EXPECT_EQ(Err(1, 1, 1, 64, 32, 1, 0),
            "invalid launch of kernel 'k': block dimensions (64, 32, 1) make "
            "2048 threads, more than the limit of 1024 per block");
  EXPECT_EQ(Err(1, 65536, 1, 1, 1, 1, 0),
            "invalid launch of kernel 'k': grid dimensions (1, 65536, 1) "
            "exceed the limit (2147483647, 65535, 65535)");
  EXPECT_EQ(Err(1, 1, 1, 1, 1, 1, 65536),
            "invalid launch of kernel 'k': 65536 bytes of dynamic shared "
            "memory exceed the limit of 49152 bytes per block");
}

TEST_F(CpuFault, TooMuchStaticPlusDynamicSharedMemory) {
  static char Site;
  IgnisKernel K = kernel(
      "big_shared", [](void **) { ignis_gpu_cpu_shared(&Site, 40960, 16); },
      false);
  EXPECT_EQ(launchError(K, 1, 1, {}, 16384),
            "too much shared memory in kernel 'big_shared': block (0, 0, 0) "
            "needs 40960 bytes of static and 16384 bytes of dynamic shared "
            "memory, more than the limit of 49152 bytes per block");
  EXPECT_EQ(launch(K, 1, 1, {}, 8192), 0) << ignis_gpu_last_error();
}

} // namespace

// The cpu device's block scheduler: a block's threads as fibers, barriers,
// warp collectives (shuffle, vote, syncwarp), the block's side of cluster
// barriers, and deadlock reports.
#include "CpuDevice.h"

#include <algorithm>
#include <map>
#include <string.h>

using namespace ignis::gpu;
using namespace ignis::gpu::cpu;

namespace ignis::gpu::cpu {

enum class ThreadState : uint8_t {
  Ready,
  AtBarrier,
  AtWarpOp,
  AtClusterWait,
  Exited
};
enum class WarpOp : uint8_t { Shuffle, Vote, SyncWarp, Mma };

/// One GPU thread of the block being run.
struct GpuThread {
  void *SP = nullptr;
  int32_t Lin = 0;
  int32_t X = 0, Y = 0, Z = 0;
  ThreadState State = ThreadState::Ready;
  WarpOp Op = WarpOp::Shuffle;
  const char *Loc = nullptr; ///< the barrier's location
  int64_t Mode = 0, Arg = 0, Width = 0;
  uint64_t Value = 0; ///< shuffle payload, vote predicate, syncwarp mask
  uint64_t Result = 0;
  uintptr_t StackLo = 0, StackHi = 0;
  void *Frag[4] = {};           ///< mma: the lane's A, B, C and D registers
  uint64_t ClusterArrivals = 0; ///< cluster_arrive calls so far
  bool ClusterPending = false;  ///< arrived, and not yet waited
};

class BlockScheduler {
public:
  void run(Launch &L);
  /// Parks the current thread and runs the next ready one (or, when none is
  /// left, the scheduler): one switch per park, not two.
  void park(ThreadState S) {
    Cur->State = S;
    if (S == ThreadState::AtBarrier)
      ++NumAtBarrier;
    switchToNext(&Cur->SP);
  }
  /// Leaves the current thread for good, for the next ready one.
  [[noreturn]] void leave() {
    void *Dead;
    switchToNext(&Dead);
    __builtin_unreachable();
  }
  /// Leaves the current thread for good, straight to the scheduler.
  [[noreturn]] void abandon() {
    void *Dead;
    ignis_gpu_fiber_switch(&Dead, SchedSP);
    __builtin_unreachable();
  }
  /// The current thread's cluster_arrive / cluster_wait.
  void clusterArrive();
  void clusterWait(const char *Loc);

  GpuThread *Cur = nullptr;
  bool Stopped = false;

private:
  static void threadMain(void *Arg);
  void switchToNext(void **Save);
  bool resolveWarps();
  void blockMayArrive();
  uint64_t phasesDone();
  bool resolveClusterWaits();
  void resolveWarp(int64_t W, uint32_t Live);
  [[noreturn]] void reportStuck(bool Partial);
  std::string stuckMessage(bool Partial);

  std::vector<GpuThread> Threads;
  std::vector<int32_t> Runnable;
  size_t RunPos = 0; ///< the next of Runnable to run this round
  int64_t N = 0, NumExited = 0, NumAtBarrier = 0;
  // The block's side of the cluster barrier: its arrivals so far, the live
  // threads that have arrived in the phase under way, the threads parked in
  // cluster_wait, and (without clusters) the phases completed.
  uint64_t BlockArrivals = 0, SoloPhases = 0;
  int64_t ArrivedLive = 0, NumAtClusterWait = 0;
  uint32_t LiveMask[MaxWarps] = {};
  void *SchedSP = nullptr;
  Launch *L = nullptr;
};

} // namespace ignis::gpu::cpu

void BlockScheduler::threadMain(void *Arg) {
  auto *Self = static_cast<BlockScheduler *>(Arg);
  Self->L->K->cpu_entry(Self->L->Args);
  GpuThread &T = *Self->Cur;
  T.State = ThreadState::Exited;
  ++Self->NumExited;
  Self->LiveMask[T.Lin / WarpSize] &= ~(1u << (T.Lin % WarpSize));
  // An exited thread no longer holds up the cluster barrier.
  if (T.ClusterArrivals > Self->BlockArrivals)
    --Self->ArrivedLive;
  Self->blockMayArrive();
  Self->leave();
}

void BlockScheduler::switchToNext(void **Save) {
  if (RunPos == Runnable.size()) {
    ignis_gpu_fiber_switch(Save, SchedSP);
    return;
  }
  GpuThread &T = Threads[static_cast<size_t>(Runnable[RunPos++])];
  int64_t Lin = T.Lin;
  TW.Index[0] = T.X;
  TW.Index[1] = T.Y;
  TW.Index[2] = T.Z;
  TW.Index[12] = Lin % WarpSize;
  TW.Index[13] = Lin / WarpSize;
  TW.ThreadLinear = Lin;
  TW.StackLo = T.StackLo;
  TW.StackHi = T.StackHi;
  Cur = &T;
  T.State = ThreadState::Ready;
  ignis_gpu_fiber_switch(Save, T.SP);
}

void BlockScheduler::run(Launch &Launch) {
  L = &Launch;
  N = L->ThreadsPerBlock;
  Cur = nullptr;
  WorkerData &D = *TW.Data;
  while (static_cast<int64_t>(D.Stacks.size()) < N) {
    FiberStack S = mapFiberStack();
    if (!S.Base) {
      TW.ThreadLinear = 0;
      recordFault(format("cannot map fiber stacks for the %lld threads of "
                         "kernel '%s'",
                         static_cast<long long>(N), kernelName(*L->K)));
      abandonThread();
    }
    D.Stacks.push_back(S);
  }
  Threads.assign(static_cast<size_t>(N), GpuThread());
  Runnable.clear();
  for (int64_t I = 0; I < N; ++I) {
    GpuThread &T = Threads[static_cast<size_t>(I)];
    T.Lin = static_cast<int32_t>(I);
    T.X = static_cast<int32_t>(I % L->Block[0]);
    T.Y = static_cast<int32_t>(I / L->Block[0] % L->Block[1]);
    T.Z = static_cast<int32_t>(I / (L->Block[0] * L->Block[1]));
    T.StackLo = D.Stacks[static_cast<size_t>(I)].lo();
    T.StackHi = D.Stacks[static_cast<size_t>(I)].hi();
    T.SP = initFiber(D.Stacks[static_cast<size_t>(I)],
                     fiberColor(static_cast<size_t>(I)), &threadMain, this);
    Runnable.push_back(static_cast<int32_t>(I));
  }
  for (uint32_t &M : LiveMask)
    M = 0;
  for (int64_t I = 0; I < N; ++I)
    LiveMask[I / WarpSize] |= 1u << (I % WarpSize);
  NumExited = NumAtBarrier = 0;
  BlockArrivals = SoloPhases = 0;
  ArrivedLive = NumAtClusterWait = 0;
  Stopped = false;
  for (;;) {
    // The ready threads run in order, each switching to the next.
    RunPos = 0;
    switchToNext(&SchedSP);
    if (Stopped)
      return;
    Runnable.clear();
    if (NumExited == N)
      return;
    if (resolveWarps())
      continue;
    if (NumAtClusterWait && resolveClusterWaits())
      continue;
    if (NumAtBarrier + NumExited != N)
      reportStuck(false);
    if (NumExited)
      reportStuck(true);
    // Everyone arrived: a new barrier interval.
    newInterval();
    NumAtBarrier = 0;
    for (GpuThread &T : Threads)
      Runnable.push_back(T.Lin);
  }
}

// --- Cluster barriers
// ---------------------------------------------------------
// A thread's k-th cluster_arrive belongs to phase k; it cannot arrive again
// before its wait, and that wait ends only once phase k is complete, so the
// block has one phase under way. The block arrives when every live thread
// has (an exited thread counts as arrived); a phase completes when every
// block of the cluster has (CpuClusters.cpp), or at once without clusters.

void BlockScheduler::clusterArrive() {
  GpuThread &T = *Cur;
  if (T.ClusterPending) {
    recordFault(format("cluster_arrive twice without cluster_wait in kernel "
                       "'%s': block %s, thread %s",
                       kernelName(*L->K), blockText().c_str(),
                       threadText(T.Lin).c_str()));
    abandonThread();
  }
  T.ClusterPending = true;
  ++T.ClusterArrivals;
  ++ArrivedLive;
  blockMayArrive();
}

void BlockScheduler::blockMayArrive() {
  if (ArrivedLive == 0 || ArrivedLive + NumExited != N)
    return;
  ++BlockArrivals;
  ArrivedLive = 0;
  if (TW.Cluster)
    clusterBlockArrived();
  else
    ++SoloPhases;
}

uint64_t BlockScheduler::phasesDone() {
  return TW.Cluster ? clusterPhasesDone() : SoloPhases;
}

void BlockScheduler::clusterWait(const char *Loc) {
  GpuThread &T = *Cur;
  if (!T.ClusterPending) {
    recordFault(format("cluster_wait without cluster_arrive in kernel '%s' "
                       "at %s: block %s, thread %s",
                       kernelName(*L->K), Loc, blockText().c_str(),
                       threadText(T.Lin).c_str()));
    abandonThread();
  }
  T.ClusterPending = false;
  if (phasesDone() >= T.ClusterArrivals)
    return;
  T.Loc = Loc;
  ++NumAtClusterWait;
  park(ThreadState::AtClusterWait);
}

bool BlockScheduler::resolveClusterWaits() {
  // The phase the waiters wait for is the block's last arrival: when the
  // block has not arrived yet, nothing that runs could make it (no thread
  // is ready), and the caller reports the block as stuck.
  uint64_t Phase = UINT64_MAX;
  for (GpuThread &T : Threads)
    if (T.State == ThreadState::AtClusterWait)
      Phase = std::min(Phase, T.ClusterArrivals - 1);
  if (BlockArrivals <= Phase)
    return false;
  if (TW.Cluster && clusterPhasesDone() <= Phase) {
    std::string Why;
    switch (clusterWaitPhase(Phase, Why)) {
    case ClusterWait::Done:
      break;
    case ClusterWait::Stopped:
      Cur = nullptr;
      abandonThread();
    case ClusterWait::Partial: {
      TW.ThreadLinear = 0;
      Cur = nullptr;
      std::string Where;
      for (GpuThread &T : Threads)
        if (T.State == ThreadState::AtClusterWait) {
          Where = T.Loc ? T.Loc : "?";
          break;
        }
      recordFault(format("cluster barrier reached by only part of the "
                         "cluster in kernel '%s': block %s waits at "
                         "cluster_wait at %s; %s",
                         kernelName(*L->K), blockText().c_str(), Where.c_str(),
                         Why.c_str()));
      abandonThread();
    }
    }
  }
  uint64_t Done = phasesDone();
  int64_t Released = 0;
  for (GpuThread &T : Threads)
    if (T.State == ThreadState::AtClusterWait && T.ClusterArrivals <= Done) {
      T.State = ThreadState::Ready;
      Runnable.push_back(T.Lin);
      ++Released;
    }
  // When the whole block waited, the wait is a block barrier too.
  if (Released + NumExited == N)
    newInterval();
  NumAtClusterWait -= Released;
  return Released != 0;
}

bool BlockScheduler::resolveWarps() {
  bool Released = false;
  int64_t Warps = (N + WarpSize - 1) / WarpSize;
  for (int64_t W = 0; W < Warps; ++W) {
    uint32_t Live = LiveMask[W];
    if (!Live)
      continue;
    size_t Before = Runnable.size();
    resolveWarp(W, Live);
    Released |= Runnable.size() != Before;
  }
  return Released;
}

void BlockScheduler::resolveWarp(int64_t W, uint32_t Live) {
  GpuThread *Lanes = &Threads[static_cast<size_t>(W * WarpSize)];
  uint32_t Shuffle = 0, Vote = 0, Sync = 0, Mma = 0;
  for (int64_t I = 0; I < WarpSize; ++I) {
    if (!(Live >> I & 1) || Lanes[I].State != ThreadState::AtWarpOp)
      continue;
    switch (Lanes[I].Op) {
    case WarpOp::Shuffle:
      Shuffle |= 1u << I;
      break;
    case WarpOp::Vote:
      Vote |= 1u << I;
      break;
    case WarpOp::SyncWarp:
      Sync |= 1u << I;
      break;
    case WarpOp::Mma:
      Mma |= 1u << I;
      break;
    }
  }
  if (Sync) {
    // A syncwarp completes once every live lane of its mask is there.
    bool Any = false;
    for (int64_t I = 0; I < WarpSize; ++I) {
      if (!(Sync >> I & 1))
        continue;
      auto Mask = static_cast<uint32_t>(Lanes[I].Value);
      if (Mask & Live & ~Sync)
        continue;
      Lanes[I].State = ThreadState::Ready;
      Runnable.push_back(Lanes[I].Lin);
      Any = true;
    }
    if (Any)
      ++TW.WarpEpoch[W];
    return;
  }
  if (Shuffle == Live) {
    for (int64_t I = 0; I < WarpSize; ++I) {
      if (!(Live >> I & 1))
        continue;
      GpuThread &T = Lanes[I];
      int64_t Width = T.Width;
      if (Width < 1 || Width > WarpSize || (Width & (Width - 1)))
        Width = WarpSize;
      int64_t Base = I & ~(Width - 1), Src;
      switch (T.Mode) {
      case 0:
        Src = Base + (T.Arg & (Width - 1));
        break;
      case 1:
        Src = I - T.Arg;
        break;
      case 2:
        Src = I + T.Arg;
        break;
      default:
        Src = I ^ T.Arg;
        break;
      }
      bool Ok = Src >= Base && Src < Base + Width && (Live >> Src & 1);
      T.Result = Ok ? Lanes[Src].Value : T.Value;
    }
  } else if (Mma && Mma == Live) {
    if (Live != ~0u) {
      // mma.sync needs every lane of the warp.
      TW.ThreadLinear = Lanes[__builtin_ctz(Live)].Lin;
      Cur = nullptr;
      recordFault(format("warp mma in kernel '%s': block %s, warp %lld: "
                         "only %d of its 32 lanes are live (mma_op needs the "
                         "whole warp)",
                         kernelName(*L->K), blockText().c_str(),
                         static_cast<long long>(W), __builtin_popcount(Live)));
      abandonThread();
    }
    void *A[WarpSize], *Bv[WarpSize], *C[WarpSize], *D[WarpSize];
    for (int64_t I = 0; I < WarpSize; ++I) {
      A[I] = Lanes[I].Frag[0];
      Bv[I] = Lanes[I].Frag[1];
      C[I] = Lanes[I].Frag[2];
      D[I] = Lanes[I].Frag[3];
    }
    warpMma(Lanes[0].Mode, A, Bv, C, D);
  } else if (Vote == Live) {
    uint32_t Ballot = 0;
    for (int64_t I = 0; I < WarpSize; ++I)
      if ((Live >> I & 1) && Lanes[I].Value)
        Ballot |= 1u << I;
    for (int64_t I = 0; I < WarpSize; ++I) {
      if (!(Live >> I & 1))
        continue;
      GpuThread &T = Lanes[I];
      switch (T.Mode) {
      case 0:
        T.Result = Ballot == Live;
        break;
      case 1:
        T.Result = Ballot != 0;
        break;
      case 2:
        T.Result = Ballot;
        break;
      default:
        T.Result = Live;
        break;
      }
    }
  } else {
    return;
  }
  for (int64_t I = 0; I < WarpSize; ++I) {
    if (Live >> I & 1) {
      Lanes[I].State = ThreadState::Ready;
      Runnable.push_back(Lanes[I].Lin);
    }
  }
}

void BlockScheduler::reportStuck(bool Partial) {
  // Reported as the block's first thread, so the lowest block still wins.
  TW.ThreadLinear = 0;
  Cur = nullptr;
  recordFault(stuckMessage(Partial));
  abandonThread();
}

std::string BlockScheduler::stuckMessage(bool Partial) {
  std::vector<std::pair<int32_t, std::string>> Places;
  for (GpuThread &T : Threads) {
    std::string Where;
    switch (T.State) {
    case ThreadState::Exited:
      Where = "exited";
      break;
    case ThreadState::AtBarrier:
      Where = std::string("at the barrier at ") + (T.Loc ? T.Loc : "?");
      break;
    case ThreadState::AtClusterWait:
      Where = std::string("at cluster_wait at ") + (T.Loc ? T.Loc : "?");
      break;
    case ThreadState::AtWarpOp:
      Where = T.Op == WarpOp::Shuffle ? "at a warp shuffle"
              : T.Op == WarpOp::Vote  ? "at a warp vote"
              : T.Op == WarpOp::Mma   ? "at a warp mma"
                                      : "at a warp sync";
      break;
    case ThreadState::Ready:
      Where = "ready";
      break;
    }
    Places.push_back({T.Lin, Where});
  }
  return format("%s in kernel '%s': block %s: ",
                Partial ? "barrier reached by only part of the block"
                        : "deadlock",
                kernelName(*L->K), blockText().c_str()) +
         groupedThreadsText(Places);
}

void ignis::gpu::cpu::runBlockWithFibers() {
  WorkerData &D = *TW.Data;
  if (!D.Sched)
    D.Sched = new BlockScheduler;
  TW.Sched = D.Sched;
  // A fault raised by the scheduler itself (not a fiber) lands here.
  if (setjmp(TW.Jmp) == 0)
    D.Sched->run(*TW.L);
  TW.Sched = nullptr;
}

void ignis::gpu::cpu::destroyScheduler(BlockScheduler *S) { delete S; }

void ignis::gpu::cpu::abandonThread() {
  BlockScheduler *S = TW.Sched;
  if (S && S->Cur) {
    S->Stopped = true;
    S->abandon();
  }
  longjmp(TW.Jmp, 1);
}

// --- The kernel-facing collectives
// --------------------------------------------

namespace {

/// The scheduler of the current thread, or null when the kernel runs
/// without fibers (then a collective is a compiler bug, reported).
BlockScheduler *collectiveScheduler(const char *What, const char *Loc) {
  if (!TW.L)
    return nullptr;
  checkStop();
  if (!TW.Sched) {
    recordFault(format("kernel '%s' called %s%s%s but is not marked as using "
                       "barriers (IgnisKernel.flags bit 0)",
                       kernelName(*TW.L->K), What, Loc ? " at " : "",
                       Loc ? Loc : ""));
    abandonThread();
  }
  return TW.Sched;
}

uint64_t warpOp(WarpOp Op, const char *What, int64_t Mode, uint64_t Value,
                int64_t Arg, int64_t Width) {
  BlockScheduler *S = collectiveScheduler(What, nullptr);
  if (!S)
    return Op == WarpOp::Shuffle ? Value : 0;
  GpuThread &T = *S->Cur;
  T.Op = Op;
  T.Mode = Mode;
  T.Value = Value;
  T.Arg = Arg;
  T.Width = Width;
  S->park(ThreadState::AtWarpOp);
  checkStop();
  return T.Result;
}

} // namespace

extern "C" {

void ignis_gpu_cpu_barrier(const char *Loc) {
  BlockScheduler *S = collectiveScheduler("a barrier", Loc);
  if (!S)
    return;
  S->Cur->Loc = Loc;
  S->park(ThreadState::AtBarrier);
  checkStop();
}

void ignis_gpu_cpu_cluster_arrive(void) {
  if (BlockScheduler *S = collectiveScheduler("cluster_arrive", nullptr))
    S->clusterArrive();
}

void ignis_gpu_cpu_cluster_wait(const char *Loc) {
  BlockScheduler *S = collectiveScheduler("cluster_wait", Loc);
  if (!S)
    return;
  S->clusterWait(Loc);
  checkStop();
}

void ignis_gpu_cpu_warp_mma(int64_t Kind, void *A, void *B, void *C,
                            void *D) {
  BlockScheduler *S = collectiveScheduler("a warp mma", nullptr);
  if (!S)
    return;
  GpuThread &T = *S->Cur;
  T.Op = WarpOp::Mma;
  T.Mode = Kind;
  T.Frag[0] = A;
  T.Frag[1] = B;
  T.Frag[2] = C;
  T.Frag[3] = D;
  S->park(ThreadState::AtWarpOp);
  checkStop();
}

void ignis_gpu_cpu_syncwarp(int64_t Mask) {
  warpOp(WarpOp::SyncWarp, "syncwarp", 0, static_cast<uint64_t>(Mask), 0, 0);
}

uint64_t ignis_gpu_cpu_shuffle(int64_t Mode, uint64_t Value, int64_t Arg,
                               int64_t Width) {
  return warpOp(WarpOp::Shuffle, "a warp shuffle", Mode, Value, Arg, Width);
}

int64_t ignis_gpu_cpu_vote(int64_t Mode, int64_t Pred) {
  return static_cast<int64_t>(
      warpOp(WarpOp::Vote, "a warp vote", Mode, Pred != 0, 0, 0));
}

} // extern "C"

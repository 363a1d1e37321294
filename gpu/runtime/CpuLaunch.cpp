// The cpu device's launches: the worker pool that spreads blocks over the
// cores, running a block (without fibers when the kernel allows), and faults.
#include "CpuDevice.h"

#include <condition_variable>
#include <map>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <thread>

using namespace ignis::gpu;
using namespace ignis::gpu::cpu;

__thread WorkerState ignis::gpu::cpu::TW
    __attribute__((tls_model("initial-exec")));
std::atomic<int64_t> ignis::gpu::cpu::StopBlock{INT64_MAX};

namespace {

/// Frees a thread's WorkerData when the thread ends.
struct WorkerDataOwner {
  WorkerData *Data = nullptr;
  ~WorkerDataOwner() { delete Data; }
};
thread_local WorkerDataOwner DataOwner;

void ownStackBounds(uintptr_t &Lo, uintptr_t &Hi) {
  pthread_attr_t Attr;
  void *Addr = nullptr;
  size_t Size = 0;
  if (pthread_getattr_np(pthread_self(), &Attr) == 0) {
    pthread_attr_getstack(&Attr, &Addr, &Size);
    pthread_attr_destroy(&Attr);
  }
  Lo = reinterpret_cast<uintptr_t>(Addr);
  Hi = Lo + Size;
}

} // namespace

/// Sets up TW for this OS thread on its first block.
void ignis::gpu::cpu::prepareWorker() {
  if (TW.Data)
    return;
  auto *D = new WorkerData;
  void *Arena = mmap(nullptr, SharedArenaSize, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  D->Arena =
      Arena == MAP_FAILED ? nullptr : static_cast<unsigned char *>(Arena);
  DataOwner.Data = D;
  TW.Data = D;
  TW.Arena = D->Arena;
  // std::atomic<int64_t> holds a plain int64_t: compiled loops read it.
  static_assert(sizeof(StopBlock) == sizeof(int64_t));
  TW.StopPtr = reinterpret_cast<const int64_t *>(&StopBlock);
  ownStackBounds(TW.OwnStackLo, TW.OwnStackHi);
}

namespace {

/// Runs the current block's threads one after another on this OS thread's
/// stack. A fault longjmps out of the kernel to runBlock.
void runBlockWithoutFibers(Launch &L) {
  const int64_t Bx = L.Block[0], By = L.Block[1], Bz = L.Block[2];
  void (*Entry)(void **) = L.K->cpu_entry;
  void **Args = L.Args;
  int64_t Lin = 0;
  for (int64_t Z = 0; Z < Bz; ++Z) {
    TW.Index[2] = Z;
    for (int64_t Y = 0; Y < By; ++Y) {
      TW.Index[1] = Y;
      for (int64_t X = 0; X < Bx; ++X, ++Lin) {
        if (StopBlock.load(std::memory_order_relaxed) < TW.BlockLinear)
          return;
        TW.Index[0] = X;
        TW.Index[12] = Lin & (WarpSize - 1);
        TW.Index[13] = Lin / WarpSize;
        TW.ThreadLinear = Lin;
        Entry(Args);
      }
    }
  }
}

} // namespace

void ignis::gpu::cpu::runBlock(Launch &L, int64_t B) {
  TW.L = &L;
  TW.BlockLinear = B;
  TW.Index[3] = B % L.Grid[0];
  TW.Index[4] = B / L.Grid[0] % L.Grid[1];
  TW.Index[5] = B / (L.Grid[0] * L.Grid[1]);
  for (int I = 0; I < 3; ++I) {
    TW.Index[6 + I] = L.Block[I];
    TW.Index[9 + I] = L.Grid[I];
  }
  // Dynamic shared memory first, then the static sites as they are met.
  TW.Data->Sites.clear();
  TW.SharedUsed = (L.DynShared + 15) & ~int64_t(15);
  TW.StaticShared = 0;
  if (L.DynShared)
    memset(TW.Arena, 0xAB, static_cast<size_t>(L.DynShared));
  newInterval();
  memset(TW.WarpEpoch, 0, sizeof(TW.WarpEpoch));
  if (L.Fibers) {
    runBlockWithFibers();
    return;
  }
  TW.StackLo = TW.OwnStackLo;
  TW.StackHi = TW.OwnStackHi;
  TW.FrameLo = TW.FrameHi = 0;
  TW.Sched = nullptr;
  if (setjmp(TW.Jmp) != 0)
    return;
  if (L.K->flags & IGNIS_KERNEL_REGIONS)
    runBlockInRegions(L);
  else if (L.K->flags & IGNIS_KERNEL_BLOCK_ENTRY)
    L.K->cpu_entry(L.Args); // the compiled loop over the block's threads
  else
    runBlockWithoutFibers(L);
}

void ignis::gpu::cpu::finishWorker() {
  // Buffers may be freed once the launch is over: forget their ranges.
  memset(TW.Cache, 0, sizeof(TW.Cache));
  TW.L = nullptr;
  TW.BlockLinear = -1;
  TW.Sched = nullptr;
  TW.Cluster = nullptr;
  TW.ClusterRank = 0;
  for (int64_t &I : TW.Index)
    I = 0;
}

namespace {

/// Takes blocks from the launch until none are left or a fault stops it.
void work(Launch &L) {
  prepareWorker();
  // The checked ranges hold for the whole launch (buffers are freed only
  // after it), so compiled kernels may keep stale copies of them.
  memset(TW.Cache, 0, sizeof(TW.Cache));
  for (;;) {
    int64_t First = L.NextBlock.fetch_add(L.Chunk, std::memory_order_relaxed);
    if (First >= L.NumBlocks)
      break;
    int64_t End = std::min(First + L.Chunk, L.NumBlocks);
    for (int64_t B = First; B < End; ++B) {
      // Blocks are taken in increasing order: once one is past the fault,
      // every later one is too.
      if (StopBlock.load(std::memory_order_relaxed) < B)
        goto done;
      runBlock(L, B);
    }
  }
done:
  finishWorker();
}

int64_t configuredWorkers() {
  if (const char *E = getenv("IGNIS_NUM_THREADS"); E && *E) {
    long N = strtol(E, nullptr, 10);
    if (N > 0)
      return std::min<long>(N, 256);
  }
  unsigned N = std::thread::hardware_concurrency();
  return N ? N : 1;
}

/// Worker threads (the launching thread is one more); one launch at a time.
class WorkerPool {
public:
  int64_t size() const { return Workers; }

  void run(Launch &L) {
    std::lock_guard LaunchLock(LaunchMu);
    StopBlock.store(INT64_MAX);
    int64_t Helpers = std::min<int64_t>(Workers - 1, L.NumBlocks - 1);
    if (Helpers > 0) {
      std::unique_lock Lock(Mu);
      while (static_cast<int64_t>(Threads.size()) < Helpers) {
        int64_t Index = static_cast<int64_t>(Threads.size());
        Threads.emplace_back([this, Index] { loop(Index); });
        Threads.back().detach();
      }
      Current = &L;
      Active = Helpers;
      Pending = Helpers;
      ++Generation;
      Wake.notify_all();
    }
    work(L);
    if (Helpers > 0) {
      std::unique_lock Lock(Mu);
      Done.wait(Lock, [&] { return Pending == 0; });
      Current = nullptr;
    }
    StopBlock.store(INT64_MAX);
  }

private:
  void loop(int64_t Index) {
    uint64_t Seen = 0;
    for (;;) {
      Launch *L;
      {
        std::unique_lock Lock(Mu);
        Wake.wait(Lock, [&] { return Generation != Seen; });
        Seen = Generation;
        if (Index >= Active)
          continue;
        L = Current;
      }
      work(*L);
      std::lock_guard Lock(Mu);
      if (--Pending == 0)
        Done.notify_one();
    }
  }

  const int64_t Workers = configuredWorkers();
  std::mutex LaunchMu;
  std::mutex Mu;
  std::condition_variable Wake, Done;
  std::vector<std::thread> Threads;
  uint64_t Generation = 0;
  Launch *Current = nullptr;
  int64_t Active = 0;
  int64_t Pending = 0;
};

WorkerPool &pool() {
  // Never destroyed: its threads are detached and wait forever.
  static WorkerPool *P = new WorkerPool;
  return *P;
}

} // namespace

WorkerData::~WorkerData() {
  destroyScheduler(Sched);
  for (FiberStack &S : Stacks)
    unmapFiberStack(S);
  if (Arena)
    munmap(Arena, SharedArenaSize);
  free(Frames);
  if (Shadow)
    munmap(Shadow, sizeof(ShadowCell) * SharedArenaSize);
}

void ignis::gpu::cpu::recordFault(const std::string &Msg) {
  Launch &L = *TW.L;
  int64_t Key = TW.BlockLinear * 1024 + TW.ThreadLinear;
  {
    std::lock_guard Lock(L.FaultMu);
    if (Key < L.FaultKey) {
      L.FaultKey = Key;
      L.FaultMsg = Msg;
    }
  }
  int64_t Cur = StopBlock.load(std::memory_order_relaxed);
  while (TW.BlockLinear < Cur &&
         !StopBlock.compare_exchange_weak(Cur, TW.BlockLinear))
    ;
}

std::string ignis::gpu::cpu::blockText() {
  return format("(%lld, %lld, %lld)", static_cast<long long>(TW.Index[3]),
                static_cast<long long>(TW.Index[4]),
                static_cast<long long>(TW.Index[5]));
}

std::string ignis::gpu::cpu::threadText(int64_t Lin) {
  int64_t Bx = TW.Index[6], By = TW.Index[7];
  return format("(%lld, %lld, %lld)", static_cast<long long>(Lin % Bx),
                static_cast<long long>(Lin / Bx % By),
                static_cast<long long>(Lin / (Bx * By)));
}

std::string ignis::gpu::cpu::threadListText(const std::vector<int32_t> &Lins) {
  std::vector<std::pair<int32_t, int32_t>> Ranges;
  for (int32_t L : Lins) {
    if (!Ranges.empty() && Ranges.back().second + 1 == L)
      Ranges.back().second = L;
    else
      Ranges.push_back({L, L});
  }
  std::string S = Lins.size() == 1 ? "thread " : "threads ";
  size_t Shown = std::min<size_t>(Ranges.size(), 4);
  int64_t Rest = 0;
  for (size_t I = Shown; I < Ranges.size(); ++I)
    Rest += Ranges[I].second - Ranges[I].first + 1;
  for (size_t I = 0; I < Shown; ++I) {
    if (I)
      S += I + 1 == Shown && !Rest ? " and " : ", ";
    S += threadText(Ranges[I].first);
    if (Ranges[I].second != Ranges[I].first)
      S += " to " + threadText(Ranges[I].second);
  }
  if (Rest)
    S += format(" and %lld more", static_cast<long long>(Rest));
  return S;
}

std::string ignis::gpu::cpu::groupedThreadsText(
    const std::vector<std::pair<int32_t, std::string>> &Places) {
  std::vector<std::pair<std::string, std::vector<int32_t>>> Groups;
  std::map<std::string, size_t> GroupOf;
  for (const auto &[Lin, Where] : Places) {
    auto [It, New] = GroupOf.try_emplace(Where, Groups.size());
    if (New)
      Groups.push_back({Where, {}});
    Groups[It->second].second.push_back(Lin);
  }
  std::string Msg;
  for (size_t I = 0; I < Groups.size(); ++I) {
    auto &[Where, Lins] = Groups[I];
    if (I)
      Msg += "; ";
    Msg += threadListText(Lins);
    if (Where == "exited")
      Msg += " exited";
    else
      Msg += (Lins.size() == 1 ? " waits " : " wait ") + Where;
  }
  return Msg;
}

namespace ignis::gpu::cpu {

int64_t workerCount() { return pool().size(); }

int64_t launchOnCpu(const IgnisKernel &K, const int64_t Grid[3],
                    const int64_t Block[3], const int64_t Cluster[3],
                    int64_t SharedBytes, void **Args) {
  if (!K.cpu_entry)
    return fail("kernel '%s' was not compiled for the cpu device",
                kernelName(K));
  if (SharedBytes > SharedLimit)
    return fail("invalid launch of kernel '%s': %lld bytes of dynamic shared "
                "memory exceed the limit of %lld bytes per block",
                kernelName(K), static_cast<long long>(SharedBytes),
                static_cast<long long>(SharedLimit));
  if (TW.L)
    return fail("kernel '%s' was launched from inside a kernel on the cpu "
                "device",
                kernelName(K));
  Launch L;
  L.K = &K;
  for (int I = 0; I < 3; ++I) {
    L.Grid[I] = Grid[I];
    L.Block[I] = Block[I];
    L.Cluster[I] = Cluster[I];
  }
  L.ClusterSize = Cluster[0] * Cluster[1] * Cluster[2];
  L.DynShared = SharedBytes;
  L.Args = Args;
  L.NumBlocks = Grid[0] * Grid[1] * Grid[2];
  L.ThreadsPerBlock = Block[0] * Block[1] * Block[2];
  L.Fibers = (K.flags & IGNIS_KERNEL_NEEDS_FIBERS) != 0;
  // Chunks amortise the shared block counter when blocks are tiny.
  L.Chunk = std::max<int64_t>(
      1, std::min<int64_t>(64, L.NumBlocks / (pool().size() * 16)));
  if (L.ClusterSize > 1)
    runClusters(L);
  else
    pool().run(L);
  if (L.FaultKey != INT64_MAX)
    return failWith(L.FaultMsg);
  return 0;
}

} // namespace ignis::gpu::cpu

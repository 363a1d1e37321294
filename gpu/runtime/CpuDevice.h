// The cpu device's shared state: the buffer registry, the launch in progress,
// each worker's thread-local record, and fault reporting.
#ifndef IGNIS_GPU_CPU_DEVICE_H
#define IGNIS_GPU_CPU_DEVICE_H

#include "Fiber.h"
#include "GpuRuntime.h"

#include <atomic>
#include <mutex>
#include <setjmp.h>
#include <string>
#include <vector>

namespace ignis::gpu::cpu {

constexpr int64_t SharedLimit = 48 * 1024;
/// The span of a worker's shared-memory arena: accesses anywhere in it are
/// shared-memory accesses (those past the block's allocation are reported).
constexpr int64_t SharedArenaSize = 64 * 1024;
constexpr int64_t WarpSize = 32;
constexpr int64_t MaxWarps = 1024 / WarpSize;
constexpr uint64_t Redzone = 256;
constexpr int CacheSize = 4;

// --- Buffers (CpuBuffers.cpp) -----------------------------------------------

struct Buffer {
  uintptr_t Base = 0; ///< What the program sees.
  uint64_t Size = 0;
  bool IsHost = false;
  const void *Owner = nullptr;
};

/// A registered buffer of BYTES bytes with redzones, or nullptr.
void *allocBuffer(const void *Owner, int64_t Bytes, bool IsHost);
/// Unregisters and frees; false when P is no such buffer of OWNER.
bool freeBuffer(const void *Owner, void *P, bool IsHost);
void freeOwnedBuffers(const void *Owner);
/// The live buffer whose bytes contain P.
bool findBuffer(uintptr_t P, Buffer &Out);
/// The live buffer nearest to P, when P lies in it or within its redzones.
bool nearestBuffer(uintptr_t P, Buffer &Out);

// --- The launch in progress (CpuLaunch.cpp)
// -----------------------------------

struct Launch {
  const IgnisKernel *K = nullptr;
  int64_t Grid[3] = {1, 1, 1};
  int64_t Block[3] = {1, 1, 1};
  int64_t DynShared = 0;
  void **Args = nullptr;
  int64_t Cluster[3] = {1, 1, 1};
  int64_t ClusterSize = 1; ///< blocks per cluster; 1 for a plain launch
  int64_t NumBlocks = 0;
  int64_t ThreadsPerBlock = 0;
  bool Fibers = false;
  int64_t Chunk = 1;
  std::atomic<int64_t> NextBlock{0};

  std::mutex FaultMu;
  int64_t FaultKey = INT64_MAX; ///< block * 1024 + thread of the kept fault
  std::string FaultMsg;
};

/// The lowest block that faulted in the launch in progress (INT64_MAX when
/// none): threads of later blocks stop at their next runtime call.
extern std::atomic<int64_t> StopBlock;

class BlockScheduler;
struct WorkerData;
struct ClusterState;

/// Each OS thread's record while it runs a block. Plain data in initial-exec
/// TLS, so that the kernel-facing calls cost a load or two.
struct WorkerState {
  int64_t Index[14]; ///< ignis_gpu_cpu_index's answers
  /// The buffers the last checks hit, [Lo, Hi) each; a kernel touches few.
  struct {
    uintptr_t Lo, Hi;
  } Cache[CacheSize];
  int64_t ThreadLinear;
  int64_t BlockLinear;
  const int64_t *StopPtr; ///< StopBlock's value, for compiled block entries
  uint32_t CacheNext;     ///< the entry the next miss replaces
  Launch *L;
  uintptr_t StackLo; ///< the running GPU thread's stack
  uintptr_t StackHi;
  uintptr_t OwnStackLo; ///< this OS thread's own stack
  uintptr_t OwnStackHi;
  uintptr_t FrameLo; ///< a region kernel's thread frames (its locals)
  uintptr_t FrameHi;
  const char *ArriveFile; ///< the barrier a region kernel's thread reached
  int64_t ArriveLine, ArriveCol;
  unsigned char *Arena; ///< the block's shared memory
  int64_t SharedUsed;   ///< bytes of the arena allocated (dynamic + static)
  int64_t StaticShared;
  uint32_t Interval;            ///< the barrier interval, for race detection
  uint32_t WarpEpoch[MaxWarps]; ///< bumped by each syncwarp of the warp
  BlockScheduler *Sched;        ///< null when threads run without fibers
  ClusterState *Cluster;        ///< null outside a cluster launch
  int64_t ClusterRank;          ///< the block's rank in its cluster
  WorkerData *Data;
  jmp_buf Jmp; ///< where a fault leaves a fiber-less block
};

extern __thread WorkerState TW __attribute__((tls_model("initial-exec")));

/// Records MSG as a fault of the current thread (the lowest block/thread
/// wins). Callers then abandonThread(), once MSG is destroyed: abandoning
/// skips destructors, so `recordFault(format(...)); abandonThread();`.
void recordFault(const std::string &Msg);
/// Abandons the current thread because the launch is stopping.
[[noreturn]] void abandonThread();
/// Stops the current thread when an earlier block has faulted.
inline void checkStop() {
  if (__builtin_expect(
          StopBlock.load(std::memory_order_relaxed) < TW.BlockLinear, 0))
    abandonThread();
}

/// "(x, y, z)" of the current block and of thread LIN of the current block.
std::string blockText();
std::string threadText(int64_t Lin);
/// "threads (0, 0, 0) to (15, 0, 0) and (20, 0, 0)" for sorted linear ids;
/// the verb after it agrees: see threadsVerb.
std::string threadListText(const std::vector<int32_t> &Lins);
/// Threads grouped by where they are (pairs of linear id, place such as
/// "exited" or "at the barrier at f.mojo:3:5"), groups in order of their
/// first thread: "threads (0, 0, 0) to (3, 0, 0) wait at ...; thread
/// (4, 0, 0) exited" (a barrier that not all threads reached, a deadlock).
std::string groupedThreadsText(
    const std::vector<std::pair<int32_t, std::string>> &Places);
/// Resets the race detector's record of shared memory (a new interval).
inline void newInterval() { ++TW.Interval; }

/// Sets up TW for this OS thread before its first block (CpuLaunch.cpp).
void prepareWorker();
/// Runs block B (linear) of L on this OS thread.
void runBlock(Launch &L, int64_t B);
/// Clears TW once this OS thread has no more blocks of the launch to run.
void finishWorker();

/// Runs the current block's threads as fibers (CpuFibers.cpp).
void runBlockWithFibers();
/// Runs the current block of a region kernel, region by region
/// (CpuRegions.cpp).
void runBlockInRegions(Launch &L);

// --- Warp matrix multiply-accumulate (CpuMma.cpp) ---------------------------

/// D = A * B + C for one warp from its 32 lanes' fragment registers (KIND as
/// ignis_gpu_cpu_warp_mma).
void warpMma(int64_t Kind, void *const A[WarpSize], void *const B[WarpSize],
             void *const C[WarpSize], void *const D[WarpSize]);

// --- Thread block clusters (CpuClusters.cpp) --------------------------------

/// What the blocks of one cluster share: how many cluster barrier phases
/// have completed, and each block's arrivals. A block arrives once every
/// thread of it has (cluster_arrive); a phase completes when every block of
/// the cluster has arrived.
enum class ClusterWait { Done, Stopped, Partial };
/// Counts the current block's arrival at the cluster barrier.
void clusterBlockArrived();
/// Phases of the current cluster completed so far.
uint64_t clusterPhasesDone();
/// Blocks this OS thread until phase PHASE of the current cluster
/// completes. Stopped: a fault elsewhere stops the launch. Partial: a block
/// of the cluster finished without arriving; WHY names it.
ClusterWait clusterWaitPhase(uint64_t Phase, std::string &Why);
/// Runs a launch whose ClusterSize > 1: the blocks of each cluster at once,
/// one OS thread each, so that cluster barriers are real barriers.
void runClusters(Launch &L);

// --- Per-worker data behind TW.Data (CpuLaunch.cpp)
// ---------------------------

struct SharedSite {
  const void *Site;
  int64_t Offset;
};

/// One cell of the race detector's shadow of a shared-memory byte.
struct ShadowCell {
  uint32_t Interval;
  int16_t Writer, Reader1, Reader2;
  uint32_t WriterEpoch, Reader1Epoch, Reader2Epoch;
  const char *WriterLoc, *Reader1Loc, *Reader2Loc;
};

struct WorkerData {
  unsigned char *Arena = nullptr;
  std::vector<SharedSite> Sites;
  ShadowCell *Shadow = nullptr; ///< SharedArenaSize cells, made on first use
  std::vector<FiberStack> Stacks;
  BlockScheduler *Sched = nullptr;
  /// Region kernels: each thread's frame, resume point and barrier site.
  unsigned char *Frames = nullptr;
  size_t FramesSize = 0;
  std::vector<int64_t> Resume;
  struct Site {
    const char *File;
    int64_t Line, Col;
  };
  std::vector<Site> Arrived;
  ~WorkerData();
};
void destroyScheduler(BlockScheduler *S);

} // namespace ignis::gpu::cpu

#endif

// The cpu device's thread block clusters: the blocks of one cluster run at
// once, each on its own OS thread, and share the cluster barrier's state.
#include "CpuDevice.h"

#include <barrier>
#include <condition_variable>
#include <thread>

using namespace ignis::gpu;
using namespace ignis::gpu::cpu;

namespace ignis::gpu::cpu {

struct ClusterState {
  std::mutex Mu;
  std::condition_variable Changed;
  int64_t Size = 1;
  uint64_t PhasesDone = 0;   ///< cluster barrier phases completed
  int64_t ArrivedBlocks = 0; ///< in the phase under way
  std::vector<uint64_t> Arrivals; ///< per rank: the block's arrivals
  std::vector<uint8_t> Finished;  ///< per rank: the block has finished
  std::vector<uint8_t> Stopped;   ///< per rank: ... because of a fault
  std::vector<int64_t> Blocks;    ///< per rank: the block's linear id

  void reset() {
    PhasesDone = 0;
    ArrivedBlocks = 0;
    Arrivals.assign(static_cast<size_t>(Size), 0);
    Finished.assign(static_cast<size_t>(Size), 0);
    Stopped.assign(static_cast<size_t>(Size), 0);
  }
};

} // namespace ignis::gpu::cpu

namespace {

std::string blockTextOf(const Launch &L, int64_t B) {
  return format("(%lld, %lld, %lld)", static_cast<long long>(B % L.Grid[0]),
                static_cast<long long>(B / L.Grid[0] % L.Grid[1]),
                static_cast<long long>(B / (L.Grid[0] * L.Grid[1])));
}

/// The linear id of the block of rank RANK in cluster C.
int64_t clusterBlock(const Launch &L, int64_t C, int64_t Rank) {
  int64_t PerX = L.Grid[0] / L.Cluster[0], PerY = L.Grid[1] / L.Cluster[1];
  int64_t Cx = C % PerX, Cy = C / PerX % PerY, Cz = C / (PerX * PerY);
  int64_t Rx = Rank % L.Cluster[0], Ry = Rank / L.Cluster[0] % L.Cluster[1],
          Rz = Rank / (L.Cluster[0] * L.Cluster[1]);
  int64_t X = Cx * L.Cluster[0] + Rx, Y = Cy * L.Cluster[1] + Ry,
          Z = Cz * L.Cluster[2] + Rz;
  return X + L.Grid[0] * (Y + L.Grid[1] * Z);
}

} // namespace

void ignis::gpu::cpu::clusterBlockArrived() {
  ClusterState &S = *TW.Cluster;
  std::lock_guard Lock(S.Mu);
  ++S.Arrivals[static_cast<size_t>(TW.ClusterRank)];
  if (++S.ArrivedBlocks == S.Size) {
    S.ArrivedBlocks = 0;
    ++S.PhasesDone;
    S.Changed.notify_all();
  }
}

uint64_t ignis::gpu::cpu::clusterPhasesDone() {
  ClusterState &S = *TW.Cluster;
  std::lock_guard Lock(S.Mu);
  return S.PhasesDone;
}

ClusterWait ignis::gpu::cpu::clusterWaitPhase(uint64_t Phase,
                                              std::string &Why) {
  ClusterState &S = *TW.Cluster;
  std::unique_lock Lock(S.Mu);
  for (;;) {
    if (S.PhasesDone > Phase)
      return ClusterWait::Done;
    // A block that ended normally without arriving is what every waiter
    // reports (the lowest block's report wins); one that a fault stopped
    // leaves that fault as the launch's report.
    bool AnyStopped = false;
    for (int64_t R = 0; R < S.Size; ++R) {
      auto I = static_cast<size_t>(R);
      if (!S.Finished[I] || S.Arrivals[I] > Phase)
        continue;
      if (S.Stopped[I]) {
        AnyStopped = true;
        continue;
      }
      Why = format("block %s finished without arriving",
                   blockTextOf(*TW.L, S.Blocks[I]).c_str());
      return ClusterWait::Partial;
    }
    if (AnyStopped)
      return ClusterWait::Stopped;
    S.Changed.wait(Lock);
  }
}

void ignis::gpu::cpu::runClusters(Launch &L) {
  ClusterState S;
  S.Size = L.ClusterSize;
  S.Blocks.assign(static_cast<size_t>(S.Size), 0);
  S.reset();
  const int64_t NumClusters = L.NumBlocks / L.ClusterSize;
  // Every block of a cluster has finished before the state is reset for the
  // next cluster, and every rank then sees the same decision to stop (a
  // fault stops the launch after its cluster).
  bool Stop = false;
  std::barrier EndOfCluster(L.ClusterSize, [&]() noexcept {
    S.reset();
    Stop = StopBlock.load(std::memory_order_relaxed) != INT64_MAX;
  });
  StopBlock.store(INT64_MAX);
  auto RunRank = [&](int64_t Rank) {
    prepareWorker();
    for (int64_t C = 0; C < NumClusters && !Stop; ++C) {
      int64_t B = clusterBlock(L, C, Rank);
      S.Blocks[static_cast<size_t>(Rank)] = B;
      TW.Cluster = &S;
      TW.ClusterRank = Rank;
      runBlock(L, B);
      {
        std::lock_guard Lock(S.Mu);
        S.Finished[static_cast<size_t>(Rank)] = 1;
        S.Stopped[static_cast<size_t>(Rank)] =
            StopBlock.load(std::memory_order_relaxed) <= B;
        S.Changed.notify_all();
      }
      EndOfCluster.arrive_and_wait();
    }
    finishWorker();
  };
  std::vector<std::thread> Others;
  for (int64_t R = 1; R < L.ClusterSize; ++R)
    Others.emplace_back(RunRank, R);
  RunRank(0);
  for (std::thread &T : Others)
    T.join();
  StopBlock.store(INT64_MAX);
}

extern "C" int64_t ignis_gpu_cpu_cluster_rank(void) {
  return TW.Cluster ? TW.ClusterRank : 0;
}

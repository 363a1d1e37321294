// Cluster launches and the warp mma on the cpu device, driven through the C
// ABI by kernels written in C++.
#include "GpuTestSupport.h"

using namespace ignis::gpu::test;

namespace {

class CpuCluster : public CpuDeviceTest {
protected:
  int64_t launchInClusters(const IgnisKernel &K, int64_t Grid, int64_t Block,
                           int64_t Cluster, std::vector<void *> Args) {
    ignis_gpu_set_launch_cluster(Ctx, Cluster, 1, 1);
    return launch(K, Grid, Block, std::move(Args));
  }
};

// Three phases: each block publishes a value, and after the cluster barrier
// reads its right neighbour's (in the cluster); the barrier between read and
// next write keeps the phases apart.
void neighbours(void **Args) {
  auto *Vals = arg<int64_t *>(Args, 0);
  auto *Out = arg<int64_t *>(Args, 1);
  int64_t B = bidX(), Rank = ignis_gpu_cpu_cluster_rank();
  int64_t First = B - Rank;
  for (int64_t Phase = 0; Phase < 3; ++Phase) {
    if (tidX() == 0)
      store(&Vals[B], B * 10 + Phase);
    ignis_gpu_cpu_cluster_arrive();
    ignis_gpu_cpu_cluster_wait("n.mojo:5:5");
    int64_t V = load(&Vals[First + (Rank + 1) % 4]);
    if (tidX() == 0)
      store(&Out[B * 3 + Phase], V);
    ignis_gpu_cpu_cluster_arrive();
    ignis_gpu_cpu_cluster_wait("n.mojo:9:5");
  }
}

TEST_F(CpuCluster, BarrierSeesTheOtherBlocksEveryPhase) {
  int64_t *Vals = deviceArray<int64_t>(8);
  int64_t *Out = deviceArray<int64_t>(24);
  IgnisKernel K = kernel("neighbours", neighbours, true);
  ASSERT_EQ(launchInClusters(K, 8, 64, 4, {&Vals, &Out}), 0)
      << ignis_gpu_last_error();
  auto V = download(Out, 24);
  for (int64_t B = 0; B < 8; ++B)
    for (int64_t P = 0; P < 3; ++P) {
      int64_t Next = B - B % 4 + (B % 4 + 1) % 4;
      EXPECT_EQ(V[size_t(B * 3 + P)], Next * 10 + P) << B << " " << P;
    }
}

// Threads other than 0 arrive and exit: exited threads do not hold up the
// barrier, so thread 0's wait ends once the other blocks arrive.
void arriveAndLeave(void **Args) {
  auto *Out = arg<int64_t *>(Args, 0);
  ignis_gpu_cpu_cluster_arrive();
  if (tidX() != 0)
    return;
  ignis_gpu_cpu_cluster_wait("l.mojo:3:3");
  store(&Out[bidX()], ignis_gpu_cpu_cluster_rank() + 1);
}

TEST_F(CpuCluster, ExitedThreadsCountAsArrived) {
  int64_t *Out = deviceArray<int64_t>(4);
  IgnisKernel K = kernel("leave", arriveAndLeave, true);
  ASSERT_EQ(launchInClusters(K, 4, 32, 2, {&Out}), 0) << ignis_gpu_last_error();
  EXPECT_EQ(download(Out, 4), (std::vector<int64_t>{1, 2, 1, 2}));
}

void twice(void **) {
  ignis_gpu_cpu_cluster_arrive();
  ignis_gpu_cpu_cluster_arrive();
}

TEST_F(CpuCluster, ArrivingTwiceIsReported) {
  IgnisKernel K = kernel("twice", twice, true);
  EXPECT_EQ(launchInClusters(K, 2, 4, 2, {}), 1);
  EXPECT_EQ(std::string(ignis_gpu_last_error()),
            "cluster_arrive twice without cluster_wait in kernel 'twice': "
            "block (0, 0, 0), thread (0, 0, 0)");
}

TEST_F(CpuCluster, ClustersMustTileTheGrid) {
  IgnisKernel K = kernel("twice", twice, true);
  EXPECT_EQ(launchInClusters(K, 4, 4, 16, {}), 1);
  EXPECT_EQ(std::string(ignis_gpu_last_error()),
            "invalid launch of kernel 'twice': cluster dimensions (16, 1, 1) "
            "make 16 blocks, more than the limit of 8 per cluster");
  // The next launch is not in clusters any more.
  IgnisKernel Plain = kernel("plain", [](void **) {}, false);
  EXPECT_EQ(launch(Plain, 3, 4, {}), 0) << ignis_gpu_last_error();
}

// m16n8k8 float32: every lane passes its registers; D = A * B + C.
void mma(void **Args) {
  auto *A = arg<const float *>(Args, 0); // 16 x 8 row-major
  auto *Bm = arg<const float *>(Args, 1); // 8 x 8
  auto *D = arg<float *>(Args, 2);       // 16 x 8
  int64_t L = lane(), G = L / 4, T = L % 4;
  float Ar[4], Br[2], Cr[4], Dr[4];
  for (int I = 0; I < 4; ++I)
    Ar[I] = A[(G + 8 * (I % 2)) * 8 + T + 4 * (I / 2)];
  for (int I = 0; I < 2; ++I)
    Br[I] = Bm[(T + 4 * I) * 8 + G];
  for (int I = 0; I < 4; ++I)
    Cr[I] = 1000.0f;
  ignis_gpu_cpu_warp_mma(0, Ar, Br, Cr, Dr);
  for (int I = 0; I < 4; ++I)
    D[(G + 8 * (I / 2)) * 8 + 2 * T + I % 2] = Dr[I];
}

TEST_F(CpuCluster, WarpMmaFloat32) {
  std::vector<float> A(128), B(64);
  for (int I = 0; I < 128; ++I)
    A[size_t(I)] = float(I % 9) - 4;
  for (int I = 0; I < 64; ++I)
    B[size_t(I)] = float(I % 5) - 2;
  float *DA = upload(A), *DB = upload(B), *DD = deviceArray<float>(128);
  IgnisKernel K = kernel("mma", mma, true);
  ASSERT_EQ(launch(K, 1, 32, {&DA, &DB, &DD}), 0) << ignis_gpu_last_error();
  auto D = download(DD, 128);
  for (int M = 0; M < 16; ++M)
    for (int N = 0; N < 8; ++N) {
      float Want = 1000;
      for (int K2 = 0; K2 < 8; ++K2)
        Want += A[size_t(M * 8 + K2)] * B[size_t(K2 * 8 + N)];
      EXPECT_EQ(D[size_t(M * 8 + N)], Want) << M << " " << N;
    }
}

} // namespace

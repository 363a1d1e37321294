// The host half of the C ABI: picking a device, and dispatching memory,
// launch and attribute calls to the context's api.
#include "GpuRuntime.h"
#include <vector>
#include <mutex>
#include <algorithm>

#include <atomic>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <string_view>

using namespace ignis::gpu;

namespace {

enum class ApiChoice { Default, Cpu, Cuda, Hip, Unknown };

ApiChoice parseApi(const char *Api, int64_t Len) {
  if (!Api || Len <= 0)
    return ApiChoice::Default;
  std::string_view S(Api, static_cast<size_t>(Len));
  if (S == "cpu")
    return ApiChoice::Cpu;
  if (S == "cuda")
    return ApiChoice::Cuda;
  if (S == "hip")
    return ApiChoice::Hip;
  return ApiChoice::Unknown;
}

DeviceContext *asContext(void *Ctx) {
  return static_cast<DeviceContext *>(Ctx);
}

/// Frees what the program released before now (see DeviceContext::Released).
int64_t freeReleased(DeviceContext *C) {
  std::vector<std::pair<void *, bool>> Now;
  {
    std::lock_guard<std::mutex> Lock(C->ReleasedLock);
    Now.swap(C->Released);
  }
  int64_t Status = 0;
  for (auto &[P, Host] : Now)
    if (int64_t S = Host ? C->freeHost(P) : C->free(P))
      Status = S;
  return Status;
}

int64_t release(void *Ctx, void *P, bool Host) {
  if (!P)
    return 0;
  DeviceContext *C = asContext(Ctx);
  if (int64_t S = C->checkOwned(P, Host))
    return S;
  std::lock_guard<std::mutex> Lock(C->ReleasedLock);
  C->Released.emplace_back(P, Host);
  return 0;
}

void noticeCpuFallback() {
  static std::atomic<bool> Printed{false};
  if (!Printed.exchange(true))
    fputs("ignis: no GPU found; kernels run on the cpu device\n", stderr);
}

DeviceContext *createDefault(int64_t Id) {
  if (const char *Forced = getenv("IGNIS_DEVICE"); Forced && *Forced) {
    switch (parseApi(Forced, static_cast<int64_t>(strlen(Forced)))) {
    case ApiChoice::Cpu:
      return createCpuContext(Id);
    case ApiChoice::Cuda:
      return createCudaContext(Id);
    case ApiChoice::Hip:
      return createHipContext(Id);
    default:
      fail("unknown device '%s' in IGNIS_DEVICE (expected cpu, cuda or hip)",
           Forced);
      return nullptr;
    }
  }
  if (cudaDeviceCount() > 0)
    return createCudaContext(Id);
  if (hipDeviceCount() > 0)
    return createHipContext(Id);
  noticeCpuFallback();
  return createCpuContext(Id);
}

/// The limits every device shares (CUDA's; AMD GPUs allow the same).
int64_t checkLaunchDims(const IgnisKernel &K, const int64_t G[3],
                        const int64_t B[3]) {
  const char *N = kernelName(K);
  auto Dims = [](const int64_t D[3]) {
    return format("(%lld, %lld, %lld)", static_cast<long long>(D[0]),
                  static_cast<long long>(D[1]), static_cast<long long>(D[2]));
  };
  if (B[0] <= 0 || B[1] <= 0 || B[2] <= 0)
    return fail("invalid launch of kernel '%s': block dimensions %s must be "
                "positive",
                N, Dims(B).c_str());
  if (G[0] <= 0 || G[1] <= 0 || G[2] <= 0)
    return fail("invalid launch of kernel '%s': grid dimensions %s must be "
                "positive",
                N, Dims(G).c_str());
  if (B[0] > 1024 || B[1] > 1024 || B[2] > 64)
    return fail("invalid launch of kernel '%s': block dimensions %s exceed "
                "the limit (1024, 1024, 64)",
                N, Dims(B).c_str());
  int64_t Threads = B[0] * B[1] * B[2];
  if (Threads > 1024)
    return fail("invalid launch of kernel '%s': block dimensions %s make "
                "%lld threads, more than the limit of 1024 per block",
                N, Dims(B).c_str(), static_cast<long long>(Threads));
  if (G[0] > 2147483647 || G[1] > 65535 || G[2] > 65535)
    return fail("invalid launch of kernel '%s': grid dimensions %s exceed "
                "the limit (2147483647, 65535, 65535)",
                N, Dims(G).c_str());
  return 0;
}

/// Clusters must tile the grid and hold at most 8 blocks (CUDA's portable
/// cluster size).
int64_t checkClusterDims(const IgnisKernel &K, const int64_t G[3],
                         const int64_t C[3]) {
  auto Dims = [](const int64_t D[3]) {
    return format("(%lld, %lld, %lld)", static_cast<long long>(D[0]),
                  static_cast<long long>(D[1]), static_cast<long long>(D[2]));
  };
  const char *N = kernelName(K);
  if (C[0] <= 0 || C[1] <= 0 || C[2] <= 0)
    return fail("invalid launch of kernel '%s': cluster dimensions %s must be "
                "positive",
                N, Dims(C).c_str());
  int64_t Size = C[0] * C[1] * C[2];
  if (Size > 8)
    return fail("invalid launch of kernel '%s': cluster dimensions %s make "
                "%lld blocks, more than the limit of 8 per cluster",
                N, Dims(C).c_str(), static_cast<long long>(Size));
  if (G[0] % C[0] || G[1] % C[1] || G[2] % C[2])
    return fail("invalid launch of kernel '%s': grid dimensions %s are not a "
                "multiple of the cluster dimensions %s",
                N, Dims(G).c_str(), Dims(C).c_str());
  return 0;
}

} // namespace

/// Every context a program holds. Mojo's DeviceContext values are copies of
/// one handle that nothing destroys, so the contexts live until the process
/// ends; keeping them here says so (and keeps leak checkers quiet).
static void liveContexts(int Delta, DeviceContext *Ctx) {
  static std::mutex M;
  static auto *Live = new std::vector<DeviceContext *>;
  std::lock_guard<std::mutex> Lock(M);
  if (Delta > 0)
    Live->push_back(Ctx);
  else
    Live->erase(std::remove(Live->begin(), Live->end(), Ctx), Live->end());
}

extern "C" {

void *ignis_gpu_ctx_create(const char *Api, int64_t ApiLen, int64_t DeviceId) {
  DeviceContext *Ctx = nullptr;
  switch (parseApi(Api, ApiLen)) {
  case ApiChoice::Default:
    Ctx = createDefault(DeviceId);
    break;
  case ApiChoice::Cpu:
    Ctx = createCpuContext(DeviceId);
    break;
  case ApiChoice::Cuda:
    Ctx = createCudaContext(DeviceId);
    break;
  case ApiChoice::Hip:
    Ctx = createHipContext(DeviceId);
    break;
  case ApiChoice::Unknown:
    fail("unknown GPU api '%.*s' (expected cpu, cuda or hip)",
         static_cast<int>(ApiLen), Api);
    return nullptr;
  }
  if (Ctx)
    liveContexts(+1, Ctx);
  return Ctx;
}

void ignis_gpu_ctx_destroy(void *Ctx) {
  if (!Ctx)
    return;
  liveContexts(-1, asContext(Ctx));
  asContext(Ctx)->synchronize();
  freeReleased(asContext(Ctx));
  delete asContext(Ctx);
}

int64_t ignis_gpu_ctx_api(void *Ctx) { return asContext(Ctx)->Api; }
const char *ignis_gpu_ctx_name(void *Ctx) {
  return asContext(Ctx)->Name.c_str();
}
int64_t ignis_gpu_ctx_id(void *Ctx) { return asContext(Ctx)->Id; }

int64_t ignis_gpu_number_of_devices(const char *Api, int64_t ApiLen) {
  switch (parseApi(Api, ApiLen)) {
  case ApiChoice::Default:
    return cudaDeviceCount() + hipDeviceCount();
  case ApiChoice::Cpu:
    return cpuDeviceCount();
  case ApiChoice::Cuda:
    return cudaDeviceCount();
  case ApiChoice::Hip:
    return hipDeviceCount();
  case ApiChoice::Unknown:
    break;
  }
  return 0;
}

int64_t ignis_gpu_has_accelerator(void) {
  return cudaDeviceCount() + hipDeviceCount() > 0;
}
int64_t ignis_gpu_has_nvidia_gpu(void) { return cudaDeviceCount() > 0; }
int64_t ignis_gpu_has_amd_gpu(void) { return hipDeviceCount() > 0; }

int64_t ignis_gpu_alloc(void *Ctx, int64_t Bytes, void **Out) {
  if (Bytes < 0)
    return fail("cannot allocate %lld bytes of device memory",
                static_cast<long long>(Bytes));
  return asContext(Ctx)->alloc(Bytes, Out);
}
int64_t ignis_gpu_free(void *Ctx, void *P) { return release(Ctx, P, false); }
int64_t ignis_gpu_alloc_host(void *Ctx, int64_t Bytes, void **Out) {
  if (Bytes < 0)
    return fail("cannot allocate %lld bytes of host memory",
                static_cast<long long>(Bytes));
  return asContext(Ctx)->allocHost(Bytes, Out);
}
int64_t ignis_gpu_free_host(void *Ctx, void *P) {
  return release(Ctx, P, true);
}

int64_t ignis_gpu_memcpy(void *Ctx, void *Dst, const void *Src, int64_t Bytes,
                         int64_t Kind) {
  if (Bytes < 0 || Kind < 0 || Kind > 3)
    return fail("invalid memcpy of %lld bytes (kind %lld)",
                static_cast<long long>(Bytes), static_cast<long long>(Kind));
  if (Bytes == 0)
    return 0;
  return asContext(Ctx)->memcpy(Dst, Src, Bytes, Kind);
}

int64_t ignis_gpu_memset(void *Ctx, void *Dst, uint64_t Pattern,
                         int64_t ElemSize, int64_t Count, int64_t IsHost) {
  if (ElemSize != 1 && ElemSize != 2 && ElemSize != 4 && ElemSize != 8)
    return fail("invalid memset element size %lld (expected 1, 2, 4 or 8)",
                static_cast<long long>(ElemSize));
  if (Count < 0)
    return fail("invalid memset of %lld elements",
                static_cast<long long>(Count));
  if (Count == 0)
    return 0;
  return asContext(Ctx)->memset(Dst, Pattern, ElemSize, Count, IsHost);
}

int64_t ignis_gpu_synchronize(void *Ctx) {
  if (int64_t S = asContext(Ctx)->synchronize())
    return S;
  return freeReleased(asContext(Ctx));
}

int64_t ignis_gpu_launch(void *Ctx, const IgnisKernel *K, int64_t Gx,
                         int64_t Gy, int64_t Gz, int64_t Bx, int64_t By,
                         int64_t Bz, int64_t SharedBytes, void **Args) {
  if (!K)
    return fail("launch of a null kernel");
  const int64_t Grid[3] = {Gx, Gy, Gz}, Block[3] = {Bx, By, Bz};
  if (checkLaunchDims(*K, Grid, Block))
    return 1;
  DeviceContext *C = asContext(Ctx);
  // The cluster dimensions apply to this launch only.
  const int64_t Cluster[3] = {C->NextCluster[0], C->NextCluster[1],
                              C->NextCluster[2]};
  C->NextCluster[0] = C->NextCluster[1] = C->NextCluster[2] = 1;
  if (SharedBytes < 0)
    return fail("invalid launch of kernel '%s': %lld bytes of dynamic shared "
                "memory",
                kernelName(*K), static_cast<long long>(SharedBytes));
  if (checkClusterDims(*K, Grid, Cluster))
    return 1;
  return C->launch(*K, Grid, Block, Cluster, SharedBytes, Args);
}

int64_t ignis_gpu_set_launch_cluster(void *Ctx, int64_t Cx, int64_t Cy,
                                     int64_t Cz) {
  DeviceContext *C = asContext(Ctx);
  C->NextCluster[0] = Cx;
  C->NextCluster[1] = Cy;
  C->NextCluster[2] = Cz;
  return 0;
}

int64_t ignis_gpu_attribute(void *Ctx, int64_t Attr, int64_t *Out) {
  return asContext(Ctx)->attribute(Attr, Out);
}

int64_t ignis_gpu_memory_info(void *Ctx, int64_t *Free, int64_t *Total) {
  return asContext(Ctx)->memoryInfo(Free, Total);
}

} // extern "C"

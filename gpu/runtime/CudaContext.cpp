// The CUDA device: the driver API loaded with dlopen("libcuda.so.1"), so that
// nothing links against CUDA.
#include "GpuRuntime.h"

#include <dlfcn.h>
#include <map>
#include <mutex>
#include <string.h>
#include <type_traits>
#include <utility>
#include <vector>

using namespace ignis::gpu;

namespace {

// The few driver types used, as cuda.h declares them.
using CUresult = int;
using CUdevice = int;
using CUdeviceptr = unsigned long long;
using CUcontext = struct CUctx_st *;
using CUmodule = struct CUmod_st *;
using CUfunction = struct CUfunc_st *;
using CUstream = struct CUstream_st *;
using CUjit_option = int;
constexpr CUjit_option CU_JIT_ERROR_LOG_BUFFER = 5;
constexpr CUjit_option CU_JIT_ERROR_LOG_BUFFER_SIZE_BYTES = 6;
constexpr unsigned CU_STREAM_NON_BLOCKING = 1;
// cuLaunchKernelEx's configuration, for cluster launches (CUDA 12).
constexpr int CU_LAUNCH_ATTRIBUTE_CLUSTER_DIMENSION = 4;
struct CUlaunchAttribute {
  int Id;
  char Pad[4];
  union {
    char Bytes[64];
    struct {
      unsigned X, Y, Z;
    } ClusterDim;
  } Value;
};
struct CUlaunchConfig {
  unsigned GridX, GridY, GridZ, BlockX, BlockY, BlockZ, SharedBytes;
  CUstream Stream;
  CUlaunchAttribute *Attrs;
  unsigned NumAttrs;
};
using LaunchKernelExFn = CUresult (*)(const CUlaunchConfig *, CUfunction,
                                      void **, void **);

/// Every driver entry point used: X(name, symbol, signature).
#define IGNIS_CUDA_FUNCTIONS(X)                                                \
  X(Init, "cuInit", CUresult (*)(unsigned))                                    \
  X(DeviceGetCount, "cuDeviceGetCount", CUresult (*)(int *))                   \
  X(DeviceGet, "cuDeviceGet", CUresult (*)(CUdevice *, int))                   \
  X(DeviceGetName, "cuDeviceGetName", CUresult (*)(char *, int, CUdevice))     \
  X(DeviceGetAttribute, "cuDeviceGetAttribute",                                \
    CUresult (*)(int *, int, CUdevice))                                        \
  X(PrimaryCtxRetain, "cuDevicePrimaryCtxRetain",                              \
    CUresult (*)(CUcontext *, CUdevice))                                       \
  X(PrimaryCtxRelease, "cuDevicePrimaryCtxRelease_v2", CUresult (*)(CUdevice)) \
  X(CtxSetCurrent, "cuCtxSetCurrent", CUresult (*)(CUcontext))                 \
  X(StreamCreate, "cuStreamCreate", CUresult (*)(CUstream *, unsigned))        \
  X(StreamDestroy, "cuStreamDestroy_v2", CUresult (*)(CUstream))               \
  X(StreamSynchronize, "cuStreamSynchronize", CUresult (*)(CUstream))          \
  X(ModuleLoadData, "cuModuleLoadData",                                        \
    CUresult (*)(CUmodule *, const void *))                                    \
  X(ModuleLoadDataEx, "cuModuleLoadDataEx",                                    \
    CUresult (*)(CUmodule *, const void *, unsigned, CUjit_option *, void **)) \
  X(ModuleUnload, "cuModuleUnload", CUresult (*)(CUmodule))                    \
  X(ModuleGetFunction, "cuModuleGetFunction",                                  \
    CUresult (*)(CUfunction *, CUmodule, const char *))                        \
  X(LaunchKernel, "cuLaunchKernel",                                            \
    CUresult (*)(CUfunction, unsigned, unsigned, unsigned, unsigned, unsigned, \
                 unsigned, unsigned, CUstream, void **, void **))              \
  X(MemAlloc, "cuMemAlloc_v2", CUresult (*)(CUdeviceptr *, size_t))            \
  X(MemFree, "cuMemFree_v2", CUresult (*)(CUdeviceptr))                        \
  X(MemGetInfo, "cuMemGetInfo_v2", CUresult (*)(size_t *, size_t *))           \
  X(MemAllocHost, "cuMemAllocHost_v2", CUresult (*)(void **, size_t))          \
  X(MemFreeHost, "cuMemFreeHost", CUresult (*)(void *))                        \
  X(MemcpyHtoDAsync, "cuMemcpyHtoDAsync_v2",                                   \
    CUresult (*)(CUdeviceptr, const void *, size_t, CUstream))                 \
  X(MemcpyDtoHAsync, "cuMemcpyDtoHAsync_v2",                                   \
    CUresult (*)(void *, CUdeviceptr, size_t, CUstream))                       \
  X(MemcpyDtoDAsync, "cuMemcpyDtoDAsync_v2",                                   \
    CUresult (*)(CUdeviceptr, CUdeviceptr, size_t, CUstream))                  \
  X(MemsetD8Async, "cuMemsetD8Async",                                          \
    CUresult (*)(CUdeviceptr, unsigned char, size_t, CUstream))                \
  X(MemsetD16Async, "cuMemsetD16Async",                                        \
    CUresult (*)(CUdeviceptr, unsigned short, size_t, CUstream))               \
  X(MemsetD32Async, "cuMemsetD32Async",                                        \
    CUresult (*)(CUdeviceptr, unsigned, size_t, CUstream))                     \
  X(GetErrorString, "cuGetErrorString", CUresult (*)(CUresult, const char **)) \
  X(GetErrorName, "cuGetErrorName", CUresult (*)(CUresult, const char **))

struct CudaDriver {
#define IGNIS_CUDA_FIELD(Name, Symbol, Type)                                   \
  std::type_identity_t<Type> Name = nullptr;
  IGNIS_CUDA_FUNCTIONS(IGNIS_CUDA_FIELD)
#undef IGNIS_CUDA_FIELD
  /// cuLaunchKernelEx, which drivers before CUDA 12 lack (then null).
  LaunchKernelExFn LaunchKernelEx = nullptr;
  bool Loaded = false;
  int Devices = 0;
};

/// The driver, loaded and initialised once; Loaded is false when libcuda is
/// missing or lacks an entry point.
const CudaDriver &driver() {
  static const CudaDriver D = [] {
    CudaDriver D;
    void *Lib = dlopen("libcuda.so.1", RTLD_NOW | RTLD_LOCAL);
    if (!Lib)
      return D;
#define IGNIS_CUDA_LOAD(Name, Symbol, Type)                                    \
  D.Name = reinterpret_cast<Type>(dlsym(Lib, Symbol));                         \
  if (!D.Name)                                                                 \
    return CudaDriver();
    IGNIS_CUDA_FUNCTIONS(IGNIS_CUDA_LOAD)
#undef IGNIS_CUDA_LOAD
    D.LaunchKernelEx =
        reinterpret_cast<LaunchKernelExFn>(dlsym(Lib, "cuLaunchKernelEx"));
    D.Loaded = true;
    int Count = 0;
    if (D.Init(0) == 0 && D.DeviceGetCount(&Count) == 0)
      D.Devices = Count;
    return D;
  }();
  return D;
}

/// "CUDA error CUDA_ERROR_INVALID_VALUE: invalid argument (cuLaunchKernel)".
int64_t cudaFail(CUresult R, const char *Call) {
  const char *Name = nullptr, *Text = nullptr;
  driver().GetErrorName(R, &Name);
  driver().GetErrorString(R, &Text);
  return fail("CUDA error %s: %s (%s)", Name ? Name : "CUDA_ERROR_UNKNOWN",
              Text ? Text : "unknown error", Call);
}

#define CU_CHECK(Call, Name)                                                   \
  do {                                                                         \
    if (CUresult R_ = (Call))                                                  \
      return cudaFail(R_, Name);                                               \
  } while (0)

class CudaContext final : public DeviceContext {
public:
  CudaContext(int64_t Id, CUdevice Dev)
      : DeviceContext(IGNIS_GPU_API_CUDA, Id), Dev(Dev) {}

  /// Retains the primary context and makes a stream; 0 on success.
  int64_t init() {
    const CudaDriver &D = driver();
    char Buf[256] = {0};
    CU_CHECK(D.DeviceGetName(Buf, sizeof(Buf) - 1, Dev), "cuDeviceGetName");
    Name = Buf;
    CU_CHECK(D.PrimaryCtxRetain(&Ctx, Dev), "cuDevicePrimaryCtxRetain");
    Retained = true;
    CU_CHECK(D.CtxSetCurrent(Ctx), "cuCtxSetCurrent");
    CU_CHECK(D.StreamCreate(&Stream, CU_STREAM_NON_BLOCKING), "cuStreamCreate");
    return 0;
  }

  ~CudaContext() override {
    const CudaDriver &D = driver();
    if (Ctx)
      D.CtxSetCurrent(Ctx);
    for (auto &[Image, Mod] : Modules)
      D.ModuleUnload(Mod);
    if (Stream)
      D.StreamDestroy(Stream);
    if (Retained)
      D.PrimaryCtxRelease(Dev);
  }

  int64_t alloc(int64_t Bytes, void **Out) override {
    CU_CHECK(current(), "cuCtxSetCurrent");
    CUdeviceptr P = 0;
    CU_CHECK(driver().MemAlloc(&P, static_cast<size_t>(Bytes ? Bytes : 1)),
             "cuMemAlloc");
    *Out = reinterpret_cast<void *>(P);
    return 0;
  }
  int64_t free(void *P) override {
    CU_CHECK(current(), "cuCtxSetCurrent");
    CU_CHECK(driver().MemFree(ptr(P)), "cuMemFree");
    return 0;
  }
  int64_t allocHost(int64_t Bytes, void **Out) override {
    CU_CHECK(current(), "cuCtxSetCurrent");
    CU_CHECK(driver().MemAllocHost(Out, static_cast<size_t>(Bytes ? Bytes : 1)),
             "cuMemAllocHost");
    return 0;
  }
  int64_t freeHost(void *P) override {
    CU_CHECK(current(), "cuCtxSetCurrent");
    CU_CHECK(driver().MemFreeHost(P), "cuMemFreeHost");
    return 0;
  }
  int64_t memcpy(void *Dst, const void *Src, int64_t Bytes,
                 int64_t Kind) override {
    const CudaDriver &D = driver();
    CU_CHECK(current(), "cuCtxSetCurrent");
    auto N = static_cast<size_t>(Bytes);
    switch (Kind) {
    case IGNIS_GPU_HOST_TO_DEVICE:
      CU_CHECK(D.MemcpyHtoDAsync(ptr(Dst), Src, N, Stream),
               "cuMemcpyHtoDAsync");
      return 0;
    case IGNIS_GPU_DEVICE_TO_HOST:
      CU_CHECK(D.MemcpyDtoHAsync(Dst, ptr(Src), N, Stream),
               "cuMemcpyDtoHAsync");
      return 0;
    case IGNIS_GPU_DEVICE_TO_DEVICE:
      CU_CHECK(D.MemcpyDtoDAsync(ptr(Dst), ptr(Src), N, Stream),
               "cuMemcpyDtoDAsync");
      return 0;
    default:
      // Host to host: ordered after the work already on the stream.
      CU_CHECK(D.StreamSynchronize(Stream), "cuStreamSynchronize");
      ::memmove(Dst, Src, N);
      return 0;
    }
  }
  int64_t memset(void *Dst, uint64_t Pattern, int64_t ElemSize, int64_t Count,
                 int64_t IsHost) override {
    const CudaDriver &D = driver();
    CU_CHECK(current(), "cuCtxSetCurrent");
    auto N = static_cast<size_t>(Count);
    if (IsHost) {
      CU_CHECK(D.StreamSynchronize(Stream), "cuStreamSynchronize");
      fillPattern(Dst, Pattern, ElemSize, Count);
      return 0;
    }
    auto Lo = static_cast<uint32_t>(Pattern);
    switch (ElemSize) {
    case 1:
      CU_CHECK(D.MemsetD8Async(ptr(Dst), static_cast<unsigned char>(Pattern), N,
                               Stream),
               "cuMemsetD8Async");
      return 0;
    case 2:
      CU_CHECK(D.MemsetD16Async(ptr(Dst), static_cast<unsigned short>(Pattern),
                                N, Stream),
               "cuMemsetD16Async");
      return 0;
    case 4:
      CU_CHECK(D.MemsetD32Async(ptr(Dst), Lo, N, Stream), "cuMemsetD32Async");
      return 0;
    default:
      if (static_cast<uint32_t>(Pattern >> 32) == Lo) {
        CU_CHECK(D.MemsetD32Async(ptr(Dst), Lo, N * 2, Stream),
                 "cuMemsetD32Async");
        return 0;
      }
      // No 64-bit fill in the driver: copy a filled staging buffer.
      std::vector<uint64_t> Staging(N, Pattern);
      CU_CHECK(D.MemcpyHtoDAsync(ptr(Dst), Staging.data(), N * 8, Stream),
               "cuMemcpyHtoDAsync");
      CU_CHECK(D.StreamSynchronize(Stream), "cuStreamSynchronize");
      return 0;
    }
  }
  int64_t synchronize() override {
    CU_CHECK(current(), "cuCtxSetCurrent");
    CU_CHECK(driver().StreamSynchronize(Stream), "cuStreamSynchronize");
    return 0;
  }
  int64_t launch(const IgnisKernel &K, const int64_t G[3], const int64_t B[3],
                 const int64_t C[3], int64_t SharedBytes,
                 void **Args) override {
    if (!K.nvptx_image || !K.nvptx_symbol)
      return fail("kernel '%s' has no NVPTX image", kernelName(K));
    CU_CHECK(current(), "cuCtxSetCurrent");
    CUfunction F;
    if (function(K, F))
      return 1;
    if (C[0] * C[1] * C[2] > 1) {
      if (!driver().LaunchKernelEx)
        return fail("launch of kernel '%s' in clusters: the CUDA driver has "
                    "no cuLaunchKernelEx (CUDA 12 or newer needed)",
                    kernelName(K));
      CUlaunchAttribute Attr = {};
      Attr.Id = CU_LAUNCH_ATTRIBUTE_CLUSTER_DIMENSION;
      Attr.Value.ClusterDim = {static_cast<unsigned>(C[0]),
                               static_cast<unsigned>(C[1]),
                               static_cast<unsigned>(C[2])};
      CUlaunchConfig Config = {
          static_cast<unsigned>(G[0]), static_cast<unsigned>(G[1]),
          static_cast<unsigned>(G[2]), static_cast<unsigned>(B[0]),
          static_cast<unsigned>(B[1]), static_cast<unsigned>(B[2]),
          static_cast<unsigned>(SharedBytes), Stream, &Attr, 1};
      CU_CHECK(driver().LaunchKernelEx(&Config, F, Args, nullptr),
               "cuLaunchKernelEx");
      return 0;
    }
    CU_CHECK(driver().LaunchKernel(
                 F, static_cast<unsigned>(G[0]), static_cast<unsigned>(G[1]),
                 static_cast<unsigned>(G[2]), static_cast<unsigned>(B[0]),
                 static_cast<unsigned>(B[1]), static_cast<unsigned>(B[2]),
                 static_cast<unsigned>(SharedBytes), Stream, Args, nullptr),
             "cuLaunchKernel");
    return 0;
  }
  int64_t attribute(int64_t Attr, int64_t *Out) override {
    int V = 0;
    CU_CHECK(driver().DeviceGetAttribute(&V, static_cast<int>(Attr), Dev),
             "cuDeviceGetAttribute");
    *Out = V;
    return 0;
  }

  int64_t memoryInfo(int64_t *Free, int64_t *Total) override {
    CU_CHECK(current(), "cuCtxSetCurrent");
    size_t F = 0, T = 0;
    CU_CHECK(driver().MemGetInfo(&F, &T), "cuMemGetInfo");
    *Free = static_cast<int64_t>(F);
    *Total = static_cast<int64_t>(T);
    return 0;
  }

private:
  static CUdeviceptr ptr(const void *P) {
    return static_cast<CUdeviceptr>(reinterpret_cast<uintptr_t>(P));
  }
  /// The driver's current context is per host thread: set it on each call.
  CUresult current() { return driver().CtxSetCurrent(Ctx); }

  /// The kernel's function, loading its image once per context.
  int64_t function(const IgnisKernel &K, CUfunction &F) {
    std::lock_guard Lock(Mu);
    auto Key = std::make_pair(K.nvptx_image, std::string(K.nvptx_symbol));
    if (auto It = Functions.find(Key); It != Functions.end()) {
      F = It->second;
      return 0;
    }
    const CudaDriver &D = driver();
    CUmodule Mod;
    if (auto It = Modules.find(K.nvptx_image); It != Modules.end()) {
      Mod = It->second;
    } else {
      // The JIT's log says what was wrong with a PTX image.
      char Log[4096] = {0};
      CUjit_option Opts[] = {CU_JIT_ERROR_LOG_BUFFER,
                             CU_JIT_ERROR_LOG_BUFFER_SIZE_BYTES};
      void *Vals[] = {Log, reinterpret_cast<void *>(sizeof(Log) - 1)};
      if (CUresult R = D.ModuleLoadDataEx(&Mod, K.nvptx_image, 2, Opts, Vals)) {
        cudaFail(R, "cuModuleLoadData");
        if (!Log[0])
          return 1;
        return failWith(std::string(ignis_gpu_last_error()) + ": " + Log);
      }
      Modules[K.nvptx_image] = Mod;
    }
    CU_CHECK(D.ModuleGetFunction(&F, Mod, K.nvptx_symbol),
             "cuModuleGetFunction");
    Functions[Key] = F;
    return 0;
  }

  CUdevice Dev;
  CUcontext Ctx = nullptr;
  bool Retained = false;
  CUstream Stream = nullptr;
  std::mutex Mu;
  std::map<const void *, CUmodule> Modules;
  std::map<std::pair<const void *, std::string>, CUfunction> Functions;
};

} // namespace

int64_t ignis::gpu::cudaDeviceCount() { return driver().Devices; }

DeviceContext *ignis::gpu::createCudaContext(int64_t Id) {
  const CudaDriver &D = driver();
  if (!D.Loaded) {
    fail("no CUDA driver found (libcuda.so.1)");
    return nullptr;
  }
  if (Id < 0 || Id >= D.Devices) {
    fail("no cuda device %lld: there are %d", static_cast<long long>(Id),
         D.Devices);
    return nullptr;
  }
  CUdevice Dev = 0;
  if (CUresult R = D.DeviceGet(&Dev, static_cast<int>(Id))) {
    cudaFail(R, "cuDeviceGet");
    return nullptr;
  }
  auto *C = new CudaContext(Id, Dev);
  if (C->init()) {
    delete C;
    return nullptr;
  }
  return C;
}

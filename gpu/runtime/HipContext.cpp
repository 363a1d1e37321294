// The HIP device: the HIP runtime loaded with dlopen("libamdhip64.so"), so
// that nothing links against ROCm.
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

// The few runtime types used, as hip_runtime_api.h declares them.
using hipError_t = int;
using hipModule_t = struct ihipModule_t *;
using hipFunction_t = struct ihipModuleSymbol_t *;
using hipStream_t = struct ihipStream_t *;
constexpr int hipMemcpyHostToDevice = 1;
constexpr int hipMemcpyDeviceToHost = 2;
constexpr int hipMemcpyDeviceToDevice = 3;
constexpr unsigned hipHostMallocDefault = 0;
constexpr unsigned hipStreamNonBlocking = 1;

/// Every runtime entry point used: X(name, symbol, signature).
#define IGNIS_HIP_FUNCTIONS(X)                                                 \
  X(Init, "hipInit", hipError_t (*)(unsigned))                                 \
  X(GetDeviceCount, "hipGetDeviceCount", hipError_t (*)(int *))                \
  X(SetDevice, "hipSetDevice", hipError_t (*)(int))                            \
  X(DeviceGetName, "hipDeviceGetName", hipError_t (*)(char *, int, int))       \
  X(DeviceGetAttribute, "hipDeviceGetAttribute",                               \
    hipError_t (*)(int *, int, int))                                           \
  X(StreamCreate, "hipStreamCreateWithFlags",                                  \
    hipError_t (*)(hipStream_t *, unsigned))                                   \
  X(StreamDestroy, "hipStreamDestroy", hipError_t (*)(hipStream_t))            \
  X(StreamSynchronize, "hipStreamSynchronize", hipError_t (*)(hipStream_t))    \
  X(ModuleLoadData, "hipModuleLoadData",                                       \
    hipError_t (*)(hipModule_t *, const void *))                               \
  X(ModuleUnload, "hipModuleUnload", hipError_t (*)(hipModule_t))              \
  X(ModuleGetFunction, "hipModuleGetFunction",                                 \
    hipError_t (*)(hipFunction_t *, hipModule_t, const char *))                \
  X(ModuleLaunchKernel, "hipModuleLaunchKernel",                               \
    hipError_t (*)(hipFunction_t, unsigned, unsigned, unsigned, unsigned,      \
                   unsigned, unsigned, unsigned, hipStream_t, void **,         \
                   void **))                                                   \
  X(Malloc, "hipMalloc", hipError_t (*)(void **, size_t))                      \
  X(Free, "hipFree", hipError_t (*)(void *))                                   \
  X(MemGetInfo, "hipMemGetInfo", hipError_t (*)(size_t *, size_t *))           \
  X(HostMalloc, "hipHostMalloc", hipError_t (*)(void **, size_t, unsigned))    \
  X(HostFree, "hipHostFree", hipError_t (*)(void *))                           \
  X(MemcpyAsync, "hipMemcpyAsync",                                             \
    hipError_t (*)(void *, const void *, size_t, int, hipStream_t))            \
  X(MemsetD8Async, "hipMemsetD8Async",                                         \
    hipError_t (*)(void *, unsigned char, size_t, hipStream_t))                \
  X(MemsetD16Async, "hipMemsetD16Async",                                       \
    hipError_t (*)(void *, unsigned short, size_t, hipStream_t))               \
  X(MemsetD32Async, "hipMemsetD32Async",                                       \
    hipError_t (*)(void *, int, size_t, hipStream_t))                          \
  X(GetErrorString, "hipGetErrorString", const char *(*)(hipError_t))          \
  X(GetErrorName, "hipGetErrorName", const char *(*)(hipError_t))

struct HipRuntime {
#define IGNIS_HIP_FIELD(Name, Symbol, Type)                                    \
  std::type_identity_t<Type> Name = nullptr;
  IGNIS_HIP_FUNCTIONS(IGNIS_HIP_FIELD)
#undef IGNIS_HIP_FIELD
  bool Loaded = false;
  int Devices = 0;
};

const HipRuntime &runtime() {
  static const HipRuntime H = [] {
    HipRuntime H;
    void *Lib = dlopen("libamdhip64.so", RTLD_NOW | RTLD_LOCAL);
    if (!Lib)
      Lib = dlopen("libamdhip64.so.6", RTLD_NOW | RTLD_LOCAL);
    if (!Lib)
      return H;
#define IGNIS_HIP_LOAD(Name, Symbol, Type)                                     \
  H.Name = reinterpret_cast<Type>(dlsym(Lib, Symbol));                         \
  if (!H.Name)                                                                 \
    return HipRuntime();
    IGNIS_HIP_FUNCTIONS(IGNIS_HIP_LOAD)
#undef IGNIS_HIP_LOAD
    H.Loaded = true;
    int Count = 0;
    if (H.Init(0) == 0 && H.GetDeviceCount(&Count) == 0)
      H.Devices = Count;
    return H;
  }();
  return H;
}

/// "HIP error hipErrorInvalidValue: invalid argument (hipModuleLaunchKernel)".
int64_t hipFail(hipError_t R, const char *Call) {
  const char *Name = runtime().GetErrorName(R);
  const char *Text = runtime().GetErrorString(R);
  return fail("HIP error %s: %s (%s)", Name ? Name : "hipErrorUnknown",
              Text ? Text : "unknown error", Call);
}

#define HIP_CHECK(Call, Name)                                                  \
  do {                                                                         \
    if (hipError_t R_ = (Call))                                                \
      return hipFail(R_, Name);                                                \
  } while (0)

/// CUDA's CUdevice_attribute numbers mapped to hipDeviceAttribute_t (ROCm 5
/// and later); -1 where HIP has no such attribute.
int hipAttribute(int64_t CudaAttr) {
  switch (CudaAttr) {
  case 1:
    return 56; // max threads per block
  case 2:
    return 26; // max block dim x
  case 3:
    return 27;
  case 4:
    return 28;
  case 5:
    return 29; // max grid dim x
  case 6:
    return 30;
  case 7:
    return 31;
  case 8:
    return 74; // max shared memory per block
  case 9:
    return 83; // total constant memory
  case 10:
    return 87; // warp size
  case 12:
    return 71; // registers per block
  case 13:
    return 5; // clock rate
  case 16:
    return 63; // multiprocessor count
  case 19:
    return 3; // can map host memory
  case 36:
    return 60; // memory clock rate
  case 37:
    return 59; // memory bus width
  case 38:
    return 19; // L2 cache size
  case 39:
    return 57; // max threads per multiprocessor
  case 75:
    return 23; // compute capability major
  case 76:
    return 61; // compute capability minor
  case 81:
    return 10002; // shared memory per multiprocessor (AMD's)
  case 82:
    return 72; // registers per multiprocessor
  case 97:
    return 75; // opt-in shared memory per block
  case 106:
    return 25; // max blocks per multiprocessor
  default:
    return -1;
  }
}

class HipContext final : public DeviceContext {
public:
  explicit HipContext(int64_t Id) : DeviceContext(IGNIS_GPU_API_HIP, Id) {}

  int64_t init() {
    const HipRuntime &H = runtime();
    HIP_CHECK(current(), "hipSetDevice");
    char Buf[256] = {0};
    HIP_CHECK(H.DeviceGetName(Buf, sizeof(Buf) - 1, static_cast<int>(Id)),
              "hipDeviceGetName");
    Name = Buf;
    HIP_CHECK(H.StreamCreate(&Stream, hipStreamNonBlocking),
              "hipStreamCreateWithFlags");
    return 0;
  }

  ~HipContext() override {
    const HipRuntime &H = runtime();
    current();
    for (auto &[Image, Mod] : Modules)
      H.ModuleUnload(Mod);
    if (Stream)
      H.StreamDestroy(Stream);
  }

  int64_t alloc(int64_t Bytes, void **Out) override {
    HIP_CHECK(current(), "hipSetDevice");
    HIP_CHECK(runtime().Malloc(Out, static_cast<size_t>(Bytes ? Bytes : 1)),
              "hipMalloc");
    return 0;
  }
  int64_t free(void *P) override {
    HIP_CHECK(current(), "hipSetDevice");
    HIP_CHECK(runtime().Free(P), "hipFree");
    return 0;
  }
  int64_t allocHost(int64_t Bytes, void **Out) override {
    HIP_CHECK(current(), "hipSetDevice");
    HIP_CHECK(runtime().HostMalloc(Out, static_cast<size_t>(Bytes ? Bytes : 1),
                                   hipHostMallocDefault),
              "hipHostMalloc");
    return 0;
  }
  int64_t freeHost(void *P) override {
    HIP_CHECK(current(), "hipSetDevice");
    HIP_CHECK(runtime().HostFree(P), "hipHostFree");
    return 0;
  }
  int64_t memcpy(void *Dst, const void *Src, int64_t Bytes,
                 int64_t Kind) override {
    const HipRuntime &H = runtime();
    HIP_CHECK(current(), "hipSetDevice");
    auto N = static_cast<size_t>(Bytes);
    if (Kind == IGNIS_GPU_HOST_TO_HOST) {
      HIP_CHECK(H.StreamSynchronize(Stream), "hipStreamSynchronize");
      ::memmove(Dst, Src, N);
      return 0;
    }
    int HipKind = Kind == IGNIS_GPU_HOST_TO_DEVICE   ? hipMemcpyHostToDevice
                  : Kind == IGNIS_GPU_DEVICE_TO_HOST ? hipMemcpyDeviceToHost
                                                     : hipMemcpyDeviceToDevice;
    HIP_CHECK(H.MemcpyAsync(Dst, Src, N, HipKind, Stream), "hipMemcpyAsync");
    return 0;
  }
  int64_t memset(void *Dst, uint64_t Pattern, int64_t ElemSize, int64_t Count,
                 int64_t IsHost) override {
    const HipRuntime &H = runtime();
    HIP_CHECK(current(), "hipSetDevice");
    auto N = static_cast<size_t>(Count);
    if (IsHost) {
      HIP_CHECK(H.StreamSynchronize(Stream), "hipStreamSynchronize");
      fillPattern(Dst, Pattern, ElemSize, Count);
      return 0;
    }
    auto Lo = static_cast<uint32_t>(Pattern);
    switch (ElemSize) {
    case 1:
      HIP_CHECK(
          H.MemsetD8Async(Dst, static_cast<unsigned char>(Pattern), N, Stream),
          "hipMemsetD8Async");
      return 0;
    case 2:
      HIP_CHECK(H.MemsetD16Async(Dst, static_cast<unsigned short>(Pattern), N,
                                 Stream),
                "hipMemsetD16Async");
      return 0;
    case 4:
      HIP_CHECK(H.MemsetD32Async(Dst, static_cast<int>(Lo), N, Stream),
                "hipMemsetD32Async");
      return 0;
    default:
      if (static_cast<uint32_t>(Pattern >> 32) == Lo) {
        HIP_CHECK(H.MemsetD32Async(Dst, static_cast<int>(Lo), N * 2, Stream),
                  "hipMemsetD32Async");
        return 0;
      }
      std::vector<uint64_t> Staging(N, Pattern);
      HIP_CHECK(H.MemcpyAsync(Dst, Staging.data(), N * 8, hipMemcpyHostToDevice,
                              Stream),
                "hipMemcpyAsync");
      HIP_CHECK(H.StreamSynchronize(Stream), "hipStreamSynchronize");
      return 0;
    }
  }
  int64_t synchronize() override {
    HIP_CHECK(current(), "hipSetDevice");
    HIP_CHECK(runtime().StreamSynchronize(Stream), "hipStreamSynchronize");
    return 0;
  }
  int64_t launch(const IgnisKernel &K, const int64_t G[3], const int64_t B[3],
                 const int64_t C[3], int64_t SharedBytes,
                 void **Args) override {
    if (!K.amdgpu_image || !K.amdgpu_symbol)
      return fail("kernel '%s' has no AMDGPU image", kernelName(K));
    if (C[0] * C[1] * C[2] > 1)
      return fail("invalid launch of kernel '%s': AMD GPUs have no thread "
                  "block clusters (cluster dimensions (%lld, %lld, %lld))",
                  kernelName(K), static_cast<long long>(C[0]),
                  static_cast<long long>(C[1]), static_cast<long long>(C[2]));
    HIP_CHECK(current(), "hipSetDevice");
    hipFunction_t F;
    if (function(K, F))
      return 1;
    HIP_CHECK(runtime().ModuleLaunchKernel(
                  F, static_cast<unsigned>(G[0]), static_cast<unsigned>(G[1]),
                  static_cast<unsigned>(G[2]), static_cast<unsigned>(B[0]),
                  static_cast<unsigned>(B[1]), static_cast<unsigned>(B[2]),
                  static_cast<unsigned>(SharedBytes), Stream, Args, nullptr),
              "hipModuleLaunchKernel");
    return 0;
  }
  int64_t memoryInfo(int64_t *Free, int64_t *Total) override {
    HIP_CHECK(runtime().SetDevice(static_cast<int>(Id)), "hipSetDevice");
    size_t F = 0, T = 0;
    HIP_CHECK(runtime().MemGetInfo(&F, &T), "hipMemGetInfo");
    *Free = static_cast<int64_t>(F);
    *Total = static_cast<int64_t>(T);
    return 0;
  }

  int64_t attribute(int64_t Attr, int64_t *Out) override {
    int HipAttr = hipAttribute(Attr);
    if (HipAttr < 0)
      return fail("attribute %lld is not known to the HIP device",
                  static_cast<long long>(Attr));
    int V = 0;
    HIP_CHECK(runtime().DeviceGetAttribute(&V, HipAttr, static_cast<int>(Id)),
              "hipDeviceGetAttribute");
    *Out = V;
    return 0;
  }

private:
  /// The current device is per host thread: set it on each call.
  hipError_t current() { return runtime().SetDevice(static_cast<int>(Id)); }

  int64_t function(const IgnisKernel &K, hipFunction_t &F) {
    std::lock_guard Lock(Mu);
    auto Key = std::make_pair(K.amdgpu_image, std::string(K.amdgpu_symbol));
    if (auto It = Functions.find(Key); It != Functions.end()) {
      F = It->second;
      return 0;
    }
    const HipRuntime &H = runtime();
    hipModule_t Mod;
    if (auto It = Modules.find(K.amdgpu_image); It != Modules.end()) {
      Mod = It->second;
    } else {
      HIP_CHECK(H.ModuleLoadData(&Mod, K.amdgpu_image), "hipModuleLoadData");
      Modules[K.amdgpu_image] = Mod;
    }
    HIP_CHECK(H.ModuleGetFunction(&F, Mod, K.amdgpu_symbol),
              "hipModuleGetFunction");
    Functions[Key] = F;
    return 0;
  }

  hipStream_t Stream = nullptr;
  std::mutex Mu;
  std::map<const void *, hipModule_t> Modules;
  std::map<std::pair<const void *, std::string>, hipFunction_t> Functions;
};

} // namespace

int64_t ignis::gpu::hipDeviceCount() { return runtime().Devices; }

DeviceContext *ignis::gpu::createHipContext(int64_t Id) {
  const HipRuntime &H = runtime();
  if (!H.Loaded) {
    fail("no HIP runtime found (libamdhip64.so)");
    return nullptr;
  }
  if (Id < 0 || Id >= H.Devices) {
    fail("no hip device %lld: there are %d", static_cast<long long>(Id),
         H.Devices);
    return nullptr;
  }
  auto *C = new HipContext(Id);
  if (C->init()) {
    delete C;
    return nullptr;
  }
  return C;
}

// The cpu device's context: registered buffers, synchronous copies and fills,
// GPU-like attributes, and launches on the worker pool.
#include "CpuDevice.h"

#include <string.h>
#include <unistd.h>

using namespace ignis::gpu;
using namespace ignis::gpu::cpu;

namespace ignis::gpu::cpu {
int64_t workerCount();
int64_t launchOnCpu(const IgnisKernel &K, const int64_t Grid[3],
                    const int64_t Block[3], const int64_t Cluster[3],
                    int64_t SharedBytes, void **Args);
} // namespace ignis::gpu::cpu

namespace {

/// Fails unless [P, P + BYTES) lies inside one live buffer.
int64_t checkRange(const char *What, const void *P, int64_t Bytes) {
  auto A = reinterpret_cast<uintptr_t>(P);
  Buffer B;
  if (findBuffer(A, B) && A + static_cast<uint64_t>(Bytes) <= B.Base + B.Size)
    return 0;
  if (!findBuffer(A, B) && !nearestBuffer(A, B))
    return fail("%s: %lld bytes at an address outside every device buffer",
                What, static_cast<long long>(Bytes));
  return fail("%s: %lld bytes at offset %lld of a %llu-byte %s buffer", What,
              static_cast<long long>(Bytes),
              static_cast<long long>(static_cast<int64_t>(A - B.Base)),
              static_cast<unsigned long long>(B.Size),
              B.IsHost ? "host" : "device");
}

class CpuContext final : public DeviceContext {
public:
  explicit CpuContext(int64_t Id) : DeviceContext(IGNIS_GPU_API_CPU, Id) {
    Name = "cpu";
  }
  ~CpuContext() override { freeOwnedBuffers(this); }

  int64_t alloc(int64_t Bytes, void **Out) override {
    *Out = allocBuffer(this, Bytes, false);
    return *Out ? 0
                : fail("out of device memory: cannot allocate %lld bytes",
                       static_cast<long long>(Bytes));
  }
  int64_t free(void *P) override {
    return freeBuffer(this, P, false)
               ? 0
               : fail("free of a pointer that is no device buffer of this "
                      "context");
  }
  int64_t checkOwned(void *P, bool Host) override {
    Buffer B;
    if (findBuffer(reinterpret_cast<uintptr_t>(P), B) &&
        B.Base == reinterpret_cast<uintptr_t>(P) && B.Owner == this &&
        B.IsHost == Host)
      return 0;
    return fail(Host ? "free of a pointer that is no host buffer of this "
                       "context"
                     : "free of a pointer that is no device buffer of this "
                       "context");
  }
  int64_t allocHost(int64_t Bytes, void **Out) override {
    *Out = allocBuffer(this, Bytes, true);
    return *Out ? 0
                : fail("out of host memory: cannot allocate %lld bytes",
                       static_cast<long long>(Bytes));
  }
  int64_t freeHost(void *P) override {
    return freeBuffer(this, P, true)
               ? 0
               : fail("free of a pointer that is no host buffer of this "
                      "context");
  }
  int64_t memcpy(void *Dst, const void *Src, int64_t Bytes,
                 int64_t Kind) override {
    if ((Kind == IGNIS_GPU_HOST_TO_DEVICE ||
         Kind == IGNIS_GPU_DEVICE_TO_DEVICE) &&
        checkRange("memcpy destination", Dst, Bytes))
      return 1;
    if ((Kind == IGNIS_GPU_DEVICE_TO_HOST ||
         Kind == IGNIS_GPU_DEVICE_TO_DEVICE) &&
        checkRange("memcpy source", Src, Bytes))
      return 1;
    ::memmove(Dst, Src, static_cast<size_t>(Bytes));
    return 0;
  }
  int64_t memset(void *Dst, uint64_t Pattern, int64_t ElemSize, int64_t Count,
                 int64_t IsHost) override {
    if (!IsHost && checkRange("memset destination", Dst, ElemSize * Count))
      return 1;
    fillPattern(Dst, Pattern, ElemSize, Count);
    return 0;
  }
  int64_t synchronize() override { return 0; }
  int64_t launch(const IgnisKernel &K, const int64_t Grid[3],
                 const int64_t Block[3], const int64_t Cluster[3],
                 int64_t SharedBytes, void **Args) override {
    return launchOnCpu(K, Grid, Block, Cluster, SharedBytes, Args);
  }
  /// The host's memory: the cpu device's memory is the host's.
  int64_t memoryInfo(int64_t *Free, int64_t *Total) override {
    long Page = sysconf(_SC_PAGESIZE);
    *Free = static_cast<int64_t>(sysconf(_SC_AVPHYS_PAGES)) * Page;
    *Total = static_cast<int64_t>(sysconf(_SC_PHYS_PAGES)) * Page;
    return 0;
  }

  int64_t attribute(int64_t Attr, int64_t *Out) override {
    switch (Attr) {
    case 1:  // max threads per block
    case 2:  // max block dim x
    case 3:  // max block dim y
    case 39: // max threads per multiprocessor
      *Out = 1024;
      return 0;
    case 4: // max block dim z
      *Out = 64;
      return 0;
    case 5: // max grid dim x
      *Out = 2147483647;
      return 0;
    case 6:
    case 7:
      *Out = 65535;
      return 0;
    case 8:  // shared memory per block
    case 81: // shared memory per multiprocessor
    case 97: // opt-in shared memory per block
      *Out = SharedLimit;
      return 0;
    case 9:  // total constant memory
    case 12: // registers per block
    case 82: // registers per multiprocessor
      *Out = 65536;
      return 0;
    case 10:
      *Out = WarpSize;
      return 0;
    case 16:
      *Out = workerCount();
      return 0;
    case 19:  // can map host memory
    case 106: // max blocks per multiprocessor
      *Out = 1;
      return 0;
    case 75:
    case 76:
      *Out = 0;
      return 0;
    default:
      return fail("attribute %lld is not known to the cpu device",
                  static_cast<long long>(Attr));
    }
  }
};

} // namespace

int64_t ignis::gpu::cpuDeviceCount() { return 1; }

DeviceContext *ignis::gpu::createCpuContext(int64_t Id) {
  if (Id != 0) {
    fail("no cpu device %lld: there is 1", static_cast<long long>(Id));
    return nullptr;
  }
  return new CpuContext(Id);
}

// The GPU runtime's devices behind the C ABI, and helpers its files share.
#ifndef IGNIS_GPU_RUNTIME_INTERNAL_H
#define IGNIS_GPU_RUNTIME_INTERNAL_H

#include "ignis_gpu_runtime.h"

#include <stddef.h>
#include <stdint.h>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace ignis::gpu {

/// Sets the calling thread's last error (printf-style) and returns 1, so that
/// `return fail("...")` is a failing status.
int64_t fail(const char *Fmt, ...) __attribute__((format(printf, 1, 2)));
/// Sets the last error to MSG and returns 1.
int64_t failWith(const std::string &Msg);
/// printf into a std::string.
std::string format(const char *Fmt, ...) __attribute__((format(printf, 1, 2)));

/// One device context. Each api derives from it; the C ABI dispatches here.
class DeviceContext {
public:
  DeviceContext(int64_t Api, int64_t Id) : Api(Api), Id(Id) {}
  virtual ~DeviceContext() = default;

  virtual int64_t alloc(int64_t Bytes, void **Out) = 0;
  virtual int64_t free(void *P) = 0;
  virtual int64_t allocHost(int64_t Bytes, void **Out) = 0;
  virtual int64_t freeHost(void *P) = 0;
  /// Whether P is a buffer this context allocated (checked when the program
  /// releases it; the free itself may come later). Reports when not.
  virtual int64_t checkOwned(void *P, bool Host) {
    (void)P;
    (void)Host;
    return 0;
  }
  virtual int64_t memcpy(void *Dst, const void *Src, int64_t Bytes,
                         int64_t Kind) = 0;
  virtual int64_t memset(void *Dst, uint64_t Pattern, int64_t ElemSize,
                         int64_t Count, int64_t IsHost) = 0;
  virtual int64_t synchronize() = 0;
  /// Dimensions are already checked against the common limits; CLUSTER is
  /// (1, 1, 1) unless the launch groups its blocks into clusters.
  virtual int64_t launch(const IgnisKernel &K, const int64_t Grid[3],
                         const int64_t Block[3], const int64_t Cluster[3],
                         int64_t SharedBytes, void **Args) = 0;
  virtual int64_t attribute(int64_t Attr, int64_t *Out) = 0;
  /// Free and total memory of the device, in bytes.
  virtual int64_t memoryInfo(int64_t *Free, int64_t *Total) = 0;

  const int64_t Api;
  const int64_t Id;
  std::string Name;
  /// The cluster dimensions ignis_gpu_set_launch_cluster gave for the next
  /// launch on this context (that launch resets them).
  int64_t NextCluster[3] = {1, 1, 1};

  /// Buffers the program released (Context.cpp): freed at the next
  /// synchronize or when the context goes, so work enqueued earlier (and
  /// views such as TileTensor that outlive their buffer's last use, since
  /// origins are not tracked) still find the memory. Bool: host memory.
  std::vector<std::pair<void *, bool>> Released;
  std::mutex ReleasedLock;
};

/// The kernel's name for messages ("<unnamed>" when codegen gave none).
inline const char *kernelName(const IgnisKernel &K) {
  return K.name ? K.name : "<unnamed>";
}

/// Fills COUNT elements of ELEMSIZE bytes at DST with PATTERN's low bytes.
void fillPattern(void *Dst, uint64_t Pattern, int64_t ElemSize, int64_t Count);

// Each api: how many devices it has (0 when its driver is missing) and
// context creation (nullptr and the last error set on failure).
int64_t cpuDeviceCount();
DeviceContext *createCpuContext(int64_t Id);
int64_t cudaDeviceCount();
DeviceContext *createCudaContext(int64_t Id);
int64_t hipDeviceCount();
DeviceContext *createHipContext(int64_t Id);

} // namespace ignis::gpu

#endif

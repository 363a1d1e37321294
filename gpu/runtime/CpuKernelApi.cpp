// What cpu-device kernels call on every thread: indices, shared memory, and
// the memory access check (bounds and shared-memory races).
#include "CpuDevice.h"

#include <cstddef>
#include <link.h>
#include <string.h>
#include <sys/mman.h>

using namespace ignis::gpu;
using namespace ignis::gpu::cpu;

// Present when the host program is built with AddressSanitizer, whose fake
// stacks hold the locals of instrumented code (the unit tests' kernels).
extern "C" void *__asan_get_current_fake_stack(void) __attribute__((weak));
extern "C" void *__asan_addr_is_in_fake_stack(void *FakeStack, void *Addr,
                                              void **Beg, void **End)
    __attribute__((weak));

namespace {

/// The loaded segment of the program or a shared library that holds
/// [A, A + Bytes): the program's globals and constants, which the GPU
/// targets compile into the device image, are legal for the cpu device too.
bool inLoadedImage(uintptr_t A, int64_t Bytes, uintptr_t &Lo, uintptr_t &Hi) {
  struct Query {
    uintptr_t A, End, Lo = 0, Hi = 0;
  } Q{A, A + static_cast<uint64_t>(Bytes)};
  dl_iterate_phdr(
      [](dl_phdr_info *Info, size_t, void *Data) {
        auto &Q = *static_cast<Query *>(Data);
        for (int I = 0; I < Info->dlpi_phnum; ++I) {
          const auto &P = Info->dlpi_phdr[I];
          if (P.p_type != PT_LOAD)
            continue;
          uintptr_t Lo = Info->dlpi_addr + P.p_vaddr, Hi = Lo + P.p_memsz;
          if (Q.A >= Lo && Q.End <= Hi) {
            Q.Lo = Lo;
            Q.Hi = Hi;
            return 1;
          }
        }
        return 0;
      },
      &Q);
  Lo = Q.Lo;
  Hi = Q.Hi;
  return Hi != 0;
}

bool inAsanFakeStack(uintptr_t A) {
  if (!__asan_get_current_fake_stack || !__asan_addr_is_in_fake_stack)
    return false;
  void *Fake = __asan_get_current_fake_stack();
  return Fake && __asan_addr_is_in_fake_stack(Fake, reinterpret_cast<void *>(A),
                                              nullptr, nullptr);
}

const char *locText(const char *Loc) {
  return Loc ? Loc : "an unknown location";
}

const char *kindNoun(int64_t Kind) {
  return Kind == 0 ? "read" : Kind == 1 ? "write" : "atomic access";
}
const char *kindVerb(int64_t Kind) {
  return Kind == 0 ? "read" : Kind == 1 ? "wrote" : "atomically accessed";
}

/// Records "out-of-bounds write in kernel 'k' at LOC: block (..), thread (..)
/// wrote 4 bytes at " + WHERE; the caller abandons the thread.
void recordOutOfBounds(int64_t Bytes, int64_t Kind, const char *Loc,
                       const std::string &Where) {
  recordFault(format("out-of-bounds %s in kernel '%s' at %s: block %s, thread "
                     "%s %s %lld bytes at %s",
                     kindNoun(Kind), kernelName(*TW.L->K), locText(Loc),
                     blockText().c_str(), threadText(TW.ThreadLinear).c_str(),
                     kindVerb(Kind), static_cast<long long>(Bytes),
                     Where.c_str()));
}

ShadowCell *shadow() {
  WorkerData &D = *TW.Data;
  if (!D.Shadow) {
    // Zero pages: every cell starts in interval 0, which no block uses.
    void *P = mmap(nullptr, sizeof(ShadowCell) * SharedArenaSize,
                   PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (P == MAP_FAILED)
      return nullptr;
    D.Shadow = static_cast<ShadowCell *>(P);
  }
  return D.Shadow;
}

/// Whether an earlier access by thread T (at warp epoch E) in this interval
/// conflicts with one by the current thread: another thread, not ordered
/// by a syncwarp of their common warp.
bool conflicts(int16_t T, uint32_t E) {
  int64_t Me = TW.ThreadLinear;
  if (T < 0 || T == Me)
    return false;
  int64_t W = Me / WarpSize;
  return !(T / WarpSize == W && TW.WarpEpoch[W] != E);
}

[[noreturn]] void reportRace(int64_t Offset, int64_t Bytes, int64_t Kind,
                             const char *Loc, int16_t Other, bool OtherWrote,
                             const char *OtherLoc) {
  recordFault(format(
      "data race on shared memory in kernel '%s' at %s: block %s, thread %s "
      "%s %lld bytes at offset %lld of shared memory that thread %s %s at %s "
      "with no barrier in between",
      kernelName(*TW.L->K), locText(Loc), blockText().c_str(),
      threadText(TW.ThreadLinear).c_str(), kindVerb(Kind),
      static_cast<long long>(Bytes), static_cast<long long>(Offset),
      threadText(Other).c_str(), OtherWrote ? "wrote" : "read",
      locText(OtherLoc)));
  abandonThread();
}

/// Records a plain shared-memory access and reports a race with an earlier
/// access of another thread in the same barrier interval.
void checkRace(int64_t Offset, int64_t Bytes, int64_t Kind, const char *Loc) {
  ShadowCell *Shadow = shadow();
  if (!Shadow)
    return;
  auto Me = static_cast<int16_t>(TW.ThreadLinear);
  uint32_t Epoch = TW.WarpEpoch[TW.ThreadLinear / WarpSize];
  for (int64_t I = Offset; I < Offset + Bytes; ++I) {
    ShadowCell &C = Shadow[I];
    if (C.Interval != TW.Interval) {
      C.Interval = TW.Interval;
      C.Writer = C.Reader1 = C.Reader2 = -1;
    }
    if (conflicts(C.Writer, C.WriterEpoch))
      reportRace(Offset, Bytes, Kind, Loc, C.Writer, true, C.WriterLoc);
    if (Kind == 1) {
      if (conflicts(C.Reader1, C.Reader1Epoch))
        reportRace(Offset, Bytes, Kind, Loc, C.Reader1, false, C.Reader1Loc);
      if (conflicts(C.Reader2, C.Reader2Epoch))
        reportRace(Offset, Bytes, Kind, Loc, C.Reader2, false, C.Reader2Loc);
      C.Writer = Me;
      C.WriterEpoch = Epoch;
      C.WriterLoc = Loc;
    } else if (C.Reader1 < 0 || C.Reader1 == Me) {
      C.Reader1 = Me;
      C.Reader1Epoch = Epoch;
      C.Reader1Loc = Loc;
    } else if (C.Reader2 < 0 || C.Reader2 == Me) {
      // Two distinct readers suffice: a later writer differs from one.
      C.Reader2 = Me;
      C.Reader2Epoch = Epoch;
      C.Reader2Loc = Loc;
    }
  }
}

[[gnu::noinline]] void checkSlow(uintptr_t A, int64_t Bytes, int64_t Kind,
                                 const char *Loc) {
  if (!TW.L)
    return;
  checkStop();
  auto Arena = reinterpret_cast<uintptr_t>(TW.Arena);
  if (A - Arena < static_cast<uint64_t>(SharedArenaSize)) {
    int64_t Offset = static_cast<int64_t>(A - Arena);
    if (Offset + Bytes > TW.SharedUsed) {
      recordOutOfBounds(Bytes, Kind, Loc,
                        format("offset %lld of the block's %lld bytes of "
                               "shared memory",
                               static_cast<long long>(Offset),
                               static_cast<long long>(TW.SharedUsed)));
      abandonThread();
    }
    if (Kind != 2)
      checkRace(Offset, Bytes, Kind, Loc);
    return;
  }
  // The thread's own locals.
  uintptr_t End = A + static_cast<uint64_t>(Bytes);
  if ((A >= TW.StackLo && End <= TW.StackHi) ||
      (A >= TW.FrameLo && End <= TW.FrameHi) || inAsanFakeStack(A))
    return;
  Buffer B;
  bool Near = findBuffer(A, B);
  if (Near && A + static_cast<uint64_t>(Bytes) <= B.Base + B.Size) {
    auto &E = TW.Cache[TW.CacheNext++ % CacheSize];
    E.Lo = B.Base;
    E.Hi = B.Base + B.Size;
    return;
  }
  if (!Near)
    Near = nearestBuffer(A, B);
  uintptr_t Lo, Hi;
  if (!Near && inLoadedImage(A, Bytes, Lo, Hi)) {
    auto &E = TW.Cache[TW.CacheNext++ % CacheSize];
    E.Lo = Lo;
    E.Hi = Hi;
    return;
  }
  if (!Near)
    recordOutOfBounds(Bytes, Kind, Loc,
                      "an address outside every device buffer");
  else
    recordOutOfBounds(
        Bytes, Kind, Loc,
        format("offset %lld of a %llu-byte %s buffer",
               static_cast<long long>(static_cast<int64_t>(A - B.Base)),
               static_cast<unsigned long long>(B.Size),
               B.IsHost ? "host" : "device"));
  abandonThread();
}

} // namespace

extern "C" {

int64_t ignis_gpu_cpu_index(int64_t Which) {
  return static_cast<uint64_t>(Which) < 14 ? TW.Index[Which] : 0;
}

// WorkerState starts with what IgnisCpuThreadState describes.
static_assert(offsetof(WorkerState, Index) == offsetof(IgnisCpuThreadState, index));
static_assert(offsetof(WorkerState, Cache) == offsetof(IgnisCpuThreadState, recent));
static_assert(sizeof(TW.Cache) == sizeof(IgnisCpuThreadState::recent));
static_assert(offsetof(WorkerState, ThreadLinear) ==
              offsetof(IgnisCpuThreadState, thread_linear));
static_assert(offsetof(WorkerState, BlockLinear) ==
              offsetof(IgnisCpuThreadState, block_linear));
static_assert(offsetof(WorkerState, StopPtr) ==
              offsetof(IgnisCpuThreadState, stop_block));

IgnisCpuThreadState *ignis_gpu_cpu_state(void) {
  return reinterpret_cast<IgnisCpuThreadState *>(&TW);
}

void ignis_gpu_cpu_check(const void *P, int64_t Bytes, int64_t Kind,
                         const char *Loc) {
  auto A = reinterpret_cast<uintptr_t>(P);
  uintptr_t End = A + static_cast<uint64_t>(Bytes);
  for (const auto &E : TW.Cache) {
    if (A >= E.Lo && End <= E.Hi) {
      checkStop();
      return;
    }
  }
  checkSlow(A, Bytes, Kind, Loc);
}

void *ignis_gpu_cpu_dynamic_shared(void) { return TW.L ? TW.Arena : nullptr; }

void *ignis_gpu_cpu_shared(const void *Site, int64_t Bytes, int64_t Align) {
  if (!TW.L)
    return nullptr;
  WorkerData &D = *TW.Data;
  for (const SharedSite &S : D.Sites)
    if (S.Site == Site)
      return TW.Arena + S.Offset;
  if (Align < 1 || (Align & (Align - 1)) || Align > 4096)
    Align = 16;
  int64_t Offset = (TW.SharedUsed + Align - 1) & ~(Align - 1);
  if (Bytes < 0 || Offset + Bytes > SharedLimit) {
    TW.ThreadLinear = TW.ThreadLinear < 0 ? 0 : TW.ThreadLinear;
    recordFault(format("too much shared memory in kernel '%s': block %s "
                       "needs %lld bytes of static and %lld bytes of dynamic "
                       "shared memory, more than the limit of %lld bytes per "
                       "block",
                       kernelName(*TW.L->K), blockText().c_str(),
                       static_cast<long long>(TW.StaticShared + Bytes),
                       static_cast<long long>(TW.L->DynShared),
                       static_cast<long long>(SharedLimit)));
    abandonThread();
  }
  memset(TW.Arena + Offset, 0xAB, static_cast<size_t>(Bytes));
  D.Sites.push_back({Site, Offset});
  TW.SharedUsed = Offset + Bytes;
  TW.StaticShared += Bytes;
  return TW.Arena + Offset;
}

} // extern "C"

// Heap allocation with explicit alignment; failure ends the program.
#include "RuntimeInternal.h"
#include "ignis_runtime.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

namespace {

// malloc already guarantees this much alignment on the supported targets.
constexpr int64_t MallocAlign = alignof(max_align_t);

[[noreturn]] void outOfMemory(int64_t Bytes) {
  char Buf[128];
  int N =
      snprintf(Buf, sizeof(Buf), "out of memory: cannot allocate %lld bytes",
               static_cast<long long>(Bytes));
  ignis::rt::fail(Buf, N > 0 ? static_cast<size_t>(N) : 0);
}

int64_t checkedAlign(int64_t Align) {
  if (Align <= 0)
    return MallocAlign;
  if ((Align & (Align - 1)) != 0) {
    char Buf[128];
    int N = snprintf(Buf, sizeof(Buf),
                     "invalid allocation alignment %lld (not a power of two)",
                     static_cast<long long>(Align));
    ignis::rt::fail(Buf, N > 0 ? static_cast<size_t>(N) : 0);
  }
  return Align;
}

} // namespace

// When the program runs inside a LeakSanitizer process (the ASan build of
// ignis running it with the JIT, or the unit tests), its heap is the
// program's business: until the memory model lands, Mojo values are not
// destroyed, so their memory is kept out of the leak report. The symbol is
// absent (null) everywhere else.
extern "C" void __lsan_ignore_object(const void *) __attribute__((weak));

static void *notALeak(void *P) {
  if (P && __lsan_ignore_object)
    __lsan_ignore_object(P);
  return P;
}

extern "C" void *ignis_rt_alloc(int64_t Bytes, int64_t Align) {
  if (Bytes < 0)
    outOfMemory(Bytes);
  Align = checkedAlign(Align);
  // A zero-byte request still yields a distinct, freeable pointer.
  size_t Size = Bytes == 0 ? 1 : static_cast<size_t>(Bytes);
  void *P = nullptr;
  if (Align <= MallocAlign) {
    P = malloc(Size);
  } else if (posix_memalign(&P, static_cast<size_t>(Align), Size) != 0) {
    P = nullptr;
  }
  if (!P)
    outOfMemory(Bytes);
  return notALeak(P);
}

extern "C" void ignis_rt_free(void *P) { free(P); }

extern "C" void *ignis_rt_realloc(void *P, int64_t OldBytes, int64_t NewBytes,
                                  int64_t Align) {
  if (!P)
    return ignis_rt_alloc(NewBytes, Align);
  if (NewBytes < 0)
    outOfMemory(NewBytes);
  Align = checkedAlign(Align);
  if (Align <= MallocAlign) {
    void *Q = realloc(P, NewBytes == 0 ? 1 : static_cast<size_t>(NewBytes));
    if (!Q)
      outOfMemory(NewBytes);
    return notALeak(Q);
  }
  // realloc does not keep over-alignment: move by hand.
  void *Q = ignis_rt_alloc(NewBytes, Align);
  int64_t Keep = OldBytes < NewBytes ? OldBytes : NewBytes;
  if (Keep > 0)
    memcpy(Q, P, static_cast<size_t>(Keep));
  free(P);
  return Q;
}

// The thread-local last error of the GPU runtime and message formatting.
#include "GpuRuntime.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

using namespace ignis::gpu;

static thread_local std::string LastError;

static std::string vformat(const char *Fmt, va_list Args) {
  va_list Copy;
  va_copy(Copy, Args);
  char Buf[512];
  int N = vsnprintf(Buf, sizeof(Buf), Fmt, Args);
  std::string S;
  if (N < 0) {
    va_end(Copy);
    return S;
  }
  if (static_cast<size_t>(N) < sizeof(Buf)) {
    S.assign(Buf, static_cast<size_t>(N));
  } else {
    S.resize(static_cast<size_t>(N) + 1);
    vsnprintf(S.data(), S.size(), Fmt, Copy);
    S.resize(static_cast<size_t>(N));
  }
  va_end(Copy);
  return S;
}

std::string ignis::gpu::format(const char *Fmt, ...) {
  va_list Args;
  va_start(Args, Fmt);
  std::string S = vformat(Fmt, Args);
  va_end(Args);
  return S;
}

int64_t ignis::gpu::fail(const char *Fmt, ...) {
  va_list Args;
  va_start(Args, Fmt);
  LastError = vformat(Fmt, Args);
  va_end(Args);
  return 1;
}

int64_t ignis::gpu::failWith(const std::string &Msg) {
  LastError = Msg;
  return 1;
}

void ignis::gpu::fillPattern(void *Dst, uint64_t Pattern, int64_t ElemSize,
                             int64_t Count) {
  auto *P = static_cast<unsigned char *>(Dst);
  if (ElemSize == 1) {
    ::memset(P, static_cast<int>(Pattern & 0xff), static_cast<size_t>(Count));
    return;
  }
  for (int64_t I = 0; I < Count; ++I)
    ::memcpy(P + I * ElemSize, &Pattern, static_cast<size_t>(ElemSize));
}

extern "C" const char *ignis_gpu_last_error(void) { return LastError.c_str(); }

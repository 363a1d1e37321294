// Buffered stdout and unbuffered stderr for compiled programs.
#include "RuntimeInternal.h"
#include "ignis_runtime.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

namespace {

constexpr size_t BufferSize = 1 << 14;
char Buffer[BufferSize];
size_t Used = 0;
// -1 unknown, 0 no, 1 yes: a terminal gets its output at each newline.
int StdoutIsTerminal = -1;
// Worker threads (parallelize, the cpu device) may print concurrently.
pthread_mutex_t Lock = PTHREAD_MUTEX_INITIALIZER;
pthread_once_t AtExitOnce = PTHREAD_ONCE_INIT;

void flushLocked() {
  ignis::rt::writeAll(1, Buffer, Used);
  Used = 0;
}

void flushAtExit() { ignis_rt_flush(); }

void registerAtExit() { atexit(flushAtExit); }

} // namespace

void ignis::rt::writeAll(int FD, const char *P, size_t N) {
  while (N > 0) {
    ssize_t W = ::write(FD, P, N);
    if (W < 0) {
      if (errno == EINTR)
        continue;
      return;
    }
    P += W;
    N -= static_cast<size_t>(W);
  }
}

void ignis::rt::ensureFlushAtExit() {
  pthread_once(&AtExitOnce, registerAtExit);
}

extern "C" void ignis_rt_write(const char *P, int64_t N) {
  if (N <= 0)
    return;
  ignis::rt::ensureFlushAtExit();
  size_t Len = static_cast<size_t>(N);
  pthread_mutex_lock(&Lock);
  if (StdoutIsTerminal < 0)
    StdoutIsTerminal = isatty(1) ? 1 : 0;
  if (Used + Len > BufferSize) {
    flushLocked();
    if (Len >= BufferSize) {
      ignis::rt::writeAll(1, P, Len);
      pthread_mutex_unlock(&Lock);
      return;
    }
  }
  memcpy(Buffer + Used, P, Len);
  Used += Len;
  if (StdoutIsTerminal && memchr(P, '\n', Len))
    flushLocked();
  pthread_mutex_unlock(&Lock);
}

extern "C" void ignis_rt_flush(void) {
  pthread_mutex_lock(&Lock);
  flushLocked();
  pthread_mutex_unlock(&Lock);
}

extern "C" void ignis_rt_write_err(const char *P, int64_t N) {
  // Flushing first keeps the two streams in program order under 2>&1.
  ignis_rt_flush();
  if (N > 0)
    ignis::rt::writeAll(2, P, static_cast<size_t>(N));
}

// Fatal runtime errors: abort with a message and the bounds-check panic.
#include "RuntimeInternal.h"
#include "ignis_runtime.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

void ignis::rt::fail(const char *Msg, size_t N) {
  ignis_rt_flush();
  fflush(nullptr); // Whatever the host (or C code) left in stdio buffers.
  writeAll(2, Msg, N);
  if (N == 0 || Msg[N - 1] != '\n')
    writeAll(2, "\n", 1);
  // _exit, not exit: other threads may still be running, and destructors
  // of a half-finished program must not run. Status 1, not a signal.
  _exit(1);
}

extern "C" void ignis_rt_abort(const char *Msg, int64_t N) {
  ignis::rt::fail(Msg ? Msg : "", Msg && N > 0 ? static_cast<size_t>(N) : 0);
}

extern "C" void ignis_rt_panic_bounds(const char *File, int64_t Line,
                                      int64_t Index, int64_t Length) {
  char Buf[4096];
  int N =
      snprintf(Buf, sizeof(Buf),
               "%s:%lld: index out of bounds: index %lld, length %lld\n",
               File ? File : "<unknown>", static_cast<long long>(Line),
               static_cast<long long>(Index), static_cast<long long>(Length));
  if (N < 0)
    N = 0;
  if (static_cast<size_t>(N) >= sizeof(Buf))
    N = sizeof(Buf) - 1;
  ignis::rt::fail(Buf, static_cast<size_t>(N));
}

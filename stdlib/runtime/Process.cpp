// Program start-up and exit: argc/argv and ignis_rt_exit.
#include "RuntimeInternal.h"
#include "ignis_runtime.h"

#include <stdio.h>
#include <stdlib.h>

namespace {
int Argc = 0;
char **Argv = nullptr;
} // namespace

extern "C" void ignis_rt_init(int ArgcIn, char **ArgvIn) {
  Argc = ArgcIn < 0 ? 0 : ArgcIn;
  Argv = ArgvIn;
  ignis::rt::ensureFlushAtExit();
}

extern "C" int64_t ignis_rt_argc(void) { return Argc; }

extern "C" const char *ignis_rt_argv(int64_t I) {
  if (!Argv || I < 0 || I >= Argc)
    return nullptr;
  return Argv[I];
}

extern "C" void ignis_rt_exit(int64_t Code) {
  ignis_rt_flush();
  // exit() also runs the host's atexit handlers, so a JIT host flushes too.
  exit(static_cast<int>(Code));
}

// Helpers the runtime's files share; not part of the C ABI.
#ifndef IGNIS_RUNTIME_INTERNAL_H
#define IGNIS_RUNTIME_INTERNAL_H

#include <stddef.h>

namespace ignis::rt {

/// Writes all N bytes to FD, retrying on EINTR and short writes; gives up
/// silently on other errors (a closed pipe must not crash the program).
void writeAll(int FD, const char *P, size_t N);

/// Registers the at-exit stdout flush once.
void ensureFlushAtExit();

/// Flushes stdout, writes MSG and a newline to stderr, and _exit(1)s.
[[noreturn]] void fail(const char *Msg, size_t N);

} // namespace ignis::rt

#endif

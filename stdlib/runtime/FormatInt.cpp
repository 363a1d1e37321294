// Decimal formatting of Int/UInt and the fixed-width integer scalars.
#include "ignis_runtime.h"

#include <charconv>

extern "C" int64_t ignis_rt_format_int(int64_t V, char *Buf) {
  return std::to_chars(Buf, Buf + 64, V).ptr - Buf;
}

extern "C" int64_t ignis_rt_format_uint(uint64_t V, char *Buf) {
  return std::to_chars(Buf, Buf + 64, V).ptr - Buf;
}

// Parsing numbers from text for Int(s), Float64(s), atol and atof.
#include "ignis_runtime.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

namespace {

bool isSpace(char C) {
  return C == ' ' || C == '\t' || C == '\n' || C == '\r' || C == '\f' ||
         C == '\v';
}

// Copies [P, P+N) without surrounding whitespace into Buf (NUL-terminated);
// false when nothing is left or it does not fit.
bool trimmed(const char *P, int64_t N, char *Buf, size_t Size) {
  int64_t B = 0, E = N;
  while (B < E && isSpace(P[B]))
    ++B;
  while (E > B && isSpace(P[E - 1]))
    --E;
  if (B == E || static_cast<size_t>(E - B) >= Size)
    return false;
  memcpy(Buf, P + B, static_cast<size_t>(E - B));
  Buf[E - B] = 0;
  return true;
}

} // namespace

extern "C" int64_t ignis_rt_parse_int(const char *P, int64_t N, int64_t Base,
                                      int64_t *Out) {
  char Buf[128];
  if (!trimmed(P, N, Buf, sizeof(Buf)))
    return 0;
  // Python's int() accepts `_` between digits; strtoll does not.
  char Clean[128];
  size_t K = 0;
  for (size_t I = 0; Buf[I]; ++I) {
    if (Buf[I] == '_' && I > 0 && Buf[I + 1] && Buf[I - 1] != '_')
      continue;
    Clean[K++] = Buf[I];
  }
  Clean[K] = 0;
  errno = 0;
  char *End = nullptr;
  long long V = strtoll(Clean, &End, static_cast<int>(Base));
  if (errno != 0 || End == Clean || *End != 0)
    return 0;
  *Out = V;
  return 1;
}

extern "C" int64_t ignis_rt_parse_float(const char *P, int64_t N,
                                        double *Out) {
  char Buf[512];
  if (!trimmed(P, N, Buf, sizeof(Buf)))
    return 0;
  char *End = nullptr;
  double V = strtod(Buf, &End);
  if (End == Buf || *End != 0)
    return 0;
  *Out = V;
  return 1;
}

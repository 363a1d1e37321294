//===- CpuLocations.cpp - "FILE:LINE:COL" texts for kernel call sites -----===//
//
// Compiled kernels name a barrier's place as (file, line, col) — what
// Mojo's call_location gives — and the runtime keeps it as one interned
// "FILE:LINE:COL" string per site, made once: a thread's last site is
// cached, so a barrier in a loop formats nothing after its first pass.
//
//===----------------------------------------------------------------------===//
#include "ignis_gpu_runtime.h"

#include <cstdio>
#include <map>
#include <mutex>
#include <string>
#include <tuple>

namespace {
struct SiteKey {
  const char *File;
  int64_t Line, Col;
  bool operator<(const SiteKey &O) const {
    return std::tie(File, Line, Col) < std::tie(O.File, O.Line, O.Col);
  }
};
struct LastSite {
  SiteKey Key{nullptr, 0, 0};
  const char *Text = nullptr;
};
thread_local LastSite Last;
} // namespace

static const char *internSite(const char *File, int64_t Line, int64_t Col) {
  if (Last.Text && Last.Key.File == File && Last.Key.Line == Line &&
      Last.Key.Col == Col)
    return Last.Text;
  static std::mutex M;
  static std::map<SiteKey, std::string> *Sites = new std::map<SiteKey, std::string>;
  std::lock_guard<std::mutex> Lock(M);
  SiteKey K{File, Line, Col};
  auto It = Sites->find(K);
  if (It == Sites->end()) {
    char Buf[32];
    std::snprintf(Buf, sizeof Buf, ":%lld:%lld", (long long)Line, (long long)Col);
    It = Sites->emplace(K, std::string(File ? File : "<unknown>") + Buf).first;
  }
  Last.Key = K;
  Last.Text = It->second.c_str();
  return Last.Text;
}

extern "C" void ignis_gpu_cpu_barrier_at(const char *File, int64_t Line,
                                         int64_t Col) {
  ignis_gpu_cpu_barrier(internSite(File, Line, Col));
}

extern "C" void ignis_gpu_cpu_check_at(const void *P, int64_t Bytes,
                                       int64_t Kind, const char *File,
                                       int64_t Line, int64_t Col) {
  ignis_gpu_cpu_check(P, Bytes, Kind, internSite(File, Line, Col));
}

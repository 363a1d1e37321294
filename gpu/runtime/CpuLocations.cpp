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
struct CachedSite {
  SiteKey Key{nullptr, 0, 0};
  const char *Text = nullptr;
};
// A small direct-mapped cache per thread: a kernel's few sites (its
// barriers, its checked stores) stay in it, so no lock after a first use.
constexpr unsigned CacheSize = 32;
thread_local CachedSite Cache[CacheSize];
} // namespace

static const char *internSite(const char *File, int64_t Line, int64_t Col) {
  CachedSite &C =
      Cache[(static_cast<uint64_t>(Line) * 31 + static_cast<uint64_t>(Col)) %
            CacheSize];
  if (C.Text && C.Key.File == File && C.Key.Line == Line && C.Key.Col == Col)
    return C.Text;
  static std::mutex M;
  static auto *Sites = new std::map<SiteKey, std::string>;
  std::lock_guard<std::mutex> Lock(M);
  SiteKey K{File, Line, Col};
  auto It = Sites->find(K);
  if (It == Sites->end()) {
    char Buf[32];
    std::snprintf(Buf, sizeof Buf, ":%lld:%lld", (long long)Line,
                  (long long)Col);
    It = Sites->emplace(K, std::string(File ? File : "<unknown>") + Buf).first;
  }
  C.Key = K;
  C.Text = It->second.c_str();
  return C.Text;
}

extern "C" void ignis_gpu_cpu_barrier_at(const char *File, int64_t Line,
                                         int64_t Col) {
  ignis_gpu_cpu_barrier(internSite(File, Line, Col));
}

extern "C" void ignis_gpu_cpu_cluster_wait_at(const char *File, int64_t Line,
                                              int64_t Col) {
  ignis_gpu_cpu_cluster_wait(internSite(File, Line, Col));
}

extern "C" void ignis_gpu_cpu_check_at(const void *P, int64_t Bytes,
                                       int64_t Kind, const char *File,
                                       int64_t Line, int64_t Col) {
  ignis_gpu_cpu_check(P, Bytes, Kind, internSite(File, Line, Col));
}

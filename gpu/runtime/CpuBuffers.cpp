// The cpu device's buffers: host memory with redzones, in a registry that
// kernels' access checks search.
#include "CpuDevice.h"

#include <algorithm>
#include <shared_mutex>
#include <stdlib.h>
#include <string.h>

using namespace ignis::gpu::cpu;

namespace {

struct Entry {
  Buffer B;
  void *Alloc; ///< what free() takes
};

/// Live buffers sorted by base. Read on every check miss, written by
/// alloc/free.
struct Registry {
  std::shared_mutex Mu;
  std::vector<Entry> Entries;

  size_t upper(uintptr_t P) const {
    return static_cast<size_t>(
        std::upper_bound(
            Entries.begin(), Entries.end(), P,
            [](uintptr_t V, const Entry &E) { return V < E.B.Base; }) -
        Entries.begin());
  }
};

Registry &registry() {
  static Registry *R =
      new Registry; // never destroyed: workers may outlive main
  return *R;
}

uint64_t roundUp(uint64_t V, uint64_t A) { return (V + A - 1) / A * A; }

} // namespace

void *ignis::gpu::cpu::allocBuffer(const void *Owner, int64_t Bytes,
                                   bool IsHost) {
  uint64_t Size = static_cast<uint64_t>(Bytes);
  uint64_t Total = Redzone + roundUp(Size ? Size : 1, Redzone) + Redzone;
  void *Alloc = aligned_alloc(Redzone, Total);
  if (!Alloc)
    return nullptr;
  // Redzones are never legal to touch; fill them so that a stray host-side
  // read shows a recognisable pattern.
  memset(Alloc, 0xFD, Redzone);
  memset(static_cast<char *>(Alloc) + Redzone + Size, 0xFD,
         Total - Redzone - Size);
  Entry E;
  E.B.Base = reinterpret_cast<uintptr_t>(Alloc) + Redzone;
  E.B.Size = Size;
  E.B.IsHost = IsHost;
  E.B.Owner = Owner;
  E.Alloc = Alloc;
  Registry &R = registry();
  std::unique_lock Lock(R.Mu);
  R.Entries.insert(
      R.Entries.begin() + static_cast<ptrdiff_t>(R.upper(E.B.Base)), E);
  return reinterpret_cast<void *>(E.B.Base);
}

bool ignis::gpu::cpu::freeBuffer(const void *Owner, void *P, bool IsHost) {
  auto Base = reinterpret_cast<uintptr_t>(P);
  Registry &R = registry();
  void *Alloc = nullptr;
  {
    std::unique_lock Lock(R.Mu);
    size_t I = R.upper(Base);
    if (I == 0)
      return false;
    Entry &E = R.Entries[I - 1];
    if (E.B.Base != Base || E.B.Owner != Owner || E.B.IsHost != IsHost)
      return false;
    Alloc = E.Alloc;
    R.Entries.erase(R.Entries.begin() + static_cast<ptrdiff_t>(I - 1));
  }
  ::free(Alloc);
  return true;
}

void ignis::gpu::cpu::freeOwnedBuffers(const void *Owner) {
  Registry &R = registry();
  std::vector<void *> Dead;
  {
    std::unique_lock Lock(R.Mu);
    auto Keep =
        std::remove_if(R.Entries.begin(), R.Entries.end(), [&](const Entry &E) {
          if (E.B.Owner != Owner)
            return false;
          Dead.push_back(E.Alloc);
          return true;
        });
    R.Entries.erase(Keep, R.Entries.end());
  }
  for (void *P : Dead)
    ::free(P);
}

bool ignis::gpu::cpu::findBuffer(uintptr_t P, Buffer &Out) {
  Registry &R = registry();
  std::shared_lock Lock(R.Mu);
  size_t I = R.upper(P);
  if (I == 0)
    return false;
  const Buffer &B = R.Entries[I - 1].B;
  if (P - B.Base >= B.Size)
    return false;
  Out = B;
  return true;
}

bool ignis::gpu::cpu::nearestBuffer(uintptr_t P, Buffer &Out) {
  Registry &R = registry();
  std::shared_lock Lock(R.Mu);
  size_t I = R.upper(P);
  // The candidates: the last buffer starting at or before P, and the first
  // after it; each owns the redzones around it.
  uint64_t Best = UINT64_MAX;
  if (I > 0) {
    const Buffer &B = R.Entries[I - 1].B;
    uint64_t End = B.Base + roundUp(B.Size ? B.Size : 1, Redzone) + Redzone;
    if (P < End) {
      Best = P < B.Base + B.Size ? 0 : P - (B.Base + B.Size);
      Out = B;
    }
  }
  if (I < R.Entries.size()) {
    const Buffer &B = R.Entries[I].B;
    if (P + Redzone >= B.Base && B.Base - P < Best) {
      Best = B.Base - P;
      Out = B;
    }
  }
  return Best != UINT64_MAX;
}

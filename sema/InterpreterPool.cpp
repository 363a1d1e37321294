//===- InterpreterPool.cpp - Recycled storage of interpreter aggregates ---===//
//
// IValue::Elems allocates through these free lists, one per element count
// up to MaxPooled: aggregates of a few fields are made and dropped at every
// step (each Int is one), and a free-list pop is far cheaper than malloc.
// Lists are per thread and capped, so a burst does not pin much memory.
//
//===----------------------------------------------------------------------===//
#include "sema/Interpreter.h"
#include <new>

using namespace ignis;
using namespace ignis::sema;

namespace {
constexpr size_t MaxPooled = 16;
constexpr size_t MaxFreeBytes = size_t(1) << 20; // kept per size

// Trivially destructible on purpose: a value destroyed late at exit may
// still return its storage here (the blocks go with the process).
struct FreeLists {
  void *Head[MaxPooled + 1];
  unsigned Count[MaxPooled + 1];
};
thread_local FreeLists Lists;
} // namespace

void *ignis::sema::allocateElems(size_t Count, size_t Size) {
  if (Size == sizeof(IValue) && Count <= MaxPooled && Lists.Head[Count]) {
    void *P = Lists.Head[Count];
    Lists.Head[Count] = *static_cast<void **>(P);
    --Lists.Count[Count];
    return P;
  }
  return ::operator new(Count * Size);
}

void ignis::sema::deallocateElems(void *P, size_t Count, size_t Size) {
  if (Size == sizeof(IValue) && Count <= MaxPooled && Count > 0 &&
      (Lists.Count[Count] + 1) * Count * Size <= MaxFreeBytes) {
    *static_cast<void **>(P) = Lists.Head[Count];
    Lists.Head[Count] = P;
    ++Lists.Count[Count];
    return;
  }
  ::operator delete(P);
}

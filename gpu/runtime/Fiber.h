// Fibers for the cpu device: mmap'd stacks with a guard page and a
// hand-written context switch (x86-64 and aarch64).
#ifndef IGNIS_GPU_FIBER_H
#define IGNIS_GPU_FIBER_H

#include <stddef.h>
#include <stdint.h>

namespace ignis::gpu::cpu {

/// One fiber stack: [Base, Base + Size) is mapped, its lowest page is the
/// guard; the fiber runs in [Base + page, Base + Size).
struct FiberStack {
  unsigned char *Base = nullptr;
  size_t Size = 0;
  uintptr_t lo() const;
  uintptr_t hi() const { return reinterpret_cast<uintptr_t>(Base) + Size; }
};

/// The stack size of every fiber (256 KiB).
constexpr size_t FiberStackSize = 256 * 1024;

/// Maps a stack; Base stays null when the system refuses.
FiberStack mapFiberStack();
void unmapFiberStack(FiberStack &S);

/// Prepares S to run FN(ARG) when first switched to; returns the fiber's
/// saved stack pointer. FN must never return (it switches away for good).
/// The stack starts COLOR (a multiple of 16) bytes below the top of S, so
/// that many fibers' hot frames do not all fall into the same cache sets.
void *initFiber(const FiberStack &S, size_t Color, void (*Fn)(void *),
                void *Arg);
/// A cache colour for fiber I: odd multiples of 64 bytes within 16 KiB.
inline size_t fiberColor(size_t I) { return I * 576 % 16384; }

} // namespace ignis::gpu::cpu

/// Saves the callee-saved state on the current stack, stores the stack
/// pointer in *SAVE, and resumes the context whose stack pointer is NEXT.
extern "C" void ignis_gpu_fiber_switch(void **Save, void *Next);

#endif

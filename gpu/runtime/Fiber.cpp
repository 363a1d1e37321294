// The fiber context switch (assembly per architecture) and fiber stacks.
#include "Fiber.h"

#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

using namespace ignis::gpu::cpu;

// Callee-saved registers only: a switch is an ordinary call, so the caller
// already saved everything else. The floating-point control words (MXCSR,
// x87 CW; FPCR) are left alone: every fiber runs with the worker's rounding
// mode, and fnstcw/fldcw alone cost more than the rest of a switch.
#if defined(__x86_64__)
asm(R"(
  .text
  .p2align 4
  .globl ignis_gpu_fiber_switch
  .hidden ignis_gpu_fiber_switch
  .type ignis_gpu_fiber_switch,@function
ignis_gpu_fiber_switch:
  pushq %rbp
  pushq %rbx
  pushq %r12
  pushq %r13
  pushq %r14
  pushq %r15
  movq %rsp, (%rdi)
  movq %rsi, %rsp
  popq %r15
  popq %r14
  popq %r13
  popq %r12
  popq %rbx
  popq %rbp
  ret
  .size ignis_gpu_fiber_switch, .-ignis_gpu_fiber_switch

  .p2align 4
  .type ignis_gpu_fiber_start,@function
ignis_gpu_fiber_start:
  movq %r12, %rdi
  callq *%r13
  ud2
  .size ignis_gpu_fiber_start, .-ignis_gpu_fiber_start
)");
#elif defined(__aarch64__)
asm(R"(
  .text
  .p2align 4
  .globl ignis_gpu_fiber_switch
  .hidden ignis_gpu_fiber_switch
  .type ignis_gpu_fiber_switch,%function
ignis_gpu_fiber_switch:
  sub sp, sp, #176
  stp x19, x20, [sp, #0]
  stp x21, x22, [sp, #16]
  stp x23, x24, [sp, #32]
  stp x25, x26, [sp, #48]
  stp x27, x28, [sp, #64]
  stp x29, x30, [sp, #80]
  stp d8, d9, [sp, #96]
  stp d10, d11, [sp, #112]
  stp d12, d13, [sp, #128]
  stp d14, d15, [sp, #144]
  mov x2, sp
  str x2, [x0]
  mov sp, x1
  ldp x19, x20, [sp, #0]
  ldp x21, x22, [sp, #16]
  ldp x23, x24, [sp, #32]
  ldp x25, x26, [sp, #48]
  ldp x27, x28, [sp, #64]
  ldp x29, x30, [sp, #80]
  ldp d8, d9, [sp, #96]
  ldp d10, d11, [sp, #112]
  ldp d12, d13, [sp, #128]
  ldp d14, d15, [sp, #144]
  add sp, sp, #176
  ret
  .size ignis_gpu_fiber_switch, .-ignis_gpu_fiber_switch

  .p2align 4
  .type ignis_gpu_fiber_start,%function
ignis_gpu_fiber_start:
  mov x0, x19
  blr x20
  brk #0
  .size ignis_gpu_fiber_start, .-ignis_gpu_fiber_start
)");
#else
#error "the cpu device's fibers support x86-64 and aarch64 only"
#endif

extern "C" void ignis_gpu_fiber_start();

static size_t pageSize() {
  static const size_t Page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  return Page;
}

uintptr_t FiberStack::lo() const {
  return reinterpret_cast<uintptr_t>(Base) + pageSize();
}

FiberStack ignis::gpu::cpu::mapFiberStack() {
  FiberStack S;
  void *P = mmap(nullptr, FiberStackSize, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (P == MAP_FAILED)
    return S;
  // The guard page: an overflow faults instead of running into a neighbour.
  mprotect(P, pageSize(), PROT_NONE);
  S.Base = static_cast<unsigned char *>(P);
  S.Size = FiberStackSize;
  return S;
}

void ignis::gpu::cpu::unmapFiberStack(FiberStack &S) {
  if (S.Base)
    munmap(S.Base, S.Size);
  S = FiberStack();
}

void *ignis::gpu::cpu::initFiber(const FiberStack &S, size_t Color,
                                 void (*Fn)(void *), void *Arg) {
  uintptr_t Top = (S.hi() - Color) & ~uintptr_t(15);
  auto Start = reinterpret_cast<uint64_t>(&ignis_gpu_fiber_start);
  auto FnBits = reinterpret_cast<uint64_t>(Fn);
  auto ArgBits = reinterpret_cast<uint64_t>(Arg);
#if defined(__x86_64__)
  // The frame ignis_gpu_fiber_switch pops: r15, r14, r13 (FN), r12 (ARG),
  // rbx, rbp, return address. After the `ret`, rsp is 16-byte aligned, so
  // the `call` in ignis_gpu_fiber_start enters FN with the ABI's alignment.
  auto *Frame = reinterpret_cast<uint64_t *>(Top - 72);
  memset(Frame, 0, 72);
  Frame[2] = FnBits;
  Frame[3] = ArgBits;
  Frame[6] = Start;
  return Frame;
#else
  // x19 (ARG), x20 (FN), ..., x29 (0), x30 (the start), d8-d15.
  auto *Frame = reinterpret_cast<uint64_t *>(Top - 176);
  memset(Frame, 0, 176);
  Frame[0] = ArgBits;
  Frame[1] = FnBits;
  Frame[11] = Start;
  return Frame;
#endif
}

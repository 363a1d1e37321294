//===- ComptimeForRolled.h - comptime for loops kept as loops ---*- C++ -*-===//
//
// A `comptime for` over a long range whose target is only ever used as a
// runtime operand (never as a parameter, never in a comptime statement,
// never captured) means the same as a runtime loop, and emitting it as one
// avoids N copies of the body (p23: 1024 copies per kernel).
//
//===----------------------------------------------------------------------===//
#ifndef IGNIS_SEMA_COMPTIMEFORROLLED_H
#define IGNIS_SEMA_COMPTIMEFORROLLED_H

#include "llvm/ADT/StringRef.h"

namespace ignis {

/// Unrolled bodies at or above this count are considered for a loop.
constexpr size_t ComptimeForRollThreshold = 32;

/// True when every use of Name in the loop body's source text Body is a
/// runtime operand (inside no `[...]` or `{...}`, not declared, assigned,
/// or named as an attribute or keyword), and the body has no comptime,
/// nested function, decorator, break or continue. Conservative: false
/// whenever unsure.
bool comptimeForTargetIsRuntimeOnly(llvm::StringRef Body, llvm::StringRef Name);

} // namespace ignis

#endif

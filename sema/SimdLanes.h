//===- SimdLanes.h - Lane masks of `__builtin.shuffle` ---------------------===//
//
// Sema (result width), the compile-time interpreter and codegen all read a
// shuffle's parameters through getShuffleMask, so the three agree.
//
//===----------------------------------------------------------------------===//
#ifndef IGNIS_SEMA_SIMDLANES_H
#define IGNIS_SEMA_SIMDLANES_H

#include "sema/ComptimeValue.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include <string>

namespace ignis::cir {

/// The lanes of concat(a, b) that `shuffle[Params](a, b)` picks, in order
/// (a has WidthA lanes, b WidthB). On malformed parameters returns false
/// with Problem describing them.
bool getShuffleMask(llvm::ArrayRef<ComptimeValue> Params, unsigned WidthA,
                    unsigned WidthB, llvm::SmallVectorImpl<int64_t> &Mask,
                    std::string &Problem);

} // namespace ignis::cir

#endif

//===- MLIRGenLifecycle.cpp - Copies, moves and destruction ---------------===//
//
// How values end: destructors (`__del__`), field-wise destruction of
// structs and tuples, and the drop flags that make destruction exact on
// every path.
//
//===----------------------------------------------------------------------===//
#include "codegen/MLIRGen.h"

using namespace ignis;

void MLIRGen::genDestroyAt(Type PtrTy, mlir::Value Addr) {
  // Filled in with the ownership pass (lifecycles).
  (void)PtrTy;
  (void)Addr;
}

//===- RuntimeAttrs.cpp - LLVM attributes of runtime and Never functions --===//
//
// A failure path that LLVM knows never returns (and is cold) does not
// clobber memory on the paths that go on: loads of a collection's length
// stay loop-invariant and a bounds check can be hoisted or removed.
//
//===----------------------------------------------------------------------===//

#include "codegen/RuntimeAttrs.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/IR/Builders.h"
#include "llvm/ADT/StringSwitch.h"

using namespace mlir;

namespace ignis {
namespace {

enum RuntimeAttr : unsigned {
  NoReturn = 1,
  Cold = 2,
  NoAliasRet = 4,
};

unsigned runtimeAttrs(llvm::StringRef Name) {
  return llvm::StringSwitch<unsigned>(Name)
#define IGNIS_RUNTIME_FN(N, A) .Case(#N, A)
#include "codegen/RuntimeFunctions.def"
      .Default(0);
}

/// Adds names to the op's `passthrough` list (kept across func-to-llvm and
/// turned into LLVM function attributes by the translation).
void addPassthrough(Operation *Op, llvm::ArrayRef<llvm::StringRef> Names) {
  Builder B(Op->getContext());
  llvm::SmallVector<Attribute> Attrs;
  if (auto Old = Op->getAttrOfType<ArrayAttr>("passthrough"))
    Attrs.append(Old.begin(), Old.end());
  for (llvm::StringRef N : Names)
    if (!llvm::is_contained(Attrs, B.getStringAttr(N)))
      Attrs.push_back(B.getStringAttr(N));
  Op->setAttr("passthrough", B.getArrayAttr(Attrs));
}

} // namespace

void applyRuntimeAttrs(Operation *Op) {
  auto Fn = dyn_cast<LLVM::LLVMFuncOp>(Op);
  if (!Fn)
    return;
  unsigned A = runtimeAttrs(Fn.getName());
  if (!A)
    return;
  llvm::SmallVector<llvm::StringRef, 2> Names;
  if (A & NoReturn)
    Names.push_back("noreturn");
  if (A & Cold)
    Names.push_back("cold");
  if (!Names.empty())
    addPassthrough(Op, Names);
  if ((A & NoAliasRet) && Fn.getNumResults() == 1) {
    Builder B(Op->getContext());
    Fn.setResultAttr(0, LLVM::LLVMDialect::getNoAliasAttrName(),
                     B.getUnitAttr());
    Fn.setResultAttr(0, LLVM::LLVMDialect::getNonNullAttrName(),
                     B.getUnitAttr());
  }
}

void markNoReturn(Operation *LLVMFunc) {
  addPassthrough(LLVMFunc, {"noreturn"});
}

void markNoReturnCold(Operation *Func) {
  addPassthrough(Func, {"noreturn", "cold"});
}

} // namespace ignis

//===- CIRBuiltins.cpp - Names of the compiler builtins -------------------===//
#include "sema/CIR.h"

using namespace ignis;
using namespace ignis::cir;

static const char *const BuiltinNames[] = {
#define BUILTIN(Enumerator, Name, NumArgs, Description) Name,
#include "sema/Builtins.def"
};

llvm::StringRef cir::getBuiltinName(BuiltinOp Op) {
  return BuiltinNames[static_cast<unsigned>(Op)];
}

bool cir::lookupBuiltin(llvm::StringRef Name, BuiltinOp &Out) {
  for (unsigned I = 0; I < std::size(BuiltinNames); ++I)
    if (Name == BuiltinNames[I]) {
      Out = static_cast<BuiltinOp>(I);
      return true;
    }
  return false;
}

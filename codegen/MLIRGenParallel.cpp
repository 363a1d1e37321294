//===- MLIRGenParallel.cpp - __builtin.parallel_for -> the thread pool ----===//
//
// `parallel_for[func](n)` (sema/SemaClosures.cpp) carries the closure's
// instance as Callee and its environment (the captured places) as operands
// after n. The places' addresses go into an array on the stack; a
// trampoline `void NAME$par(i64 i, ptr env)` loads them back and calls the
// closure; ignis_rt_parallel_for(n, trampoline, env) runs it on the pool.
//
//===----------------------------------------------------------------------===//
#include "codegen/MLIRGen.h"

using namespace ignis;
using namespace ignis::cir;
namespace LLVM = mlir::LLVM;
namespace arith = mlir::arith;
namespace func = mlir::func;
using mlir::Value;

Value MLIRGen::genParallelFor(const cir::Expr *E) {
  mlir::Location L = getLoc(E->Range);
  const Function *Callee = E->Callee;
  func::FuncOp Op = Funcs.lookup(Callee);
  if (!Op || E->Ops.empty()) {
    fail("parallel_for of a function that was not declared");
    return nullptr;
  }
  size_t NumEnv = E->Ops.size() - 1;
  if (Op.getNumArguments() != 1 + NumEnv ||
      !mlir::isa<mlir::IntegerType, mlir::IndexType>(Op.getArgumentTypes()[0])) {
    fail("parallel_for of '" + Callee->Name + "': unexpected signature");
    return nullptr;
  }
  Value N = genValue(E->Ops[0]);
  if (!isLive() || !N)
    return nullptr;
  if (N.getType() != I64)
    N = arith::IndexCastOp::create(B, L, I64, N);
  Value Env = packCaptures(L, llvm::ArrayRef<cir::Expr *>(E->Ops).slice(1, NumEnv), 0);
  if (!Env)
    return nullptr;

  // The trampoline, once per closure instance.
  std::string Name = Callee->Name + "$par";
  auto Tramp = mlir::dyn_cast_or_null<LLVM::LLVMFuncOp>(Symbols.lookup(Name));
  if (!Tramp) {
    mlir::OpBuilder::InsertionGuard Guard(B);
    B.setInsertionPointToEnd(Module.getBody());
    auto FnTy = LLVM::LLVMFunctionType::get(LLVM::LLVMVoidType::get(&Ctx),
                                            {I64, PtrTy});
    Tramp = LLVM::LLVMFuncOp::create(B, L, Name, FnTy);
    Symbols[Name] = Tramp;
    mlir::Block *Body = Tramp.addEntryBlock(B);
    B.setInsertionPointToStart(Body);
    llvm::SmallVector<Value> Args;
    Value Index = Body->getArgument(0);
    mlir::Type IndexTy = Op.getArgumentTypes()[0];
    if (IndexTy != I64)
      Index = arith::IndexCastOp::create(B, L, IndexTy, Index);
    Args.push_back(Index);
    unpackCaptures(L, Body->getArgument(1), 0, NumEnv, Args);
    func::CallOp::create(B, L, Op, Args);
    LLVM::ReturnOp::create(B, L, mlir::ValueRange{});
  }
  Value Fn = LLVM::AddressOfOp::create(B, L, Tramp);
  callC(L, "ignis_rt_parallel_for", nullptr, {N, Fn, Env});
  return nullptr;
}

//===- MLIRGenClosures.cpp - Runtime closure values -> MLIR ---------------===//
//
// A runtime closure (sema/SemaClosures.cpp: a nested def passed as an
// argument to a parameter of function type) is a pointer to an array in
// the creating frame: [trampoline, captured place 0, captured place 1, ...].
// The trampoline `R NAME$clo(args..., ptr obj)` loads the places and calls
// the closure's instance; a call through the value loads the trampoline
// from obj[0] and passes obj last. Arguments travel as their value types,
// with index passed as i64 (the trampoline is an llvm.func).
//
//===----------------------------------------------------------------------===//
#include "codegen/MLIRGen.h"

using namespace ignis;
using namespace ignis::cir;
namespace LLVM = mlir::LLVM;
namespace arith = mlir::arith;
namespace func = mlir::func;
using mlir::Value;

/// The type a value of T travels as through an llvm.func boundary.
static mlir::Type abiType(mlir::Type T, mlir::Type I64) {
  return T && mlir::isa<mlir::IndexType>(T) ? I64 : T;
}

static Value toType(mlir::OpBuilder &B, mlir::Location L, Value V, mlir::Type T) {
  if (V.getType() == T)
    return V;
  if (mlir::isa<mlir::IndexType>(V.getType()) || mlir::isa<mlir::IndexType>(T))
    return arith::IndexCastOp::create(B, L, T, V);
  return V;
}

Value MLIRGen::genMakeClosure(const cir::Expr *E) {
  mlir::Location L = getLoc(E->Range);
  const Function *Callee = E->Callee;
  func::FuncOp Op = Funcs.lookup(Callee);
  auto *FT = llvm::dyn_cast<FunctionType>(E->Ty);
  size_t NumArgs = E->Index, NumEnv = E->Ops.size();
  if (!Op || !FT || FT->Params.size() != NumArgs ||
      Op.getNumArguments() != NumArgs + NumEnv) {
    fail("runtime closure of '" + (Callee ? Callee->Name : std::string("?")) +
         "': unexpected signature");
    return nullptr;
  }
  // Slot 0 is the trampoline (stored below), the captures follow.
  Value Obj = packCaptures(L, llvm::ArrayRef<cir::Expr *>(E->Ops).take_front(NumEnv), 1);
  if (!Obj)
    return nullptr;

  std::string Name = Callee->Name + "$clo";
  auto Tramp = mlir::dyn_cast_or_null<LLVM::LLVMFuncOp>(Symbols.lookup(Name));
  if (!Tramp) {
    mlir::OpBuilder::InsertionGuard Guard(B);
    B.setInsertionPointToEnd(Module.getBody());
    llvm::SmallVector<mlir::Type> Ins;
    for (Type P : FT->Params)
      Ins.push_back(abiType(getValueType(P), I64));
    Ins.push_back(PtrTy);
    mlir::Type Res = getValueType(FT->Result);
    auto FnTy = LLVM::LLVMFunctionType::get(
        Res ? abiType(Res, I64) : LLVM::LLVMVoidType::get(&Ctx), Ins);
    Tramp = LLVM::LLVMFuncOp::create(B, L, Name, FnTy);
    Symbols[Name] = Tramp;
    mlir::Block *Body = Tramp.addEntryBlock(B);
    B.setInsertionPointToStart(Body);
    Value ObjArg = Body->getArgument(NumArgs);
    llvm::SmallVector<Value> Args;
    for (size_t I = 0; I < NumArgs; ++I) {
      Value V = Body->getArgument(I);
      mlir::Type Want = Op.getArgumentTypes()[I];
      if (Want == PtrTy && V.getType() != PtrTy) {
        // A read argument passed by address: a copy in the trampoline.
        Value One1 = LLVM::ConstantOp::create(B, L, I64, B.getI64IntegerAttr(1));
        Value Slot = LLVM::AllocaOp::create(B, L, PtrTy, V.getType(), One1);
        LLVM::StoreOp::create(B, L, V, Slot);
        V = Slot;
      }
      Args.push_back(toType(B, L, V, Want));
    }
    unpackCaptures(L, ObjArg, 1, NumEnv, Args);
    auto Call = func::CallOp::create(B, L, Op, Args);
    if (Res && Call.getNumResults() == 1)
      LLVM::ReturnOp::create(B, L, toType(B, L, Call.getResult(0), abiType(Res, I64)));
    else
      LLVM::ReturnOp::create(B, L, mlir::ValueRange{});
  }
  Value Fn = LLVM::AddressOfOp::create(B, L, Tramp);
  Value Slot0 = LLVM::GEPOp::create(B, L, PtrTy, PtrTy, Obj,
                                    llvm::ArrayRef<LLVM::GEPArg>{0});
  LLVM::StoreOp::create(B, L, Fn, Slot0);
  return Obj;
}

Value MLIRGen::genCallClosure(const cir::Expr *E) {
  mlir::Location L = getLoc(E->Range);
  auto *FT = llvm::dyn_cast_or_null<FunctionType>(E->Ops.empty() ? nullptr : E->Ops[0]->Ty);
  if (!FT || E->Ops.size() != FT->Params.size() + 1) {
    fail("call of a runtime closure with the wrong operands");
    return nullptr;
  }
  Value Obj = genValue(E->Ops[0]);
  if (!isLive() || !Obj)
    return nullptr;
  llvm::SmallVector<Value> Operands;
  llvm::SmallVector<mlir::Type> Ins;
  Operands.push_back(LLVM::LoadOp::create(B, L, PtrTy, Obj)); // obj[0]
  for (size_t I = 0; I < FT->Params.size(); ++I) {
    Value V = genValue(E->Ops[I + 1]);
    if (!isLive() || !V)
      return nullptr;
    mlir::Type T = abiType(getValueType(FT->Params[I]), I64);
    V = toType(B, L, V, T);
    Operands.push_back(V);
    Ins.push_back(T);
  }
  Operands.push_back(Obj);
  Ins.push_back(PtrTy);
  mlir::Type Res = getValueType(FT->Result);
  auto FnTy = LLVM::LLVMFunctionType::get(
      Res ? abiType(Res, I64) : LLVM::LLVMVoidType::get(&Ctx), Ins);
  auto Call = LLVM::CallOp::create(B, L, FnTy, Operands);
  if (!Res)
    return nullptr;
  return toType(B, L, Call.getResult(), Res);
}

Value MLIRGen::packCaptures(mlir::Location L, llvm::ArrayRef<cir::Expr *> Ops,
                            unsigned FirstSlot) {
  unsigned Slots = FirstSlot + Ops.size();
  Value Obj = createEntryAlloca(LLVM::LLVMArrayType::get(PtrTy, Slots ? Slots : 1));
  for (size_t I = 0; I < Ops.size(); ++I) {
    Value Addr = genAddress(Ops[I]);
    if (!isLive() || !Addr)
      return nullptr;
    Value Slot = LLVM::GEPOp::create(
        B, L, PtrTy, PtrTy, Obj, llvm::ArrayRef<LLVM::GEPArg>{(int32_t)(FirstSlot + I)});
    LLVM::StoreOp::create(B, L, Addr, Slot);
  }
  return Obj;
}

void MLIRGen::unpackCaptures(mlir::Location L, Value Obj, unsigned FirstSlot,
                             unsigned Count, llvm::SmallVectorImpl<Value> &Args) {
  for (unsigned I = 0; I < Count; ++I) {
    Value Slot = LLVM::GEPOp::create(
        B, L, PtrTy, PtrTy, Obj, llvm::ArrayRef<LLVM::GEPArg>{(int32_t)(FirstSlot + I)});
    Args.push_back(LLVM::LoadOp::create(B, L, PtrTy, Slot));
  }
}

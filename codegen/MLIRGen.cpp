//===- MLIRGen.cpp - Checked program -> MLIR: types, control flow, values -===//
//
// Every Local gets a stack slot in the entry block (mem2reg in the LLVM
// pipeline turns them into registers); places are addresses, values SSA.
// Control flow is unstructured (cf) so that break/continue/return/raise
// from any depth are plain branches. docs/codegen.md describes the ABI.
//
//===----------------------------------------------------------------------===//
#include "codegen/MLIRGen.h"
#include "codegen/DebugInfo.h"
#include "codegen/RuntimeAttrs.h"

#include "llvm/ADT/Twine.h"

using namespace ignis;
using namespace ignis::cir;
namespace LLVM = mlir::LLVM;
namespace arith = mlir::arith;
namespace func = mlir::func;
namespace cf = mlir::cf;
using mlir::Value;

/// The symbol of the program's Mojo `main`; `main` itself is the C entry
/// point that wraps it (runtime init, unhandled errors, exit status).
static constexpr llvm::StringLiteral MojoMainSymbol = "ignis_main";

void ignis::loadCodegenDialects(mlir::MLIRContext &Ctx) {
  Ctx.loadDialect<func::FuncDialect, arith::ArithDialect,
                  mlir::math::MathDialect, cf::ControlFlowDialect,
                  LLVM::LLVMDialect, mlir::vector::VectorDialect>();
}

MLIRGen::MLIRGen(mlir::MLIRContext &Ctx, const Program &P,
                 const SourceManager &SM)
    : Ctx(Ctx), P(P), SM(SM), B(&Ctx) {
  PtrTy = LLVM::LLVMPointerType::get(&Ctx);
  I1 = B.getI1Type();
  I32 = B.getI32Type();
  I64 = B.getI64Type();
}

MLIRGen::~MLIRGen() = default;

void MLIRGen::enableDebugInfo(bool Optimized) {
  DI = std::make_unique<DebugInfoBuilder>(Ctx, P, SM, Optimized);
}

void MLIRGen::fail(const llvm::Twine &Message) {
  if (Error.empty())
    Error = Message.str();
}

mlir::Location MLIRGen::getLoc(SourceLoc Loc) {
  if (!Loc.isValid())
    return B.getUnknownLoc();
  LineColumn LC = SM.getLineColumn(Loc);
  return mlir::FileLineColLoc::get(&Ctx, LC.Filename, LC.Line, LC.Column);
}

//===----------------------------------------------------------------------===//
// Types
//===----------------------------------------------------------------------===//

mlir::Type MLIRGen::getElemType(DType D) {
  switch (D) {
  case DType::Bool:
    return I1;
  case DType::Float16:
    return B.getF16Type();
  case DType::BFloat16:
    return B.getBF16Type();
  case DType::Float32:
    return B.getF32Type();
  case DType::Float64:
    return B.getF64Type();
  case DType::Index: // pointer-sized: the host's 64 bits (docs/codegen.md)
    return I64;
  default:
    return B.getIntegerType(getDTypeBits(D));
  }
}

LLVM::LLVMStructType MLIRGen::getStringType() {
  return LLVM::LLVMStructType::getLiteral(&Ctx, {PtrTy, I64});
}

mlir::Type MLIRGen::getErrorMemType() {
  // Without a stdlib Error type, an error is just its message.
  if (!P.ErrorType)
    return LLVM::LLVMStructType::getLiteral(&Ctx, {getStringType()});
  return getMemType(P.ErrorType);
}

mlir::Type MLIRGen::getValueType(Type T) {
  if (!T)
    return nullptr;
  if (auto It = TypeCache.find(T); It != TypeCache.end())
    return It->second;
  mlir::Type Result;
  switch (T->getKind()) {
  case TypeKind::NoneType:
  case TypeKind::Never:
    return nullptr;
  case TypeKind::Prim: {
    auto *PT = llvm::cast<PrimType>(T);
    mlir::Type Elem = getElemType(PT->Elem);
    Result = PT->Width == 1 ? Elem : mlir::VectorType::get({PT->Width}, Elem);
    break;
  }
  case TypeKind::IntLiteral:
    Result = I64;
    break;
  case TypeKind::FloatLiteral:
    Result = B.getF64Type();
    break;
  case TypeKind::StringLiteral:
    Result = getStringType();
    break;
  case TypeKind::Pointer:
    // GPU code keeps the address space in the pointer type (`!llvm.ptr<3>`
    // for shared memory); host and cpu-device code treat all as generic.
    if (unsigned AS = llvm::cast<PointerType>(T)->AddressSpace; AS && isDeviceModule())
      Result = LLVM::LLVMPointerType::get(&Ctx, AS);
    else
      Result = PtrTy;
    break;
  case TypeKind::Function:
    Result = PtrTy;
    break;
  case TypeKind::Array: {
    auto *AT = llvm::cast<ArrayType>(T);
    Result = LLVM::LLVMArrayType::get(getMemType(AT->Elem), AT->Count);
    break;
  }
  case TypeKind::Tuple: {
    llvm::SmallVector<mlir::Type> Elems;
    for (Type E : llvm::cast<TupleType>(T)->Elements)
      Elems.push_back(getMemType(E));
    Result = LLVM::LLVMStructType::getLiteral(&Ctx, Elems);
    break;
  }
  case TypeKind::Struct: {
    auto It = P.Layouts.find(T);
    if (It == P.Layouts.end()) {
      fail("no layout for struct type '" + P.Types.getName(T) + "'");
      Result = LLVM::LLVMStructType::getLiteral(&Ctx, {});
      break;
    }
    llvm::SmallVector<mlir::Type> Fields;
    for (Type F : It->second.Fields)
      Fields.push_back(getMemType(F));
    // A struct whose only field is a scalar or a vector (Int, Bool,
    // Float64, SIMD[dt, w], and structs wrapping those) is that field, in
    // values and in memory: no first-class aggregate for LLVM to see
    // through (tail calls, FastISel). Same size and alignment as the
    // one-element struct, so layouts do not change.
    if (Fields.size() == 1 &&
        mlir::isa<mlir::IntegerType, mlir::FloatType, mlir::VectorType>(
            Fields[0])) {
      Result = Fields[0];
      break;
    }
    Result = LLVM::LLVMStructType::getLiteral(&Ctx, Fields);
    break;
  }
  case TypeKind::Error:
  case TypeKind::DTypeType:
  case TypeKind::TypeType:
  case TypeKind::Trait:
    fail("type '" + P.Types.getName(T) + "' has no runtime representation");
    Result = LLVM::LLVMStructType::getLiteral(&Ctx, {});
    break;
  }
  TypeCache[T] = Result;
  return Result;
}

bool MLIRGen::isUnwrapped(Type T) {
  return T && T->getKind() == TypeKind::Struct &&
         !mlir::isa_and_nonnull<LLVM::LLVMStructType>(getValueType(T));
}

mlir::Type MLIRGen::getMemType(Type T) {
  if (mlir::Type VT = getValueType(T))
    return VT;
  return LLVM::LLVMStructType::getLiteral(&Ctx, {});
}

bool MLIRGen::isByAddress(const Local *L) {
  return L->Convention == ArgConvention::Mut ||
         L->Convention == ArgConvention::Inout ||
         L->Convention == ArgConvention::Ref;
}

bool MLIRGen::isReadByAddress(const Function &F, const Local *L) {
  if (F.IsExternal || !L->Ty || L->Ty->getKind() != TypeKind::Struct)
    return false;
  switch (L->Convention) {
  case ArgConvention::Default:
  case ArgConvention::Read:
  case ArgConvention::Imm:
  case ArgConvention::Borrowed:
    break;
  default:
    return false; // var/owned/deinit: the callee owns (and may change) a copy
  }
  auto ST = mlir::dyn_cast_or_null<LLVM::LLVMStructType>(getValueType(L->Ty));
  // A view holding a length (a Span) goes by address too, however small:
  // its length is then a load the callee follows with `llvm.assume(len >=
  // 0)`. By value it is a field of an aggregate argument, of which IPSCCP
  // proves the assume true from the call sites and drops it, keeping no
  // range (it annotates only scalar arguments), and the bounds checks that
  // need `len >= 0` (`xs[i - 1]`) stay in the loop.
  return ST && (DL->getTypeSize(ST).getFixedValue() > 16 ||
                holdsNonNegativeLength(L->Ty));
}

bool MLIRGen::isPassedParam(const Function &F, const Local *L) {
  return L != F.OutParam && L->Convention != ArgConvention::Out;
}

mlir::FunctionType MLIRGen::getFunctionType(const Function &F) {
  llvm::SmallVector<mlir::Type> Ins, Outs;
  for (const Local *L : F.Params) {
    if (!isPassedParam(F, L))
      continue;
    if (isByAddress(L) || isReadByAddress(F, L))
      Ins.push_back(PtrTy);
    else if (mlir::Type T = getValueType(L->Ty))
      Ins.push_back(T);
  }
  if (F.Raises) {
    Ins.push_back(PtrTy);
    Outs.push_back(I1);
  }
  if (mlir::Type R = getValueType(F.Result))
    Outs.push_back(R);
  return B.getFunctionType(Ins, Outs);
}

//===----------------------------------------------------------------------===//
// Module and functions
//===----------------------------------------------------------------------===//

mlir::OwningOpRef<mlir::ModuleOp> MLIRGen::run(std::string &ErrorOut) {
  mlir::Location ModLoc = P.Main ? getLoc(P.Main->Loc) : B.getUnknownLoc();
  mlir::OwningOpRef<mlir::ModuleOp> Owned = mlir::ModuleOp::create(ModLoc);
  Module = *Owned;
  DL.emplace(Module);
  // The host module holds host and cpu-device instances; a device module
  // every function (what kernels do not reach is removed after lowering).
  auto Wanted = [&](const Function *F) {
    return isDeviceModule() || (F->Target != cir::TargetKind::Nvptx &&
                                F->Target != cir::TargetKind::Amdgpu);
  };
  for (const Function *F : P.Functions)
    if (Wanted(F))
      declareFunction(*F);
  for (const Function *F : P.Functions)
    if (!F->IsExternal && Wanted(F))
      emitFunction(*F);
  if (P.Main && !isDeviceModule())
    emitMainWrapper(*P.Main);
  // Accesses are instrumented before the entries split kernels at barriers
  // (their locals move to frames the checks must not see as buffers).
  if (!P.Kernels.empty() && !isDeviceModule())
    instrumentCpuDeviceAccesses();
  if (!P.Kernels.empty())
    emitKernelEntries();
  if (!P.Kernels.empty() && !isDeviceModule())
    inlineCpuDeviceFastPaths();
  if (!Error.empty()) {
    ErrorOut = Error;
    return nullptr;
  }
  return Owned;
}

void MLIRGen::declareFunction(const Function &F) {
  B.setInsertionPointToEnd(Module.getBody());
  std::string Name = &F == P.Main ? MojoMainSymbol.str() : F.Name;
  mlir::Operation *&Sym = Symbols[Name];
  if (Sym) {
    fail("two functions have the symbol '" + Name + "'");
    return;
  }
  auto Op = func::FuncOp::create(B, getLoc(F.Loc), Name, getFunctionType(F));
  Sym = Op;
  // One module holds the whole program: only the C `main` is exported, so
  // Mojo functions cannot clash with C symbols when linking.
  Op.setPrivate();
  // A read-by-address param points to memory that nothing changes during
  // the call (Mojo's read convention; the caller passes a temporary when
  // its place might be written meanwhile) and that the callee neither
  // writes nor keeps (it copies the value first when its body takes the
  // param's address or passes it as mut).
  unsigned ArgNo = 0;
  for (const Local *L : F.Params) {
    if (!isPassedParam(F, L))
      continue;
    if (isReadByAddress(F, L)) {
      mlir::Type T = getValueType(L->Ty);
      mlir::UnitAttr Unit = B.getUnitAttr();
      Op.setArgAttr(ArgNo, LLVM::LLVMDialect::getReadonlyAttrName(), Unit);
      Op.setArgAttr(ArgNo, LLVM::LLVMDialect::getNoAliasAttrName(), Unit);
      Op.setArgAttr(ArgNo, LLVM::LLVMDialect::getNoCaptureAttrName(), Unit);
      Op.setArgAttr(ArgNo, LLVM::LLVMDialect::getNoUndefAttrName(), Unit);
      Op.setArgAttr(ArgNo, LLVM::LLVMDialect::getDereferenceableAttrName(),
                    B.getI64IntegerAttr(
                        DL->getTypeSize(T).getFixedValue()));
    }
    if (isByAddress(L) && !F.IsExternal)
      setByAddressParamAttrs(Op, ArgNo, L);
    if (isByAddress(L) || isReadByAddress(F, L) || getValueType(L->Ty))
      ++ArgNo;
  }
  if (!F.IsExternal)
    Op->setAttr("llvm.linkage",
                LLVM::LinkageAttr::get(&Ctx, LLVM::Linkage::Internal));
  // `@no_inline` (cold paths such as the bounds-check failure) stays a call.
  if (F.Decl)
    for (const Decorator &D : F.Decl->Decorators)
      if (auto *N = llvm::dyn_cast_or_null<NameExpr>(D.E);
          N && N->Name == "no_inline")
        Op->setAttr("passthrough",
                    B.getArrayAttr({B.getStringAttr("noinline")}));
  // `-> Never` (a bounds-check failure, abort): nothing after a call runs.
  // A raising one returns its error, so it is left alone.
  if (!F.IsExternal && !F.Raises && F.Result &&
      F.Result->getKind() == TypeKind::Never)
    markNoReturnCold(Op);
  Funcs[&F] = Op;
}

void MLIRGen::setByAddressParamAttrs(func::FuncOp Op, unsigned ArgNo,
                                     const Local *L) {
  // The caller passes the address of a live place (a local, a field, an
  // element, or a temporary slot), never null, holding the whole value.
  mlir::UnitAttr Unit = B.getUnitAttr();
  Op.setArgAttr(ArgNo, LLVM::LLVMDialect::getNonNullAttrName(), Unit);
  Op.setArgAttr(ArgNo, LLVM::LLVMDialect::getNoUndefAttrName(), Unit);
  if (uint64_t Size = DL->getTypeSize(getMemType(L->Ty)).getFixedValue())
    Op.setArgAttr(ArgNo, LLVM::LLVMDialect::getDereferenceableAttrName(),
                  B.getI64IntegerAttr(Size));
  // `mut` is exclusive (Mojo's argument exclusivity, checked by sema for
  // places rooted in locals): during the call nothing reaches the value but
  // through this pointer, which is what `noalias` promises. A `ref` may be
  // shared with other arguments, so it gets no `noalias`
  // (docs/codegen.md, "Functions and calls").
  if (L->Convention == ArgConvention::Mut ||
      L->Convention == ArgConvention::Inout)
    Op.setArgAttr(ArgNo, LLVM::LLVMDialect::getNoAliasAttrName(), Unit);
}

uint64_t MLIRGen::getDeclaredAlign(Type T) {
  if (auto *A = llvm::dyn_cast_or_null<ArrayType>(T))
    return getDeclaredAlign(A->Elem);
  uint64_t Align = 0;
  if (auto *TT = llvm::dyn_cast_or_null<TupleType>(T)) {
    for (Type E : TT->Elements)
      Align = std::max(Align, getDeclaredAlign(E));
  } else if (auto It = P.Layouts.find(T); It != P.Layouts.end()) {
    Align = It->second.Align;
    for (Type F : It->second.Fields)
      Align = std::max(Align, getDeclaredAlign(F));
  }
  return Align;
}

Value MLIRGen::createEntryAlloca(mlir::Type T) {
  mlir::OpBuilder::InsertionGuard Guard(B);
  B.setInsertionPointAfterValue(One);
  return LLVM::AllocaOp::create(B, One.getLoc(), PtrTy, T, One);
}

mlir::Block *MLIRGen::newBlock() {
  auto *Blk = new mlir::Block();
  CurOp.getBody().push_back(Blk);
  if (Blk == FactsBlock) // the described block was freed: facts are stale
    FactsBlock = nullptr;
  return Blk;
}

bool MLIRGen::enterBlock(mlir::Block *Blk) {
  if (Blk != Entry && Blk->hasNoPredecessors()) {
    if (Blk == FactsBlock)
      FactsBlock = nullptr;
    Blk->erase();
    terminate();
    return false;
  }
  B.setInsertionPointToEnd(Blk);
  return true;
}

void MLIRGen::moveToEnd(mlir::Block *Blk) {
  mlir::Region::BlockListType &Blocks = CurOp.getBody().getBlocks();
  Blocks.splice(Blocks.end(), Blocks, Blk->getIterator());
}

void MLIRGen::branchTo(mlir::Location L, mlir::Block *Dest) {
  if (!isLive())
    return;
  cf::BranchOp::create(B, L, Dest);
  terminate();
}

void MLIRGen::emitFunction(const Function &F) {
  CurFn = &F;
  CurOp = Funcs.lookup(&F);
  if (!CurOp)
    return;
  Addresses.clear();
  DropFlags.clear();
  ErrorExit = nullptr;
  ReturnExit = nullptr;
  CleanupNodes.clear();
  ErrorChainTail = ReturnChainTail = nullptr;
  FactsBlock = nullptr;
  Facts.clear();
  SetFlags.clear();
  SetFlagIndex.clear();
  TouchedFlags.clear();
  PendingExits.clear();
  PendingExitOf.clear();
  ReturnStmts = 0;
  Scopes.clear();
  LocalUses.clear();
  collectLocalUses(F.Body);
  ErrorOut = nullptr;
  Entry = CurOp.addEntryBlock();
  B.setInsertionPointToStart(Entry);
  mlir::Location FnLoc = getLoc(F.Loc);
  if (DI)
    DI->beginFunction(CurOp, F);
  One = LLVM::ConstantOp::create(B, FnLoc, I64, B.getI64IntegerAttr(1));

  unsigned ArgNo = 0, ParamNo = 0;
  for (const Local *L : F.Params) {
    ++ParamNo;
    if (!isPassedParam(F, L))
      continue;
    if (isByAddress(L)) {
      Addresses[L] = Entry->getArgument(ArgNo++);
      if (DI)
        DI->declareLocal(B, *L, Addresses[L], ParamNo);
      continue;
    }
    if (isReadByAddress(F, L)) {
      // Read in place, unless the body writes it or lets its address out
      // (sema allows passing a read param as mut): then a private copy.
      Value Ptr = Entry->getArgument(ArgNo++);
      Value Addr = Ptr;
      if (LocalUses.lookup(L)) {
        mlir::Type T = getValueType(L->Ty);
        Addr = LLVM::AllocaOp::create(B, getLoc(L->Loc), PtrTy, T, One);
        LLVM::StoreOp::create(B, getLoc(L->Loc),
                              LLVM::LoadOp::create(B, getLoc(L->Loc), T, Ptr),
                              Addr);
      }
      Addresses[L] = Addr;
      if (DI)
        DI->declareLocal(B, *L, Addr, ParamNo);
      continue;
    }
    mlir::Type T = getValueType(L->Ty);
    Value Slot = LLVM::AllocaOp::create(B, getLoc(L->Loc), PtrTy,
                                        getMemType(L->Ty), One);
    Addresses[L] = Slot;
    if (DI)
      DI->declareLocal(B, *L, Slot, ParamNo);
    if (T)
      LLVM::StoreOp::create(B, DI ? DI->getPrologueLoc() : getLoc(L->Loc),
                            Entry->getArgument(ArgNo++), Slot);
  }
  if (F.Raises)
    ErrorOut = Entry->getArgument(ArgNo++);
  for (const Local *L : F.Locals)
    if (!Addresses.count(L)) {
      Addresses[L] = LLVM::AllocaOp::create(
          B, getLoc(L->Loc), PtrTy, getMemType(L->Ty), One,
          static_cast<unsigned>(getDeclaredAlign(L->Ty)));
      if (DI)
        DI->declareLocal(B, *L, Addresses[L], 0);
    }
  if (F.OutParam && !Addresses.count(F.OutParam)) {
    Addresses[F.OutParam] = LLVM::AllocaOp::create(
        B, FnLoc, PtrTy, getMemType(F.OutParam->Ty), One);
    if (DI)
      DI->declareLocal(B, *F.OutParam, Addresses[F.OutParam], 0);
  }

  createDropFlags(F);
  emitStmts(F.Body);
  emitFunctionEnd(F, FnLoc);
  fillPendingExits();
  if (DI)
    DI->finishFunction(CurOp);
}

void MLIRGen::emitFunctionEnd(const Function &F, mlir::Location FnLoc) {
  if (!isLive())
    return;
  // Falling off the end: None functions and `out` constructors return;
  // anything else was proven unreachable by sema.
  if (!F.OutParam && F.Result && F.Result->getKind() == TypeKind::Never) {
    // A `-> Never` function must not return (it is `noreturn` in LLVM IR):
    // one whose body falls off its end stops the program instead.
    Value Msg = genStringConst(
        FnLoc, "'" + F.DisplayName + "' is declared '-> Never' but returned");
    callC(FnLoc, "ignis_rt_abort", nullptr,
          {LLVM::ExtractValueOp::create(B, FnLoc, Msg, 0),
           LLVM::ExtractValueOp::create(B, FnLoc, Msg, 1)});
    LLVM::UnreachableOp::create(B, FnLoc);
    terminate();
    return;
  }
  Value Result;
  if (F.OutParam)
    Result = load(FnLoc, F.OutParam->Ty, Addresses[F.OutParam]);
  if (!getValueType(F.Result) || F.OutParam)
    emitReturn(FnLoc, Result);
  else {
    LLVM::UnreachableOp::create(B, FnLoc);
    terminate();
  }
}

/// int main(int argc, char **argv): initialise the runtime, run the Mojo
/// main, report an unhandled error, flush, return the exit status.
void MLIRGen::emitMainWrapper(const Function &Main) {
  func::FuncOp Callee = Funcs.lookup(&Main);
  if (!Callee)
    return;
  mlir::Location L = getLoc(Main.Loc);
  B.setInsertionPointToEnd(Module.getBody());
  if (Symbols.count("main")) {
    fail("the symbol 'main' is taken by another function");
    return;
  }
  CurFn = &Main;
  CurOp = func::FuncOp::create(B, L, "main",
                               B.getFunctionType({I32, PtrTy}, {I32}));
  Entry = CurOp.addEntryBlock();
  B.setInsertionPointToStart(Entry);
  if (DI)
    DI->beginFunction(CurOp, Main, /*IsEntryWrapper=*/true);
  One = LLVM::ConstantOp::create(B, L, I64, B.getI64IntegerAttr(1));
  callC(L, "ignis_rt_init", nullptr,
        {Entry->getArgument(0), Entry->getArgument(1)});

  llvm::SmallVector<Value> Args;
  Value Slot;
  if (Main.Raises) {
    Slot = createEntryAlloca(getErrorMemType(Main.ErrorType));
    Args.push_back(Slot);
  }
  if (Callee.getNumArguments() != Args.size()) {
    fail("'main' must take no arguments");
    return;
  }
  auto Call = func::CallOp::create(B, L, Callee, Args);
  Value Status = constInt(L, I32, 0);
  if (mlir::Type R = getValueType(Main.Result)) {
    // A main returning an integer gives the exit status.
    if (auto IntTy = mlir::dyn_cast<mlir::IntegerType>(R)) {
      Value V = Call.getResults().back();
      if (IntTy.getWidth() > 32)
        Status = arith::TruncIOp::create(B, L, I32, V);
      else if (IntTy.getWidth() < 32)
        Status = arith::ExtSIOp::create(B, L, I32, V);
      else
        Status = V;
    }
  }
  if (Main.Raises) {
    mlir::Block *Failed = newBlock(), *Done = newBlock();
    Done->addArgument(I32, L);
    cf::CondBranchOp::create(B, L, Call.getResult(0), Failed,
                             mlir::ValueRange(), Done, mlir::ValueRange{Status});
    B.setInsertionPointToEnd(Failed);
    if (Main.ErrorType) {
      // A typed error: its written form, as an Error.
      Value Converted = createEntryAlloca(getErrorMemType());
      if (!emitErrorConversion(L, Main.ErrorType, Slot, Converted))
        return;
      Slot = Converted;
    }
    auto [Data, Len] = getErrorMessage(L, Slot);
    // ignis_rt_write_err flushes stdout first, so the output stays in order.
    Value Pre = genStringConst(L, "Unhandled exception caught during "
                                  "execution: ");
    callC(L, "ignis_rt_write_err", nullptr,
          {LLVM::ExtractValueOp::create(B, L, Pre, 0),
           LLVM::ExtractValueOp::create(B, L, Pre, 1)});
    callC(L, "ignis_rt_write_err", nullptr, {Data, Len});
    Value NL = genStringConst(L, "\n");
    callC(L, "ignis_rt_write_err", nullptr,
          {LLVM::ExtractValueOp::create(B, L, NL, 0),
           LLVM::ExtractValueOp::create(B, L, NL, 1)});
    cf::BranchOp::create(B, L, Done, mlir::ValueRange{constInt(L, I32, 1)});
    B.setInsertionPointToEnd(Done);
    Status = Done->getArgument(0);
  }
  callC(L, "ignis_rt_flush", nullptr, {});
  func::ReturnOp::create(B, L, Status);
  terminate();
  if (DI)
    DI->finishFunction(CurOp);
}

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

void MLIRGen::emitStmts(const cir::StmtList &Stmts) {
  for (const cir::Stmt *S : Stmts) {
    if (!isLive())
      return; // the rest is unreachable
    emitStmt(*S);
  }
}

void MLIRGen::emitStmt(const cir::Stmt &S) {
  mlir::Location L = getLoc(S.Range);
  switch (S.Kind) {
  case StmtKind::Eval:
    if (S.Value && S.Value->isPlace()) {
      genAddress(S.Value);
    } else if (S.Value) {
      Value V = genValue(S.Value);
      // A discarded value that owns something ends here.
      if (V && isLive() && P.needsDestroy(S.Value->Ty)) {
        Value Slot = createEntryAlloca(V.getType());
        LLVM::StoreOp::create(B, L, V, Slot);
        genDestroyAt(S.Value->Ty, Slot);
      }
    }
    return;
  case StmtKind::Assign:
    return emitAssign(S);
  case StmtKind::Destroy:
    return emitDestroy(S);
  case StmtKind::If:
    return emitIf(S);
  case StmtKind::Loop:
    return emitLoop(S);
  case StmtKind::Break:
  case StmtKind::Continue: {
    for (size_t I = Scopes.size(); I-- > 0;) {
      if (Scopes[I].K != Scope::Loop)
        continue;
      mlir::Block *Dest = S.Kind == StmtKind::Break ? Scopes[I].Break
                                                    : Scopes[I].Continue;
      emitCleanupsDownTo(I + 1);
      return branchTo(L, Dest);
    }
    return fail("break or continue outside a loop");
  }
  case StmtKind::Return: {
    Value V = S.Value ? genValue(S.Value) : Value();
    if (!S.Value && CurFn->OutParam)
      V = load(L, CurFn->OutParam->Ty, Addresses[CurFn->OutParam]);
    if (isLive())
      emitReturn(L, V);
    return;
  }
  case StmtKind::Raise:
    return emitRaise(S);
  case StmtKind::Try:
    return emitTry(S);
  case StmtKind::Block:
    return emitStmts(S.Body);
  }
}

void MLIRGen::emitIf(const cir::Stmt &S) {
  mlir::Location L = getLoc(S.Range);
  Value Cond = genValue(S.Cond);
  if (!isLive())
    return;
  mlir::Block *Then = newBlock(), *Join = newBlock();
  mlir::Block *Else = S.Else.empty() ? Join : newBlock();
  FlagFacts Before = currentFacts();
  cf::CondBranchOp::create(B, L, Cond, Then, Else);
  B.setInsertionPointToEnd(Then);
  resumeFacts(Before, Then);
  emitStmts(S.Body);
  // The facts at the join: those true at the end of every path to it.
  std::optional<FlagFacts> AtJoin;
  if (isLive())
    AtJoin = currentFacts();
  branchTo(L, Join);
  if (Else != Join) {
    B.setInsertionPointToEnd(Else);
    resumeFacts(Before, Else);
    emitStmts(S.Else);
    if (isLive())
      AtJoin = AtJoin ? mergeFacts(*AtJoin, currentFacts()) : currentFacts();
    branchTo(L, Join);
  } else {
    AtJoin = AtJoin ? mergeFacts(*AtJoin, Before) : Before;
  }
  moveToEnd(Join);
  if (enterBlock(Join) && AtJoin)
    resumeFacts(std::move(*AtJoin), Join);
}

void MLIRGen::emitLoop(const cir::Stmt &S) {
  mlir::Location L = getLoc(S.Range);
  mlir::Block *Header = newBlock(), *Body = newBlock(), *Else = newBlock(),
              *Exit = newBlock();
  // After the loop, the flags it never touches keep what was known before.
  FlagFacts Before = currentFacts();
  size_t Touched = TouchedFlags.size();
  branchTo(L, Header);
  B.setInsertionPointToEnd(Header);
  emitStmts(S.Prelude);
  if (!isLive()) {
    enterBlock(Body);
    enterBlock(Else);
    moveToEnd(Exit);
    enterBlock(Exit);
    return;
  }
  if (S.Cond) {
    Value Cond = genValue(S.Cond);
    if (isLive())
      cf::CondBranchOp::create(B, L, Cond, Body, Else);
  } else {
    cf::BranchOp::create(B, L, Body);
  }
  B.setInsertionPointToEnd(Body);
  Scopes.push_back({Scope::Loop, Exit, Header, {}, nullptr, nullptr});
  emitStmts(S.Body);
  Scopes.pop_back();
  branchTo(L, Header);
  // The else block runs when the condition fails, never after a break.
  if (enterBlock(Else)) {
    emitStmts(S.Else);
    branchTo(L, Exit);
  }
  moveToEnd(Exit);
  if (!enterBlock(Exit))
    return;
  for (size_t I = Touched; I < TouchedFlags.size(); ++I)
    Before.erase(TouchedFlags[I]);
  resumeFacts(std::move(Before), Exit);
}

void MLIRGen::emitTry(const cir::Stmt &S) {
  mlir::Location L = getLoc(S.Range);
  bool HasFinally = !S.Finally.empty();
  if (HasFinally)
    Scopes.push_back({Scope::Finally, nullptr, nullptr, {}, nullptr, &S});
  mlir::Block *Handler = nullptr;
  Value Slot;
  if (S.HasHandler) {
    Slot = createEntryAlloca(getErrorMemType(S.ErrorTy));
    Handler = newBlock();
    Scopes.push_back(
        {Scope::Handler, nullptr, nullptr, Slot, Handler, nullptr, S.ErrorTy});
  }
  emitStmts(S.Body);
  if (S.HasHandler)
    Scopes.pop_back();
  // `else` runs when the body finished without an error; errors it raises
  // are not caught by this try's handler.
  emitStmts(S.Else);
  mlir::Block *After = newBlock();
  // The facts after the try: those true at the end of the body (or `else`)
  // and of the handler, the only ways to it.
  std::optional<FlagFacts> AtAfter;
  if (isLive())
    AtAfter = currentFacts();
  branchTo(L, After);
  if (Handler && enterBlock(Handler)) {
    if (S.ErrorVar) {
      mlir::Type ET = getErrorMemType(S.ErrorTy);
      Value Err = LLVM::LoadOp::create(B, L, ET, Slot);
      LLVM::StoreOp::create(B, L, Err, Addresses[S.ErrorVar]);
      setDropFlag(L, S.ErrorVar, true);
    } else if (Type ET = S.ErrorTy ? S.ErrorTy : P.ErrorType) {
      genDestroyAt(ET, Slot); // caught and unnamed: it ends here
    }
    emitStmts(S.Handler);
    if (isLive())
      AtAfter = AtAfter ? mergeFacts(*AtAfter, currentFacts()) : currentFacts();
    branchTo(L, After);
  }
  if (HasFinally)
    Scopes.pop_back();
  moveToEnd(After);
  if (enterBlock(After)) {
    if (AtAfter)
      resumeFacts(std::move(*AtAfter), After);
    emitStmts(S.Finally);
  }
}

void MLIRGen::emitCleanupsDownTo(size_t Depth) {
  for (size_t I = Scopes.size(); I-- > Depth;) {
    if (!isLive())
      return;
    if (Scopes[I].K != Scope::Finally)
      continue;
    // The finally body runs outside its own try: hide the inner scopes.
    std::vector<Scope> Saved(Scopes.begin() + I, Scopes.end());
    Scopes.resize(I);
    emitStmts(Saved.front().Try->Finally);
    Scopes.insert(Scopes.end(), Saved.begin(), Saved.end());
  }
}

void MLIRGen::emitReturn(mlir::Location L, Value V) {
  bool AnyFinally = llvm::any_of(
      Scopes, [](const Scope &S) { return S.K == Scope::Finally; });
  if (!AnyFinally && !DropFlags.empty() && isLive() && canChainCleanups()) {
    // Destroy what is alive here (the flags known), through a chain that
    // shares its older part with the other returns.
    mlir::Type RT = getValueType(CurFn->Result);
    Value Arg = V;
    if (RT)
      Arg = V ? coerceAddressSpace(L, V, RT)
              : LLVM::PoisonOp::create(B, L, RT).getResult();
    mlir::Location FnLoc = getLoc(CurFn->Loc);
    if (!ReturnChainTail) {
      mlir::OpBuilder::InsertionGuard Guard(B);
      ReturnChainTail = newBlock();
      Value TailArg = RT ? ReturnChainTail->addArgument(RT, FnLoc) : Value();
      B.setInsertionPointToEnd(ReturnChainTail);
      emitReturnOnly(FnLoc, TailArg);
    }
    mlir::Block *Chain = getCleanupChain(FnLoc, ReturnChainTail, RT);
    llvm::SmallVector<Value, 1> Args;
    if (RT)
      Args.push_back(Arg);
    cf::BranchOp::create(B, L, Chain, Args);
    terminate();
    return;
  }
  // Sharing pays when there is something to destroy and more than the
  // fall-through return.
  if (AnyFinally || DropFlags.empty() || ReturnStmts == 0) {
    emitCleanupsDownTo(0);
    if (!isLive())
      return;
    emitReturnExit(L, V, inLoop(), SetFlags.size());
    return;
  }
  if (!isLive())
    return;
  // Outside any `finally` every return is the same code (the drop flags
  // say what is alive): one shared block, the result its argument.
  mlir::Type RT = getValueType(CurFn->Result);
  if (RT)
    V = V ? coerceAddressSpace(L, V, RT)
          : LLVM::PoisonOp::create(B, L, RT).getResult();
  if (!ReturnExit) {
    mlir::OpBuilder::InsertionGuard Guard(B);
    ReturnExit = newBlock();
    Value Arg = RT ? ReturnExit->addArgument(RT, L) : Value();
    B.setInsertionPointToEnd(ReturnExit);
    emitReturnExit(getLoc(CurFn->Loc), Arg);
  }
  llvm::SmallVector<Value, 1> Args;
  if (RT)
    Args.push_back(V);
  cf::BranchOp::create(B, L, ReturnExit, Args);
  terminate();
}

void MLIRGen::emitReturnExit(mlir::Location L, Value V, bool All,
                             size_t SetCount) {
  destroyAllFlagged(L, All, SetCount);
  emitReturnOnly(L, V);
}

void MLIRGen::emitReturnOnly(mlir::Location L, Value V) {
  llvm::SmallVector<Value, 2> Results;
  if (CurFn->Raises)
    Results.push_back(constInt(L, I1, 0));
  if (mlir::Type RT = getValueType(CurFn->Result))
    Results.push_back(V ? coerceAddressSpace(L, V, RT)
                        : LLVM::PoisonOp::create(B, L, RT).getResult());
  func::ReturnOp::create(B, L, Results);
  terminate();
}

Value MLIRGen::getErrorDestination(mlir::Location L) {
  for (size_t I = Scopes.size(); I-- > 0;)
    if (Scopes[I].K == Scope::Handler)
      return Scopes[I].ErrorSlot;
  if (ErrorOut)
    return ErrorOut;
  // Sema lets only raising functions raise without a handler; keep going
  // with a private slot (emitPropagate then aborts).
  return createEntryAlloca(getErrorMemType());
}

Type MLIRGen::getErrorDestinationType() {
  for (size_t I = Scopes.size(); I-- > 0;)
    if (Scopes[I].K == Scope::Handler)
      return Scopes[I].ErrTy;
  return CurFn ? CurFn->ErrorType : nullptr;
}

bool MLIRGen::emitErrorConversion(mlir::Location L, Type From, Value FromSlot,
                                  Value ToSlot) {
  const Function *Conv = P.ErrorConversions.lookup(From);
  func::FuncOp Op = Conv ? Funcs.lookup(Conv) : func::FuncOp();
  if (!Op) {
    fail("no conversion of the error type to Error");
    return false;
  }
  llvm::SmallVector<Value, 1> Args;
  for (const Local *Param : Conv->Params) {
    if (!isPassedParam(*Conv, Param))
      continue;
    if (isByAddress(Param) || isReadByAddress(*Conv, Param))
      Args.push_back(FromSlot);
    else if (mlir::Type T = getValueType(Param->Ty))
      Args.push_back(LLVM::LoadOp::create(B, L, T, FromSlot));
  }
  auto Call = func::CallOp::create(B, L, Op, Args);
  LLVM::StoreOp::create(B, L, Call.getResults().back(), ToSlot);
  genDestroyAt(From, FromSlot);
  return true;
}

void MLIRGen::emitPropagate(mlir::Location L) {
  for (size_t I = Scopes.size(); I-- > 0;) {
    if (Scopes[I].K != Scope::Handler)
      continue;
    mlir::Block *Dest = Scopes[I].HandlerBlock;
    emitCleanupsDownTo(I + 1);
    return branchTo(L, Dest);
  }
  // Every error exit under the same innermost `finally` (or under none) is
  // the same code: the finally bodies on the way out, then the values the
  // drop flags say are alive. One shared block each, so a function with
  // many raising calls and many values does not repeat every destructor
  // (and every `with`'s __exit__) at each call.
  if (!isLive())
    return;
  size_t Innermost = Scopes.size();
  for (size_t I = Scopes.size(); I-- > 0;)
    if (Scopes[I].K == Scope::Finally) {
      Innermost = I;
      break;
    }
  if (Innermost == Scopes.size())
    if (mlir::Block *Chain = getErrorChain(getLoc(CurFn->Loc)))
      return branchTo(L, Chain);
  mlir::Block *Shared = Innermost == Scopes.size()
                            ? ErrorExit
                            : Scopes[Innermost].SharedErrorExit;
  if (!Shared) {
    mlir::OpBuilder::InsertionGuard Guard(B);
    Shared = newBlock();
    B.setInsertionPointToEnd(Shared);
    emitCleanupsDownTo(0);
    if (isLive()) {
      // What to destroy is known once every use has been seen.
      mlir::Block *Fill = newBlock();
      branchTo(getLoc(CurFn->Loc), Fill);
      PendingExitOf[Shared] = PendingExits.size();
      PendingExits.push_back({Fill});
    }
    // Set after the cleanups: emitting them puts back saved scopes.
    if (Innermost == Scopes.size())
      ErrorExit = Shared;
    else
      Scopes[Innermost].SharedErrorExit = Shared;
  }
  noteExitUse(Shared);
  branchTo(L, Shared);
}

void MLIRGen::emitErrorReturn(mlir::Location L) {
  destroyOutFields(L); // a partly built `out self` (raising __init__)
  if (!ErrorOut) {
    Value Msg = genStringConst(L, "error raised in a function that does "
                                  "not raise");
    callC(L, "ignis_rt_abort", nullptr,
          {LLVM::ExtractValueOp::create(B, L, Msg, 0),
           LLVM::ExtractValueOp::create(B, L, Msg, 1)});
    LLVM::UnreachableOp::create(B, L);
    return terminate();
  }
  llvm::SmallVector<Value, 2> Results{constInt(L, I1, 1)};
  if (mlir::Type RT = getValueType(CurFn->Result))
    Results.push_back(LLVM::PoisonOp::create(B, L, RT));
  func::ReturnOp::create(B, L, Results);
  terminate();
}

void MLIRGen::emitRaise(const cir::Stmt &S) {
  mlir::Location L = getLoc(S.Range);
  Value Err = genValue(S.Value);
  if (!isLive())
    return;
  if (Err)
    LLVM::StoreOp::create(B, L, Err, getErrorDestination(L));
  emitPropagate(L);
}

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

Value MLIRGen::constInt(mlir::Location L, mlir::Type T, int64_t V) {
  if (auto VT = mlir::dyn_cast<mlir::VectorType>(T)) {
    auto ET = VT.getElementType();
    auto Attr = mlir::DenseElementsAttr::get(
        VT, mlir::IntegerAttr::get(ET, llvm::APInt(ET.getIntOrFloatBitWidth(),
                                                   V, /*isSigned=*/true,
                                                   /*implicitTrunc=*/true)));
    return arith::ConstantOp::create(B, L, Attr);
  }
  return arith::ConstantOp::create(
      B, L,
      mlir::IntegerAttr::get(T, llvm::APInt(T.getIntOrFloatBitWidth(), V,
                                            true, true)));
}

Value MLIRGen::constFloat(mlir::Location L, mlir::Type T, double V) {
  if (auto VT = mlir::dyn_cast<mlir::VectorType>(T)) {
    auto Attr = mlir::DenseElementsAttr::get(
        VT, mlir::FloatAttr::get(VT.getElementType(), V));
    return arith::ConstantOp::create(B, L, Attr);
  }
  return arith::ConstantOp::create(B, L, mlir::FloatAttr::get(T, V));
}

Value MLIRGen::constI64(mlir::Location L, int64_t V) {
  return constInt(L, I64, V);
}

Value MLIRGen::load(mlir::Location L, Type T, Value Addr) {
  mlir::Type VT = getValueType(T);
  if (!VT || !Addr)
    return nullptr;
  return LLVM::LoadOp::create(B, L, VT, Addr);
}

Value MLIRGen::genStringConst(mlir::Location L, llvm::StringRef S) {
  LLVM::GlobalOp &G = Strings[S];
  if (!G) {
    mlir::OpBuilder::InsertionGuard Guard(B);
    B.setInsertionPointToStart(Module.getBody());
    std::string Data = S.str();
    Data.push_back('\0'); // C functions may read it as a C string
    auto ArrTy = LLVM::LLVMArrayType::get(B.getIntegerType(8), Data.size());
    G = LLVM::GlobalOp::create(B, L, ArrTy, /*isConstant=*/true,
                               LLVM::Linkage::Private,
                               "str." + std::to_string(Strings.size() - 1),
                               B.getStringAttr(Data), /*alignment=*/1);
    G.setUnnamedAddr(LLVM::UnnamedAddr::Global);
  }
  Value Ptr = LLVM::AddressOfOp::create(B, L, G);
  Value Str = LLVM::UndefOp::create(B, L, getStringType());
  Str = LLVM::InsertValueOp::create(B, L, Str, Ptr, llvm::ArrayRef<int64_t>{0});
  return LLVM::InsertValueOp::create(B, L, Str, constI64(L, S.size()),
                                     llvm::ArrayRef<int64_t>{1});
}

Value MLIRGen::genAddress(const cir::Expr *E) {
  if (!isLive())
    return nullptr;
  mlir::Location L = getLoc(E->Range);
  switch (E->Kind) {
  case ExprKind::LocalRef: {
    Value &Addr = Addresses[E->Var];
    if (!Addr)
      Addr = createEntryAlloca(getMemType(E->Var->Ty));
    return Addr;
  }
  case ExprKind::FieldRef: {
    Value Base = genAddress(E->Ops[0]);
    if (!Base)
      return nullptr;
    if (isUnwrapped(E->Ops[0]->Ty))
      return Base; // the only field is at the struct's address
    return LLVM::GEPOp::create(
        B, L, Base.getType(), getMemType(E->Ops[0]->Ty), Base,
        llvm::ArrayRef<LLVM::GEPArg>{0, static_cast<int32_t>(E->Index)});
  }
  case ExprKind::Deref:
    return genValue(E->Ops[0]);
  default: {
    // A value where an address is needed (a temporary passed to a `mut`
    // or `ref` parameter): give it a slot.
    Value V = genValue(E);
    Value Slot = createEntryAlloca(getMemType(E->Ty));
    if (V && isLive())
      LLVM::StoreOp::create(B, L, V, Slot);
    return Slot;
  }
  }
}

Value MLIRGen::genAggregate(const cir::Expr *E) {
  mlir::Location L = getLoc(E->Range);
  if (E->Kind == ExprKind::StructInit && isUnwrapped(E->Ty))
    return E->Ops.size() == 1 ? genValue(E->Ops[0]) : nullptr;
  mlir::Type T = getMemType(E->Ty);
  llvm::SmallVector<Value> Vals;
  for (const cir::Expr *Op : E->Ops)
    Vals.push_back(genValue(Op));
  if (!isLive())
    return nullptr;
  Value Agg = LLVM::UndefOp::create(B, L, T);
  for (auto [I, V] : llvm::enumerate(Vals))
    if (V)
      Agg = LLVM::InsertValueOp::create(
          B, L, Agg, V, llvm::ArrayRef<int64_t>{static_cast<int64_t>(I)});
  return Agg;
}

Value MLIRGen::genShortCircuit(const cir::Expr *E, bool IsAnd) {
  mlir::Location L = getLoc(E->Range);
  Value Lhs = genValue(E->Ops[0]);
  if (!isLive())
    return nullptr;
  mlir::Block *Rhs = newBlock(), *Join = newBlock();
  Join->addArgument(I1, L);
  if (IsAnd)
    cf::CondBranchOp::create(B, L, Lhs, Rhs, mlir::ValueRange(), Join,
                             mlir::ValueRange{Lhs});
  else
    cf::CondBranchOp::create(B, L, Lhs, Join, mlir::ValueRange{Lhs}, Rhs,
                             mlir::ValueRange());
  B.setInsertionPointToEnd(Rhs);
  Value RhsV = genValue(E->Ops[1]);
  if (isLive())
    cf::BranchOp::create(B, L, Join, mlir::ValueRange{RhsV});
  moveToEnd(Join);
  B.setInsertionPointToEnd(Join);
  return Join->getArgument(0);
}

Value MLIRGen::genConditional(const cir::Expr *E) {
  mlir::Location L = getLoc(E->Range);
  Value Cond = genValue(E->Ops[0]);
  if (!isLive())
    return nullptr;
  mlir::Type T = getValueType(E->Ty);
  mlir::Block *Then = newBlock(), *Else = newBlock(), *Join = newBlock();
  if (T)
    Join->addArgument(T, L);
  cf::CondBranchOp::create(B, L, Cond, Then, Else);
  for (auto [Blk, Op] : {std::pair{Then, E->Ops[1]}, {Else, E->Ops[2]}}) {
    B.setInsertionPointToEnd(Blk);
    Value V = genValue(Op);
    if (!isLive())
      continue;
    if (T)
      cf::BranchOp::create(B, L, Join, mlir::ValueRange{V});
    else
      cf::BranchOp::create(B, L, Join);
  }
  moveToEnd(Join);
  if (!enterBlock(Join))
    return nullptr;
  return T ? Join->getArgument(0) : Value();
}

const Local *MLIRGen::getRootLocal(const cir::Expr *Place) {
  while (Place && Place->Kind == ExprKind::FieldRef)
    Place = Place->Ops[0];
  return Place && Place->Kind == ExprKind::LocalRef ? Place->Var : nullptr;
}

void MLIRGen::collectLocalUses(const cir::StmtList &Stmts) {
  for (const cir::Stmt *S : Stmts) {
    if (S->Kind == StmtKind::Return)
      ++ReturnStmts;
    if (S->Target && S->Kind == StmtKind::Assign)
      if (const Local *Root = getRootLocal(S->Target))
        LocalUses[Root] |= Written;
    collectLocalUses(S->Target);
    collectLocalUses(S->Value);
    collectLocalUses(S->Cond);
    collectLocalUses(S->Body);
    collectLocalUses(S->Else);
    collectLocalUses(S->Handler);
    collectLocalUses(S->Finally);
  }
}

void MLIRGen::collectLocalUses(const cir::Expr *E) {
  if (!E)
    return;
  if (E->Kind == ExprKind::AddressOf)
    if (const Local *Root = getRootLocal(E->Ops[0]))
      LocalUses[Root] |= AddressEscapes | Written;
  if (E->Kind == ExprKind::Call || E->Kind == ExprKind::Builtin) // parallel_for
    for (auto [I, Arg] : llvm::enumerate(E->Ops))
      if (I < E->ArgByAddress.size() && E->ArgByAddress[I])
        if (const Local *Root = getRootLocal(Arg))
          LocalUses[Root] |= Written;
  for (const cir::Expr *Op : E->Ops)
    collectLocalUses(Op);
}

bool MLIRGen::mayWriteLocal(const cir::Expr *E, const Local *Root) {
  if (!E)
    return false;
  if (E->Kind == ExprKind::Call || E->Kind == ExprKind::Builtin) // parallel_for
    for (auto [I, Arg] : llvm::enumerate(E->Ops))
      if (I < E->ArgByAddress.size() && E->ArgByAddress[I] &&
          getRootLocal(Arg) == Root)
        return true;
  return llvm::any_of(E->Ops, [&](const cir::Expr *Op) {
    return mayWriteLocal(Op, Root);
  });
}

/// Whether E is built from constants only (numbers, strings, and structs
/// and tuples of them); Key then names its value.
bool MLIRGen::constantKey(const cir::Expr *E, std::string &Key) {
  llvm::raw_string_ostream OS(Key);
  switch (E->Kind) {
  case ExprKind::IntConst:
    OS << "i" << static_cast<const void *>(E->Ty) << ":" << E->Int << ";";
    return true;
  case ExprKind::FloatConst:
    OS << "f" << static_cast<const void *>(E->Ty) << ":"
       << llvm::bit_cast<uint64_t>(E->Float) << ";";
    return true;
  case ExprKind::StringConst:
    OS << "s" << E->Str.size() << ":" << E->Str << ";";
    return true;
  case ExprKind::StructInit:
  case ExprKind::TupleInit:
    if (E->Ops.empty() || Key.size() > 512)
      return false;
    OS << "{" << static_cast<const void *>(E->Ty);
    for (const cir::Expr *Op : E->Ops)
      if (!Op || !constantKey(Op, Key))
        return false;
    OS << "}";
    return true;
  default:
    return false;
  }
}

Value MLIRGen::genConstantGlobal(const cir::Expr *E, llvm::StringRef Key) {
  mlir::Location L = getLoc(E->Range);
  mlir::Type T = getValueType(E->Ty);
  if (!T)
    return nullptr;
  LLVM::GlobalOp &G = ConstantGlobals[Key];
  if (!G) {
    mlir::OpBuilder::InsertionGuard Guard(B);
    B.setInsertionPointToStart(Module.getBody());
    G = LLVM::GlobalOp::create(B, L, T, /*isConstant=*/true,
                               LLVM::Linkage::Private,
                               "const." + std::to_string(ConstantGlobals.size() - 1),
                               mlir::Attribute(), /*alignment=*/0);
    G.setUnnamedAddr(LLVM::UnnamedAddr::Global);
    mlir::Block *Init = B.createBlock(&G.getInitializerRegion());
    B.setInsertionPointToStart(Init);
    Value V = genValue(E);
    if (!V || !isLive())
      return nullptr;
    LLVM::ReturnOp::create(B, L, V);
  }
  return LLVM::AddressOfOp::create(B, L, G);
}

Value MLIRGen::genReadArgAddress(const cir::Expr *E, unsigned I) {
  const cir::Expr *Arg = E->Ops[I];
  // The place itself when it is a local (or a field of one) that nothing
  // can change before the callee returns: not reachable through a pointer,
  // not passed as mut to this call, not written by the other arguments.
  const Local *Root = Arg->isPlace() ? getRootLocal(Arg) : nullptr;
  bool Direct = Root && !(LocalUses.lookup(Root) & AddressEscapes);
  for (auto [J, Other] : llvm::enumerate(E->Ops)) {
    if (!Direct)
      break;
    if (J == I)
      continue;
    if ((J < E->ArgByAddress.size() && E->ArgByAddress[J] &&
         getRootLocal(Other) == Root) ||
        mayWriteLocal(Other, Root))
      Direct = false;
  }
  if (Direct)
    return genAddress(Arg);
  // A constant (a caller location, `_SourceLocation{"f.mojo", 3, 7}`): one
  // read-only global per distinct value, so unrolled code does not get a
  // stack slot per call.
  std::string Key;
  if (constantKey(Arg, Key))
    if (Value G = genConstantGlobal(Arg, Key))
      return G;
  // Otherwise a temporary holding the value.
  Value V = genValue(Arg);
  if (!V || !isLive())
    return nullptr;
  Value Slot = createEntryAlloca(V.getType());
  LLVM::StoreOp::create(B, getLoc(Arg->Range), V, Slot);
  return Slot;
}

Value MLIRGen::genCall(const cir::Expr *E) {
  mlir::Location L = getLoc(E->Range);
  const Function *Callee = E->Callee;
  func::FuncOp Op = Funcs.lookup(Callee);
  if (!Op) {
    fail("call to a function that was not declared");
    return nullptr;
  }
  llvm::SmallVector<const Local *> Params;
  for (const Local *Param : Callee->Params)
    if (isPassedParam(*Callee, Param))
      Params.push_back(Param);
  llvm::SmallVector<Value> Args;
  for (auto [I, Arg] : llvm::enumerate(E->Ops)) {
    bool ByAddress = I < E->ArgByAddress.size()
                         ? E->ArgByAddress[I]
                         : (I < Params.size() && isByAddress(Params[I]));
    Value V = ByAddress ? genAddress(Arg)
              : I < Params.size() && isReadByAddress(*Callee, Params[I])
                  ? genReadArgAddress(E, I)
                  : genValue(Arg);
    if (!isLive())
      return nullptr;
    if (V)
      Args.push_back(V);
  }
  // A typed error that lands in a slot of another type (a bare `raises`)
  // goes through a slot of its own and is converted on failure.
  Value ErrorTemp;
  if (Callee->Raises) {
    if (Callee->ErrorType != getErrorDestinationType())
      ErrorTemp = createEntryAlloca(getErrorMemType(Callee->ErrorType));
    Args.push_back(ErrorTemp ? ErrorTemp : getErrorDestination(L));
  }
  if (Args.size() != Op.getNumArguments()) {
    fail("call to '" + Callee->Name + "' passes " + llvm::Twine(Args.size()) +
         " arguments, the function takes " +
         llvm::Twine(Op.getNumArguments()));
    return nullptr;
  }
  for (unsigned I = 0; I < Args.size(); ++I)
    Args[I] = coerceAddressSpace(L, Args[I], Op.getArgumentTypes()[I]);
  auto Call = func::CallOp::create(B, L, Op, Args);
  Value Result = getValueType(Callee->Result) ? Call.getResults().back()
                                              : Value();
  if (Callee->Raises) {
    mlir::Block *Failed = newBlock(), *Ok = newBlock();
    FlagFacts Before = currentFacts();
    cf::CondBranchOp::create(B, L, Call.getResult(0), Failed, Ok);
    B.setInsertionPointToEnd(Failed);
    resumeFacts(Before, Failed);
    if (!ErrorTemp || emitErrorConversion(L, Callee->ErrorType, ErrorTemp,
                                          getErrorDestination(L)))
      emitPropagate(L);
    B.setInsertionPointToEnd(Ok);
    resumeFacts(std::move(Before), Ok);
  }
  if (E->Ty && E->Ty->getKind() == TypeKind::Never) {
    LLVM::UnreachableOp::create(B, L);
    terminate();
  }
  return Result;
}

Value MLIRGen::genValue(const cir::Expr *E) {
  if (!E || !isLive())
    return nullptr;
  mlir::Location L = getLoc(E->Range);
  switch (E->Kind) {
  case ExprKind::IntConst: {
    mlir::Type T = getValueType(E->Ty);
    mlir::Type ET = mlir::getElementTypeOrSelf(T);
    if (!ET.isInteger()) {
      fail("integer constant of non-integer type");
      return nullptr;
    }
    llvm::APInt V = ET.getIntOrFloatBitWidth() == 1
                        ? llvm::APInt(1, !E->Int.isZero())
                        : E->Int.sextOrTrunc(ET.getIntOrFloatBitWidth());
    if (auto VT = mlir::dyn_cast<mlir::VectorType>(T))
      return arith::ConstantOp::create(
          B, L, mlir::DenseElementsAttr::get(VT, mlir::IntegerAttr::get(ET, V)));
    return arith::ConstantOp::create(B, L, mlir::IntegerAttr::get(T, V));
  }
  case ExprKind::FloatConst: {
    mlir::Type T = getValueType(E->Ty);
    if (!mlir::isa<mlir::FloatType>(mlir::getElementTypeOrSelf(T))) {
      fail("float constant of non-float type");
      return nullptr;
    }
    return constFloat(L, T, E->Float);
  }
  case ExprKind::StringConst:
    return genStringConst(L, E->Str);
  case ExprKind::NoneConst:
    return nullptr;
  case ExprKind::LocalRef:
  case ExprKind::FieldRef:
  case ExprKind::Deref: {
    Value V = load(L, E->Ty, genAddress(E));
    if (V) {
      MemoryClass C = classifyPlace(E);
      tagAccess(V.getDefiningOp(), C, V.getType());
      assumeClassFacts(V, C, L);
    }
    return V;
  }
  case ExprKind::FieldGet:
  case ExprKind::TupleGet: {
    Value Agg = genValue(E->Ops[0]);
    if (!Agg || !getValueType(E->Ty))
      return nullptr;
    if (E->Kind == ExprKind::FieldGet && isUnwrapped(E->Ops[0]->Ty))
      return Agg; // the struct is its only field
    Value V = LLVM::ExtractValueOp::create(B, L, Agg,
                                           static_cast<int64_t>(E->Index));
    // A collection passed by value (a Span) says what its loaded fields
    // say: a length is not negative.
    if (E->Kind == ExprKind::FieldGet)
      assumeClassFacts(V, getHeaderFieldClass(E->Ops[0]->Ty, E->Index), L);
    return V;
  }
  case ExprKind::AddressOf:
    return genAddress(E->Ops[0]);
  case ExprKind::StructInit:
  case ExprKind::TupleInit:
    return genAggregate(E);
  case ExprKind::Call:
    return genCall(E);
  case ExprKind::Builtin:
    return genBuiltin(E);
  case ExprKind::And:
    return genShortCircuit(E, /*IsAnd=*/true);
  case ExprKind::Or:
    return genShortCircuit(E, /*IsAnd=*/false);
  case ExprKind::Conditional:
    return genConditional(E);
  case ExprKind::Copy:
    return genCopy(E);
  case ExprKind::Move:
    return genMove(E);
  case ExprKind::Error:
    fail("an expression that failed to check reached code generation");
    return nullptr;
  }
  return nullptr;
}

mlir::OwningOpRef<mlir::ModuleOp>
ignis::buildModule(mlir::MLIRContext &Ctx, const Program &P,
                   const SourceManager &SM, std::string &Error,
                   bool DebugInfo, bool Optimized,
                   llvm::StringRef DeviceImage) {
  loadCodegenDialects(Ctx);
  MLIRGen Gen(Ctx, P, SM);
  Gen.setDeviceImage(DeviceImage.str());
  if (DebugInfo)
    Gen.enableDebugInfo(Optimized);
  return Gen.run(Error);
}

//===- MLIRGenLifecycle.cpp - Copies, moves and destruction ---------------===//
//
// How values begin and end in the generated code: copy and move
// constructors, destructors (`__del__`), member-wise copies and destruction
// of structs and tuples, and the drop flags that make destruction exact on
// every path. Sema's ownership pass (sema/Ownership.cpp) decides where
// Destroy statements go; returns and error exits destroy whatever is still
// flagged.
//
//===----------------------------------------------------------------------===//
#include "codegen/MLIRGen.h"

using namespace ignis;
using namespace mlir;

static bool isOwned(const cir::Local *L) {
  return !L->IsParam || L->Convention == ArgConvention::Var ||
         L->Convention == ArgConvention::Owned ||
         L->Convention == ArgConvention::Deinit;
}

void MLIRGen::createDropFlags(const cir::Function &F) {
  for (const cir::Local *L : F.Locals) {
    if (L == F.OutParam || L->NoDestroy || !isOwned(L) || !P.needsDestroy(L->Ty))
      continue;
    Location Loc = getLoc(L->Loc);
    Value Flag = createEntryAlloca(I1);
    LLVM::StoreOp::create(B, Loc, constInt(Loc, I1, L->IsParam ? 1 : 0), Flag);
    noteFlag(Flag, L->IsParam);
    DropFlags[L] = Flag;
  }
  OutFieldFlags.clear();
  if (!F.OutParam || !F.Raises)
    return;
  auto It = P.Layouts.find(F.OutParam->Ty);
  if (It == P.Layouts.end())
    return;
  Location Loc = getLoc(F.OutParam->Loc);
  for (Type FT : It->second.Fields) {
    Value Flag;
    if (P.needsDestroy(FT)) {
      Flag = createEntryAlloca(I1);
      LLVM::StoreOp::create(B, Loc, constInt(Loc, I1, 0), Flag);
    }
    OutFieldFlags.push_back(Flag);
  }
}

void MLIRGen::setOutFieldFlags(Location L, const cir::Expr *T) {
  if (OutFieldFlags.empty())
    return;
  if (T->Kind == cir::ExprKind::LocalRef && T->Var == CurFn->OutParam) {
    for (Value Flag : OutFieldFlags)
      if (Flag)
        LLVM::StoreOp::create(B, L, constInt(L, I1, 1), Flag);
    return;
  }
  if (T->Kind == cir::ExprKind::FieldRef &&
      T->Ops[0]->Kind == cir::ExprKind::LocalRef &&
      T->Ops[0]->Var == CurFn->OutParam && T->Index < OutFieldFlags.size())
    if (Value Flag = OutFieldFlags[T->Index])
      LLVM::StoreOp::create(B, L, constInt(L, I1, 1), Flag);
}

void MLIRGen::destroyOutFields(Location L) {
  // Reverse order of the fields; each only if its assignment has run.
  for (size_t K = OutFieldFlags.size(); K-- > 0;) {
    ifFlagged(L, OutFieldFlags[K], [&] {
      const cir::Local *Out = CurFn->OutParam;
      genDestroyAt(P.Layouts.find(Out->Ty)->second.Fields[K],
                   genAddressOfField(Out, K));
    });
  }
}

void MLIRGen::ifFlagged(Location L, Value Flag,
                           llvm::function_ref<void()> Destroy) {
  if (!Flag || !isLive())
    return;
  std::optional<bool> Known = knownFlag(Flag);
  if (Known && !*Known)
    return; // not alive here on any path
  if (Known) { // alive on every path: no test
    LLVM::StoreOp::create(B, L, constInt(L, I1, 0), Flag);
    noteFlag(Flag, false);
    Destroy();
    return;
  }
  FlagFacts Before = currentFacts();
  Value On = LLVM::LoadOp::create(B, L, I1, Flag);
  mlir::Block *Then = newBlock(), *Done = newBlock();
  cf::CondBranchOp::create(B, L, On, Then, Done);
  B.setInsertionPointToEnd(Then);
  LLVM::StoreOp::create(B, L, constInt(L, I1, 0), Flag);
  Destroy();
  branchTo(L, Done);
  moveToEnd(Done);
  if (!enterBlock(Done))
    return;
  resumeFacts(std::move(Before), Done);
  noteFlag(Flag, false);
}

void MLIRGen::setDropFlag(Location L, const cir::Local *Var, bool On) {
  if (Value Flag = DropFlags.lookup(Var)) {
    LLVM::StoreOp::create(B, L, constInt(L, I1, On ? 1 : 0), Flag);
    noteFlag(Flag, On);
  }
}

void MLIRGen::destroyIfFlagged(Location L, const cir::Local *Var) {
  ifFlagged(L, DropFlags.lookup(Var),
               [&] { genDestroyAt(Var->Ty, Addresses[Var]); });
}

void MLIRGen::destroyAllFlagged(Location L, bool All, size_t SetCount) {
  // Reverse order of declaration: later values may refer to earlier ones.
  for (size_t I = CurFn->Locals.size(); I-- > 0;) {
    const cir::Local *Var = CurFn->Locals[I];
    Value Flag = DropFlags.lookup(Var);
    if (!Flag)
      continue;
    if (!All) {
      auto It = SetFlagIndex.find(Flag);
      if (It == SetFlagIndex.end() || It->second >= SetCount)
        continue; // never set before this exit's uses
    }
    if (Var->Convention == ArgConvention::Deinit) {
      // A `deinit` argument still whole: its fields end, not its __del__.
      destroyFieldsIfFlagged(L, Var, {});
      continue;
    }
    destroyIfFlagged(L, Var);
  }
}

Value MLIRGen::genAddressOfField(const cir::Local *Var, size_t Index) {
  Value Base = Addresses[Var];
  if (isUnwrapped(Var->Ty))
    return Base;
  return LLVM::GEPOp::create(
      B, Base.getLoc(), Base.getType(), getMemType(Var->Ty), Base,
      llvm::ArrayRef<LLVM::GEPArg>{0, static_cast<int32_t>(Index)});
}

Value MLIRGen::callLifecycle(const cir::Function *F, Value Addr) {
  func::FuncOp Op = Funcs.lookup(F);
  if (!Op) {
    fail("lifecycle function '" + F->DisplayName + "' was not declared");
    return nullptr;
  }
  Location L = Addr.getLoc();
  llvm::SmallVector<Value, 2> Args;
  for (const cir::Local *Param : F->Params) {
    if (!isPassedParam(*F, Param))
      continue;
    if (isByAddress(Param) || isReadByAddress(*F, Param))
      Args.push_back(Addr);
    else if (mlir::Type T = getValueType(Param->Ty))
      Args.push_back(LLVM::LoadOp::create(B, L, T, Addr));
  }
  if (F->Raises)
    Args.push_back(createEntryAlloca(getErrorMemType(F->ErrorType)));
  if (Args.size() != Op.getNumArguments()) {
    fail("lifecycle function '" + F->DisplayName + "' has an unexpected signature");
    return nullptr;
  }
  for (unsigned I = 0; I < Args.size(); ++I)
    Args[I] = coerceAddressSpace(L, Args[I], Op.getArgumentTypes()[I]);
  auto Call = func::CallOp::create(B, L, Op, Args);
  return getValueType(F->Result) ? Call.getResults().back() : Value();
}

/// Member-wise destructions at least this many __del__ calls long are made
/// once, in their own function.
static constexpr unsigned OutlineDestroyCalls = 3;

/// The member types of T (tuple elements or struct fields).
static llvm::ArrayRef<ignis::Type> partsOf(const cir::Program &P,
                                          ignis::Type T) {
  if (auto *TT = llvm::dyn_cast<ignis::TupleType>(T))
    return TT->Elements;
  if (auto It = P.Layouts.find(T); It != P.Layouts.end())
    return It->second.Fields;
  return {};
}

unsigned MLIRGen::countDestroyCalls(Type T, unsigned Cap) {
  const cir::Program::Lifecycle &LC = P.getLifecycle(T);
  if (!LC.NeedsDestroy)
    return 0;
  if (LC.Del)
    return 1;
  unsigned N = 0;
  for (Type PT : partsOf(P, T)) {
    if (N >= Cap)
      break;
    N += countDestroyCalls(PT, Cap - N);
  }
  return N;
}

void MLIRGen::genDestroyAt(Type T, Value Addr) {
  const cir::Program::Lifecycle &LC = P.getLifecycle(T);
  if (!LC.NeedsDestroy || !Addr || !isLive())
    return;
  if (LC.Del) {
    callLifecycle(LC.Del, Addr);
    return;
  }
  if (countDestroyCalls(T, OutlineDestroyCalls) >= OutlineDestroyCalls) {
    if (func::FuncOp Fn = getOutlinedDestroy(T)) {
      Value A = coerceAddressSpace(Addr.getLoc(), Addr,
                                   Fn.getArgumentTypes()[0]);
      func::CallOp::create(B, Addr.getLoc(), Fn, ValueRange{A});
      return;
    }
  }
  genDestroyFieldsAt(T, Addr);
}

void MLIRGen::genDestroyFieldsAt(Type T, Value Addr) {
  bool Unwrapped = isUnwrapped(T);
  for (auto [I, PT] : llvm::enumerate(partsOf(P, T))) {
    if (!P.needsDestroy(PT))
      continue;
    Value PA = Unwrapped ? Addr
                         : LLVM::GEPOp::create(
                               B, Addr.getLoc(), Addr.getType(), getMemType(T), Addr,
                               llvm::ArrayRef<LLVM::GEPArg>{
                                   0, static_cast<int32_t>(I)});
    genDestroyAt(PT, PA);
  }
}

func::FuncOp MLIRGen::getOutlinedDestroy(Type T) {
  if (func::FuncOp Fn = OutlinedDestroys.lookup(T))
    return Fn;
  std::string Name = "$destroy." + std::to_string(OutlinedDestroys.size());
  if (Symbols.count(Name))
    return nullptr;
  // The body has no source location of its own: with -g its calls would
  // otherwise carry the scope of the function that asked for it.
  mlir::Location L = B.getUnknownLoc();
  mlir::OpBuilder::InsertionGuard Guard(B);
  B.setInsertionPointToEnd(Module.getBody());
  auto Fn = func::FuncOp::create(B, L, Name, B.getFunctionType({PtrTy}, {}));
  Fn.setPrivate();
  Fn->setAttr("llvm.linkage",
              LLVM::LinkageAttr::get(&Ctx, LLVM::Linkage::Internal));
  Symbols[Name] = Fn;
  OutlinedDestroys[T] = Fn;
  // Generate the body with this function as the current one (allocas of a
  // raising __del__'s error slot go to its entry).
  func::FuncOp SavedOp = CurOp;
  mlir::Block *SavedEntry = Entry;
  Value SavedOne = One;
  CurOp = Fn;
  Entry = Fn.addEntryBlock();
  B.setInsertionPointToStart(Entry);
  One = LLVM::ConstantOp::create(B, L, I64, B.getI64IntegerAttr(1));
  genDestroyFieldsAt(T, Entry->getArgument(0));
  func::ReturnOp::create(B, L);
  CurOp = SavedOp;
  Entry = SavedEntry;
  One = SavedOne;
  return Fn;
}

Value MLIRGen::genCopyAt(Type T, Value Addr) {
  const cir::Program::Lifecycle &LC = P.getLifecycle(T);
  if (!Addr || !isLive())
    return nullptr;
  if (LC.Copy)
    return callLifecycle(LC.Copy, Addr);
  if (LC.TrivialCopy)
    return load(Addr.getLoc(), T, Addr);
  // Member by member: each part copied its own way.
  llvm::ArrayRef<Type> Parts;
  if (auto *TT = llvm::dyn_cast<TupleType>(T))
    Parts = TT->Elements;
  else if (auto It = P.Layouts.find(T); It != P.Layouts.end())
    Parts = It->second.Fields;
  if (isUnwrapped(T))
    return Parts.size() == 1 ? genCopyAt(Parts[0], Addr) : nullptr;
  Location L = Addr.getLoc();
  mlir::Type MT = getMemType(T);
  Value Agg = LLVM::UndefOp::create(B, L, MT);
  for (auto [I, PT] : llvm::enumerate(Parts)) {
    Value PA = LLVM::GEPOp::create(
        B, L, Addr.getType(), MT, Addr,
        llvm::ArrayRef<LLVM::GEPArg>{0, static_cast<int32_t>(I)});
    Value V = genCopyAt(PT, PA);
    if (!isLive())
      return nullptr;
    if (V)
      Agg = LLVM::InsertValueOp::create(
          B, L, Agg, V, llvm::ArrayRef<int64_t>{static_cast<int64_t>(I)});
  }
  return Agg;
}

Value MLIRGen::genCopy(const cir::Expr *E) {
  const cir::Expr *Src = E->Ops[0];
  Value Addr;
  if (Src->Kind == cir::ExprKind::TupleGet && Src->Ops[0]->isPlace()) {
    Value Base = genAddress(Src->Ops[0]);
    if (!Base)
      return nullptr;
    Addr = LLVM::GEPOp::create(
        B, getLoc(E->Range), Base.getType(), getMemType(Src->Ops[0]->Ty), Base,
        llvm::ArrayRef<LLVM::GEPArg>{0, static_cast<int32_t>(Src->Index)});
  } else {
    Addr = genAddress(Src);
  }
  return genCopyAt(E->Ty, Addr);
}

Value MLIRGen::genMove(const cir::Expr *E) {
  const cir::Expr *Src = E->Ops[0];
  Value Addr = genAddress(Src);
  if (!Addr || !isLive())
    return nullptr;
  Location L = getLoc(E->Range);
  Value V = E->Callee ? callLifecycle(E->Callee, Addr) : load(L, E->Ty, Addr);
  if (Src->Kind == cir::ExprKind::LocalRef)
    setDropFlag(L, Src->Var, false);
  return V;
}

void MLIRGen::emitAssign(const cir::Stmt &S) {
  Location L = getLoc(S.Range);
  Value V = genValue(S.Value);
  if (!isLive())
    return;
  Value Addr = genAddress(S.Target);
  if (!V || !Addr || !isLive())
    return;
  const cir::Expr *T = S.Target;
  if (P.needsDestroy(T->Ty) && !S.InitOnly) {
    if (T->Kind == cir::ExprKind::LocalRef) {
      // The old value (if any) ends; `out self` and by-address arguments
      // have no flag: the former starts empty, the latter always holds one.
      // A NoDestroy temporary (a tuple being unpacked) had its parts moved
      // out: there is nothing left to end.
      if (DropFlags.count(T->Var))
        destroyIfFlagged(L, T->Var);
      else if (T->Var != CurFn->OutParam && !T->Var->NoDestroy)
        genDestroyAt(T->Ty, Addr);
    } else {
      genDestroyAt(T->Ty, Addr);
    }
  }
  if (!isLive())
    return;
  auto Store = LLVM::StoreOp::create(B, L, V, Addr);
  tagAccess(Store, classifyPlace(T), V.getType());
  if (T->Kind == cir::ExprKind::LocalRef)
    setDropFlag(L, T->Var, true);
  setOutFieldFlags(L, T);
}

void MLIRGen::emitDestroy(const cir::Stmt &S) {
  Location L = getLoc(S.Range);
  const cir::Local *Var = S.Target->Var;
  Value Flag = DropFlags.lookup(Var);
  if (!Flag)
    return;
  if (!S.FieldsOnly)
    return destroyIfFlagged(L, Var);
  destroyFieldsIfFlagged(L, Var, S.SkipFields);
}

void MLIRGen::destroyFieldsIfFlagged(Location L, const cir::Local *Var,
                                     llvm::ArrayRef<bool> Skip) {
  ifFlagged(L, DropFlags.lookup(Var), [&] { destroyFieldsOf(Var, Skip); });
}

void MLIRGen::destroyFieldsOf(const cir::Local *Var,
                              llvm::ArrayRef<bool> Skip) {
  if (auto It = P.Layouts.find(Var->Ty); It != P.Layouts.end())
    for (size_t K = 0; K < It->second.Fields.size(); ++K)
      if ((K >= Skip.size() || !Skip[K]) && P.needsDestroy(It->second.Fields[K]))
        genDestroyAt(It->second.Fields[K], genAddressOfField(Var, K));
}

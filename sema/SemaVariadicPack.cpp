//===- SemaVariadicPack.cpp - Heterogeneous variadic arguments ------------===//
//
// `def show[*Ts: Writable](*args: *Ts)`: each argument keeps its own type.
// The call binds Ts to the list of the argument types; inside the function
// `args` is a tuple of them, read with compile-time indices
// (`comptime for i in range(len(Ts)): args[i]`).
//
//===----------------------------------------------------------------------===//
#include "sema/SemaImpl.h"

using namespace ignis;
using namespace ignis::sema;

/// The parameter name Ts of `*args: *Ts`, or "".
static llvm::StringRef packName(const ParamDecl &P) {
  auto *S = llvm::dyn_cast_or_null<StarExpr>(P.Type);
  if (!S)
    return "";
  auto *N = llvm::dyn_cast<NameExpr>(S->Operand);
  return N ? llvm::StringRef(N->Name) : llvm::StringRef();
}

bool sema::heterogeneousPack(const FuncDecl *F, const ParamDecl &P) {
  llvm::StringRef Name = packName(P);
  if (Name.empty())
    return false;
  for (const ParamDecl &Q : F->Params.Params)
    if (Q.Name.Name == Name && Q.TheForm == ParamDecl::Form::Variadic)
      return true;
  return false;
}

void sema::bindHeterogeneousPack(Sema &S, const FuncDecl *F,
                                 const ParamDecl &P, CallArgs &Args,
                                 llvm::ArrayRef<int> ArgIdx, InstContext &Ctx) {
  (void)F;
  llvm::SmallVector<ComptimeValue, 4> Tys;
  for (int I : ArgIdx)
    Tys.push_back(ComptimeValue::makeType(S.materialize(Args.Values[I])->Ty));
  Ctx.Params[packName(P)] = ComptimeValue::makeList(
      S.Types.internValues(Tys), static_cast<uint32_t>(Tys.size()));
}

Type sema::heterogeneousPackType(Sema &S, const ParamDecl &P,
                                 const InstContext &Ctx) {
  auto It = Ctx.Params.find(packName(P));
  if (It == Ctx.Params.end() || It->second.K != ComptimeValue::Kind::List)
    return S.Types.getError();
  llvm::SmallVector<Type, 4> Tys;
  for (const ComptimeValue &V : It->second) {
    if (V.K != ComptimeValue::Kind::Type)
      return S.Types.getError();
    Tys.push_back(V.Ty);
  }
  return S.Types.getTuple(Tys);
}

ComptimeValue sema::heterogeneousPackLength(Sema &S, const CallExpr *C,
                                           const InstContext &Ctx,
                                           bool &Handled) {
  Handled = false;
  const Expr *Pack = nullptr;
  if (auto *N = llvm::dyn_cast<NameExpr>(C->Callee);
      N && N->Name == "len" && C->Args.size() == 1 &&
      C->Args[0].TheForm == Argument::Form::Positional)
    Pack = C->Args[0].Value;
  else if (auto *M = llvm::dyn_cast<MemberExpr>(C->Callee);
           M && M->Member.Name == "__len__" && C->Args.empty())
    Pack = M->Base;
  auto *PackName = llvm::dyn_cast_or_null<NameExpr>(Pack);
  if (!PackName || !S.FS || !S.FS->Fn || !S.FS->Fn->Decl)
    return {};
  const FuncDecl *F = S.FS->Fn->Decl;
  for (const ParamDecl &P : F->Args.Params) {
    if (P.Name.Name != PackName->Name || !heterogeneousPack(F, P))
      continue;
    auto It = Ctx.Params.find(packName(P));
    if (It == Ctx.Params.end() || It->second.K != ComptimeValue::Kind::List)
      return {};
    Handled = true;
    return ComptimeValue::makeInt(It->second.Count);
  }
  return {};
}

Type sema::kwargsDictType(Sema &S, const ParamDecl &P,
                          const InstContext &Ctx) {
  Type Elem = P.Type ? S.resolveType(P.Type, Ctx) : S.Types.getError();
  const StructDecl *D = findCollection(S, "OwnedKwargsDict");
  if (!D || Elem->isError())
    return S.Types.getError();
  return S.Types.getStruct(D, ComptimeValue::makeType(Elem));
}

cir::Expr *Sema::makeKwargsDict(Type DictTy, llvm::ArrayRef<int> ArgIdx,
                                CallArgs &Args, SourceRange Range) {
  // A temporary dict, filled by `_insert(name, value)` in call order
  // before the call.
  auto *ST = llvm::dyn_cast_or_null<StructType>(DictTy);
  if (!ST)
    return errorExpr(Range);
  Type Elem = ST->Params[0].Ty;
  CallArgs None;
  None.CallRange = Range;
  cir::Expr *Dict = materializeToPlace(constructStruct(DictTy, None, Range));
  for (int I : ArgIdx) {
    CallArgs Entry;
    Entry.CallRange = Args.Ranges[I];
    cir::Expr *Key = makeExpr(cir::ExprKind::StringConst,
                              Types.getStringLiteral(), Args.Ranges[I]);
    Key->Str = Args.Names[I]; // the AST's name (lives as long as it)
    Entry.Values.push_back(Key);
    Entry.Values.push_back(convert(Args.Values[I], Elem, Args.Ranges[I]));
    for (int J = 0; J < 2; ++J) {
      Entry.Names.push_back("");
      Entry.Ranges.push_back(Args.Ranges[I]);
    }
    cir::Stmt *Insert = makeStmt(cir::StmtKind::Eval, Args.Ranges[I]);
    Insert->Value = callMethod(Dict, "_insert", Entry, Args.Ranges[I]);
    FS->Pending.push_back(Insert);
  }
  return Dict;
}

cir::Expr *Sema::makeHeterogeneousPack(Type TupleTy, llvm::ArrayRef<int> ArgIdx,
                                       CallArgs &Args, SourceRange Range) {
  auto *TT = llvm::cast<TupleType>(TupleTy);
  cir::Expr *Tuple = makeExpr(cir::ExprKind::TupleInit, TupleTy, Range);
  for (size_t J = 0; J < ArgIdx.size() && J < TT->Elements.size(); ++J) {
    int I = ArgIdx[J];
    cir::Expr *V = convert(Args.Values[I], TT->Elements[J], Args.Ranges[I]);
    // The pack holds copies of borrowed places: a Copyable value is copied
    // even when it is not ImplicitlyCopyable (Mojo borrows it; the callee
    // cannot tell the difference through a read-only pack).
    if (V->isPlace() && !V->Ty->isError()) {
      const cir::Program::Lifecycle &LC = getLifecycle(V->Ty);
      if (!LC.ImplicitlyCopyable && LC.Copyable &&
          !(LC.TrivialCopy && !LC.NeedsDestroy)) {
        Tuple->Ops.push_back(makeCopy(V, Args.Ranges[I]));
        continue;
      }
    }
    Tuple->Ops.push_back(consumeValue(V, Args.Ranges[I]));
  }
  return Tuple;
}

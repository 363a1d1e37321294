//===- SemaLifecycle.cpp - Copies, moves and destructors of types ---------===//
//
// What the compiler knows about how a type's values begin and end: its
// copy constructor (`__init__(out self, *, copy: Self)`), move constructor
// (`__init__(out self, *, deinit take: Self)`) and destructor
// (`__del__(deinit self)`, also spelled `__deinit__`), synthesised member by
// member when not written; and the expression forms that use them: implicit
// copies at owning positions, `x^`, `.copy()`, temporaries for borrowed
// rvalues. The ownership pass (Ownership.cpp) places the destruction.
//
//===----------------------------------------------------------------------===//
#include "sema/SemaImpl.h"

using namespace ignis;
using namespace ignis::sema;

static bool hasDecoratorNamed(llvm::ArrayRef<Decorator> Ds, llvm::StringRef Name) {
  for (const Decorator &D : Ds) {
    const Expr *E = D.E;
    if (auto *C = llvm::dyn_cast<CallExpr>(E))
      E = C->Callee;
    if (auto *N = llvm::dyn_cast<NameExpr>(E); N && N->Name == Name)
      return true;
  }
  return false;
}

/// The single non-`out` parameter of a lifecycle constructor, or null.
static const ParamDecl *onlyArgument(const FuncDecl *F) {
  const ParamDecl *Only = nullptr;
  for (const ParamDecl &P : F->Args.Params) {
    if (P.Convention == ArgConvention::Out)
      continue;
    if (Only)
      return nullptr;
    Only = &P;
  }
  return Only;
}

static bool isOwningConvention(ArgConvention C) {
  return C == ArgConvention::Var || C == ArgConvention::Owned ||
         C == ArgConvention::Deinit;
}

bool Sema::declaresTrait(Type T, llvm::StringRef Name) {
  StructInfo *SI = getStructInfo(T);
  if (!SI)
    return false;
  llvm::SmallVector<const TraitDecl *, 8> Work(SI->Traits.begin(), SI->Traits.end());
  llvm::SmallPtrSet<const TraitDecl *, 8> Seen;
  while (!Work.empty()) {
    const TraitDecl *Tr = Work.pop_back_val();
    if (!Seen.insert(Tr).second)
      continue;
    if (Tr->Name.Name == Name)
      return true;
    InstContext Ctx;
    Ctx.Module = DeclModule.lookup(Tr);
    for (const TraitRef &R : Tr->Parents)
      if (auto *N = llvm::dyn_cast<NameExpr>(R.Type)) {
        Symbol S = lookupIn(Ctx, N->Name);
        if (S.K == Symbol::Kind::Trait)
          Work.push_back(S.Trait);
      }
  }
  return false;
}

const cir::Program::Lifecycle &Sema::getLifecycle(Type T) {
  auto Found = Prog.Lifecycles.find(T);
  if (Found != Prog.Lifecycles.end())
    return Found->second;
  cir::Program::Lifecycle LC;
  if (auto *TT = llvm::dyn_cast_or_null<TupleType>(T)) {
    for (Type E : TT->Elements) {
      const cir::Program::Lifecycle &EL = getLifecycle(E);
      LC.NeedsDestroy |= EL.NeedsDestroy;
      LC.TrivialCopy &= EL.TrivialCopy;
      LC.Copyable &= EL.Copyable;
      LC.ImplicitlyCopyable &= EL.ImplicitlyCopyable;
    }
    return Prog.Lifecycles[T] = LC;
  }
  StructInfo *SI = getStructInfo(T);
  if (!SI || !SI->LayoutDone)
    return Prog.getLifecycle(nullptr);
  // Reserve the entry first: instantiating a destructor may ask again.
  Prog.Lifecycles[T] = LC;
  const FuncDecl *Del = nullptr, *Copy = nullptr, *Move = nullptr;
  // A constructor whose `where` clause fails for these parameters is not
  // there (`__init__(out self, *, copy: Self) where conforms_to(Self.T,
  // Copyable)` of a Box[NotCopyable]).
  auto Available = [&](const FuncDecl *F) {
    if (!F->Where)
      return true;
    ComptimeValue W = evalComptime(F->Where, SI->Ctx);
    return W.K == ComptimeValue::Kind::Bool && W.Bool;
  };
  for (llvm::StringRef Name : {"__del__", "__deinit__"})
    if (auto It = SI->Methods.find(Name); It != SI->Methods.end() && !Del)
      Del = It->second.front();
  if (auto It = SI->Methods.find("__init__"); It != SI->Methods.end())
    for (const FuncDecl *F : It->second) {
      const ParamDecl *P = onlyArgument(F);
      if (!P || F->Params.Present || !Available(F))
        continue;
      if (P->Name.Name == "copy" && !isOwningConvention(P->Convention))
        Copy = F;
      else if (P->Name.Name == "take" && isOwningConvention(P->Convention))
        Move = F;
    }
  if (auto It = SI->Methods.find("__copyinit__"); It != SI->Methods.end() && !Copy)
    Copy = It->second.front();
  if (auto It = SI->Methods.find("__moveinit__"); It != SI->Methods.end() && !Move)
    Move = It->second.front();

  bool Trivial = hasDecoratorNamed(SI->Decl->Decorators, "register_passable") ||
                 declaresTrait(T, "TrivialRegisterPassable");
  LC.ImplicitlyCopyable = Trivial || declaresTrait(T, "ImplicitlyCopyable");
  LC.Copyable = LC.ImplicitlyCopyable || Copy || declaresTrait(T, "Copyable");
  LC.NeedsDestroy = Del != nullptr;
  LC.TrivialCopy = Copy == nullptr;
  for (size_t I = 0; I < SI->FieldTypes.size(); ++I) {
    const cir::Program::Lifecycle &FL = getLifecycle(SI->FieldTypes[I]);
    LC.NeedsDestroy |= FL.NeedsDestroy;
    LC.TrivialCopy &= FL.TrivialCopy;
    if (LC.Copyable && !Copy && !FL.Copyable && !SI->FieldTypes[I]->isError()) {
      Diags.report(SI->Decl->Name.getRange(), DiagID::err_field_not_copyable)
          << typeName(T) << SI->FieldNames[I] << typeName(SI->FieldTypes[I]);
      LC.Copyable = LC.ImplicitlyCopyable = false;
    }
  }
  if (Del)
    LC.Del = instantiateFunction(Del, SI->Ctx);
  if (Copy)
    LC.Copy = instantiateFunction(Copy, SI->Ctx);
  if (Move)
    LC.Move = instantiateFunction(Move, SI->Ctx);
  return Prog.Lifecycles[T] = LC;
}

bool Sema::isOwnedLocal(const cir::Local *L) const {
  return !L->IsParam || isOwningConvention(L->Convention);
}

cir::Expr *Sema::makeCopy(cir::Expr *Place, SourceRange R) {
  const cir::Program::Lifecycle &LC = getLifecycle(Place->Ty);
  bool TupleElement = Place->Kind == cir::ExprKind::TupleGet &&
                      Place->Ops[0]->isPlace();
  if (!Place->isPlace() && !TupleElement)
    Place = materializeToPlace(Place);
  cir::Expr *C = makeExpr(cir::ExprKind::Copy, Place->Ty, R);
  C->Ops.push_back(Place);
  C->Callee = LC.Copy;
  return C;
}

cir::Expr *Sema::consumeValue(cir::Expr *E, SourceRange R, bool AllowMove) {
  if (!E->isPlace() || E->Ty->isError())
    return E;
  const cir::Program::Lifecycle &LC = getLifecycle(E->Ty);
  if (LC.TrivialCopy && !LC.NeedsDestroy)
    return E; // a bitwise copy: an ordinary load
  if (AllowMove && E->Kind == cir::ExprKind::LocalRef && isOwnedLocal(E->Var) &&
      E->Var != FS->Fn->OutParam) {
    cir::Expr *M = makeExpr(cir::ExprKind::Move, E->Ty, R);
    M->Ops.push_back(E);
    M->Callee = LC.Move;
    return M;
  }
  if (!LC.ImplicitlyCopyable) {
    Diags.report(R, DiagID::err_implicit_copy) << typeName(E->Ty);
    Diags.report(R, DiagID::note_copy_or_transfer);
    return errorExpr(R);
  }
  return makeCopy(E, R);
}

cir::Expr *Sema::borrowValue(cir::Expr *E) {
  if (E->isPlace() || E->Ty->isError() || !getLifecycle(E->Ty).NeedsDestroy)
    return E;
  return materializeToPlace(E);
}

cir::Expr *Sema::checkTransfer(const TransferExpr *T) {
  SourceRange R = T->getRange();
  cir::Expr *E = checkExpr(T->Operand);
  if (E->Ty->isError())
    return E;
  if (!E->isPlace())
    return E; // an rvalue is already owned: `f()^` is `f()`
  cir::Expr *Root = E;
  while (Root->Kind == cir::ExprKind::FieldRef)
    Root = Root->Ops[0];
  if (Root->Kind != cir::ExprKind::LocalRef) {
    Diags.report(R, DiagID::err_move_not_owned);
    return errorExpr(R);
  }
  const cir::Local *L = Root->Var;
  // `x.field^` of an owned variable or a `mut` argument: the field must get
  // a value again before x is used whole, destroyed or returned (checked by
  // the ownership pass).
  bool MutArg = L->Convention == ArgConvention::Mut ||
                L->Convention == ArgConvention::Inout;
  if (E != Root && E->Ops[0] == Root && L != FS->Fn->OutParam &&
      (isOwnedLocal(L) || MutArg)) {
    cir::Expr *M = makeExpr(cir::ExprKind::Move, E->Ty, R);
    M->Ops.push_back(E);
    M->Callee = getLifecycle(E->Ty).Move;
    return M;
  }
  if (!isOwnedLocal(L) || L == FS->Fn->OutParam) {
    if (L != FS->Fn->OutParam) {
      Diags.report(R, DiagID::err_move_from_borrow)
          << L->Name
          << (L->Convention == ArgConvention::Mut ||
                      L->Convention == ArgConvention::Inout
                  ? "'mut'"
                  : L->Convention == ArgConvention::Ref ? "'ref'" : "read-only");
      return errorExpr(R);
    }
    Diags.report(R, DiagID::err_move_not_owned);
    return errorExpr(R);
  }
  if (E != Root && L->Convention != ArgConvention::Deinit) {
    Diags.report(R, DiagID::err_move_not_owned);
    return errorExpr(R);
  }
  cir::Expr *M = makeExpr(cir::ExprKind::Move, E->Ty, R);
  M->Ops.push_back(E);
  M->Callee = getLifecycle(E->Ty).Move;
  return M;
}

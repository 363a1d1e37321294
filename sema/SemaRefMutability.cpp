//===- SemaRefMutability.cpp - The mutability a `ref` argument binds ------===//
//
// Origins are not tracked, but their mutability is: a `ref items: T`
// argument takes the mutability of what the caller passes, and
// `origin_of(items).mut` in the body (or in a closure capturing `{ref
// items}`) is that compile-time Bool. A function whose body may observe it
// (one written outside the standard library, or any that names
// `origin_of`) gets one instance per mutability: the call records it under
// refMutKey(name) in the instance's parameters. A place is mutable when it
// is rooted in a variable the function may write (not a `read` argument,
// nor a `ref` argument bound immutably) or reached through a pointer;
// values (temporaries, literals) are not.
//
//===----------------------------------------------------------------------===//
#include "sema/SemaImpl.h"

using namespace ignis;
using namespace ignis::sema;

bool Sema::placeIsMutable(const cir::Expr *V) {
  const cir::Expr *P = V;
  while (P->Kind == cir::ExprKind::FieldRef)
    P = P->Ops[0];
  if (P->Kind == cir::ExprKind::LocalRef) {
    if (FS->ReadOnly.lookup(P->Var))
      return false;
    if (P->Var->IsParam)
      if (auto It = FS->Ctx->Params.find(refMutKey(P->Var->Name));
          It != FS->Ctx->Params.end() &&
          It->second.K == ComptimeValue::Kind::Bool)
        return It->second.Bool;
    return true;
  }
  return V->Kind == cir::ExprKind::Deref;
}

ComptimeValue Sema::originMutabilityValue(const CallExpr *C) {
  if (C->Args.empty() || !FS) {
    Diags.report(C->getRange(), DiagID::err_comptime_eval);
    return {};
  }
  bool Mut = true;
  for (const Argument &A : C->Args) {
    size_t Pending = FS->Pending.size();
    cir::Expr *V = checkExpr(A.Value);
    FS->Pending.resize(Pending);
    if (V->Ty->isError())
      return {};
    Mut &= placeIsMutable(V);
  }
  return ComptimeValue::makeBool(Mut);
}

void Sema::bindRefMutability(const FuncDecl *F, const ParamDecl &P,
                             const cir::Expr *A, InstContext &Ctx) {
  if (P.Convention != ArgConvention::Ref || !A || !FS || !FS->Fn)
    return;
  auto Cached = ObservesRefMutability.find(F);
  if (Cached == ObservesRefMutability.end()) {
    bool InLibrary = F->Name.Loc.isValid() &&
                     SM.getBufferName(SM.findBuffer(F->Name.Loc))
                         .starts_with(Opts.StdlibPath);
    bool Observes =
        !InLibrary || SM.getText(F->getRange()).contains("origin_of");
    Cached = ObservesRefMutability.try_emplace(F, Observes).first;
  }
  if (!Cached->second)
    return;
  Ctx.Params[refMutKey(P.Name.Name)] =
      ComptimeValue::makeBool(A->isPlace() && placeIsMutable(A));
}

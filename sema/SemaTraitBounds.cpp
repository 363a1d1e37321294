//===- SemaTraitBounds.cpp - The traits a bound or conformance names ------===//
//
// A bound (`T: A & B`), a conformance list entry, `conforms_to(T, ...)` and
// `trait_downcast[...]` may name a composition directly or through a
// comptime alias (`comptime Value = Copyable & Equatable`): every trait of
// it counts, not only the first.
//
//===----------------------------------------------------------------------===//
#include "sema/SemaImpl.h"

using namespace ignis;
using namespace ignis::sema;

bool Sema::collectTraitBounds(const Expr *E, const InstContext &Ctx,
                              llvm::SmallVectorImpl<const TraitDecl *> &Out,
                              unsigned Depth) {
  if (!E || Depth > 16)
    return false;
  if (auto *B = llvm::dyn_cast<BinaryExpr>(E); B && B->Op == BinaryOp::BitAnd) {
    bool L = collectTraitBounds(B->LHS, Ctx, Out, Depth);
    bool R = collectTraitBounds(B->RHS, Ctx, Out, Depth);
    return L && R;
  }
  if (auto *N = llvm::dyn_cast<NameExpr>(E)) {
    Symbol S = lookupIn(Ctx, N->Name);
    if (S.K == Symbol::Kind::Trait) {
      Out.push_back(S.Trait);
      return true;
    }
    // `comptime Usable = Copyable & ImplicitlyDeletable`: its traits, named
    // where the alias is declared (a function's own alias sees its names).
    if (S.K == Symbol::Kind::Comptime && !S.Comptime->Params.Present &&
        S.Comptime->Value) {
      InstContext Owner;
      if (Ctx.LocalAliases.lookup(N->Name) == S.Comptime)
        Owner = Ctx;
      else
        Owner.Module = S.Owner;
      return collectTraitBounds(S.Comptime->Value, Owner, Out, Depth + 1);
    }
  }
  ComptimeValue V = evalComptime(E, Ctx);
  if (V.K != ComptimeValue::Kind::Type)
    return false;
  auto *TT = llvm::dyn_cast<TraitType>(V.Ty);
  if (!TT)
    return false;
  Out.push_back(TT->Decl);
  return true;
}

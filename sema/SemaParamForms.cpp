//===- SemaParamForms.cpp - constrained[...]() and rebind[T](x) -----------===//
//
// Two parameter forms of the prelude that are checks rather than code:
//   constrained[cond, "msg"]()  the legacy spelling of `comptime assert`
//                               (a deprecation warning; a failing condition
//                               is a located error with the message);
//   rebind[T](value)            a no-op where value's type is T once the
//                               parameters are evaluated; an error otherwise
//                               (rebind_var[T](var value) the same, owned);
//   trait_downcast[Trait](value) the value itself where its type conforms
//                               to Trait (used under `comptime if
//                               conforms_to(T, Trait)`); an error otherwise.
// A program that defines its own `constrained` or `rebind` gets its own.
//
//===----------------------------------------------------------------------===//
#include "sema/SemaImpl.h"

using namespace ignis;
using namespace ignis::sema;

cir::Expr *Sema::checkParamFormCall(const CallExpr *C, bool &Handled) {
  Handled = false;
  if (cir::Expr *V = checkParamValueExpr(C, Handled); Handled)
    return V;
  auto *S = llvm::dyn_cast<SubscriptExpr>(C->Callee);
  if (!S)
    return nullptr;
  auto *N = llvm::dyn_cast<NameExpr>(S->Base);
  if (!N || (N->Name != "constrained" && N->Name != "rebind" &&
             N->Name != "rebind_var" && N->Name != "trait_downcast"))
    return nullptr;
  if (lookup(N->Name, N->getStartLoc()).K != Symbol::Kind::None)
    return nullptr;
  Handled = true;
  SourceRange Range = C->getRange();

  if (N->Name == "constrained") {
    if (WarnedOnce.insert(C).second)
      Diags.report(N->getRange(), DiagID::warn_constrained_deprecated);
    bool Keyword = false;
    for (const Argument &A : S->Args)
      Keyword |= A.TheForm == Argument::Form::Keyword;
    if (S->Args.empty() || S->Args.size() > 2 || Keyword || !C->Args.empty()) {
      Diags.report(Range, DiagID::err_constrained_form);
      return errorExpr(Range);
    }
    ComptimeValue Cond = evalComptime(S->Args[0].Value, *FS->Ctx);
    std::string Msg;
    if (S->Args.size() == 2) {
      ComptimeValue M = evalComptime(S->Args[1].Value, *FS->Ctx);
      if (!M.isValid())
        return errorExpr(Range);
      if (M.K != ComptimeValue::Kind::String) {
        Diags.report(S->Args[1].Value->getRange(), DiagID::err_comptime_type)
            << "StringLiteral"
            << ("'" + SM.getText(S->Args[1].Value->getRange()) + "'").str();
        return errorExpr(Range);
      }
      Msg = (": " + M.Str).str();
    }
    if (!Cond.isValid())
      return errorExpr(Range);
    if (Cond.K != ComptimeValue::Kind::Bool) {
      Diags.report(S->Args[0].Value->getRange(), DiagID::err_comptime_type)
          << "Bool" << ("'" + SM.getText(S->Args[0].Value->getRange()) + "'").str();
      return errorExpr(Range);
    }
    if (!Cond.Bool)
      Diags.report(S->Args[0].Value->getRange(),
                   DiagID::err_comptime_assert_failed)
          << Msg;
    return makeExpr(cir::ExprKind::NoneConst, Types.getNone(), Range);
  }

  if (N->Name == "trait_downcast") {
    if (S->Args.size() != 1 || C->Args.size() != 1 ||
        S->Args[0].TheForm == Argument::Form::Keyword ||
        C->Args[0].TheForm == Argument::Form::Keyword) {
      Diags.report(Range, DiagID::err_trait_downcast_form);
      return errorExpr(Range);
    }
    // Every trait of a composition (`Copyable & ImplicitlyDeletable`, or an
    // alias of one) must hold.
    llvm::SmallVector<const TraitDecl *, 4> Traits;
    unsigned Errors = Diags.getNumErrors();
    bool AllTraits = collectTraitBounds(S->Args[0].Value, *FS->Ctx, Traits);
    cir::Expr *V = checkExpr(C->Args[0].Value);
    if (Diags.getNumErrors() != Errors || V->Ty->isError())
      return errorExpr(Range);
    if (!AllTraits || Traits.empty()) {
      Diags.report(S->Args[0].Value->getRange(), DiagID::err_comptime_type)
          << "trait" << ("'" + SM.getText(S->Args[0].Value->getRange()).str() + "'");
      return errorExpr(Range);
    }
    if (V->Ty->getKind() == TypeKind::IntLiteral ||
        V->Ty->getKind() == TypeKind::FloatLiteral)
      V = materialize(V);
    for (const TraitDecl *Tr : Traits)
      if (!conformsTo(V->Ty, Tr)) {
        Diags.report(C->Args[0].Value->getRange(), DiagID::err_trait_downcast)
            << typeName(V->Ty) << Tr->Name.Name;
        return errorExpr(Range);
      }
    return V;
  }

  // rebind[T](value), rebind_var[T](value)
  if (S->Args.size() != 1 || C->Args.size() != 1 ||
      S->Args[0].TheForm == Argument::Form::Keyword ||
      C->Args[0].TheForm == Argument::Form::Keyword) {
    Diags.report(Range, DiagID::err_rebind_form);
    return errorExpr(Range);
  }
  Type To = resolveType(S->Args[0].Value, *FS->Ctx);
  cir::Expr *V = checkExpr(C->Args[0].Value);
  if (To->isError() || V->Ty->isError())
    return errorExpr(Range);
  if (V->Ty != To) {
    // A literal takes the asked-for type when it converts exactly.
    if (V->Ty->getKind() == TypeKind::IntLiteral ||
        V->Ty->getKind() == TypeKind::FloatLiteral ||
        V->Ty->getKind() == TypeKind::StringLiteral) {
      cir::Expr *M = materialize(V);
      if (M->Ty == To)
        return M;
    }
    Diags.report(C->Args[0].Value->getRange(), DiagID::err_rebind_mismatch)
        << typeName(V->Ty) << typeName(To);
    return errorExpr(Range);
  }
  return V;
}

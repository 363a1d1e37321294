//===- SemaParamValues.cpp - Struct values and lists as parameters --------===//
//
// Parameters that hold more than a scalar:
//   struct values  `def sp[p: P]()` called as `sp[P(4)]()`: the interpreter
//                  builds the value, ComptimeValue::Kind::Struct keeps its
//                  fields; two equal values share one instantiation.
//                  `p.a` folds to the field's value.
//   lists          `def f[*values: Int]()`: the values form a
//                  ComptimeValue::Kind::List; `values[i]`, `len(values)`
//                  and `comptime for v in values` read it.
//
//===----------------------------------------------------------------------===//
#include "sema/SemaImpl.h"

using namespace ignis;
using namespace ignis::sema;

ComptimeValue Sema::structValueField(const ComptimeValue &V,
                                     const MemberExpr *M) {
  StructInfo *SI = getStructInfo(V.Ty);
  if (SI)
    for (size_t I = 0; I < SI->FieldNames.size() && I < V.Count; ++I)
      if (SI->FieldNames[I] == M->Member.Name)
        return V.Elems[I];
  if (auto *ST = llvm::dyn_cast<StructType>(V.Ty)) {
    const ParamList &PL = ST->Decl->Params;
    for (size_t I = 0; I < PL.Params.size(); ++I)
      if (PL.Params[I].Name.Name == M->Member.Name)
        return ST->Params[I];
  }
  // A comptime member reached through a value (`types.size`).
  if (SI) {
    auto It = SI->Comptimes.find(M->Member.Name);
    if (It != SI->Comptimes.end() && !It->second->Params.Present)
      return evalComptimeDecl(It->second, SI->Ctx);
  }
  Diags.report(M->Member.getRange(), DiagID::err_no_member)
      << typeName(V.Ty) << M->Member.Name;
  return {};
}

ComptimeValue Sema::listElement(const ComptimeValue &List,
                                const SubscriptExpr *S,
                                const InstContext &Ctx) {
  if (S->Args.size() != 1) {
    Diags.report(S->getRange(), DiagID::err_comptime_eval);
    return {};
  }
  ComptimeValue I = evalComptime(S->Args[0].Value, Ctx);
  if (!I.isValid())
    return {};
  if (I.K != ComptimeValue::Kind::Int) {
    Diags.report(S->Args[0].Value->getRange(), DiagID::err_comptime_type)
        << "Int" << ("'" + SM.getText(S->Args[0].Value->getRange()) + "'").str();
    return {};
  }
  int64_t Index = I.Int < 0 ? I.Int + List.Count : I.Int;
  if (Index < 0 || Index >= static_cast<int64_t>(List.Count)) {
    Diags.report(S->Args[0].Value->getRange(), DiagID::err_param_index)
        << I.Int << static_cast<int64_t>(List.Count)
        << SM.getText(S->Base->getRange());
    return {};
  }
  return List.Elems[Index];
}

/// The list a name (`values`) or `Self.Ts` denotes in the function being
/// checked, or an invalid value.
static ComptimeValue listNamed(Sema &S, const Expr *E) {
  if (!S.FS || !E)
    return {};
  if (auto *M = llvm::dyn_cast<MemberExpr>(E)) {
    auto *B = llvm::dyn_cast<NameExpr>(M->Base);
    if (!B || B->Name != "Self")
      return {};
    ComptimeValue V = S.evalComptime(E, *S.FS->Ctx);
    return V.K == ComptimeValue::Kind::List ? V : ComptimeValue();
  }
  auto *N = llvm::dyn_cast<NameExpr>(E);
  if (!N)
    return {};
  auto It = S.FS->LocalCtx.Params.find(N->Name);
  if (It == S.FS->LocalCtx.Params.end() ||
      It->second.K != ComptimeValue::Kind::List)
    return {};
  return It->second;
}

cir::Expr *Sema::checkParamValueExpr(const Expr *E, bool &Handled) {
  Handled = false;
  // values[i]
  if (auto *S = llvm::dyn_cast<SubscriptExpr>(E)) {
    ComptimeValue L = listNamed(*this, S->Base);
    if (!L.isValid())
      return checkTypeSubscript(S, Handled);
    Handled = true;
    ComptimeValue V = listElement(L, S, *FS->Ctx);
    if (!V.isValid())
      return errorExpr(E->getRange());
    return valueOfComptime(V, E->getRange());
  }
  // len(values)
  if (auto *C = llvm::dyn_cast<CallExpr>(E)) {
    auto *N = llvm::dyn_cast<NameExpr>(C->Callee);
    if (!N || N->Name != "len" || C->Args.size() != 1)
      return nullptr;
    ComptimeValue L = listNamed(*this, C->Args[0].Value);
    if (!L.isValid())
      return nullptr;
    Handled = true;
    return valueOfComptime(ComptimeValue::makeInt(L.Count), E->getRange());
  }
  return nullptr;
}

/// Whether E names a compile-time list without evaluating anything else:
/// a variadic parameter (`values`) or one reached through Self (`Self.Ts`).
static bool mayNameList(Sema &S, const Expr *E, const InstContext &Ctx) {
  if (auto *N = llvm::dyn_cast<NameExpr>(E)) {
    Symbol Sym = S.lookupIn(Ctx, N->Name);
    return Sym.K == Symbol::Kind::Value && Sym.Value.K == ComptimeValue::Kind::List;
  }
  if (auto *M = llvm::dyn_cast<MemberExpr>(E))
    if (auto *B = llvm::dyn_cast<NameExpr>(M->Base); B && B->Name == "Self") {
      // Not a parametric comptime member (`Self.TileType[4]`).
      if (StructInfo *SI = S.getStructInfo(Ctx.SelfType)) {
        auto It = SI->Comptimes.find(M->Member.Name);
        if (It != SI->Comptimes.end() && It->second->Params.Present)
          return false;
      }
      return true;
    }
  return false;
}

ComptimeValue Sema::evalListForm(const Expr *E, const InstContext &Ctx,
                                 bool &Handled) {
  Handled = false;
  if (auto *S = llvm::dyn_cast<SubscriptExpr>(E)) {
    if (!mayNameList(*this, S->Base, Ctx) || llvm::isa<NameExpr>(S->Base))
      return {};
    ComptimeValue L = evalComptime(S->Base, Ctx);
    if (L.K != ComptimeValue::Kind::List)
      return {};
    Handled = true;
    return listElement(L, S, Ctx);
  }
  if (auto *C = llvm::dyn_cast<CallExpr>(E)) {
    auto *N = llvm::dyn_cast<NameExpr>(C->Callee);
    if (!N || N->Name != "len" || C->Args.size() != 1 ||
        !mayNameList(*this, C->Args[0].Value, Ctx))
      return {};
    ComptimeValue L = evalComptime(C->Args[0].Value, Ctx);
    if (L.K != ComptimeValue::Kind::List)
      return {};
    Handled = true;
    return ComptimeValue::makeInt(L.Count);
  }
  return {};
}

/// Whether E spells a type (`Int`, `List[Int]`, a type parameter) without
/// evaluating it.
static bool spellsType(Sema &S, const Expr *E) {
  const Expr *Base = E;
  if (auto *Sub = llvm::dyn_cast<SubscriptExpr>(E))
    Base = Sub->Base;
  auto *N = llvm::dyn_cast<NameExpr>(Base);
  if (!N)
    return false;
  Symbol Sym = S.lookup(N->Name, N->getStartLoc());
  if (Sym.K == Symbol::Kind::Struct)
    return true;
  return Base == E && Sym.K == Symbol::Kind::Value &&
         Sym.Value.K == ComptimeValue::Kind::Type;
}

cir::Expr *Sema::checkTypeSubscript(const SubscriptExpr *S, bool &Handled) {
  // `v[Int]` on a value: `__getitem__[Int]()` (Variant's typed access).
  if (S->Args.empty() || llvm::isa<NameExpr>(S->Base) == false &&
                             !llvm::isa<MemberExpr>(S->Base))
    return nullptr;
  for (const Argument &A : S->Args)
    if (A.TheForm != Argument::Form::Positional || !spellsType(*this, A.Value))
      return nullptr;
  if (auto *N = llvm::dyn_cast<NameExpr>(S->Base)) {
    Symbol Sym = lookup(N->Name, N->getStartLoc());
    if (Sym.K != Symbol::Kind::Local)
      return nullptr;
  }
  Handled = true;
  cir::Expr *Base = checkExpr(S->Base);
  if (Base->Ty->isError())
    return errorExpr(S->getRange());
  llvm::SmallVector<ComptimeValue, 2> Ps;
  for (const Argument &A : S->Args) {
    Type T = resolveType(A.Value, *FS->Ctx);
    if (T->isError())
      return errorExpr(S->getRange());
    Ps.push_back(ComptimeValue::makeType(T));
  }
  CallArgs NoArgs;
  NoArgs.CallRange = S->getRange();
  return callMethod(Base, "__getitem__", NoArgs, S->getRange(), false, Ps);
}

bool sema::isConstantStruct(const cir::Expr *E) {
  if (E->Kind != cir::ExprKind::StructInit)
    return false;
  for (const cir::Expr *Op : E->Ops)
    if (Op->Kind != cir::ExprKind::IntConst && Op->Kind != cir::ExprKind::FloatConst &&
        Op->Kind != cir::ExprKind::StringConst && !isConstantStruct(Op))
      return false;
  return true;
}

//===- SemaClosureArgs.cpp - Closures passed to closure-typed parameters --===//
//
// Mojo 1.0's "unified closures": a function takes a closure as an ordinary
// argument whose type is a type parameter bounded by a function type,
//
//   def bench_function[F: def(mut Bencher) raises -> None](mut self, f: F)
//   def elementwise[F: RegisterPassable & def[w: Int](Coord) -> None, ...](
//       func: F, shape: Coord, ctx: DeviceContext)
//
// Every closure has a type of its own there, so each closure passed gives
// its own instance. Ignis binds such a parameter, and the argument's name,
// to the closure at compile time: the instance calls it directly and gets
// its captures as environment arguments (SemaClosures.cpp), exactly as for
// `vectorize[func, 8](n)`. The argument itself carries nothing (None). So
// raising and parametric closures, which cannot be runtime values yet, work
// in this position; anywhere else they are reported where they are passed.
//
//===----------------------------------------------------------------------===//
#include "sema/SemaImpl.h"

using namespace ignis;
using namespace ignis::sema;

/// The function type in a bound `def(...)`, `A & def(...)`, or null.
static const FunctionTypeExpr *functionTypeIn(const Expr *E) {
  if (!E)
    return nullptr;
  if (auto *FT = llvm::dyn_cast<FunctionTypeExpr>(E))
    return FT;
  if (auto *B = llvm::dyn_cast<BinaryExpr>(E); B && B->Op == BinaryOp::BitAnd) {
    if (const FunctionTypeExpr *L = functionTypeIn(B->LHS))
      return L;
    return functionTypeIn(B->RHS);
  }
  return nullptr;
}

const FunctionTypeExpr *Sema::closureTypeParamOf(const FuncDecl *F,
                                                 const ParamDecl &P) {
  auto *N = llvm::dyn_cast_or_null<NameExpr>(P.Type);
  if (!N || P.TheForm != ParamDecl::Form::Normal)
    return nullptr;
  for (const ParamDecl &TP : F->Params.Params)
    if (TP.Name.Name == N->Name)
      return functionTypeIn(TP.Type);
  return nullptr;
}

bool Sema::isClosureBoundArg(const FuncDecl *F, const ParamDecl &P,
                             const InstContext &Ctx) {
  if (genericFunctionArgType(F, P)) {
    auto It = Ctx.Params.find(P.Name.Name);
    return It != Ctx.Params.end() &&
           It->second.K == ComptimeValue::Kind::Closure;
  }
  if (!closureTypeParamOf(F, P))
    return false;
  auto It = Ctx.Params.find(llvm::cast<NameExpr>(P.Type)->Name);
  return It != Ctx.Params.end() &&
         It->second.K == ComptimeValue::Kind::Closure;
}

cir::Expr *Sema::deferredClosureArg(const ComptimeValue &V, SourceRange R,
                                    bool Parametric) {
  auto *C = static_cast<const ClosureInfo *>(V.Ptr);
  cir::Expr *E = makeExpr(cir::ExprKind::Builtin,
                          Types.getFunction({}, Types.getNone(), !Parametric), R);
  E->Builtin = cir::BuiltinOp::MakeClosure;
  E->Callee = nullptr; // no runtime value: only a closure parameter takes it
  E->Index = Parametric ? 1 : 0;
  E->Str = C->Decl->Name.Name;
  ClosureArgValues[E] = V;
  return E;
}

std::string Sema::deferredClosureWhy(const cir::Expr *A) {
  if (A->Kind != cir::ExprKind::Builtin ||
      A->Builtin != cir::BuiltinOp::MakeClosure || A->Callee)
    return "";
  if (A->Index)
    return "closure '" + SM.getText(A->Range).str() +
           "' cannot be used as a runtime value: a parametric closure can "
           "only be passed where a parameter or a closure-typed argument "
           "takes it";
  return "a raising closure as a runtime value is not supported yet";
}

bool Sema::checkNotDeferredClosure(const cir::Expr *A) {
  std::string Why = deferredClosureWhy(A);
  if (Why.empty())
    return true;
  Diags.report(A->Range, DiagID::err_call_not_viable) << Why;
  return false;
}

//===----------------------------------------------------------------------===//
// A function type written on the argument itself that names the callee's
// parameters or raises (`f: def(T) thin -> U`, `action: def() raises E ->
// Int`): a closure or module function passed there is bound at compile
// time too, and the parameters are inferred from its signature (its
// argument and result types, and what it raises: `Never` when it does
// not). A run-time function value passed there stays a value.
//===----------------------------------------------------------------------===//

/// Whether the text of E names one of F's parameters.
static bool namesParamOf(Sema &S, const FuncDecl *F, const Expr *E) {
  if (!E)
    return false;
  llvm::StringRef Text = S.SM.getText(E->getRange());
  auto IsBody = [](char C) {
    return std::isalnum(static_cast<unsigned char>(C)) || C == '_';
  };
  for (size_t I = 0; I < Text.size();) {
    if (!IsBody(Text[I])) {
      ++I;
      continue;
    }
    size_t B = I;
    while (I < Text.size() && IsBody(Text[I]))
      ++I;
    llvm::StringRef Word = Text.slice(B, I);
    for (const ParamDecl &P : F->Params.Params)
      if (P.Name.Name == Word)
        return true;
  }
  return false;
}

const FunctionTypeExpr *Sema::genericFunctionArgType(const FuncDecl *F,
                                                     const ParamDecl &P) {
  auto *FT = llvm::dyn_cast_or_null<FunctionTypeExpr>(P.Type);
  if (!FT || P.TheForm != ParamDecl::Form::Normal)
    return nullptr;
  if (FT->Effects.Raises || namesParamOf(*this, F, FT))
    return FT;
  return nullptr;
}

std::string Sema::bindFunctionArg(const FuncDecl *F, const FunctionTypeExpr *FT,
                                  const ParamDecl &P, const ComptimeValue &V,
                                  InstContext &Ctx) {
  std::string Why = closureTypeMismatch(FT, P.Name.Name, V);
  if (!Why.empty())
    return Why;
  Ctx.Params[P.Name.Name] = V;
  auto *C = static_cast<const ClosureInfo *>(V.Ptr);
  if (!C->Decl->Params.Params.empty() || !C->BoundParams.empty())
    return ""; // its types depend on how it is called
  cir::Function *Fn = instantiateFunction(C->Decl, C->Ctx);
  if (!Fn)
    return "";
  if (Fn->Raises && !FT->Effects.Raises)
    return "'" + C->Decl->Name.Name.str() + "' raises, but '" +
           P.Name.Name.str() + "' takes a function that does not raise";
  auto IsParam = [&](llvm::StringRef Name) {
    if (Ctx.Params.count(Name))
      return false;
    for (const ParamDecl &FP : F->Params.Params)
      if (FP.Name.Name == Name)
        return true;
    return false;
  };
  llvm::StringMap<ComptimeValue> Found;
  auto Infer = [&](const Expr *Pattern, Type Actual) {
    if (Pattern && Actual && !Actual->isError())
      inferFromPattern(*this, Pattern, ComptimeValue::makeType(Actual), Ctx,
                       IsParam, Found);
  };
  for (size_t I = 0; I < FT->Args.Params.size() && I < Fn->Params.size(); ++I)
    Infer(FT->Args.Params[I].Type, Fn->Params[I]->Ty);
  if (!Fn->ReturnsRef)
    Infer(FT->Result, Fn->Result);
  Infer(FT->Effects.RaisesType,
        Fn->Raises ? errorTypeOf(Fn) : Types.getNever());
  for (auto &E : Found)
    Ctx.Params[E.getKey()] = E.getValue();
  return "";
}

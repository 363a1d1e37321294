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

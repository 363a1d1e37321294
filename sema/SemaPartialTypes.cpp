//===- SemaPartialTypes.cpp - Partially bound argument types --------------===//
//
// `def f(x: SIMD[DType.float32, _])`: a `_` leaves that parameter of the
// struct unbound, and `...` leaves every remaining one unbound. The function
// is generic over the unbound parameters, like `def f(x: SIMD)` (automatic
// parameterisation) is over all of them: any instance whose bound
// parameters match is accepted, and the function is instantiated for its
// type. Inside, the parameters are read through the argument (`x.size`).
//
//===----------------------------------------------------------------------===//
#include "sema/SemaImpl.h"
#include "llvm/Support/raw_ostream.h"

using namespace ignis;
using namespace ignis::sema;

static bool isUnbound(const Expr *E) {
  if (llvm::isa<EllipsisExpr>(E))
    return true;
  auto *N = llvm::dyn_cast<NameExpr>(E);
  return N && N->Name == "_";
}

const StructDecl *sema::partiallyBoundStruct(Sema &S, const Expr *E,
                                             const InstContext &Ctx) {
  auto *Sub = llvm::dyn_cast_or_null<SubscriptExpr>(E);
  if (!Sub)
    return nullptr;
  bool Any = false;
  for (const Argument &A : Sub->Args)
    Any |= isUnbound(A.Value);
  if (!Any)
    return nullptr;
  Symbol Sym;
  if (auto *N = llvm::dyn_cast<NameExpr>(Sub->Base))
    Sym = S.lookupIn(Ctx, N->Name);
  return Sym.K == Symbol::Kind::Struct ? Sym.Struct : nullptr;
}

std::string sema::matchPartialType(Sema &S, const Expr *Pattern, Type Actual,
                                   const InstContext &Ctx) {
  auto *Sub = llvm::cast<SubscriptExpr>(Pattern);
  const StructDecl *Decl = partiallyBoundStruct(S, Pattern, Ctx);
  // What was expected, as written: `SIMD[DType.float32, _]`.
  std::string Want;
  {
    llvm::raw_string_ostream OS(Want);
    OS << Decl->Name.Name << '[';
    bool First = true;
    for (const Argument &B : Sub->Args) {
      OS << (First ? "" : ", ");
      if (B.TheForm == Argument::Form::Keyword)
        OS << B.Name.Name << '=';
      OS << S.SM.getText(B.Value->getRange());
      First = false;
    }
    OS << ']';
  }
  auto *ST = llvm::dyn_cast<StructType>(Actual);
  if (!ST || ST->Decl != Decl)
    return Want;
  const ParamList &PL = Decl->Params;
  // Positional values start after the infer-only parameters (before `//`).
  size_t Next = PL.InferOnlyEnd >= 0 ? static_cast<size_t>(PL.InferOnlyEnd) : 0;
  for (const Argument &A : Sub->Args) {
    if (llvm::isa<EllipsisExpr>(A.Value))
      break; // the rest is unbound
    if (isUntrackedMutArg(PL, A)) {
      ComptimeValue V = S.evalComptime(A.Value, Ctx);
      if (V.K != ComptimeValue::Kind::Bool)
        return Want;
      continue;
    }
    size_t Slot = findParamSlot(PL, A, Next);
    if (Slot >= ST->Params.size())
      return Want;
    if (isUnbound(A.Value))
      continue;
    ComptimeValue V = S.evalComptime(A.Value, Ctx);
    if (!V.isValid() || V != ST->Params[Slot])
      return Want;
  }
  return "";
}

bool sema::acceptsGenericImplicit(Sema &S, const FuncDecl *F,
                                  const ParamDecl *Arg,
                                  const InstContext &OwnerCtx, Type From) {
  auto *N = llvm::dyn_cast<NameExpr>(Arg->Type);
  if (!N || From->isError() || From->getKind() == TypeKind::IntLiteral ||
      From->getKind() == TypeKind::FloatLiteral ||
      From->getKind() == TypeKind::StringLiteral)
    return false;
  bool IsParam = false;
  for (const ParamDecl &P : F->Params.Params)
    IsParam |= P.Name.Name == N->Name;
  if (!IsParam || F->Params.Params.size() != 1)
    return false;
  if (!F->Where)
    return true;
  InstContext Ctx = OwnerCtx;
  Ctx.Params[N->Name] = ComptimeValue::makeType(From);
  ComptimeValue W = S.evalComptime(F->Where, Ctx);
  return W.K == ComptimeValue::Kind::Bool && W.Bool;
}

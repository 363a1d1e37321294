//===- SemaParamInference.cpp - Parameters inferred from argument types ---===//
//
// A declared type is a pattern over the parameters still unbound:
// `x: SIMD[dt, w]` given a `SIMD[DType.float32, 4]` binds dt and w. The
// pattern may name a parametric comptime alias (`Scalar[dt]`, a user's
// `comptime Pair[T: AnyType] = Tuple[T, T]`): the alias's own parameters
// are matched against its definition first, then its arguments against
// what they were bound to.
//
//===----------------------------------------------------------------------===//
#include "sema/SemaImpl.h"

using namespace ignis;
using namespace ignis::sema;

/// The parameter a pattern leaf names: `T`, or `Self.T` inside a struct.
static llvm::StringRef leafName(const Expr *E) {
  if (auto *N = llvm::dyn_cast<NameExpr>(E))
    return N->Name;
  if (auto *M = llvm::dyn_cast<MemberExpr>(E))
    if (auto *B = llvm::dyn_cast<NameExpr>(M->Base); B && B->Name == "Self")
      return M->Member.Name;
  return {};
}

void sema::inferFromPattern(Sema &S, const Expr *Pattern,
                            const ComptimeValue &Actual,
                            const InstContext &Lookup,
                            llvm::function_ref<bool(llvm::StringRef)> IsParam,
                            llvm::StringMap<ComptimeValue> &Out,
                            unsigned Depth) {
  if (!Pattern || !Actual.isValid() || Depth > 16)
    return;
  if (llvm::StringRef Name = leafName(Pattern); !Name.empty()) {
    if (IsParam(Name) && !Out.count(Name))
      Out[Name] = Actual;
    return;
  }
  auto *Sub = llvm::dyn_cast<SubscriptExpr>(Pattern);
  if (!Sub || Actual.K != ComptimeValue::Kind::Type)
    return;
  // `Tuple[Int, B]` given `(Int, ComptimeInt[8])`: element by element.
  if (auto *TT = llvm::dyn_cast<TupleType>(Actual.Ty)) {
    auto *TN = llvm::dyn_cast<NameExpr>(Sub->Base);
    if (TN && TN->Name == "Tuple" &&
        S.lookupIn(Lookup, TN->Name).K == Symbol::Kind::None &&
        Sub->Args.size() == TT->Elements.size())
      for (size_t I = 0; I < Sub->Args.size(); ++I)
        inferFromPattern(S, Sub->Args[I].Value,
                         ComptimeValue::makeType(TT->Elements[I]), Lookup,
                         IsParam, Out, Depth + 1);
    return;
  }
  auto *ST = llvm::dyn_cast<StructType>(Actual.Ty);
  auto *BN = llvm::dyn_cast<NameExpr>(Sub->Base);
  if (!ST || !BN)
    return;
  Symbol Sym = S.lookupIn(Lookup, BN->Name);
  if (Sym.K == Symbol::Kind::Struct) {
    llvm::ArrayRef<ComptimeValue> Params = ST->Params;
    // Int is SIMD[DType.int, 1]: `x: SIMD[dt, w]` given an Int binds
    // dt = DType.int and w = 1.
    if (Sym.Struct != ST->Decl) {
      if (Sym.Struct != S.Types.getSimdDecl() ||
          Actual.Ty != S.Types.getScalarIntType())
        return;
      Params = S.Types.getScalarIntParams();
    }
    size_t Next = 0;
    for (const Argument &A : Sub->Args) {
      size_t Slot = findParamSlot(Sym.Struct->Params, A, Next);
      if (Slot < Params.size())
        inferFromPattern(S, A.Value, Params[Slot], Lookup, IsParam, Out,
                         Depth + 1);
    }
    return;
  }
  if (Sym.K != Symbol::Kind::Comptime || !Sym.Comptime->Params.Present)
    return;
  // `Scalar[dt]` with `comptime Scalar[dtype: DType] = SIMD[dtype, 1]`:
  // what the alias's parameters must be for its value to be Actual.
  const ParamList &PL = Sym.Comptime->Params;
  InstContext AliasCtx;
  AliasCtx.Module = Sym.Owner;
  llvm::StringMap<ComptimeValue> AliasOut;
  auto IsAliasParam = [&](llvm::StringRef Name) {
    return llvm::any_of(PL.Params,
                        [&](const ParamDecl &P) { return P.Name.Name == Name; });
  };
  inferFromPattern(S, Sym.Comptime->Value, Actual, AliasCtx, IsAliasParam,
                   AliasOut, Depth + 1);
  size_t Next = 0;
  for (const Argument &A : Sub->Args) {
    size_t Slot = findParamSlot(PL, A, Next);
    if (Slot >= PL.Params.size())
      continue;
    auto It = AliasOut.find(PL.Params[Slot].Name.Name);
    if (It != AliasOut.end())
      inferFromPattern(S, A.Value, It->second, Lookup, IsParam, Out, Depth + 1);
  }
}

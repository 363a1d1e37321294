//===- SemaCtorResultType.cpp - Struct parameters from a constructor's result ===//
//
// `def __init__[A: CoordLike, B: CoordLike](out self: Coord[IntTuple(A.S,
// B.S)], a: A, b: B)`: a call `Coord(x, y)` binds the constructor's own
// parameters from the arguments' types (checking their trait bounds), then
// evaluates the declared result type, which gives the struct's parameters.
//
//===----------------------------------------------------------------------===//
#include "sema/SemaImpl.h"

using namespace ignis;
using namespace ignis::sema;

static bool isLiteralType(Type T) {
  return T->getKind() == TypeKind::IntLiteral ||
         T->getKind() == TypeKind::FloatLiteral;
}

static bool isOwnParam(const FuncDecl *F, llvm::StringRef Name) {
  for (const ParamDecl &P : F->Params.Params)
    if (P.Name.Name == Name)
      return true;
  return false;
}

Type Sema::inferFromResultType(const FuncDecl *F, const Expr *OutType,
                               llvm::ArrayRef<const Expr *> Patterns,
                               llvm::ArrayRef<llvm::StringRef> Names,
                               CallArgs &Args, const InstContext &DeclCtx) {
  InstContext Ctx = DeclCtx;
  size_t NextPos = 0;
  for (size_t I = 0; I < Args.Values.size(); ++I) {
    size_t Slot = Patterns.size();
    if (Args.Names[I].empty())
      Slot = NextPos++;
    else
      for (size_t K = 0; K < Names.size(); ++K)
        if (Names[K] == Args.Names[I])
          Slot = K;
    if (Slot >= Patterns.size())
      return nullptr;
    cir::Expr *A = Args.Values[I];
    Type Actual = isLiteralType(A->Ty) ? materialize(A)->Ty : A->Ty;
    // An argument typed by one of the constructor's type parameters binds
    // it (when the type meets the parameter's trait bound); any other must
    // have its pattern's type exactly.
    const ParamDecl *TypeParam = nullptr;
    if (auto *N = llvm::dyn_cast_or_null<NameExpr>(Patterns[Slot]))
      for (const ParamDecl &P : F->Params.Params)
        if (P.Name.Name == N->Name)
          TypeParam = &P;
    if (!TypeParam) {
      if (!Patterns[Slot])
        return nullptr;
      // `t: Tuple[Int, B]`: the parameters the pattern names, then the
      // pattern must be the argument's type.
      llvm::StringMap<ComptimeValue> Found;
      inferFromPattern(
          *this, Patterns[Slot], ComptimeValue::makeType(Actual), Ctx,
          [&](llvm::StringRef Name) {
            return isOwnParam(F, Name) && !Ctx.Params.count(Name);
          },
          Found);
      for (auto &Entry : Found)
        Ctx.Params[Entry.getKey()] = Entry.getValue();
      ComptimeValue PT = evalComptime(Patterns[Slot], Ctx);
      if (PT.K != ComptimeValue::Kind::Type || PT.Ty != Actual)
        return nullptr;
      continue;
    }
    if (TypeParam->Type) {
      ComptimeValue Bound = evalComptime(TypeParam->Type, Ctx);
      if (Bound.K == ComptimeValue::Kind::Type)
        if (auto *TT = llvm::dyn_cast<TraitType>(Bound.Ty))
          if (!conformsTo(Actual, TT->Decl))
            return nullptr;
    }
    Ctx.Params[TypeParam->Name.Name] = ComptimeValue::makeType(Actual);
  }
  for (const ParamDecl &P : F->Params.Params) {
    if (!Ctx.Params.count(P.Name.Name))
      return nullptr;
    ComptimeValue Bound = P.Type ? evalComptime(P.Type, Ctx) : ComptimeValue();
    ComptimeValue V = Ctx.Params.lookup(P.Name.Name);
    if (Bound.K == ComptimeValue::Kind::Type && V.K == ComptimeValue::Kind::Type)
      if (auto *TT = llvm::dyn_cast<TraitType>(Bound.Ty))
        if (!conformsTo(V.Ty, TT->Decl))
          return nullptr;
  }
  ComptimeValue V = evalComptime(OutType, Ctx);
  if (!V.isValid() || V.K != ComptimeValue::Kind::Type)
    return nullptr;
  return V.Ty;
}

//===- SemaCalls.cpp - Overload resolution, inference, conversions --------===//
#include "sema/SemaImpl.h"
#include "sema/DTypeMethods.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/raw_ostream.h"
#include <functional>

using namespace ignis;
using namespace ignis::sema;

//===----------------------------------------------------------------------===//
// Conversions
//===----------------------------------------------------------------------===//

/// Whether Name is the mutability of another parameter's origin type
/// (`o: Origin[mut=Name]`, `o: Origin[Name]`).
static bool isOriginMutability(llvm::ArrayRef<ParamDecl> FP,
                               llvm::StringRef Name) {
  for (const ParamDecl &Q : FP) {
    auto *Sub = llvm::dyn_cast_or_null<SubscriptExpr>(Q.Type);
    auto *Base = Sub ? llvm::dyn_cast<NameExpr>(Sub->Base) : nullptr;
    if (!Base || Base->Name != "Origin" || Sub->Args.size() != 1)
      continue;
    const Argument &A = Sub->Args[0];
    auto *N = llvm::dyn_cast<NameExpr>(A.Value);
    if (N && N->Name == Name &&
        (A.TheForm == Argument::Form::Positional || A.Name.Name == "mut"))
      return true;
  }
  return false;
}

/// `Origin[...]`, `Origin`, `MutOrigin`, `ImmutOrigin`: an origin's type.
static bool isOriginType(const Expr *T) {
  if (auto *Sub = llvm::dyn_cast_or_null<SubscriptExpr>(T))
    T = Sub->Base;
  auto *N = llvm::dyn_cast_or_null<NameExpr>(T);
  return N && (N->Name == "Origin" || N->Name == "MutOrigin" ||
               N->Name == "ImmutOrigin");
}

static bool isLiteralType(Type T) {
  return T->getKind() == TypeKind::IntLiteral ||
         T->getKind() == TypeKind::FloatLiteral;
}

/// `@implicit def __init__(out self, x: From)` on To.
static const FuncDecl *findImplicitInit(Sema &S, Type To, Type From) {
  StructInfo *SI = S.getStructInfo(To);
  if (!SI)
    return nullptr;
  auto It = SI->Methods.find("__init__");
  if (It == SI->Methods.end())
    return nullptr;
  for (const FuncDecl *F : It->second) {
    bool Implicit = false;
    for (const Decorator &D : F->Decorators)
      if (auto *N = llvm::dyn_cast<NameExpr>(D.E); N && N->Name == "implicit")
        Implicit = true;
    if (!Implicit)
      continue;
    const ParamDecl *Arg = nullptr;
    unsigned Count = 0;
    bool OtherSelf = false;
    for (const ParamDecl &P : F->Args.Params)
      if (P.Convention != ArgConvention::Out) {
        Arg = &P;
        ++Count;
      } else if (P.Type && S.resolveType(P.Type, SI->Ctx) != To) {
        // `out self: SIMD[DType.index, 1]` builds only that type.
        OtherSelf = true;
      }
    if (Count != 1 || !Arg->Type || OtherSelf)
      continue;
    if (F->Params.Present) {
      // `@implicit def __init__[T: Movable](out self, var value: T)`:
      // any From, unless a `where` clause on T rules it out.
      if (acceptsGenericImplicit(S, F, Arg, SI->Ctx, From))
        return F;
      continue;
    }
    Type PT = S.resolveType(Arg->Type, SI->Ctx);
    if (PT == From)
      return F;
  }
  return nullptr;
}

int Sema::conversionCost(cir::Expr *E, Type To) {
  Type From = E->Ty;
  if (From == To || From->isError() || To->isError() ||
      From->getKind() == TypeKind::Never)
    return 0;
  if (isLiteralType(From) || From->getKind() == TypeKind::StringLiteral) {
    // A literal prefers its default type (Int, Float64): `Float64(3)` and
    // `Int8(5)` then pick the constructor taking Int, not a tie.
    // A splat into a vector costs one more than the scalar, so
    // `SIMD[DType.float32, 4](1.5)` splats a Float32 constant rather than
    // converting a vector of Float64.
    if (const PrimType *P = getStoragePrim(To)) {
      int Splat = P->Width > 1 ? 1 : 0;
      if (From->getKind() == TypeKind::IntLiteral && P->Elem != DType::Bool)
        return (To == getIntType() ? 1 : 2) + Splat;
      if (From->getKind() == TypeKind::FloatLiteral && isFloatDType(P->Elem))
        return (P->Elem == DType::Float64 ? 1 : 2) + Splat;
    }
  }
  if (findImplicitInit(*this, To, From))
    return 2;
  // A list literal argument builds the parameter's type from its elements.
  if (ListLiteralArgs.count(E) && listLiteralBuilds(To))
    return 4;
  // A literal may first become its default type, then convert implicitly
  // (`var m: Meters = 5` with `@implicit __init__(out self, v: Int)`).
  if (isLiteralType(From) || From->getKind() == TypeKind::StringLiteral) {
    Type Default = materializedType(E);
    if (Default != From && findImplicitInit(*this, To, Default))
      return 3;
  }
  return -1;
}

cir::Expr *Sema::makeScalarConst(Type T, const cir::Expr *Literal,
                                 SourceRange R) {
  const PrimType *P = getStoragePrim(T);
  Type Scalar = Types.getPrim(P->Elem, 1);
  cir::Expr *C;
  if (isFloatDType(P->Elem)) {
    C = makeExpr(cir::ExprKind::FloatConst, Scalar, R);
    // (APInt::roundToDouble gives 0 for small values in 65-bit APInts, the
    // width compile-time Int parameters have: convert through int64.)
    C->Float = Literal->Kind == cir::ExprKind::FloatConst
                   ? Literal->Float
               : Literal->Int.getSignificantBits() <= 64
                   ? static_cast<double>(Literal->Int.getSExtValue())
                   : Literal->Int.roundToDouble(/*isSigned=*/true);
  } else {
    C = makeExpr(cir::ExprKind::IntConst, Scalar, R);
    C->Int = Literal->Int.sextOrTrunc(getDTypeBits(P->Elem));
  }
  cir::Expr *Value = C;
  if (P->Width > 1) {
    Value = makeExpr(cir::ExprKind::Builtin, P, R);
    Value->Builtin = cir::BuiltinOp::Splat;
    Value->Params.push_back(ComptimeValue::makeInt(P->Width));
    Value->Ops.push_back(C);
  }
  if (T == P)
    return Value;
  cir::Expr *S = makeExpr(cir::ExprKind::StructInit, T, R);
  S->Ops.push_back(Value);
  return S;
}

cir::Expr *Sema::convert(cir::Expr *E, Type To, SourceRange Range) {
  Type From = E->Ty;
  if (From == To || From->isError() || To->isError())
    return E;
  if (From->getKind() == TypeKind::Never) {
    E->Ty = To;
    return E;
  }
  if (isLiteralType(From)) {
    if (const PrimType *P = getStoragePrim(To)) {
      bool OK = From->getKind() == TypeKind::IntLiteral
                    ? P->Elem != DType::Bool
                    : isFloatDType(P->Elem);
      if (OK) {
        if (From->getKind() == TypeKind::IntLiteral && !isFloatDType(P->Elem)) {
          unsigned Bits = getDTypeBits(P->Elem);
          bool Fits = isUnsignedIntDType(P->Elem)
                          ? (E->Int.isNonNegative() && E->Int.getActiveBits() <= Bits) ||
                                E->Int.getSignificantBits() <= Bits
                          : E->Int.getSignificantBits() <= Bits;
          if (!Fits) {
            llvm::SmallString<32> Text;
            E->Int.toString(Text, 10, true);
            Diags.report(Range, DiagID::err_int_literal_overflow)
                << Text.str() << typeName(To);
            return errorExpr(Range);
          }
        }
        return makeScalarConst(To, E, Range);
      }
    }
  }
  if (const FuncDecl *Init = findImplicitInit(*this, To, From)) {
    (void)Init;
    CallArgs Args;
    Args.Values.push_back(E);
    Args.Names.push_back("");
    Args.Ranges.push_back(Range);
    Args.CallRange = Range;
    StructInfo *SI = getStructInfo(To);
    llvm::SmallVector<const FuncDecl *, 1> Inits{Init};
    return callFunctions(Inits, "__init__", Args, SI->Ctx, {}, Range);
  }
  if (isLiteralType(From) || From->getKind() == TypeKind::StringLiteral) {
    cir::Expr *M = materialize(E);
    if (M->Ty != From && findImplicitInit(*this, To, M->Ty))
      return convert(M, To, Range);
  }
  Diags.report(Range, DiagID::err_type_mismatch) << typeName(From) << typeName(To);
  return errorExpr(Range);
}

Type Sema::materializedType(cir::Expr *E) {
  if (E->Ty->getKind() == TypeKind::IntLiteral)
    if (Type Int = getIntType())
      return Int;
  return materialize(E)->Ty;
}

cir::Expr *Sema::materialize(cir::Expr *E) {
  switch (E->Ty->getKind()) {
  case TypeKind::IntLiteral:
    if (Type Int = getIntType())
      return convert(E, Int, E->Range);
    return E;
  case TypeKind::FloatLiteral:
    if (Type F = getPreludeStruct("Float64"))
      return convert(E, F, E->Range);
    if (Symbol S = lookupGlobal(Prelude, "Float64"); S.K == Symbol::Kind::Comptime) {
      InstContext Ctx;
      Ctx.Module = S.Owner;
      ComptimeValue V = evalComptimeDecl(S.Comptime, Ctx);
      if (V.K == ComptimeValue::Kind::Type)
        return convert(E, V.Ty, E->Range);
    }
    return E;
  case TypeKind::StringLiteral:
    if (Type S = getPreludeStruct("String"))
      return convert(E, S, E->Range);
    return E;
  default:
    return E;
  }
}

//===----------------------------------------------------------------------===//
// Matching arguments to a candidate
//===----------------------------------------------------------------------===//

namespace {
struct Candidate {
  const FuncDecl *F = nullptr;
  InstContext Ctx;
  /// Per declared argument: the call argument index bound to it, or -1.
  llvm::SmallVector<int, 4> Binding;
  /// Call arguments collected by a `*args` parameter.
  llvm::SmallVector<int, 4> VariadicArgs;
  /// Keyword arguments collected by a `**kwargs` parameter (binding -4).
  llvm::SmallVector<int, 4> KwArgs;
  unsigned Cost = 0;
  std::string Failure;
  SourceRange FailureRange;
  bool Viable = false;
};
} // namespace

static bool isFunctionParam(const FuncDecl *F, llvm::StringRef Name) {
  for (const ParamDecl &P : F->Params.Params)
    if (P.Name.Name == Name)
      return true;
  return false;
}

/// Binds unbound parameters of F appearing in Pattern from Actual.
static bool inferFrom(Sema &S, const FuncDecl *F, const Expr *Pattern,
                      Type Actual, InstContext &Ctx) {
  auto IsParam = [&](llvm::StringRef Name) {
    return isFunctionParam(F, Name) && !Ctx.Params.count(Name);
  };
  llvm::StringMap<ComptimeValue> Found;
  inferFromPattern(S, Pattern, ComptimeValue::makeType(Actual), Ctx, IsParam,
                   Found);
  for (auto &Entry : Found)
    Ctx.Params[Entry.getKey()] = Entry.getValue();
  return true;
}

static bool isSomeType(const Expr *E);

void Sema::inferStructParam(const StructDecl *Decl, const Expr *Pattern,
                            Type Actual, InstContext &Ctx) {
  auto IsParam = [&](llvm::StringRef Name) {
    for (const ParamDecl &P : Decl->Params.Params)
      if (P.Name.Name == Name)
        return !Ctx.Params.count(Name);
    return false;
  };
  if (!Pattern)
    return;
  // `T` or `Self.T`.
  if (auto *N = llvm::dyn_cast<NameExpr>(Pattern)) {
    // `copy: Self` given a `Wrapper[Int]`: every parameter of Actual.
    if (N->Name == "Self") {
      auto *ST = llvm::dyn_cast<StructType>(Actual);
      if (ST && ST->Decl == Decl)
        for (size_t I = 0; I < Decl->Params.Params.size() && I < ST->Params.size(); ++I)
          if (IsParam(Decl->Params.Params[I].Name.Name))
            Ctx.Params[Decl->Params.Params[I].Name.Name] = ST->Params[I];
      return;
    }
    if (IsParam(N->Name))
      Ctx.Params[N->Name] = ComptimeValue::makeType(Actual);
    return;
  }
  if (auto *M = llvm::dyn_cast<MemberExpr>(Pattern)) {
    auto *B = llvm::dyn_cast<NameExpr>(M->Base);
    if (B && B->Name == "Self" && IsParam(M->Member.Name))
      Ctx.Params[M->Member.Name] = ComptimeValue::makeType(Actual);
    return;
  }
  auto *Sub = llvm::dyn_cast<SubscriptExpr>(Pattern);
  auto *ST = llvm::dyn_cast<StructType>(Actual);
  if (!Sub || !ST)
    return;
  // `Scalar[Self.dtype]`, a parametric comptime alias: through its value.
  if (auto *BN = llvm::dyn_cast<NameExpr>(Sub->Base)) {
    Symbol Sym = lookupIn(Ctx, BN->Name);
    if (Sym.K == Symbol::Kind::Comptime && Sym.Comptime->Params.Present) {
      llvm::StringMap<ComptimeValue> Found;
      inferFromPattern(*this, Pattern, ComptimeValue::makeType(Actual), Ctx,
                       IsParam, Found);
      for (auto &Entry : Found)
        Ctx.Params[Entry.getKey()] = Entry.getValue();
      return;
    }
  }
  // Int is SIMD[DType.int, 1] to a `SIMD[Self.dtype, w]` pattern.
  const StructDecl *Of = ST->Decl;
  llvm::ArrayRef<ComptimeValue> Params = ST->Params;
  if (Actual == Types.getScalarIntType())
    if (auto *BN = llvm::dyn_cast<NameExpr>(Sub->Base))
      if (Symbol Sym = lookupIn(Ctx, BN->Name);
          Sym.K == Symbol::Kind::Struct && Sym.Struct == Types.getSimdDecl()) {
        Of = Sym.Struct;
        Params = Types.getScalarIntParams();
      }
  size_t Next = 0;
  for (const Argument &Arg : Sub->Args) {
    if (isUntrackedMutArg(Of->Params, Arg))
      continue;
    size_t I = findParamSlot(Of->Params, Arg, Next);
    if (I >= Params.size())
      break;
    inferStructParamValue(Decl, Arg.Value, Params[I], Ctx);
  }
}

void Sema::inferStructParamValue(const StructDecl *Decl, const Expr *A,
                                 const ComptimeValue &V, InstContext &Ctx) {
  llvm::StringRef Name;
  if (auto *N = llvm::dyn_cast<NameExpr>(A))
    Name = N->Name;
  else if (auto *M = llvm::dyn_cast<MemberExpr>(A))
    if (auto *B = llvm::dyn_cast<NameExpr>(M->Base); B && B->Name == "Self")
      Name = M->Member.Name;
  if (!Name.empty()) {
    for (const ParamDecl &P : Decl->Params.Params)
      if (P.Name.Name == Name && !Ctx.Params.count(Name))
        Ctx.Params[Name] = V;
    return;
  }
  // A nested pattern: `UnsafePointer[SIMD[Self.dtype, 1]]`.
  if (llvm::isa<SubscriptExpr>(A) && V.K == ComptimeValue::Kind::Type)
    inferStructParam(Decl, A, V.Ty, Ctx);
}

static bool isSomeType(const Expr *E) {
  auto *Sub = llvm::dyn_cast_or_null<SubscriptExpr>(E);
  if (!Sub)
    return false;
  auto *N = llvm::dyn_cast<NameExpr>(Sub->Base);
  return N && N->Name == "Some";
}

/// A generic struct named without parameters (`x: SIMD`) accepts any
/// instance: automatic parameterisation.
static const StructDecl *bareGenericStruct(Sema &S, const Expr *E,
                                           const InstContext &Ctx) {
  auto *N = llvm::dyn_cast_or_null<NameExpr>(E);
  if (!N)
    return nullptr;
  Symbol Sym = S.lookupIn(Ctx, N->Name);
  if (Sym.K != Symbol::Kind::Struct || Sym.Struct->Params.Params.empty())
    return nullptr;
  for (const ParamDecl &P : Sym.Struct->Params.Params)
    if (!P.Default)
      return Sym.Struct;
  return nullptr;
}


/// The type of a declared argument in an instantiation context.
static Type argumentType(Sema &S, const ParamDecl &P, const InstContext &Ctx) {
  if (P.TheForm == ParamDecl::Form::Variadic && P.Type &&
      llvm::isa<StarExpr>(P.Type))
    return heterogeneousPackType(S, P, Ctx);
  if (P.TheForm == ParamDecl::Form::KwVariadic)
    return kwargsDictType(S, P, Ctx); // SemaVariadicPack.cpp
  if (P.TheForm == ParamDecl::Form::Variadic) {
    // `*args: T` is a VariadicList[T] inside the function.
    Type Elem = P.Type ? S.resolveType(P.Type, Ctx) : S.Types.getError();
    Symbol VL = S.lookupGlobal(S.Prelude, "VariadicList");
    if (VL.K != Symbol::Kind::Struct || Elem->isError())
      return S.Types.getError();
    ComptimeValue V = ComptimeValue::makeType(Elem);
    return S.Types.getStruct(VL.Struct, V);
  }
  auto It = Ctx.Params.find(argTypeKey(P.Name.Name));
  if (It != Ctx.Params.end() && It->second.K == ComptimeValue::Kind::Type)
    return It->second.Ty;
  if (!P.Type)
    return Ctx.SelfType ? Ctx.SelfType : S.Types.getError();
  return S.resolveType(P.Type, Ctx);
}

static bool isByAddress(ArgConvention C) {
  return C == ArgConvention::Mut || C == ArgConvention::Inout ||
         C == ArgConvention::Ref;
}

/// The name an origin expression is rooted at: `self` of `self.x`,
/// `origin_of(list)`'s `list`.
static llvm::StringRef originRoot(const Expr *E) {
  while (E) {
    if (auto *N = llvm::dyn_cast<NameExpr>(E))
      return N->Name;
    if (auto *M = llvm::dyn_cast<MemberExpr>(E)) {
      E = M->Base;
      continue;
    }
    if (auto *C = llvm::dyn_cast<CallExpr>(E); C && C->Args.size() == 1) {
      E = C->Args[0].Value;
      continue;
    }
    return "";
  }
  return "";
}

ArgConvention sema::effectiveConvention(const FuncDecl *F, const ParamDecl &P) {
  // A read argument the result refers into (`-> ref[self.x] T`) is passed
  // by address, so the reference outlives the call (not a callee copy).
  bool Read = P.Convention == ArgConvention::Default ||
              P.Convention == ArgConvention::Read ||
              P.Convention == ArgConvention::Imm ||
              P.Convention == ArgConvention::Borrowed;
  auto *R = F ? llvm::dyn_cast_or_null<RefTypeExpr>(F->Result) : nullptr;
  if (!Read || !R)
    return P.Convention;
  for (const Expr *O : R->Origins)
    if (originRoot(O) == P.Name.Name)
      return ArgConvention::Ref;
  return P.Convention;
}

/// How many of Decl[First, End) take positional arguments.
static size_t positionalCount(llvm::ArrayRef<const ParamDecl *> Decl,
                              size_t First, size_t End) {
  size_t N = 0;
  for (size_t K = First; K < std::min(End, Decl.size()); ++K)
    N += Decl[K]->TheForm == ParamDecl::Form::Normal;
  return N;
}

static Candidate matchCandidate(Sema &S, const FuncDecl *F, CallArgs &Args,
                                const InstContext &OwnerCtx,
                                llvm::ArrayRef<ComptimeValue> Explicit,
                                llvm::ArrayRef<llvm::StringRef> ExplicitNames) {
  Candidate C;
  C.F = F;
  C.Ctx = OwnerCtx;
  C.Ctx.Module = S.DeclModule.lookup(F) ? S.DeclModule.lookup(F) : OwnerCtx.Module;
  auto Fail = [&](std::string Why, SourceRange R = SourceRange()) {
    C.Failure = std::move(Why);
    C.FailureRange = R;
    return C;
  };
  const auto &FP = F->Params.Params;
  if (std::string Why = bindExplicitParams(S, F, Explicit, ExplicitNames, C.Ctx);
      !Why.empty())
    return Fail(Why);
  for (const ParamDecl &P : FP) {
    auto It = C.Ctx.Params.find(P.Name.Name);
    if (It == C.Ctx.Params.end())
      continue;
    std::string Why = S.closureParamMismatch(P, It->second); // SemaClosures.cpp
    if (!Why.empty())
      return Fail(Why);
    // `size_of[T: AnyType]` and `size_of[dtype: DType]`: a type only binds a
    // parameter bounded by traits, a value only one of a value type.
    auto *TN = llvm::dyn_cast_or_null<NameExpr>(P.Type);
    auto Outer = OwnerCtx.Params.find(P.Name.Name);
    if (TN && Outer == OwnerCtx.Params.end() &&
        P.TheForm == ParamDecl::Form::Normal) {
      Symbol Sym = S.lookupIn(C.Ctx, TN->Name);
      bool TraitBound = Sym.K == Symbol::Kind::Trait;
      bool ValueTyped = Sym.K == Symbol::Kind::Struct ||
                        (Sym.K == Symbol::Kind::None && TN->Name == "DType");
      bool IsType = It->second.K == ComptimeValue::Kind::Type;
      if (ValueTyped && IsType)
        return Fail("parameter '" + P.Name.Name.str() + "' takes a '" +
                    TN->Name.str() + "' value, not a type");
      if (TraitBound && !IsType && It->second.K != ComptimeValue::Kind::Closure)
        return Fail("parameter '" + P.Name.Name.str() + "' takes a type");
    }
  }

  // Declared arguments that calls fill (the `out` result is not one).
  llvm::SmallVector<const ParamDecl *, 4> Decl;
  for (const ParamDecl &P : F->Args.Params)
    if (P.Convention != ArgConvention::Out)
      Decl.push_back(&P);
  C.Binding.assign(Decl.size(), -1);
  size_t First = 0;
  bool HasSelf = false;
  for (const Decorator &D : F->Decorators)
    if (auto *N = llvm::dyn_cast<NameExpr>(D.E); N && N->Name == "staticmethod")
      HasSelf = false;
  if (Args.Self && !Decl.empty() && Decl[0]->Name.Name == "self") {
    HasSelf = true;
    C.Binding[0] = -2; // the receiver
    First = 1;
  } else if (Args.Self) {
    return Fail("'" + F->Name.Name.str() + "' is not a method taking 'self'");
  }
  (void)HasSelf;
  int KwOnly = F->Args.KeywordOnlyStart;
  // Index of the first keyword-only entry among Decl.
  size_t KwOnlyDecl = Decl.size();
  if (KwOnly >= 0) {
    size_t Seen = 0;
    for (size_t I = 0; I < F->Args.Params.size(); ++I) {
      if (F->Args.Params[I].Convention == ArgConvention::Out)
        continue;
      if (static_cast<int>(I) >= KwOnly) {
        KwOnlyDecl = Seen;
        break;
      }
      ++Seen;
    }
  }
  size_t NextPos = First;
  for (size_t K = 0; K < Decl.size(); ++K)
    if (Decl[K]->TheForm == ParamDecl::Form::Variadic) {
      C.Binding[K] = -3;
      KwOnlyDecl = std::min(KwOnlyDecl, K + 1);
    } else if (Decl[K]->TheForm == ParamDecl::Form::KwVariadic) {
      C.Binding[K] = -4;
    }
  for (size_t I = 0; I < Args.Values.size(); ++I) {
    if (Args.Names[I].empty()) {
      while (NextPos < KwOnlyDecl && C.Binding[NextPos] >= 0)
        ++NextPos;
      if (NextPos < KwOnlyDecl && C.Binding[NextPos] == -3) {
        C.VariadicArgs.push_back(static_cast<int>(I));
        continue;
      }
      if (NextPos >= KwOnlyDecl || Decl[NextPos]->TheForm != ParamDecl::Form::Normal)
        return Fail("too many arguments in call to '" + F->Name.Name.str() +
                        "': expected at most " +
                        std::to_string(positionalCount(Decl, First, KwOnlyDecl)) +
                        ", got " + std::to_string(Args.Values.size()),
                    Args.Ranges[I]);
      C.Binding[NextPos++] = static_cast<int>(I);
      continue;
    }
    bool Found = false;
    for (size_t K = First; K < Decl.size(); ++K)
      if (Decl[K]->Name.Name == Args.Names[I]) {
        if (C.Binding[K] != -1 || Decl[K]->TheForm != ParamDecl::Form::Normal)
          return Fail("argument '" + Args.Names[I].str() +
                          "' is given twice in call to '" + F->Name.Name.str() + "'",
                      Args.Ranges[I]);
        C.Binding[K] = static_cast<int>(I);
        Found = true;
      }
    if (!Found && llvm::is_contained(C.Binding, -4)) {
      C.KwArgs.push_back(static_cast<int>(I)); // into `**kwargs`
      continue;
    }
    if (!Found)
      return Fail("'" + F->Name.Name.str() + "' has no argument named '" +
                      Args.Names[I].str() + "'",
                  Args.Ranges[I]);
  }
  for (size_t K = First; K < Decl.size(); ++K)
    if (C.Binding[K] == -1 && !Decl[K]->Default)
      return Fail("missing argument '" + Decl[K]->Name.Name.str() +
                      "' in call to '" + F->Name.Name.str() + "'",
                  Args.CallRange);

  // Infer parameters from argument types, then check every conversion.
  for (size_t K = 0; K < Decl.size(); ++K) {
    if (C.Binding[K] == -3 || C.Binding[K] == -4) {
      // `print({1, 2})`: a set literal among variadic arguments.
      for (int I : C.Binding[K] == -3 ? C.VariadicArgs : C.KwArgs)
        if (S.deferredArgSource(Args.Values[I])) {
          cir::Expr *N = S.naturalDeferredArg(Args.Values[I]);
          if (!N)
            return Fail("an initializer list cannot be passed to the variadic "
                        "argument '" + Decl[K]->Name.Name.str() + "'",
                        Args.Ranges[I]);
          Args.Values[I] = N;
        }
    }
    if (C.Binding[K] == -3) {
      if (heterogeneousPack(F, *Decl[K])) {
        // `*args: *Ts`: Ts is the list of the argument types.
        bindHeterogeneousPack(S, F, *Decl[K], Args, C.VariadicArgs, C.Ctx);
        continue;
      }
      for (int I : C.VariadicArgs) {
        cir::Expr *A = Args.Values[I];
        if (Decl[K]->Type)
          inferFrom(S, F, Decl[K]->Type,
                    isLiteralType(A->Ty) ? S.materializedType(A) : A->Ty, C.Ctx);
      }
      continue;
    }
    if (C.Binding[K] == -4) {
      for (int I : C.KwArgs)
        if (Decl[K]->Type)
          inferFrom(S, F, Decl[K]->Type,
                    isLiteralType(Args.Values[I]->Ty)
                        ? S.materializedType(Args.Values[I])
                        : Args.Values[I]->Ty,
                    C.Ctx);
      continue;
    }
    if (C.Binding[K] == -1)
      continue;
    cir::Expr *A = C.Binding[K] == -2 ? Args.Self : Args.Values[C.Binding[K]];
    const ParamDecl &P = *Decl[K];
    S.bindRefMutability(F, P, A, C.Ctx); // SemaRefMutability.cpp
    if (!P.Type)
      continue;
    if (const FunctionTypeExpr *FT = S.genericFunctionArgType(F, P)) {
      // `f: def(T) thin -> U` given a closure or function: bound at compile
      // time, T and U from its signature (SemaClosureArgs.cpp).
      auto CV = S.ClosureArgValues.find(A);
      if (CV != S.ClosureArgValues.end()) {
        std::string Why = S.bindFunctionArg(F, FT, P, CV->second, C.Ctx);
        if (!Why.empty())
          return Fail(Why, C.Binding[K] >= 0 ? Args.Ranges[C.Binding[K]]
                                             : Args.CallRange);
        continue;
      }
    }
    if (S.deferredArgSource(A)) {
      // A `{...}` argument takes its parameter's type; a set literal given
      // to a generic parameter is a `Set` and binds it.
      if (!S.mentionsUnboundParam(F, P.Type, C.Ctx))
        continue;
      A = S.naturalDeferredArg(A);
      if (!A)
        continue;
      if (A->Ty->isError())
        return Fail("", Args.Ranges[C.Binding[K]]);
    }
    if (const FunctionTypeExpr *FT = S.closureTypeParamOf(F, P)) {
      // `f: F` with `F: def(...)`: bound to the closure passed
      // (SemaClosureArgs.cpp).
      auto CV = S.ClosureArgValues.find(A);
      if (CV == S.ClosureArgValues.end())
        return Fail("argument '" + P.Name.Name.str() +
                        "' must be a function or a closure, not a value of type '" +
                        S.typeName(A->Ty) + "'",
                    C.Binding[K] >= 0 ? Args.Ranges[C.Binding[K]] : Args.CallRange);
      std::string Why = S.closureTypeMismatch(FT, P.Name.Name, CV->second);
      if (!Why.empty())
        return Fail(Why);
      C.Ctx.Params[llvm::cast<NameExpr>(P.Type)->Name] = CV->second;
      C.Ctx.Params[P.Name.Name] = CV->second;
      continue;
    }
    Type Actual = A->Ty;
    if (isLiteralType(Actual) && !llvm::isa<NameExpr>(P.Type) &&
        !llvm::isa<SubscriptExpr>(P.Type))
      continue;
    if (partiallyBoundStruct(S, P.Type, C.Ctx)) {
      // `x: SIMD[DType.float32, _]`: the unbound parameters come from x.
      cir::Expr *M = S.materialize(A);
      inferFrom(S, F, P.Type, M->Ty, C.Ctx);
      std::string Want = matchPartialType(S, P.Type, M->Ty, C.Ctx);
      if (!Want.empty())
        return Fail("argument '" + P.Name.Name.str() + "' must be a '" + Want +
                        "', not '" + S.typeName(M->Ty) + "'",
                    C.Binding[K] >= 0 ? Args.Ranges[C.Binding[K]] : Args.CallRange);
      C.Ctx.Params[argTypeKey(P.Name.Name)] = ComptimeValue::makeType(M->Ty);
      continue;
    }
    if (isSomeType(P.Type) || bareGenericStruct(S, P.Type, C.Ctx)) {
      cir::Expr *M = S.materialize(A);
      if (const StructDecl *G = bareGenericStruct(S, P.Type, C.Ctx)) {
        auto *ST = llvm::dyn_cast<StructType>(M->Ty);
        bool IntAsSimd = G == S.Types.getSimdDecl() && // Int is a SIMD
                         M->Ty == S.Types.getScalarIntType();
        if ((!ST || ST->Decl != G) && !IntAsSimd)
          return Fail("argument '" + P.Name.Name.str() + "' must be a '" +
                          G->Name.Name.str() + "', not '" + S.typeName(M->Ty) + "'",
                      C.Binding[K] >= 0 ? Args.Ranges[C.Binding[K]] : Args.CallRange);
      }
      C.Ctx.Params[argTypeKey(P.Name.Name)] = ComptimeValue::makeType(M->Ty);
      continue;
    }
    if (isLiteralType(Actual)) {
      // Literals bind generic parameters through their default type.
      inferFrom(S, F, P.Type, S.materializedType(A), C.Ctx);
    } else {
      inferFrom(S, F, P.Type, Actual, C.Ctx);
    }
  }
  for (const ParamDecl &P : FP) {
    if (C.Ctx.Params.count(P.Name.Name))
      continue;
    if (!P.Default && isOriginMutability(FP, P.Name.Name)) {
      // Origins are not tracked: their mutability reads as mutable.
      C.Ctx.Params[P.Name.Name] = ComptimeValue::makeBool(true);
      continue;
    }
    if (!P.Default && isOriginType(P.Type)) {
      // `ref[o] x` with `o: Origin[...]`: every origin is the one value 0.
      C.Ctx.Params[P.Name.Name] = ComptimeValue::makeInt(0);
      continue;
    }
    if (!P.Default)
      return Fail("cannot infer parameter '" + P.Name.Name.str() +
                      "' in call to '" + F->Name.Name.str() + "'",
                  Args.CallRange);
    ComptimeValue V = S.evalComptime(P.Default, C.Ctx);
    if (!V.isValid())
      return Fail("bad default for parameter '" + P.Name.Name.str() + "'");
    C.Ctx.Params[P.Name.Name] = V;
  }
  // Bounds on type parameters: `T: Writable`, `T: A & B`.
  for (const ParamDecl &P : FP) {
    ComptimeValue V = C.Ctx.Params.lookup(P.Name.Name);
    if (V.K != ComptimeValue::Kind::Type || !P.Type)
      continue;
    // Every trait of `A & B`, also through an alias of a composition.
    llvm::SmallVector<const TraitDecl *, 4> Bounds;
    (void)S.collectTraitBounds(P.Type, C.Ctx, Bounds);
    for (const TraitDecl *Tr : Bounds)
      if (!S.conformsTo(V.Ty, Tr))
        return Fail("'" + S.typeName(V.Ty) + "' does not conform to '" +
                        Tr->Name.Name.str() + "' in call to '" +
                        F->Name.Name.str() + "'",
                    Args.CallRange);
  }
  // `where` clause: a compile-time condition over the parameters.
  if (F->Where) {
    ComptimeValue W = S.evalComptime(F->Where, C.Ctx);
    if (!W.isValid())
      return Fail("the 'where' clause of '" + F->Name.Name.str() +
                      "' cannot be evaluated",
                  Args.CallRange);
    if (W.K != ComptimeValue::Kind::Bool || !W.Bool)
      return Fail("the 'where' clause of '" + F->Name.Name.str() +
                      "' is not satisfied: " + S.SM.getText(F->Where->getRange()).str(),
                  Args.CallRange);
  }
  for (size_t K = 0; K < Decl.size(); ++K) {
    if (C.Binding[K] == -3 && heterogeneousPack(F, *Decl[K]))
      continue; // every argument has its own type
    if (C.Binding[K] == -3 || C.Binding[K] == -4) {
      Type ET = Decl[K]->Type ? S.resolveType(Decl[K]->Type, C.Ctx) : S.Types.getError();
      for (int I : C.Binding[K] == -3 ? C.VariadicArgs : C.KwArgs) {
        int Cost = S.conversionCost(Args.Values[I], ET);
        if (Cost < 0)
          return Fail("cannot convert a value of type '" +
                          S.typeName(Args.Values[I]->Ty) + "' to '" +
                          S.typeName(ET) + "' for argument '" +
                          Decl[K]->Name.Name.str() + "' of '" +
                          F->Name.Name.str() + "'",
                      Args.Ranges[I]);
        C.Cost += Cost;
      }
      continue;
    }
    if (C.Binding[K] == -1)
      continue;
    cir::Expr *A = C.Binding[K] == -2 ? Args.Self : Args.Values[C.Binding[K]];
    if (S.isClosureBoundArg(F, *Decl[K], C.Ctx))
      continue;
    if (std::string Why = S.deferredClosureWhy(A); !Why.empty())
      return Fail(Why, C.Binding[K] >= 0 ? Args.Ranges[C.Binding[K]] : Args.CallRange);
    Type PT = argumentType(S, *Decl[K], C.Ctx);
    if (S.deferredArgSource(A)) {
      if (cir::Expr *N = S.naturalDeferredArgIfChecked(A);
          N && S.conversionCost(N, PT) >= 0) {
        C.Cost += S.conversionCost(N, PT);
        continue;
      }
      if (std::string Why = S.deferredArgMismatch(A, PT); !Why.empty())
        return Fail(Why, Args.Ranges[C.Binding[K]]);
      C.Cost += 1;
      continue;
    }
    int Cost = S.conversionCost(A, PT);
    if (Cost < 0)
      return Fail("cannot convert a value of type '" + S.typeName(A->Ty) +
                      "' to '" + S.typeName(PT) + "' for argument '" +
                      Decl[K]->Name.Name.str() + "' of '" + F->Name.Name.str() + "'",
                  C.Binding[K] >= 0 ? Args.Ranges[C.Binding[K]] : Args.CallRange);
    C.Cost += Cost;
    // Overloads on the convention: a value transferred with `x^` fits an
    // owned (`var`) argument best, a receiver that stays where it is fits
    // a borrowed `self` best (`c.which()` calls `which(ref self)`,
    // `(c^).which()` calls `which(var self)`).
    ArgConvention Conv = Decl[K]->Convention;
    bool Owned = Conv == ArgConvention::Var || Conv == ArgConvention::Owned ||
                 Conv == ArgConvention::Deinit;
    if (A->Kind == cir::ExprKind::Move && !Owned)
      C.Cost += 1;
    else if (C.Binding[K] == -2 && A->isPlace() && Owned)
      C.Cost += 1;
  }
  C.Viable = true;
  return C;
}

/// `name(a: Int, b: Float64)` for candidate lists.
static std::string describeCandidate(Sema &S, const FuncDecl *F) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  OS << F->Name.Name << '(';
  bool FirstArg = true;
  for (const ParamDecl &P : F->Args.Params) {
    if (P.Convention == ArgConvention::Out)
      continue;
    OS << (FirstArg ? "" : ", ")
       << (P.TheForm == ParamDecl::Form::Variadic     ? "*"
           : P.TheForm == ParamDecl::Form::KwVariadic ? "**"
                                                      : "")
       << P.Name.Name;
    if (P.Type)
      OS << ": " << S.SM.getText(P.Type->getRange());
    FirstArg = false;
  }
  OS << ')';
  return Out;
}

cir::Expr *Sema::callFunctions(llvm::ArrayRef<const FuncDecl *> Funcs,
                               llvm::StringRef Name, CallArgs &Args,
                               const InstContext &OwnerCtx,
                               llvm::ArrayRef<ComptimeValue> ExplicitParams,
                               SourceRange Range) {
  llvm::SmallVector<Candidate, 2> Cands;
  llvm::SmallVector<llvm::StringRef, 4> Names;
  if (ExplicitParamNames.size() == ExplicitParams.size())
    Names = ExplicitParamNames;
  ExplicitParamNames.clear();
  for (const FuncDecl *F : Funcs)
    Cands.push_back(matchCandidate(*this, F, Args, OwnerCtx, ExplicitParams, Names));
  const Candidate *Best = nullptr;
  llvm::SmallVector<const Candidate *, 2> Ties;
  // Cheapest conversions first; among equals, a candidate that takes the
  // arguments without a variadic one, then the less generic candidate
  // (fewer parameters to infer), is more specific.
  auto Rank = [](const Candidate &C) {
    bool Variadic = llvm::is_contained(C.Binding, -3);
    return std::make_tuple(C.Cost, Variadic, C.F->Params.Params.size());
  };
  for (const Candidate &C : Cands) {
    if (!C.Viable)
      continue;
    if (!Best || Rank(C) < Rank(*Best)) {
      Best = &C;
      Ties.clear();
      Ties.push_back(&C);
    } else if (Rank(C) == Rank(*Best)) {
      Ties.push_back(&C);
    }
  }
  if (!Best) {
    if (QuietCalls)
      return nullptr;
    if (Cands.size() == 1) {
      const Candidate &C = Cands[0];
      Diags.report(C.FailureRange.isValid() ? C.FailureRange : Range,
                   DiagID::err_call_not_viable)
          << C.Failure;
      Diags.report(C.F->Name.getRange(), DiagID::note_declared_here)
          << describeCandidate(*this, C.F);
    } else {
      Diags.report(Range, DiagID::err_no_matching_call) << Name;
      for (const Candidate &C : Cands)
        Diags.report(C.F->Name.getRange(), DiagID::note_candidate_not_viable)
            << describeCandidate(*this, C.F) << C.Failure;
    }
    return errorExpr(Range);
  }
  if (Ties.size() > 1) {
    // Non-generic overloads that coincide once their owner's parameters
    // are known (SIMD's `value: Int` and `value: Scalar[dtype]` when dtype
    // is DType.int) are the same function: the first declared is taken.
    auto Signature = [&](const Candidate *C) {
      llvm::SmallVector<Type, 4> Ts;
      for (const ParamDecl &P : C->F->Args.Params)
        if (P.Convention != ArgConvention::Out)
          Ts.push_back(P.Type ? resolveType(P.Type, C->Ctx) : nullptr);
      return Ts;
    };
    // The declared types as written: overloads written alike are a real
    // ambiguity (two `def f(x: Int)`), and are still reported.
    auto Written = [&](const Candidate *C) {
      std::string Text;
      for (const ParamDecl &P : C->F->Args.Params)
        if (P.Type) // (`out self: T` too)
          Text += (SM.getText(P.Type->getRange()) + ";").str();
      return Text;
    };
    auto First = Signature(Ties[0]);
    bool Same = Ties[0]->F->Params.Params.empty();
    for (size_t I = 1; Same && I < Ties.size(); ++I)
      Same = Ties[I]->F->Params.Params.empty() && Signature(Ties[I]) == First &&
             Written(Ties[I]) != Written(Ties[0]);
    if (Same) { // (candidates are in declaration order)
      Best = Ties[0];
      Ties.resize(1);
    }
  }
  if (Ties.size() > 1) {
    if (QuietCalls)
      return nullptr;
    Diags.report(Range, DiagID::err_ambiguous_call) << Name;
    for (const Candidate *C : Ties)
      Diags.report(C->F->Name.getRange(), DiagID::note_candidate)
          << describeCandidate(*this, C->F);
    return errorExpr(Range);
  }

  cir::Function *Fn = instantiateFunction(Best->F, Best->Ctx);
  if (!Fn)
    return errorExpr(Range);
  recordInstantiationSite(Fn, Range); // comptime: instantiation notes
  cir::Expr *Call = makeExpr(cir::ExprKind::Call, Fn->Result, Range);
  Call->Callee = Fn;
  llvm::SmallVector<const ParamDecl *, 4> Decl;
  for (const ParamDecl &P : Best->F->Args.Params)
    if (P.Convention != ArgConvention::Out)
      Decl.push_back(&P);
  for (size_t K = 0; K < Decl.size(); ++K) {
    const ParamDecl &P = *Decl[K];
    Type PT = Fn->Params[K]->Ty;
    cir::Expr *A;
    if (Best->Binding[K] == -3 && llvm::isa<TupleType>(PT)) {
      A = makeHeterogeneousPack(PT, Best->VariadicArgs, Args, Range);
    } else if (Best->Binding[K] == -3) {
      A = makeVariadicList(PT, Best->VariadicArgs, Args, Range);
    } else if (Best->Binding[K] == -4) {
      A = makeKwargsDict(PT, Best->KwArgs, Args, Range);
    } else if (Best->Binding[K] == -2) {
      A = Args.Self;
    } else if (isClosureBoundArg(Best->F, P, Best->Ctx)) {
      A = makeExpr(cir::ExprKind::NoneConst, Types.getNone(), Range);
    } else if (Best->Binding[K] >= 0) {
      if (!checkNotDeferredClosure(Args.Values[Best->Binding[K]]))
        return errorExpr(Range);
      cir::Expr *Given = Args.Values[Best->Binding[K]];
      auto Lit = ListLiteralArgs.find(Given);
      if (Lit != ListLiteralArgs.end() && Given->Ty != PT &&
          listLiteralBuilds(PT)) {
        A = convert(checkExprExpecting(Lit->second, PT), PT,
                    Args.Ranges[Best->Binding[K]]);
      } else if (cir::Expr *N = naturalDeferredArgIfChecked(Args.Values[Best->Binding[K]]);
          N && conversionCost(N, PT) >= 0) {
        A = convert(N, PT, Args.Ranges[Best->Binding[K]]);
      } else if (deferredArgSource(Args.Values[Best->Binding[K]])) {
        A = buildDeferredArg(Args.Values[Best->Binding[K]], PT);
        if (A->Ty->isError())
          return errorExpr(Range);
      } else {
        A = convert(Args.Values[Best->Binding[K]], PT,
                    Args.Ranges[Best->Binding[K]]);
      }
    } else {
      // A default value, checked in the callee's context.
      FunctionState *Saved = FS;
      FunctionState Tmp;
      Tmp.LocalCtx = Best->Ctx;
      Tmp.Ctx = &Tmp.LocalCtx;
      Tmp.Fn = Saved ? Saved->Fn : nullptr;
      Tmp.Scopes.emplace_back();
      FS = &Tmp;
      A = checkExprAs(P.Default, PT);
      FS = Saved;
      if (Saved)
        Saved->Pending.insert(Saved->Pending.end(), Tmp.Pending.begin(),
                              Tmp.Pending.end());
    }
    bool ByAddr = isByAddress(effectiveConvention(Best->F, P));
    if (ByAddr && !A->isPlace())
      A = materializeToPlace(A);
    else if (P.Convention == ArgConvention::Var ||
             P.Convention == ArgConvention::Owned ||
             P.Convention == ArgConvention::Deinit) {
      A = consumeValue(A, A->Range);
      // `f(x^)`: the callee takes the value where it is (no move
      // constructor; it runs when the value is moved into new memory).
      if (A->Kind == cir::ExprKind::Move)
        A->Callee = nullptr;
    }
    else if (!ByAddr)
      A = borrowValue(A);
    Call->Ops.push_back(A);
    Call->ArgByAddress.push_back(ByAddr);
  }
  appendClosureEnvArgs(Call, Range); // closures: SemaClosures.cpp
  checkMutExclusivity(Call, Best->F);
  if (Fn->Params.size() > Call->Ops.size() &&
      Fn->Params.back()->Name == "__call_location") {
    // The hidden caller-location argument (always the last one): where this
    // call is written.
    Call->Ops.push_back(callerLocationArgument(Fn, Range));
    Call->ArgByAddress.push_back(false);
  }
  if (Fn->Raises) {
    noteRaisingCall(Fn, Range);
    noteRaisedType(errorTypeOf(Fn), Range);
  }
  if (Fn->ReturnsRef) {
    // The result is a place: the memory the returned reference points to.
    // (An unresolved result type was reported, or is opaque.)
    auto *PT = llvm::dyn_cast<PointerType>(Fn->Result);
    if (!PT)
      return errorExpr(Range);
    cir::Expr *D = makeExpr(cir::ExprKind::Deref, PT->Pointee, Range);
    D->Ops.push_back(Call);
    return D;
  }
  return Call;
}

/// The chain of field indices from the root local of a place, or false
/// when the place is not rooted at a local.
static bool placePath(const cir::Expr *P, const cir::Local *&Root,
                      llvm::SmallVectorImpl<unsigned> &Path) {
  while (P->Kind == cir::ExprKind::FieldRef) {
    Path.insert(Path.begin(), P->Index);
    P = P->Ops[0];
  }
  if (P->Kind != cir::ExprKind::LocalRef)
    return false;
  Root = P->Var;
  return true;
}

void Sema::checkMutExclusivity(cir::Expr *Call, const FuncDecl *F) {
  // A value passed `mut` may not be reachable through another argument of
  // the same call that is passed by reference (`x.a` and `x` overlap).
  llvm::SmallVector<const ParamDecl *, 4> Decl;
  for (const ParamDecl &P : F->Args.Params)
    if (P.Convention != ArgConvention::Out)
      Decl.push_back(&P);
  for (size_t I = 0; I < Call->Ops.size() && I < Decl.size(); ++I) {
    ArgConvention CI = Decl[I]->Convention;
    if (CI != ArgConvention::Mut && CI != ArgConvention::Inout)
      continue;
    const cir::Local *RI = nullptr;
    llvm::SmallVector<unsigned, 4> PI;
    if (!placePath(Call->Ops[I], RI, PI))
      continue;
    for (size_t J = 0; J < Call->Ops.size() && J < Decl.size(); ++J) {
      if (J == I || !Call->Ops[J]->isPlace())
        continue;
      ArgConvention CJ = Decl[J]->Convention;
      bool JMut = CJ == ArgConvention::Mut || CJ == ArgConvention::Inout;
      if (JMut && J < I)
        continue; // the pair was checked from J
      bool JRef = JMut || CJ == ArgConvention::Ref;
      const cir::Program::Lifecycle &LJ = getLifecycle(Call->Ops[J]->Ty);
      if (!JRef && LJ.TrivialCopy && !LJ.NeedsDestroy)
        continue; // read arguments of plain values are copies
      const cir::Local *RJ = nullptr;
      llvm::SmallVector<unsigned, 4> PJ;
      if (!placePath(Call->Ops[J], RJ, PJ) || RJ != RI)
        continue;
      size_t Common = std::min(PI.size(), PJ.size());
      if (!std::equal(PI.begin(), PI.begin() + Common, PJ.begin()))
        continue; // different fields of the same value
      Diags.report(Call->Ops[J]->Range, DiagID::err_mut_alias) << RI->Name;
      return;
    }
  }
}

cir::Expr *Sema::makeVariadicList(Type ListTy, llvm::ArrayRef<int> ArgIdx,
                                  CallArgs &Args, SourceRange Range) {
  // The values live in a tuple slot of the caller; the list points at it.
  StructInfo *SI = getStructInfo(ListTy);
  auto *ST = llvm::dyn_cast_or_null<StructType>(ListTy);
  if (!SI || !ST || SI->FieldTypes.size() != 2)
    return errorExpr(Range);
  Type Elem = ST->Params[0].Ty;
  llvm::SmallVector<Type, 4> Tys(ArgIdx.size(), Elem);
  cir::Expr *Tuple = makeExpr(cir::ExprKind::TupleInit, Types.getTuple(Tys), Range);
  for (int I : ArgIdx)
    Tuple->Ops.push_back(convert(Args.Values[I], Elem, Args.Ranges[I]));
  cir::Expr *Addr = makeExpr(cir::ExprKind::AddressOf, SI->FieldTypes[0], Range);
  Addr->Ops.push_back(Tuple);
  cir::Expr *Len = makeExpr(cir::ExprKind::IntConst, Types.getIntLiteral(), Range);
  Len->Int = llvm::APInt(65, ArgIdx.size());
  cir::Expr *List = makeExpr(cir::ExprKind::StructInit, ListTy, Range);
  List->Ops.push_back(Addr);
  List->Ops.push_back(convert(Len, SI->FieldTypes[1], Range));
  return List;
}

Type Sema::inferStructParams(const StructDecl *Decl, CallArgs &Args,
                             SourceRange Range, llvm::StringRef Method) {
  InstContext DeclCtx;
  DeclCtx.Module = DeclModule.lookup(Decl);
  const auto &SP = Decl->Params.Params;
  auto TryInfer = [&](llvm::ArrayRef<const Expr *> Patterns,
                      llvm::ArrayRef<llvm::StringRef> Names,
                      size_t VariadicSlot) -> Type {
    InstContext Ctx = DeclCtx;
    size_t NextPos = 0;
    for (size_t I = 0; I < Args.Values.size(); ++I) {
      size_t Slot = Patterns.size();
      if (Args.Names[I].empty())
        // `var *elements: Self.T` takes every remaining positional one.
        Slot = NextPos == VariadicSlot ? NextPos : NextPos++;
      else
        for (size_t K = 0; K < Names.size(); ++K)
          if (Names[K] == Args.Names[I])
            Slot = K;
      if (Slot >= Patterns.size() || !Patterns[Slot])
        return nullptr;
      cir::Expr *A = Args.Values[I];
      Type Actual = isLiteralType(A->Ty) || A->Ty->getKind() == TypeKind::StringLiteral
                        ? materializedType(A)
                        : A->Ty;
      inferStructParam(Decl, Patterns[Slot], Actual, Ctx);
    }
    llvm::SmallVector<Argument, 4> Bound;
    for (const ParamDecl &P : SP) {
      if (!Ctx.Params.count(P.Name.Name)) {
        if (P.Default)
          continue;
        return nullptr;
      }
    }
    llvm::SmallVector<ComptimeValue, 4> Values;
    for (const ParamDecl &P : SP) {
      ComptimeValue V = Ctx.Params.lookup(P.Name.Name);
      if (!V.isValid())
        V = evalComptime(P.Default, Ctx);
      if (!V.isValid())
        return nullptr;
      Ctx.Params[P.Name.Name] = V;
      Values.push_back(V);
    }
    return Types.getStruct(Decl, Values);
  };
  // Each written constructor, then the field-wise one.
  for (const Stmt *S : Decl->Body) {
    auto *F = llvm::dyn_cast<FuncDecl>(S);
    if (!F || F->Name.Name != Method)
      continue;
    llvm::SmallVector<const Expr *, 4> Patterns;
    llvm::SmallVector<llvm::StringRef, 4> Names;
    size_t VariadicSlot = ~size_t(0);
    const Expr *OutType = nullptr;
    for (const ParamDecl &P : F->Args.Params)
      if (P.Convention != ArgConvention::Out) {
        if (P.TheForm == ParamDecl::Form::Variadic)
          VariadicSlot = Patterns.size();
        Patterns.push_back(P.Type);
        Names.push_back(P.Name.Name);
      } else {
        OutType = P.Type;
      }
    if (OutType && Args.Values.size() == Patterns.size() &&
        VariadicSlot == ~size_t(0)) {
      // `def __init__[A: CoordLike, B: CoordLike](out self: Coord[f(A, B)],
      // a: A, b: B)`: the constructor's own type parameters from the
      // arguments' types, then the struct's parameters from its result.
      if (Type T = inferFromResultType(F, OutType, Patterns, Names, Args,
                                       DeclCtx))
        return T;
    }
    if (Type T = TryInfer(Patterns, Names, VariadicSlot))
      return T;
  }
  llvm::SmallVector<const Expr *, 4> Fields;
  llvm::SmallVector<llvm::StringRef, 4> FieldNames;
  for (const Stmt *S : Method == "__init__" ? Decl->Body : Block())
    if (auto *V = llvm::dyn_cast<VarDecl>(S))
      if (auto *N = llvm::dyn_cast<NameExpr>(V->Target)) {
        Fields.push_back(V->Type);
        FieldNames.push_back(N->Name);
      }
  if (Type T = TryInfer(Fields, FieldNames, ~size_t(0)))
    return T;
  Diags.report(Range, DiagID::err_cannot_infer_param)
      << SP.front().Name.Name << Decl->Name.Name;
  return nullptr;
}

//===----------------------------------------------------------------------===//
// Instantiation
//===----------------------------------------------------------------------===//

static constexpr size_t MaxInstantiations = 5000;

cir::Function *Sema::instantiateFunction(const FuncDecl *F,
                                         const InstContext &Ctx) {
  // A function called from code checked for a device is checked for that
  // device too (its `is_gpu()` answers differ); a launch names the target.
  cir::TargetKind Target = ForcedTarget       ? *ForcedTarget
                           : FS && FS->Ctx    ? FS->Ctx->Target
                                              : Ctx.Target;
  // The key: declaration, Self and every bound parameter, in name order.
  std::string Key;
  llvm::raw_string_ostream KOS(Key);
  KOS << static_cast<const void *>(F) << '|';
  if (Target != cir::TargetKind::Host)
    KOS << "target" << static_cast<int>(Target) << '|';
  if (Ctx.SelfType)
    KOS << Types.getName(Ctx.SelfType);
  std::vector<std::string> Names;
  for (auto &E : Ctx.Params)
    Names.push_back(E.getKey().str());
  std::sort(Names.begin(), Names.end());
  std::string Shown;
  llvm::raw_string_ostream SOS(Shown);
  for (const std::string &N : Names) {
    KOS << '|' << N << '=';
    printComptimeValue(KOS, Types, Ctx.Params.lookup(N));
  }
  auto It = FunctionInstances.find(Key);
  if (It != FunctionInstances.end())
    return It->second;
  // Unbounded instantiation (`f[n + 1]` calling itself) must end.
  if (FunctionInstances.size() >= MaxInstantiations) {
    if (FunctionInstances.size() == MaxInstantiations) {
      Diags.report(F->Name.getRange(), DiagID::err_too_many_instantiations)
          << (int64_t)MaxInstantiations << F->Name.Name;
      FunctionInstances[Key] = nullptr;
    }
    return nullptr;
  }

  auto *Fn = Prog.create<cir::Function>();
  FunctionInstances[Key] = Fn;
  FunctionDecls[Fn] = F;
  Fn->Decl = F;
  Fn->Target = Target;
  // (The buffer's name, not its line table: no lines are counted here.)
  Fn->InLibrary = F->Name.Loc.isValid() &&
                  SM.getBufferName(SM.findBuffer(F->Name.Loc))
                      .starts_with(Opts.StdlibPath);
  Fn->Loc = F->Name.Loc;
  // Display name: Struct.method[params].
  std::string Display;
  if (auto *ST = llvm::dyn_cast_or_null<StructType>(Ctx.SelfType))
    Display = Types.getName(ST) + ".";
  Display += F->Name.Name.str();
  bool FirstParam = true;
  for (const ParamDecl &P : F->Params.Params) {
    ComptimeValue V = Ctx.Params.lookup(P.Name.Name);
    if (P.TheForm == ParamDecl::Form::Variadic && V.K == ComptimeValue::Kind::List) {
      // `f[3, 1, 2]` for `f[i: Int, *values: Int]`: the values inline.
      for (const ComptimeValue &E : V) {
        SOS << (FirstParam ? "[" : ", ");
        printComptimeValue(SOS, Types, E);
        FirstParam = false;
      }
      continue;
    }
    SOS << (FirstParam ? "[" : ", ");
    printComptimeValue(SOS, Types, V);
    FirstParam = false;
  }
  if (!FirstParam)
    SOS << ']';
  Fn->DisplayName = Display + Shown;
  bool IsMain = F->Name.Name == "main" && !Ctx.SelfType &&
                DeclModule.lookup(F) == MainModule;
  if (IsMain) {
    Fn->Name = "main";
  } else {
    std::string Mangled = "_ignis_";
    for (char Ch : Fn->DisplayName)
      Mangled.push_back(std::isalnum(static_cast<unsigned char>(Ch)) ? Ch : '_');
    Mangled += "_" + std::to_string(Prog.Functions.size());
    Fn->Name = Mangled;
  }
  auto OwnedCtx = std::make_unique<InstContext>(Ctx);
  OwnedCtx->Target = Target;
  const InstContext *CtxPtr = OwnedCtx.get();
  OwnedContexts.push_back(std::move(OwnedCtx));
  FunctionContexts[Fn] = CtxPtr;

  for (const ParamDecl &P : F->Args.Params) {
    // A closure-bound argument carries nothing; its name is the closure
    // (SemaClosureArgs.cpp).
    bool ClosureBound = isClosureBoundArg(F, P, *CtxPtr);
    Type T = ClosureBound ? Types.getNone() : argumentType(*this, P, *CtxPtr);
    // A struct named only here (`def f(x: MyType[3])` never called) still
    // needs its layout for the function's signature.
    if (llvm::isa<StructType>(T))
      (void)getStructInfo(T);
    auto *L = Prog.create<cir::Local>();
    L->Name = ClosureBound ? AST.copyString(("$closure." + P.Name.Name).str())
                           : P.Name.Name;
    L->Ty = T;
    L->Loc = P.Name.Loc;
    L->Convention = effectiveConvention(F, P);
    L->Index = Fn->Locals.size();
    Fn->Locals.push_back(L);
    if (P.Convention == ArgConvention::Out) {
      Fn->OutParam = L;
      continue;
    }
    L->IsParam = true;
    Fn->Params.push_back(L);
  }
  if (F->Result) {
    const Expr *R = F->Result;
    if (auto *RT = llvm::dyn_cast<RefTypeExpr>(R)) {
      R = RT->Type;
      Fn->ReturnsRef = true;
    }
    Fn->Result = resolveType(R, *CtxPtr);
    if (Fn->ReturnsRef && !Fn->Result->isError())
      Fn->Result = Types.getPointer(Fn->Result);
  } else {
    Fn->Result = Fn->OutParam ? Fn->OutParam->Ty : Types.getNone();
  }
  Fn->ErrorType = resolveRaisesType(F, *CtxPtr, Fn->Raises); // SemaErrors.cpp
  addClosureEnvParams(Fn, F, *CtxPtr); // closures: SemaClosures.cpp
  Prog.Functions.push_back(Fn);
  if (usesCallLocation(F)) {
    // The hidden caller-location argument, after every other parameter
    // (SemaCallLocation.cpp).
    if (Type LocTy = getPreludeStruct("_SourceLocation")) {
      auto *L = Prog.create<cir::Local>();
      L->Name = "__call_location";
      L->Ty = LocTy;
      L->Loc = F->Name.Loc;
      L->IsParam = true;
      L->Index = Fn->Locals.size();
      Fn->Locals.push_back(L);
      Fn->Params.push_back(L);
    }
  }
  Worklist.emplace_back(Fn, *CtxPtr);
  return Fn;
}

//===----------------------------------------------------------------------===//
// Call expressions
//===----------------------------------------------------------------------===//

static bool collectArgs(Sema &S, llvm::ArrayRef<Argument> In, CallArgs &Out) {
  for (const Argument &A : In) {
    if (A.TheForm == Argument::Form::Star ||
        A.TheForm == Argument::Form::StarStar) {
      S.Diags.report(A.Range, DiagID::err_unsupported) << "argument unpacking";
      return false;
    }
    if (S.isContextTypedLiteral(A.Value)) {
      // `f({x = 1})`, `f([])`: typed by the parameter (SemaTypedArgs.cpp).
      Out.Values.push_back(S.deferContextTypedArg(A.Value));
      Out.Names.push_back(A.TheForm == Argument::Form::Keyword ? A.Name.Name
                                                               : llvm::StringRef());
      Out.Ranges.push_back(A.Range);
      continue;
    }
    // A closure named as an argument becomes a runtime value (SemaClosures.cpp).
    S.ClosureArgument = llvm::isa<NameExpr>(A.Value) || llvm::isa<LambdaExpr>(A.Value);
    Out.Values.push_back(S.checkExpr(A.Value));
    S.ClosureArgument = false;
    if (auto *L = llvm::dyn_cast<ListExpr>(A.Value); L && !L->Elements.empty())
      S.ListLiteralArgs[Out.Values.back()] = L;
    Out.Names.push_back(A.TheForm == Argument::Form::Keyword ? A.Name.Name
                                                             : llvm::StringRef());
    Out.Ranges.push_back(A.Range);
  }
  return true;
}

bool Sema::collectCallArgs(llvm::ArrayRef<Argument> In, CallArgs &Out) {
  return collectArgs(*this, In, Out);
}

cir::Expr *Sema::constructStruct(Type T, CallArgs &Args, SourceRange Range) {
  StructInfo *SI = getStructInfo(T);
  if (!SI) {
    if (T->isError())
      return errorExpr(Range);
    // Scalar primitives: `__builtin.simd[...](x)` converts.
    Diags.report(Range, DiagID::err_not_callable) << typeName(T) << "type";
    return errorExpr(Range);
  }
  // `T(copy=x)` without a written copy constructor: the synthesised one.
  if (Args.Values.size() == 1 && Args.Names[0] == "copy" &&
      !getLifecycle(T).Copy && !Args.Values[0]->Ty->isError()) {
    if (!getLifecycle(T).Copyable) {
      Diags.report(Range, DiagID::err_not_copyable) << typeName(T);
      return errorExpr(Range);
    }
    return makeCopy(convert(Args.Values[0], T, Args.Ranges[0]), Range);
  }
  auto It = SI->Methods.find("__init__");
  if (It != SI->Methods.end()) {
    // With @fieldwise_init the written constructors come first; the
    // field-wise one is used when none of them fits.
    bool SavedQuiet = QuietCalls;
    QuietCalls = SavedQuiet || SI->Fieldwise;
    cir::Expr *R =
        callFunctions(It->second, SI->Decl->Name.Name, Args, SI->Ctx, {}, Range);
    QuietCalls = SavedQuiet;
    if (R || !SI->Fieldwise)
      return R ? R : errorExpr(Range);
  }
  if (SI->Fieldwise || SI->FieldTypes.empty()) {
    size_t N = SI->FieldTypes.size();
    llvm::SmallVector<cir::Expr *, 4> Fields(N, nullptr);
    size_t Next = 0;
    for (size_t I = 0; I < Args.Values.size(); ++I) {
      size_t Slot = N;
      if (Args.Names[I].empty())
        Slot = Next++;
      else
        for (size_t K = 0; K < N; ++K)
          if (SI->FieldNames[K] == Args.Names[I])
            Slot = K;
      if (Slot >= N) {
        Diags.report(Args.Ranges[I], Args.Names[I].empty()
                                         ? DiagID::err_too_many_args
                                         : DiagID::err_unknown_keyword)
            << SI->Decl->Name.Name
            << (Args.Names[I].empty() ? std::to_string(N) : Args.Names[I].str())
            << (int64_t)Args.Values.size();
        return errorExpr(Range);
      }
      Fields[Slot] = consumeValue(
          convert(Args.Values[I], SI->FieldTypes[Slot], Args.Ranges[I]),
          Args.Ranges[I]);
    }
    cir::Expr *Init = makeExpr(cir::ExprKind::StructInit, T, Range);
    for (size_t K = 0; K < N; ++K) {
      if (!Fields[K]) {
        Diags.report(Range, DiagID::err_missing_arg)
            << SI->Decl->Name.Name << SI->FieldNames[K];
        return errorExpr(Range);
      }
      Init->Ops.push_back(Fields[K]);
    }
    return Init;
  }
  Diags.report(Range, DiagID::err_no_constructor) << typeName(T);
  return errorExpr(Range);
}

cir::Expr *Sema::callMethod(cir::Expr *Receiver, llvm::StringRef Name,
                            CallArgs &Args, SourceRange Range, bool Quiet,
                            llvm::ArrayRef<ComptimeValue> ExplicitParams) {
  Type T = Receiver->Ty;
  if (T->isError())
    return errorExpr(Range);
  llvm::SmallVector<const FuncDecl *, 2> Methods = findMethods(T, Name);
  if (Methods.empty() && Name == "copy" && Args.Values.empty() &&
      !llvm::isa<StructType>(T) && !llvm::isa<TupleType>(T) &&
      !llvm::isa<TraitType>(T))
    return materialize(Receiver); // plain values (pointers, machine scalars)
  if (Methods.empty() && Name == "copy" && Args.Values.empty() &&
      (llvm::isa<StructType>(T) || llvm::isa<TupleType>(T))) {
    // `.copy()`: the copy constructor, written or synthesised.
    if (!getLifecycle(T).Copyable) {
      if (Quiet)
        return nullptr;
      Diags.report(Range, DiagID::err_not_copyable) << typeName(T);
      return errorExpr(Range);
    }
    return makeCopy(Receiver, Range);
  }
  if (Methods.empty()) {
    // `self.layout(i)`: a field whose type has `__call__`.
    int Field = findField(T, Name);
    if (Field >= 0) {
      cir::Expr *FV = fieldOf(Receiver, static_cast<unsigned>(Field), Range);
      if (!findMethods(FV->Ty, "__call__").empty())
        return callMethod(materialize(FV), "__call__", Args, Range, Quiet,
                          ExplicitParams);
    }
    if (Quiet)
      return nullptr;
    Diags.report(Range, DiagID::err_no_member) << typeName(T) << Name;
    return errorExpr(Range);
  }
  // `value.static_method(...)`: a static method called through a value
  // takes no receiver (the value only names the type).
  bool AllStatic = llvm::all_of(Methods, [](const FuncDecl *F) {
    return llvm::any_of(F->Decorators, [](const Decorator &D) {
      auto *N = llvm::dyn_cast<NameExpr>(D.E);
      return N && N->Name == "staticmethod";
    });
  });
  if (!AllStatic)
    Args.Self = Receiver;
  bool SavedQuiet = QuietCalls;
  QuietCalls = Quiet;
  cir::Expr *R = callFunctions(Methods, Name, Args, getStructInfo(T)->Ctx,
                               ExplicitParams, Range);
  QuietCalls = SavedQuiet;
  return R;
}

/// `Self.T` naming a type parameter or comptime member, or `type_of(x)`:
/// an expression that denotes a type without evaluating anything at run
/// time.
bool Sema::isTypeValuedExpr(const Expr *E) {
  if (auto *M = llvm::dyn_cast<MemberExpr>(E)) {
    auto *B = llvm::dyn_cast<NameExpr>(M->Base);
    if (!B || B->Name != "Self" || !FS)
      return false;
    auto *ST = llvm::dyn_cast_or_null<StructType>(FS->Ctx->SelfType);
    if (!ST)
      return false;
    for (size_t I = 0; I < ST->Decl->Params.Params.size(); ++I)
      if (ST->Decl->Params.Params[I].Name.Name == M->Member.Name)
        return I < ST->Params.size() &&
               ST->Params[I].K == ComptimeValue::Kind::Type;
    return false;
  }
  if (auto *C = llvm::dyn_cast<CallExpr>(E)) {
    auto *N = llvm::dyn_cast<NameExpr>(C->Callee);
    return N && N->Name == "type_of" &&
           lookup(N->Name, SourceLoc()).K == Symbol::Kind::None;
  }
  return false;
}

cir::Expr *Sema::checkCall(const CallExpr *C) {
  const Expr *Callee = C->Callee;
  llvm::ArrayRef<Argument> Explicit;
  SourceRange Range = C->getRange();
  // A compile-time value naming a type, called: that type constructed.
  auto ConstructType = [&](Type T) -> cir::Expr * {
    CallArgs Args;
    Args.CallRange = Range;
    if (!collectArgs(*this, C->Args, Args))
      return errorExpr(Range);
    return constructStruct(T, Args, Range);
  };
  if (auto *M = llvm::dyn_cast<MemberExpr>(Callee))
    if (auto *B = llvm::dyn_cast<NameExpr>(M->Base); B && B->Name == "Self")
      if (auto *ST = llvm::dyn_cast_or_null<StructType>(FS->Ctx->SelfType)) {
        // `Self.layout(i)`: a struct parameter holding a value whose type
        // has `__call__`.
        const auto &PL = ST->Decl->Params.Params;
        for (size_t I = 0; I < PL.size() && I < ST->Params.size(); ++I)
          if (PL[I].Name.Name == M->Member.Name &&
              ST->Params[I].K == ComptimeValue::Kind::Struct &&
              !findMethods(ST->Params[I].Ty, "__call__").empty()) {
            cir::Expr *V = materialize(checkExpr(Callee));
            if (V->Ty->isError())
              return errorExpr(Range);
            CallArgs Args;
            Args.CallRange = Range;
            if (!collectArgs(*this, C->Args, Args))
              return errorExpr(Range);
            return callMethod(V, "__call__", Args, Range);
          }
      }
  if (auto *S = llvm::dyn_cast<SubscriptExpr>(Callee))
    if (auto *M = llvm::dyn_cast<MemberExpr>(S->Base))
      if (auto *B = llvm::dyn_cast<NameExpr>(M->Base); B && B->Name == "Self")
        if (StructInfo *SI = getStructInfo(FS->Ctx->SelfType);
            SI && SI->Comptimes.count(M->Member.Name)) {
          // `Self.TileType[4](...)`: a parametric comptime member naming a
          // type, constructed.
          ComptimeValue V = evalComptime(Callee, *FS->Ctx);
          if (!V.isValid())
            return errorExpr(Range);
          if (V.K == ComptimeValue::Kind::Type)
            return ConstructType(V.Ty);
        }
  if (auto *S = llvm::dyn_cast<SubscriptExpr>(Callee)) {
    auto Spread = expandParamPacks(S->Args, *FS->Ctx); // `f[*pack]`
    if (!Spread)
      return errorExpr(Range);
    Explicit = *Spread;
    Callee = S->Base;
  }

  // __builtin.op[...](...)
  if (auto *M = llvm::dyn_cast<MemberExpr>(Callee))
    if (auto *BN = llvm::dyn_cast<NameExpr>(M->Base))
      if (lookup(BN->Name, BN->getStartLoc()).K == Symbol::Kind::Builtins) {
        if (M->Member.Name == "deref" && C->Args.size() == 1) {
          // __builtin.deref(p): the place p points to (for `ref` results).
          cir::Expr *P = materialize(checkExpr(C->Args[0].Value));
          auto *PT = llvm::dyn_cast<PointerType>(P->Ty);
          if (!PT) {
            if (!P->Ty->isError())
              Diags.report(C->Args[0].Value->getRange(), DiagID::err_type_mismatch)
                  << typeName(P->Ty) << "a pointer";
            return errorExpr(Range);
          }
          cir::Expr *D = makeExpr(cir::ExprKind::Deref, PT->Pointee, Range);
          D->Ops.push_back(P);
          return D;
        }
        if (M->Member.Name == "call_location")
          return checkCallLocation(C);
        return checkBuiltinCall(C, M->Member.Name, Explicit);
      }

  if (auto *N = llvm::dyn_cast<NameExpr>(Callee);
      N && Explicit.empty() && N->Name == "conforms_to" &&
      lookup(N->Name, N->getStartLoc()).K == Symbol::Kind::None) {
    // `assert_true(conforms_to(type_of(s), Writable))`: a compile-time
    // Bool used as a value.
    ComptimeValue V = evalComptime(C, *FS->Ctx);
    if (!V.isValid())
      return errorExpr(Range);
    return valueOfComptime(V, Range);
  }
  {
    bool Handled;
    cir::Expr *Form = checkParamFormCall(C, Handled);
    if (Handled)
      return Form;
  }
  // `dt.is_floating_point()` and the other DType queries (DTypeMethods.cpp).
  if (Explicit.empty() && isDTypeMethodCall(*this, C, *FS->Ctx))
    return checkDTypeMethod(*this, C, *FS->Ctx);

  auto EvalExplicit = [&](llvm::SmallVectorImpl<ComptimeValue> &Out) {
    llvm::SmallVector<llvm::StringRef, 4> Names;
    for (const Argument &A : Explicit) {
      ComptimeValue V = evalComptime(A.Value, *FS->Ctx);
      if (!V.isValid())
        return false;
      Out.push_back(V);
      Names.push_back(A.TheForm == Argument::Form::Keyword ? A.Name.Name
                                                           : llvm::StringRef());
    }
    ExplicitParamNames = Names;
    return true;
  };

  // The call's arguments and explicit parameters, checked.
  auto Prepare = [&](CallArgs &Args, llvm::SmallVectorImpl<ComptimeValue> &Ps) {
    Args.CallRange = Range;
    return collectArgs(*this, C->Args, Args) && EvalExplicit(Ps);
  };

  Symbol Sym;
  const NameExpr *CalleeName = llvm::dyn_cast<NameExpr>(Callee);
  if (CalleeName)
    Sym = lookup(CalleeName->Name, CalleeName->getStartLoc());
  if (auto *M = llvm::dyn_cast<MemberExpr>(Callee)) {
    checkOpaqueMember(M); // a generic body checked uninstantiated
    if (ModuleInfo *Mod = resolveModule(M->Base, *FS->Ctx)) {
      Sym = Mod->Names.lookup(M->Member.Name);
      if (Sym.K == Symbol::Kind::None) {
        Diags.report(M->Member.getRange(), DiagID::err_no_member)
            << Mod->Name << M->Member.Name;
        return errorExpr(Range);
      }
    } else {
      // Type.method(...): static methods (and unbound methods), with the
      // type named (`Atomic`, `T`) or written with its parameters
      // (`Atomic[DType.int64].fetch_add(p, 1)`).
      Type T = nullptr;
      // The type's name, plain (`Grid`) or from a module (`grid.Grid`).
      auto LookupTypeName = [&](const Expr *E) {
        if (auto *N = llvm::dyn_cast<NameExpr>(E))
          return lookup(N->Name, N->getStartLoc());
        if (auto *QM = llvm::dyn_cast<MemberExpr>(E))
          if (ModuleInfo *Mod = resolveModule(QM->Base, *FS->Ctx))
            return Mod->Names.lookup(QM->Member.Name);
        return Symbol();
      };
      if (llvm::isa<NameExpr>(M->Base) ||
          (llvm::isa<MemberExpr>(M->Base) &&
           LookupTypeName(M->Base).K == Symbol::Kind::Struct)) {
        Symbol Base = LookupTypeName(M->Base);
        auto Declares = [&](const Stmt *S) {
          auto *F = llvm::dyn_cast<FuncDecl>(S);
          return F && F->Name.Name == M->Member.Name;
        };
        if (Base.K == Symbol::Kind::Struct &&
            llvm::any_of(Base.Struct->Params.Params,
                         [](const ParamDecl &P) { return !P.Default; }) &&
            llvm::any_of(Base.Struct->Body, Declares)) {
          // `Two.fire(One(1), One(2))`: the struct's parameters inferred
          // from the static method's arguments.
          CallArgs Args;
          llvm::SmallVector<ComptimeValue, 2> Ps;
          if (!Prepare(Args, Ps))
            return errorExpr(Range);
          T = inferStructParams(Base.Struct, Args, Range, M->Member.Name);
          if (!T)
            return errorExpr(Range);
          StructInfo *SI = getStructInfo(T);
          if (!SI)
            return errorExpr(Range);
          return callFunctions(findMethods(T, M->Member.Name), M->Member.Name,
                               Args, SI->Ctx, Ps, Range);
        }
        if (Base.K == Symbol::Kind::Struct)
          T = instantiateStructType(Base.Struct, {}, *FS->Ctx,
                                    M->Base->getRange());
        else if (Base.K == Symbol::Kind::Value &&
                 Base.Value.K == ComptimeValue::Kind::Type)
          T = Base.Value.Ty;
        else if (Base.K == Symbol::Kind::Comptime) {
          // `ListNode.make_node(v)` where `comptime ListNode = Node[E]`.
          ComptimeValue V = evalComptime(M->Base, *FS->Ctx);
          if (!V.isValid())
            return errorExpr(Range);
          if (V.K == ComptimeValue::Kind::Type)
            T = V.Ty;
        }
      } else if (isTypeValuedExpr(M->Base)) {
        // `Self.LayoutType.method()`, `type_of(x).method()`: a static call
        // on a type parameter or the type of a value.
        ComptimeValue V = evalComptime(M->Base, *FS->Ctx);
        if (!V.isValid())
          return errorExpr(Range);
        if (V.K == ComptimeValue::Kind::Type)
          T = V.Ty;
      } else if (auto *SB = llvm::dyn_cast<SubscriptExpr>(M->Base)) {
        if (llvm::isa<NameExpr, MemberExpr>(SB->Base)) {
          Symbol Base = LookupTypeName(SB->Base);
          if (Base.K == Symbol::Kind::Struct || Base.K == Symbol::Kind::Comptime) {
            ComptimeValue V = evalComptime(M->Base, *FS->Ctx);
            if (!V.isValid())
              return errorExpr(Range);
            if (V.K == ComptimeValue::Kind::Type)
              T = V.Ty;
          }
        }
      }
      if (T) {
        if (T->isError())
          return errorExpr(Range);
        StructInfo *SI = getStructInfo(T);
        if (!SI)
          return errorExpr(Range);
        auto Methods = findMethods(T, M->Member.Name);
        if (Methods.empty() && SI->Comptimes.count(M->Member.Name)) {
          // `Self.ShapeType()`, `RuntimeLayout[L].ShapeType(3, 4)`: a
          // comptime member naming a type, constructed.
          ComptimeValue V = evalComptimeDecl(
              SI->Comptimes.lookup(M->Member.Name), SI->Ctx);
          if (!V.isValid())
            return errorExpr(Range);
          if (V.K == ComptimeValue::Kind::Type)
            return ConstructType(V.Ty);
        }
        if (Methods.empty()) {
          Diags.report(M->Member.getRange(), DiagID::err_no_member)
              << typeName(T) << M->Member.Name;
          return errorExpr(Range);
        }
        CallArgs Args;
        llvm::SmallVector<ComptimeValue, 2> Ps;
        if (!Prepare(Args, Ps))
          return errorExpr(Range);
        return callFunctions(Methods, M->Member.Name, Args, SI->Ctx, Ps, Range);
      }
    }
    if (Sym.K == Symbol::Kind::None) {
      // obj.method(args)
      cir::Expr *Receiver = checkExpr(M->Base);
      if (Receiver->Ty->isError())
        return errorExpr(Range);
      if (cir::Expr *Folded = foldLiteralMethod(Receiver, M->Member.Name,
                                                C->Args.size(), Range))
        return Folded;
      Receiver = materialize(Receiver);
      CallArgs Args;
      llvm::SmallVector<ComptimeValue, 2> Ps;
      if (!Prepare(Args, Ps))
        return errorExpr(Range);
      return callMethod(Receiver, M->Member.Name, Args, Range, false, Ps);
    }
  }

  switch (Sym.K) {
  case Symbol::Kind::Overloads: {
    if (CalleeName && CalleeName->Name == "print" && Sym.Owner &&
        Sym.Owner->Name.rfind("std.builtin", 0) == 0)
      return checkPrintCall(C);
    CallArgs Args;
    llvm::SmallVector<ComptimeValue, 2> Ps;
    if (!Prepare(Args, Ps))
      return errorExpr(Range);
    InstContext Ctx;
    Ctx.Module = Sym.Owner;
    llvm::StringRef Name = Sym.Funcs.front()->Name.Name;
    return callFunctions(Sym.Funcs, Name, Args, Ctx, Ps, Range);
  }
  case Symbol::Kind::Struct:
  case Symbol::Kind::Comptime:
  case Symbol::Kind::Value: {
    if (Sym.K == Symbol::Kind::Value &&
        (Sym.Value.K == ComptimeValue::Kind::Closure ||
         Sym.Value.K == ComptimeValue::Kind::Function))
      return callClosure(Sym.Value, C, Explicit); // SemaClosures.cpp
    Type T = nullptr;
    if (Sym.K == Symbol::Kind::Struct && Explicit.empty() &&
        llvm::any_of(Sym.Struct->Params.Params,
                     [](const ParamDecl &P) { return !P.Default; })) {
      // `Pair(1, 2)`: infer the struct's parameters from the arguments.
      CallArgs Args;
      Args.CallRange = Range;
      if (!collectArgs(*this, C->Args, Args))
        return errorExpr(Range);
      T = inferStructParams(Sym.Struct, Args, Range);
      if (!T)
        return errorExpr(Range);
      return constructStruct(T, Args, Range);
    }
    if (Sym.K == Symbol::Kind::Struct) {
      T = instantiateStructType(Sym.Struct, Explicit, *FS->Ctx, Callee->getRange());
    } else {
      ComptimeValue V = evalComptime(C->Callee, *FS->Ctx);
      if (!V.isValid())
        return errorExpr(Range);
      if (V.K == ComptimeValue::Kind::Struct &&
          !findMethods(V.Ty, "__call__").empty())
        break; // `layout(i)` on a comptime struct value: its `__call__`
      if (V.K != ComptimeValue::Kind::Type) {
        Diags.report(Callee->getRange(), DiagID::err_not_callable)
            << SM.getText(Callee->getRange()) << typeName(typeOfValue(V));
        return errorExpr(Range);
      }
      T = V.Ty;
    }
    if (T->isError())
      return errorExpr(Range);
    CallArgs Args;
    Args.CallRange = Range;
    if (!collectArgs(*this, C->Args, Args))
      return errorExpr(Range);
    return constructStruct(T, Args, Range);
  }
  case Symbol::Kind::None:
    if (CalleeName) {
      if (reportInlineMlir(*this, CalleeName->Name, CalleeName->getRange()))
        return errorExpr(Range);
      Diags.report(CalleeName->getRange(), DiagID::err_undefined_name)
          << CalleeName->Name;
      suggestName(CalleeName->Name, CalleeName->getStartLoc());
      return errorExpr(Range);
    }
    break;
  default:
    break;
  }
  cir::Expr *V = checkExpr(Callee);
  if (V->Ty->isError())
    return errorExpr(Range);
  if (llvm::isa<FunctionType>(V->Ty) && Explicit.empty())
    return callRuntimeClosure(V, C); // SemaClosures.cpp
  if (!findMethods(V->Ty, "__call__").empty()) {
    // `layout(i)`: a value whose type has `__call__`.
    CallArgs Args;
    Args.CallRange = Range;
    if (!collectArgs(*this, C->Args, Args))
      return errorExpr(Range);
    llvm::SmallVector<ComptimeValue, 2> Ps;
    for (const Argument &A : Explicit) {
      ComptimeValue P = evalComptime(A.Value, *FS->Ctx);
      if (!P.isValid())
        return errorExpr(Range);
      Ps.push_back(P);
    }
    return callMethod(V, "__call__", Args, Range, false, Ps);
  }
  Diags.report(Callee->getRange(), DiagID::err_not_callable)
      << SM.getText(Callee->getRange()) << typeName(V->Ty);
  return errorExpr(Range);
}

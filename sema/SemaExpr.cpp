//===- SemaExpr.cpp - Expressions: names, members, operators, literals ----===//
#include "sema/ResolutionIndex.h"
#include "sema/SemaImpl.h"
#include <cmath>

using namespace ignis;
using namespace ignis::sema;

cir::Expr *Sema::makeExpr(cir::ExprKind K, Type Ty, SourceRange R) {
  return Prog.create<cir::Expr>(K, Ty, R);
}

cir::Expr *Sema::errorExpr(SourceRange R) {
  return makeExpr(cir::ExprKind::Error, Types.getError(), R);
}

cir::Expr *Sema::makeLocalRef(cir::Local *L, SourceRange R) {
  cir::Expr *E = makeExpr(cir::ExprKind::LocalRef, L->Ty, R);
  E->Var = L;
  return E;
}

cir::Expr *Sema::fieldOf(cir::Expr *Base, unsigned Index, SourceRange R) {
  // A field of a temporary that needs destruction: the rest of it is
  // destroyed after the statement.
  if (FS)
    Base = borrowValue(Base);
  StructInfo *SI = getStructInfo(Base->Ty);
  Type FT = SI ? SI->FieldTypes[Index] : Types.getError();
  cir::Expr *E = makeExpr(Base->isPlace() ? cir::ExprKind::FieldRef
                                          : cir::ExprKind::FieldGet,
                          FT, R);
  E->Ops.push_back(Base);
  E->Index = Index;
  return E;
}

cir::Expr *Sema::wrapBool(cir::Expr *I1, SourceRange R) {
  Type B = getBoolType();
  if (!B)
    return I1;
  cir::Expr *E = makeExpr(cir::ExprKind::StructInit, B, R);
  E->Ops.push_back(I1);
  return E;
}

cir::Expr *Sema::unwrapBool(cir::Expr *B) {
  if (llvm::isa<PrimType>(B->Ty))
    return B;
  if (B->Kind == cir::ExprKind::StructInit && B->Ops.size() == 1)
    return B->Ops[0];
  return fieldOf(B, 0, B->Range);
}

bool sema::reportInlineMlir(Sema &S, llvm::StringRef Name, SourceRange R) {
  if (Name != "__mlir_type" && Name != "__mlir_op" && Name != "__mlir_attr")
    return false;
  S.Diags.report(R, DiagID::err_unsupported)
      << ("inline MLIR ('" + Name + "')").str();
  return true;
}

cir::Expr *Sema::materializeToPlace(cir::Expr *E) {
  if (E->isPlace())
    return E;
  E = materialize(E);
  cir::Local *Tmp = newLocal("__tmp", E->Ty, E->Range.Begin);
  cir::Stmt *S = makeStmt(cir::StmtKind::Assign, E->Range);
  S->Target = makeLocalRef(Tmp, E->Range);
  S->Value = E;
  FS->Pending.push_back(S);
  return makeLocalRef(Tmp, E->Range);
}

cir::Expr *Sema::checkExprAs(const Expr *E, Type To) {
  return convert(checkExpr(E), To, E->getRange());
}

cir::Expr *Sema::toBool(cir::Expr *E) {
  SourceRange R = E->Range;
  if (E->Ty->isError())
    return E;
  Type B = getBoolType();
  if (E->Ty == B)
    return unwrapBool(E);
  if (auto *P = llvm::dyn_cast<PrimType>(E->Ty); P && P->Elem == DType::Bool)
    return E;
  if (E->Ty->getKind() == TypeKind::IntLiteral) {
    cir::Expr *C = makeExpr(cir::ExprKind::IntConst, Types.getPrim(DType::Bool), R);
    C->Int = llvm::APInt(1, E->Int.isZero() ? 0 : 1);
    return C;
  }
  CallArgs Args;
  Args.CallRange = R;
  cir::Expr *Call = callMethod(materialize(E), "__bool__", Args, R, /*Quiet=*/true);
  if (!Call) {
    Diags.report(R, DiagID::err_type_mismatch) << typeName(E->Ty) << "Bool";
    return errorExpr(R);
  }
  return toBool(Call);
}

cir::Expr *Sema::checkCondition(const Expr *E) { return toBool(checkExpr(E)); }

cir::Expr *Sema::checkIntLiteral(const IntLiteralExpr *L) {
  std::string Digits;
  for (char C : L->Text)
    if (C != '_')
      Digits.push_back(C);
  llvm::StringRef D(Digits);
  unsigned Radix = 10;
  if (D.size() > 2 && D[0] == '0' && std::isalpha(static_cast<unsigned char>(D[1]))) {
    char P = D[1] | 0x20;
    Radix = P == 'x' ? 16 : P == 'o' ? 8 : 2;
    D = D.drop_front(2);
  }
  llvm::APInt V;
  if (D.getAsInteger(Radix, V))
    V = llvm::APInt(64, 0);
  // One extra bit keeps the value non-negative as a signed number.
  V = V.zext(V.getBitWidth() + 1);
  cir::Expr *E = makeExpr(cir::ExprKind::IntConst, Types.getIntLiteral(),
                          L->getRange());
  E->Int = V;
  return E;
}

static cir::Expr *valueFromComptime(Sema &S, const ComptimeValue &V,
                                    SourceRange R);

/// A typed compile-time value (ComptimeValue::ValTy) as a run-time value of
/// its type: a scalar converted from its literal, a List, InlineArray or
/// SIMD vector built from its elements.
static cir::Expr *typedValueFromComptime(Sema &S, const ComptimeValue &V,
                                         SourceRange R) {
  ComptimeValue Plain = V.typed(nullptr);
  if (V.K != ComptimeValue::Kind::List) {
    cir::Expr *Lit = valueFromComptime(S, Plain, R);
    // An unsigned value keeps its 64 bits (`UInt64.MAX`), not their
    // signed reading.
    if (const PrimType *P = S.getStoragePrim(V.ValTy);
        P && V.K == ComptimeValue::Kind::Int && isUnsignedIntDType(P->Elem))
      Lit->Int = llvm::APInt(65, static_cast<uint64_t>(V.Int));
    return S.convert(Lit, V.ValTy, R);
  }
  CallArgs Args;
  Args.CallRange = R;
  for (const ComptimeValue &Elem : V) {
    cir::Expr *X = valueFromComptime(S, Elem, R);
    if (X->Ty->isError())
      return X;
    Args.Values.push_back(X);
    Args.Names.push_back(llvm::StringRef());
    Args.Ranges.push_back(R);
  }
  return S.constructStruct(V.ValTy, Args, R);
}

static cir::Expr *valueFromComptime(Sema &S, const ComptimeValue &V,
                                    SourceRange R) {
  if (V.ValTy && (V.K == ComptimeValue::Kind::Int ||
                  V.K == ComptimeValue::Kind::Float ||
                  V.K == ComptimeValue::Kind::Bool ||
                  V.K == ComptimeValue::Kind::List))
    return typedValueFromComptime(S, V, R);
  switch (V.K) {
  case ComptimeValue::Kind::Int: {
    cir::Expr *E = S.makeExpr(cir::ExprKind::IntConst, S.Types.getIntLiteral(), R);
    E->Int = llvm::APInt(65, static_cast<uint64_t>(V.Int), /*isSigned=*/true);
    return E;
  }
  case ComptimeValue::Kind::Bool: {
    cir::Expr *C = S.makeExpr(cir::ExprKind::IntConst, S.Types.getPrim(DType::Bool), R);
    C->Int = llvm::APInt(1, V.Bool ? 1 : 0);
    return S.wrapBool(C, R);
  }
  case ComptimeValue::Kind::Float: {
    cir::Expr *E = S.makeExpr(cir::ExprKind::FloatConst, S.Types.getFloatLiteral(), R);
    E->Float = V.Float;
    return E;
  }
  case ComptimeValue::Kind::String: {
    cir::Expr *E = S.makeExpr(cir::ExprKind::StringConst, S.Types.getStringLiteral(), R);
    E->Str = V.Str;
    return E;
  }
  case ComptimeValue::Kind::None:
    return S.makeExpr(cir::ExprKind::NoneConst, S.Types.getNone(), R);
  case ComptimeValue::Kind::Struct:
    // A struct parameter used as a value: rebuilt from its fields.
    if (StructInfo *SI = S.getStructInfo(V.Ty);
        SI && SI->FieldTypes.size() == V.Count) {
      cir::Expr *E = S.makeExpr(cir::ExprKind::StructInit, V.Ty, R);
      for (uint32_t I = 0; I < V.Count; ++I)
        E->Ops.push_back(
            S.convert(valueFromComptime(S, V.Elems[I], R), SI->FieldTypes[I], R));
      return E;
    }
    return S.errorExpr(R);
  case ComptimeValue::Kind::List: {
    // A compile-time tuple (or a variadic parameter's values) as a value:
    // the tuple of its elements.
    llvm::SmallVector<Type, 4> Tys;
    llvm::SmallVector<cir::Expr *, 4> Ops;
    for (const ComptimeValue &Elem : V) {
      cir::Expr *X = S.materialize(valueFromComptime(S, Elem, R));
      if (X->Ty->isError())
        return X;
      Tys.push_back(X->Ty);
      Ops.push_back(X);
    }
    cir::Expr *E = S.makeExpr(cir::ExprKind::TupleInit, S.Types.getTuple(Tys), R);
    E->Ops.append(Ops.begin(), Ops.end());
    return E;
  }
  case ComptimeValue::Kind::DType:
    // A dtype as a run-time value: std's _DTypeValue holding its code.
    if (Type DV = S.getPreludeStruct("_DTypeValue")) {
      StructInfo *SI = S.getStructInfo(DV);
      cir::Expr *Code = S.makeExpr(cir::ExprKind::IntConst,
                                   S.Types.getIntLiteral(), R);
      Code->Int = llvm::APInt(65, static_cast<uint64_t>(V.DT));
      cir::Expr *E = S.makeExpr(cir::ExprKind::StructInit, DV, R);
      E->Ops.push_back(S.convert(Code, SI->FieldTypes[0], R));
      return E;
    }
    break;
  case ComptimeValue::Kind::Closure:
    if (S.ClosureArgument) // a call argument: a runtime closure value
      return S.makeRuntimeClosure(V, R);
    S.Diags.report(R, DiagID::err_closure_escapes) << S.SM.getText(R);
    return S.errorExpr(R);
  default:
    break;
  }
  {
    S.Diags.report(R, DiagID::err_not_a_value)
        << S.SM.getText(R)
        << (V.K == ComptimeValue::Kind::Type ? "type" : "compile-time value");
    return S.errorExpr(R);
  }
}

cir::Expr *Sema::valueOfComptime(const ComptimeValue &V, SourceRange R) {
  return valueFromComptime(*this, V, R);
}

cir::Expr *Sema::checkName(const NameExpr *N) {
  SourceRange R = N->getRange();
  Symbol S = lookup(N->Name, N->getStartLoc());
  switch (S.K) {
  case Symbol::Kind::Local:
    if (S.Local->IsRefBinding) {
      // `ref x = place`: x is the place the hidden pointer points to.
      auto *PT = llvm::cast<PointerType>(S.Local->Ty);
      cir::Expr *D = makeExpr(cir::ExprKind::Deref, PT->Pointee, R);
      D->Ops.push_back(makeLocalRef(S.Local, R));
      return D;
    }
    return makeLocalRef(S.Local, R);
  case Symbol::Kind::Value:
    return valueFromComptime(*this, S.Value, R);
  case Symbol::Kind::Comptime: {
    InstContext Ctx;
    Ctx.Module = S.Owner;
    ComptimeValue V = evalComptimeDecl(S.Comptime, Ctx);
    if (!V.isValid())
      return errorExpr(R);
    return valueFromComptime(*this, V, R);
  }
  case Symbol::Kind::None:
    if (reportInlineMlir(*this, N->Name, R))
      return errorExpr(R);
    Diags.report(R, DiagID::err_undefined_name) << N->Name;
    suggestName(N->Name, N->getStartLoc());
    return errorExpr(R);
  case Symbol::Kind::Struct:
  case Symbol::Kind::Trait:
    Diags.report(R, DiagID::err_not_a_value) << N->Name << "type";
    return errorExpr(R);
  case Symbol::Kind::Module:
    Diags.report(R, DiagID::err_not_a_value) << N->Name << "module";
    return errorExpr(R);
  case Symbol::Kind::Overloads: {
    // A module function as a runtime value: a closure with nothing captured
    // (SemaFunctionValues.cpp, SemaClosures.cpp).
    if (S.Funcs.size() != 1 || S.Funcs.front()->Params.Present) {
      Diags.report(R, DiagID::err_unsupported)
          << (S.Funcs.size() != 1 ? "an overloaded function used as a value"
                                  : "a parametric function used as a value");
      return errorExpr(R);
    }
    ComptimeValue V = functionAsComptime(S, R);
    if (!V.isValid())
      return errorExpr(R);
    return makeRuntimeClosure(V, R);
  }
  case Symbol::Kind::Builtins:
    Diags.report(R, DiagID::err_not_a_value) << N->Name << "namespace";
    return errorExpr(R);
  }
  return errorExpr(R);
}

/// `origin_of(x).mut` in a run-time expression (SemaRefMutability.cpp).
cir::Expr *Sema::originMutability(const CallExpr *C, SourceRange R) {
  ComptimeValue V = originMutabilityValue(C);
  if (!V.isValid())
    return errorExpr(R);
  cir::Expr *B = makeExpr(cir::ExprKind::IntConst, Types.getPrim(DType::Bool), R);
  B->Int = llvm::APInt(1, V.Bool ? 1 : 0);
  return wrapBool(B, R);
}

cir::Expr *Sema::checkMember(const MemberExpr *M) {
  SourceRange R = M->getRange();
  llvm::StringRef Name = M->Member.Name;
  checkOpaqueMember(M); // a generic body checked uninstantiated
  // Module members, and members of types written as `Box[5].twice` or
  // through a parametric alias (`Scalar[DType.int].MAX`).
  auto IsTypeSubscript = [&](const Expr *E) {
    auto *Sub = llvm::dyn_cast<SubscriptExpr>(E);
    auto *BN = Sub ? llvm::dyn_cast<NameExpr>(Sub->Base) : nullptr;
    if (!BN)
      return false;
    Symbol Sym = lookup(BN->Name, SourceLoc());
    return Sym.K == Symbol::Kind::Struct ||
           (Sym.K == Symbol::Kind::Comptime && Sym.Comptime->Params.Present);
  };
  if (resolveModule(M->Base, *FS->Ctx) || IsTypeSubscript(M->Base)) {
    ComptimeValue V = evalComptime(M, *FS->Ctx);
    if (!V.isValid())
      return errorExpr(R);
    return valueFromComptime(*this, V, R);
  }
  if (auto *BN = llvm::dyn_cast<NameExpr>(M->Base);
      BN && BN->Name == "FloatLiteral" &&
      lookup(BN->Name, SourceLoc()).K == Symbol::Kind::None) {
    // `FloatLiteral.infinity` (SemaTypes.cpp).
    ComptimeValue V = evalComptime(M, *FS->Ctx);
    if (!V.isValid())
      return errorExpr(R);
    return valueFromComptime(*this, V, R);
  }
  if (llvm::isa<MemberExpr>(M->Base) && isTypeValuedExpr(M->Base)) {
    // `Self.LayoutType.size`: a comptime member of a type parameter.
    ComptimeValue V = evalComptime(M, *FS->Ctx);
    if (!V.isValid())
      return errorExpr(R);
    return valueFromComptime(*this, V, R);
  }
  if (auto *TC = llvm::dyn_cast<CallExpr>(M->Base)) {
    // `type_of(x).size`: a member of the type of a value.
    auto *TN = llvm::dyn_cast<NameExpr>(TC->Callee);
    if (TN && TN->Name == "type_of" &&
        lookup(TN->Name, SourceLoc()).K == Symbol::Kind::None) {
      ComptimeValue V = evalComptime(M, *FS->Ctx);
      if (!V.isValid())
        return errorExpr(R);
      return valueFromComptime(*this, V, R);
    }
    if (TN && TN->Name == "origin_of" && Name == "mut" &&
        lookup(TN->Name, SourceLoc()).K == Symbol::Kind::None)
      return originMutability(TC, R);
  }
  if (auto *BN = llvm::dyn_cast<NameExpr>(M->Base)) {
    Symbol S = lookup(BN->Name, BN->getStartLoc());
    bool TypeAlias = false; // `UInt8.MAX`: a member of an aliased type
    if (S.K == Symbol::Kind::Comptime) {
      InstContext Ctx;
      Ctx.Module = S.Owner;
      TypeAlias = evalComptimeDecl(S.Comptime, Ctx).K == ComptimeValue::Kind::Type;
    }
    if (TypeAlias || S.K == Symbol::Kind::Module || S.K == Symbol::Kind::Struct ||
        (S.K == Symbol::Kind::Value && (S.Value.K == ComptimeValue::Kind::Type ||
                                        S.Value.K == ComptimeValue::Kind::Struct)) ||
        (S.K == Symbol::Kind::None && BN->Name == "DType")) {
      ComptimeValue V = evalComptime(M, *FS->Ctx);
      if (!V.isValid())
        return errorExpr(R);
      return valueFromComptime(*this, V, R);
    }
  }
  cir::Expr *Base = checkExpr(M->Base);
  if (Base->Ty->isError())
    return errorExpr(R);
  Base = materialize(Base);
  int Field = findField(Base->Ty, Name);
  if (Field >= 0 && isConstantStruct(Base))
    return Base->Ops[Field]; // `Self.shape.rows` of a struct parameter
  if (Field >= 0)
    return fieldOf(Base, static_cast<unsigned>(Field), R);
  if (auto *ST = llvm::dyn_cast<StructType>(Base->Ty)) {
    // Parameters and comptime members reached through a value.
    const ParamList &PL = ST->Decl->Params;
    for (size_t I = 0; I < PL.Params.size(); ++I)
      if (PL.Params[I].Name.Name == Name)
        return valueFromComptime(*this, ST->Params[I], R);
    if (StructInfo *SI = getStructInfo(Base->Ty)) {
      auto It = SI->Comptimes.find(Name);
      if (It != SI->Comptimes.end()) {
        ComptimeValue V = evalComptimeDecl(It->second, SI->Ctx);
        return V.isValid() ? valueFromComptime(*this, V, R) : errorExpr(R);
      }
      // `thread_idx.x`: a member computed by `__getattr_param__[name](self)`
      // (Mojo's std.gpu id structs).
      if (SI->Methods.count("__getattr_param__")) {
        CallArgs None;
        None.CallRange = R;
        ComptimeValue Member = ComptimeValue::makeString(Name);
        return callMethod(Base, "__getattr_param__", None, R, false, Member);
      }
    }
  }
  Diags.report(M->Member.getRange(), DiagID::err_no_member)
      << typeName(Base->Ty) << Name;
  if (StructInfo *SI = getStructInfo(Base->Ty)) {
    llvm::StringRef Best;
    unsigned BestDist = ~0u, Limit = std::max<size_t>(1, (Name.size() + 2) / 3);
    auto Consider = [&](llvm::StringRef C) {
      unsigned D = Name.edit_distance(C, true, Limit);
      if (D <= Limit && D < BestDist) {
        BestDist = D;
        Best = C;
      }
    };
    for (llvm::StringRef F : SI->FieldNames)
      Consider(F);
    for (auto &Entry : SI->Methods)
      Consider(Entry.getKey());
    if (!Best.empty())
      Diags.report(M->Member.getRange(), DiagID::note_did_you_mean) << Best;
  }
  return errorExpr(R);
}

//===----------------------------------------------------------------------===//
// Operators
//===----------------------------------------------------------------------===//

/// A literal's exact value: an IntLiteral's integer, a FloatLiteral's
/// fraction (invalid where only its double is known).
static ExactFloat exactOf(const cir::Expr *E) {
  if (E->Ty->getKind() == TypeKind::IntLiteral)
    return ExactFloat::fromInt(E->Int);
  if (E->Kind != cir::ExprKind::FloatConst || E->FloatDen.isZero())
    return {};
  return {E->Int, E->FloatDen};
}

static void setExact(cir::Expr *E, const ExactFloat &X) {
  if (!X.isValid())
    return;
  E->Int = X.Num;
  E->FloatDen = X.Den;
}

static bool isIntLit(cir::Expr *E) {
  return E->Ty->getKind() == TypeKind::IntLiteral;
}
static bool isFloatLit(cir::Expr *E) {
  return E->Ty->getKind() == TypeKind::FloatLiteral;
}

/// Folds arithmetic on literals with arbitrary precision (ints) or doubles.
static cir::Expr *foldLiterals(Sema &S, llvm::StringRef Op, cir::Expr *L,
                               cir::Expr *R, SourceRange Range) {
  if (isIntLit(L) && isIntLit(R) && Op != "/") {
    unsigned W = std::max(L->Int.getBitWidth(), R->Int.getBitWidth()) * 2 + 2;
    llvm::APInt A = L->Int.sext(W), B = R->Int.sext(W), V(W, 0);
    if (Op == "+") V = A + B;
    else if (Op == "-") V = A - B;
    else if (Op == "*") V = A * B;
    else if (Op == "&") V = A & B;
    else if (Op == "|") V = A | B;
    else if (Op == "^") V = A ^ B;
    else if (Op == "<<" && B.getZExtValue() < 4096) { A = A.sext(W + B.getZExtValue()); V = A.shl(B.getZExtValue()); }
    else if (Op == ">>") V = A.ashr(B.getLimitedValue(W - 1));
    else if ((Op == "//" || Op == "%") && !B.isZero()) {
      llvm::APInt Q = A.sdiv(B), Rm = A.srem(B);
      if (!Rm.isZero() && (Rm.isNegative() != B.isNegative())) {
        Q -= 1;
        Rm += B;
      }
      V = Op == "//" ? Q : Rm;
    } else if (Op == "**" && !B.isNegative() && B.getZExtValue() < 4096) {
      V = llvm::APInt(W, 1);
      for (uint64_t I = 0; I < B.getZExtValue(); ++I) {
        V = V.sext(std::max(V.getBitWidth(), V.getActiveBits() + A.getActiveBits() + 2));
        V *= A.sext(V.getBitWidth());
      }
    } else
      return nullptr;
    unsigned Need = V.getSignificantBits() + 1;
    cir::Expr *E = S.makeExpr(cir::ExprKind::IntConst, S.Types.getIntLiteral(), Range);
    E->Int = V.sextOrTrunc(std::max(Need, 65u));
    return E;
  }
  if ((isIntLit(L) || isFloatLit(L)) && (isIntLit(R) || isFloatLit(R))) {
    double A = isIntLit(L) ? literalToDouble(L->Int) : L->Float;
    double B = isIntLit(R) ? literalToDouble(R->Int) : R->Float;
    double V;
    if (Op == "+") V = A + B;
    else if (Op == "-") V = A - B;
    else if (Op == "*") V = A * B;
    else if (Op == "/") V = A / B;
    else if (Op == "**") V = std::pow(A, B);
    else return nullptr;
    cir::Expr *E = S.makeExpr(cir::ExprKind::FloatConst, S.Types.getFloatLiteral(), Range);
    E->Float = V;
    // Exact where both sides are (a zero keeps the double's sign: -0.0).
    ExactFloat X = applyExact(Op, exactOf(L), exactOf(R));
    if (X.isValid() && !X.Num.isZero()) {
      setExact(E, X);
      E->Float = X.toDouble();
    }
    return E;
  }
  return nullptr;
}

cir::Expr *Sema::applyBinaryOperator(llvm::StringRef Dunder,
                                     llvm::StringRef RDunder,
                                     llvm::StringRef Spelling, cir::Expr *L,
                                     cir::Expr *R, SourceRange Range) {
  if (L->Ty->isError() || R->Ty->isError())
    return errorExpr(Range);
  if (cir::Expr *Folded = foldLiterals(*this, Spelling, L, R, Range))
    return Folded;
  // A literal operand takes the other operand's type when it can.
  bool LLit = isIntLit(L) || isFloatLit(L) || L->Ty->getKind() == TypeKind::StringLiteral;
  bool RLit = isIntLit(R) || isFloatLit(R) || R->Ty->getKind() == TypeKind::StringLiteral;
  if (LLit && !RLit && conversionCost(L, R->Ty) >= 0)
    L = convert(L, R->Ty, L->Range);
  else if (LLit)
    L = materialize(L);
  if (RLit && conversionCost(R, L->Ty) < 0)
    R = materialize(R);
  CallArgs Args;
  Args.Values.push_back(R);
  Args.Names.push_back("");
  Args.Ranges.push_back(R->Range);
  Args.CallRange = Range;
  if (cir::Expr *Call = callMethod(L, Dunder, Args, Range, /*Quiet=*/true))
    return Call;
  if (!RDunder.empty()) {
    CallArgs RArgs;
    RArgs.Values.push_back(L);
    RArgs.Names.push_back("");
    RArgs.Ranges.push_back(L->Range);
    RArgs.CallRange = Range;
    if (cir::Expr *Call = callMethod(materialize(R), RDunder, RArgs, Range, true))
      return Call;
  }
  if (cir::Expr *T = compareTuples(Spelling, L, R, Range))
    return T;
  Diags.report(Range, DiagID::err_no_operator)
      << Spelling << typeName(L->Ty) << typeName(R->Ty);
  return errorExpr(Range);
}

static void dunderFor(BinaryOp Op, llvm::StringRef &D, llvm::StringRef &RD) {
  switch (Op) {
  case BinaryOp::Add: D = "__add__"; RD = "__radd__"; break;
  case BinaryOp::Sub: D = "__sub__"; RD = "__rsub__"; break;
  case BinaryOp::Mul: D = "__mul__"; RD = "__rmul__"; break;
  case BinaryOp::Div: D = "__truediv__"; RD = "__rtruediv__"; break;
  case BinaryOp::FloorDiv: D = "__floordiv__"; RD = "__rfloordiv__"; break;
  case BinaryOp::Mod: D = "__mod__"; RD = "__rmod__"; break;
  case BinaryOp::Pow: D = "__pow__"; RD = "__rpow__"; break;
  case BinaryOp::MatMul: D = "__matmul__"; RD = "__rmatmul__"; break;
  case BinaryOp::Shl: D = "__lshift__"; RD = "__rlshift__"; break;
  case BinaryOp::Shr: D = "__rshift__"; RD = "__rrshift__"; break;
  case BinaryOp::BitAnd: D = "__and__"; RD = "__rand__"; break;
  case BinaryOp::BitOr: D = "__or__"; RD = "__ror__"; break;
  case BinaryOp::BitXor: D = "__xor__"; RD = "__rxor__"; break;
  default: D = RD = ""; break;
  }
}

cir::Expr *Sema::checkBinary(const BinaryExpr *B) {
  SourceRange R = B->getRange();
  if (B->Op == BinaryOp::And || B->Op == BinaryOp::Or) {
    cir::Expr *L = checkCondition(B->LHS);
    size_t PendingBefore = FS ? FS->Pending.size() : 0;
    cir::Expr *Rt = checkCondition(B->RHS);
    if (L->Ty->isError() || Rt->Ty->isError())
      return errorExpr(R);
    if (FS && FS->Pending.size() > PendingBefore) {
      // The right operand needs statements first (temporaries): they run,
      // and their values are destroyed, only when it is evaluated:
      //   t = L; if t (and) / if not t (or): <its statements>; t = Rt
      Type I1 = Types.getPrim(DType::Bool);
      cir::StmtList RhsStmts(FS->Pending.begin() + PendingBefore,
                             FS->Pending.end());
      FS->Pending.resize(PendingBefore);
      cir::Local *T = newLocal("__short_circuit", I1, R.Begin);
      cir::Stmt *First = makeStmt(cir::StmtKind::Assign, R);
      First->Target = makeLocalRef(T, R);
      First->Value = L;
      First->Grouped = true;
      FS->Pending.push_back(First);
      cir::Stmt *If = makeStmt(cir::StmtKind::If, R);
      If->Cond = makeLocalRef(T, R);
      if (B->Op == BinaryOp::Or) {
        cir::Expr *Not = makeExpr(cir::ExprKind::Builtin, I1, R);
        Not->Builtin = cir::BuiltinOp::Invert;
        Not->Ops.push_back(makeLocalRef(T, R));
        If->Cond = Not;
      }
      for (cir::Stmt *S : RhsStmts) {
        S->Grouped = true;
        If->Body.push_back(S);
      }
      cir::Stmt *Second = makeStmt(cir::StmtKind::Assign, R);
      Second->Target = makeLocalRef(T, R);
      Second->Value = Rt;
      If->Body.push_back(Second);
      If->Grouped = true;
      FS->Pending.push_back(If);
      return wrapBool(makeLocalRef(T, R), R);
    }
    cir::Expr *E = makeExpr(B->Op == BinaryOp::And ? cir::ExprKind::And
                                                   : cir::ExprKind::Or,
                            Types.getPrim(DType::Bool), R);
    E->Ops = {L, Rt};
    return wrapBool(E, R);
  }
  llvm::StringRef D, RD;
  dunderFor(B->Op, D, RD);
  cir::Expr *L = checkExpr(B->LHS);
  cir::Expr *Rt = checkExpr(B->RHS);
  return applyBinaryOperator(D, RD, getSpelling(B->Op), L, Rt, R);
}

cir::Expr *Sema::checkUnary(const UnaryExpr *U) {
  SourceRange R = U->getRange();
  if (U->Op == UnaryOp::Not) {
    cir::Expr *C = checkCondition(U->Operand);
    if (C->Ty->isError())
      return C;
    cir::Expr *E = makeExpr(cir::ExprKind::Builtin, C->Ty, R);
    E->Builtin = cir::BuiltinOp::Invert;
    E->Ops.push_back(C);
    return wrapBool(E, R);
  }
  cir::Expr *V = checkExpr(U->Operand);
  if (V->Ty->isError())
    return V;
  if (isIntLit(V) || isFloatLit(V)) {
    if (U->Op == UnaryOp::Pos)
      return V;
    if (U->Op == UnaryOp::Neg) {
      cir::Expr *E = makeExpr(V->Kind, V->Ty, R);
      if (isIntLit(V))
        E->Int = -V->Int.sext(V->Int.getBitWidth() + 1);
      else {
        E->Float = -V->Float;
        setExact(E, exactOf(V).negate());
      }
      return E;
    }
    if (U->Op == UnaryOp::Invert && isIntLit(V)) {
      cir::Expr *E = makeExpr(V->Kind, V->Ty, R);
      E->Int = ~V->Int;
      return E;
    }
  }
  V = materialize(V);
  llvm::StringRef D = U->Op == UnaryOp::Neg      ? "__neg__"
                      : U->Op == UnaryOp::Pos    ? "__pos__"
                      : U->Op == UnaryOp::Invert ? "__invert__"
                                                 : "";
  if (D.empty()) {
    Diags.report(R, DiagID::err_unsupported) << "'await'";
    return errorExpr(R);
  }
  CallArgs Args;
  Args.CallRange = R;
  if (cir::Expr *Call = callMethod(V, D, Args, R, /*Quiet=*/true))
    return Call;
  if (U->Op == UnaryOp::Pos)
    return V;
  Diags.report(R, DiagID::err_no_unary_operator) << getSpelling(U->Op)
                                                  << typeName(V->Ty);
  return errorExpr(R);
}

cir::Expr *Sema::checkCompare(const CompareExpr *C) {
  SourceRange R = C->getRange();
  cir::Expr *Result = nullptr;
  cir::Expr *L = checkExpr(C->Operands[0]);
  for (size_t I = 0; I < C->Ops.size(); ++I) {
    cir::Expr *Rt = checkExpr(C->Operands[I + 1]);
    SourceRange PartRange(C->Operands[I]->getStartLoc(),
                          C->Operands[I + 1]->getEndLoc());
    cir::Expr *Part;
    CompareOp Op = C->Ops[I];
    if (Op == CompareOp::In || Op == CompareOp::NotIn) {
      CallArgs Args;
      Args.Values.push_back(L);
      Args.Names.push_back("");
      Args.Ranges.push_back(L->Range);
      Args.CallRange = PartRange;
      Part = callMethod(materialize(Rt), "__contains__", Args, PartRange);
      if (Op == CompareOp::NotIn && !Part->Ty->isError()) {
        cir::Expr *N = makeExpr(cir::ExprKind::Builtin, Types.getPrim(DType::Bool), PartRange);
        N->Builtin = cir::BuiltinOp::Invert;
        N->Ops.push_back(toBool(Part));
        Part = wrapBool(N, PartRange);
      }
    } else if (Op == CompareOp::Is || Op == CompareOp::IsNot) {
      // With None on either side the answer is known from the types (a
      // value of a non-optional type is never None); otherwise `__is__`.
      bool LNone = L->Ty->getKind() == TypeKind::NoneType;
      bool RNone = Rt->Ty->getKind() == TypeKind::NoneType;
      // `opt is None`: a type with `__is__`/`__isnot__` (Optional) answers.
      bool Asks = !LNone && RNone &&
                  !findMethods(L->Ty, Op == CompareOp::Is ? "__is__"
                                                          : "__isnot__")
                       .empty();
      if (Asks) {
        Part = applyBinaryOperator(Op == CompareOp::Is ? "__is__" : "__isnot__",
                                   "", getSpelling(Op), L, Rt, PartRange);
      } else if (LNone || RNone) {
        cir::Expr *K = makeExpr(cir::ExprKind::IntConst, Types.getPrim(DType::Bool), PartRange);
        K->Int = llvm::APInt(1, (LNone && RNone) == (Op == CompareOp::Is));
        Part = wrapBool(K, PartRange);
      } else {
        Part = applyBinaryOperator("__is__", "", getSpelling(Op), L, Rt, PartRange);
        if (Op == CompareOp::IsNot && !Part->Ty->isError()) {
          cir::Expr *N = makeExpr(cir::ExprKind::Builtin, Types.getPrim(DType::Bool), PartRange);
          N->Builtin = cir::BuiltinOp::Invert;
          N->Ops.push_back(toBool(Part));
          Part = wrapBool(N, PartRange);
        }
      }
    } else {
      static const char *const Names[][3] = {
          {"__eq__", "__eq__", "=="}, {"__ne__", "__ne__", "!="},
          {"__lt__", "__gt__", "<"},  {"__le__", "__ge__", "<="},
          {"__gt__", "__lt__", ">"},  {"__ge__", "__le__", ">="}};
      const auto &N = Names[static_cast<int>(Op)];
      if ((isIntLit(L) || isFloatLit(L)) && (isIntLit(Rt) || isFloatLit(Rt))) {
        // Compare literals exactly at compile time.
        bool V;
        if (isIntLit(L) && isIntLit(Rt)) {
          unsigned W = std::max(L->Int.getBitWidth(), Rt->Int.getBitWidth());
          llvm::APInt A = L->Int.sext(W), B = Rt->Int.sext(W);
          V = Op == CompareOp::Eq ? A == B : Op == CompareOp::Ne ? A != B
            : Op == CompareOp::Lt ? A.slt(B) : Op == CompareOp::Le ? A.sle(B)
            : Op == CompareOp::Gt ? A.sgt(B) : A.sge(B);
        } else {
          double A = isIntLit(L) ? literalToDouble(L->Int) : L->Float;
          double B = isIntLit(Rt) ? literalToDouble(Rt->Int) : Rt->Float;
          V = Op == CompareOp::Eq ? A == B : Op == CompareOp::Ne ? A != B
            : Op == CompareOp::Lt ? A < B : Op == CompareOp::Le ? A <= B
            : Op == CompareOp::Gt ? A > B : A >= B;
        }
        cir::Expr *K = makeExpr(cir::ExprKind::IntConst, Types.getPrim(DType::Bool), PartRange);
        K->Int = llvm::APInt(1, V);
        Part = wrapBool(K, PartRange);
      } else {
        Part = applyBinaryOperator(N[0], N[1], N[2], L, Rt, PartRange);
      }
    }
    if (!Result) {
      Result = Part;
    } else {
      cir::Expr *A = makeExpr(cir::ExprKind::And, Types.getPrim(DType::Bool), R);
      A->Ops = {toBool(Result), toBool(Part)};
      Result = wrapBool(A, R);
    }
    L = Rt;
  }
  return Result;
}

cir::Expr *Sema::checkSubscript(const SubscriptExpr *S) {
  SourceRange R = S->getRange();
  {
    bool Handled;
    cir::Expr *V = checkParamValueExpr(S, Handled);
    if (Handled)
      return V;
  }
  if (auto *N = llvm::dyn_cast<NameExpr>(S->Base)) {
    // `AddOne[8]` of `comptime AddOne[a: Int]: Int = a + 1`: its value.
    Symbol Sym = lookup(N->Name, N->getStartLoc());
    if (Sym.K == Symbol::Kind::Comptime && Sym.Comptime->Params.Present) {
      ComptimeValue V = evalComptime(S, *FS->Ctx);
      if (!V.isValid())
        return errorExpr(R);
      return valueOfComptime(V, R);
    }
  }
  cir::Expr *Base = checkExpr(S->Base);
  if (Base->Ty->isError())
    return Base;
  Base = materialize(Base);
  if (auto *TT = llvm::dyn_cast<TupleType>(Base->Ty)) {
    // t[i] with a compile-time index.
    ComptimeValue I;
    if (S->Args.size() == 1)
      I = evalComptime(S->Args[0].Value, *FS->Ctx);
    if (I.K != ComptimeValue::Kind::Int) {
      if (I.isValid() || S->Args.size() != 1)
        Diags.report(R, DiagID::err_comptime_type) << "Int index" << "something else";
      return errorExpr(R);
    }
    int64_t Index = I.Int < 0 ? I.Int + int64_t(TT->Elements.size()) : I.Int;
    if (Index < 0 || Index >= int64_t(TT->Elements.size())) {
      Diags.report(R, DiagID::err_tuple_index) << I.Int << typeName(TT);
      return errorExpr(R);
    }
    cir::Expr *Get = makeExpr(cir::ExprKind::TupleGet, TT->Elements[Index], R);
    if (FS)
      Base = borrowValue(Base);
    Get->Ops.push_back(Base);
    Get->Index = static_cast<unsigned>(Index);
    // Elements are read by value: one with a lifecycle is copied out.
    if (Base->isPlace() && !getLifecycle(Get->Ty).TrivialCopy)
      return makeCopy(Get, R);
    return Get;
  }
  CallArgs Args;
  Args.CallRange = R;
  for (const Argument &A : S->Args) {
    if (auto *SE = llvm::dyn_cast<SliceExpr>(A.Value)) {
      Args.Values.push_back(checkSlice(SE)); // SemaSlice.cpp
      if (Args.Values.back()->Ty->isError())
        return errorExpr(R);
    } else {
      Args.Values.push_back(checkExpr(A.Value));
    }
    Args.Names.push_back(A.TheForm == Argument::Form::Keyword ? A.Name.Name
                                                              : llvm::StringRef());
    Args.Ranges.push_back(A.Range);
  }
  return callMethod(Base, "__getitem__", Args, R);
}

/// `a if c else b` whose branches need statements first (temporaries): each
/// branch's statements run, and its temporaries live, only on its own path:
///   if c: <then statements>; t = a  else: <else statements>; t = b
/// and the value is `t^`.
static cir::Expr *lazyConditional(Sema &S, cir::Expr *Cond, cir::Expr *T,
                                  cir::Expr *F, size_t PendingThen,
                                  size_t PendingElse, SourceRange R) {
  cir::StmtList &Pending = S.FS->Pending;
  cir::StmtList ThenStmts(Pending.begin() + PendingThen,
                          Pending.begin() + PendingElse);
  cir::StmtList ElseStmts(Pending.begin() + PendingElse, Pending.end());
  Pending.resize(PendingThen);
  cir::Local *Tmp = S.newLocal("__conditional", T->Ty, R.Begin);
  cir::Stmt *If = S.makeStmt(cir::StmtKind::If, R);
  If->Cond = Cond;
  auto Branch = [&](cir::StmtList &Stmts, cir::Expr *V, cir::StmtList &Out) {
    for (cir::Stmt *St : Stmts) {
      St->Grouped = true;
      Out.push_back(St);
    }
    cir::Stmt *Set = S.makeStmt(cir::StmtKind::Assign, R);
    Set->Target = S.makeLocalRef(Tmp, R);
    Set->Value = S.consumeValue(V, V->Range);
    Out.push_back(Set);
  };
  Branch(ThenStmts, T, If->Body);
  Branch(ElseStmts, F, If->Else);
  If->Grouped = true;
  Pending.push_back(If);
  cir::Expr *M = S.makeExpr(cir::ExprKind::Move, T->Ty, R);
  M->Ops.push_back(S.makeLocalRef(Tmp, R));
  M->Callee = S.getLifecycle(T->Ty).Move;
  return M;
}

cir::Expr *Sema::checkExpr(const Expr *E) {
  cir::Expr *Result = checkExprNode(E);
  if (Opaque && Result)
    Result = opaqueResult(Result); // SemaGenericCheck.cpp
  if (Opts.Index && Result && Result->Ty)
    Opts.Index->Exprs.push_back({E->getRange(), Result->Ty});
  return Result;
}

cir::Expr *Sema::checkExprNode(const Expr *E) {
  SourceRange R = E->getRange();
  switch (E->getKind()) {
  case NodeKind::ErrorExpr:
    return errorExpr(R);
  case NodeKind::IntLiteralExpr:
    return checkIntLiteral(llvm::cast<IntLiteralExpr>(E));
  case NodeKind::FloatLiteralExpr: {
    std::string Digits;
    for (char C : llvm::cast<FloatLiteralExpr>(E)->Text)
      if (C != '_')
        Digits.push_back(C);
    cir::Expr *F = makeExpr(cir::ExprKind::FloatConst, Types.getFloatLiteral(), R);
    F->Float = std::strtod(Digits.c_str(), nullptr);
    setExact(F, ExactFloat::parse(Digits));
    return F;
  }
  case NodeKind::StringLiteralExpr: {
    cir::Expr *S = makeExpr(cir::ExprKind::StringConst, Types.getStringLiteral(), R);
    S->Str = llvm::cast<StringLiteralExpr>(E)->Value;
    return S;
  }
  case NodeKind::BoolLiteralExpr: {
    cir::Expr *C = makeExpr(cir::ExprKind::IntConst, Types.getPrim(DType::Bool), R);
    C->Int = llvm::APInt(1, llvm::cast<BoolLiteralExpr>(E)->Value ? 1 : 0);
    return wrapBool(C, R);
  }
  case NodeKind::NoneLiteralExpr:
    return makeExpr(cir::ExprKind::NoneConst, Types.getNone(), R);
  case NodeKind::NameExpr:
    return checkName(llvm::cast<NameExpr>(E));
  case NodeKind::MemberExpr:
    return checkMember(llvm::cast<MemberExpr>(E));
  case NodeKind::CallExpr:
    if (isComprehensionAdd(llvm::cast<CallExpr>(E)))
      return checkComprehensionAdd(llvm::cast<CallExpr>(E));
    return checkCall(llvm::cast<CallExpr>(E));
  case NodeKind::ComprehensionExpr:
    return checkComprehension(llvm::cast<ComprehensionExpr>(E));
  case NodeKind::LambdaExpr: {
    // A nested function defined where the lambda is written (its captures
    // are made before the statement), then named as a value.
    if (!FS) {
      Diags.report(R, DiagID::err_unsupported) << "a lambda outside a function";
      return errorExpr(R);
    }
    const FuncDecl *F = llvm::cast<LambdaExpr>(E)->Fn;
    bool Argument = ClosureArgument; // checking the body resets it
    ClosureArgument = false;
    checkNestedFunction(F, FS->Pending);
    ClosureArgument = Argument;
    auto *Name = AST.create<NameExpr>(R, F->Name.Name, false);
    return checkExpr(Name);
  }
  case NodeKind::BinaryExpr:
    return checkBinary(llvm::cast<BinaryExpr>(E));
  case NodeKind::UnaryExpr:
    return checkUnary(llvm::cast<UnaryExpr>(E));
  case NodeKind::CompareExpr:
    return checkCompare(llvm::cast<CompareExpr>(E));
  case NodeKind::SubscriptExpr:
    return checkSubscript(llvm::cast<SubscriptExpr>(E));
  case NodeKind::TransferExpr:
    return checkTransfer(llvm::cast<TransferExpr>(E));
  case NodeKind::BindingExpr: {
    auto *B = llvm::cast<BindingExpr>(E);
    Diags.report(R, DiagID::err_binding_outside_target)
        << getSpelling(B->Convention) << B->Name.Name;
    return errorExpr(R);
  }
  case NodeKind::ComptimeExpr: {
    ComptimeValue V = evalComptime(llvm::cast<ComptimeExpr>(E)->Operand, *FS->Ctx);
    return V.isValid() ? valueFromComptime(*this, V, R) : errorExpr(R);
  }
  case NodeKind::ConditionalExpr: {
    auto *C = llvm::cast<ConditionalExpr>(E);
    cir::Expr *Cond = checkCondition(C->Cond);
    size_t PendingThen = FS ? FS->Pending.size() : 0;
    cir::Expr *T = materialize(checkExpr(C->Then));
    size_t PendingElse = FS ? FS->Pending.size() : 0;
    cir::Expr *F = checkExpr(C->Else);
    F = convert(F, T->Ty, C->Else->getRange());
    if (Cond->Ty->isError() || T->Ty->isError() || F->Ty->isError())
      return errorExpr(R);
    if (FS && FS->Pending.size() > PendingThen)
      return lazyConditional(*this, Cond, T, F, PendingThen, PendingElse, R);
    cir::Expr *Sel = makeExpr(cir::ExprKind::Conditional, T->Ty, R);
    Sel->Ops = {Cond, T, F};
    return Sel;
  }
  case NodeKind::WalrusExpr: {
    // (name := value): assign (declaring the name if new), then the value.
    auto *W = llvm::cast<WalrusExpr>(E);
    cir::Expr *V = materialize(checkExpr(W->Value));
    if (V->Ty->isError())
      return V;
    Symbol S = lookup(W->Target.Name, W->Target.Loc);
    cir::Local *L = S.K == Symbol::Kind::Local
                        ? S.Local
                        : declareLocal(W->Target.Name, V->Ty, W->Target.Loc);
    cir::Stmt *A = makeStmt(cir::StmtKind::Assign, R);
    A->Target = makeLocalRef(L, W->Target.getRange());
    A->Value = consumeValue(convert(V, L->Ty, W->Value->getRange()), W->Value->getRange());
    FS->Pending.push_back(A);
    return makeLocalRef(L, R);
  }
  case NodeKind::TStringExpr: {
    // t"a {x} b": a String written piece by piece (pending statements).
    Type StrTy = getPreludeStruct("String");
    if (!StrTy)
      return errorExpr(R);
    cir::Local *Tmp = newLocal("__tstring", StrTy, R.Begin);
    CallArgs None;
    None.CallRange = R;
    cir::Expr *Init = constructStruct(StrTy, None, R);
    cir::Stmt *A = makeStmt(cir::StmtKind::Assign, R);
    A->Target = makeLocalRef(Tmp, R);
    A->Value = Init;
    FS->Pending.push_back(A);
    for (const TStringPart &P : llvm::cast<TStringExpr>(E)->Parts) {
      CallArgs Args;
      Args.CallRange = R;
      cir::Expr *Call;
      if (!P.Field) {
        if (P.Text.empty())
          continue;
        cir::Expr *Lit = makeExpr(cir::ExprKind::StringConst, Types.getStringLiteral(), R);
        Lit->Str = P.Text;
        Args.Values.push_back(Lit);
        Args.Names.push_back("");
        Args.Ranges.push_back(R);
        Call = callMethod(makeLocalRef(Tmp, R), "write_str", Args, R);
      } else {
        cir::Expr *V = materialize(checkExpr(P.Field));
        if (V->Ty->isError())
          continue;
        Args.Values.push_back(makeLocalRef(Tmp, R));
        Args.Names.push_back("");
        Args.Ranges.push_back(R);
        Call = callMethod(V, "write_to", Args, P.Field->getRange());
      }
      cir::Stmt *Ev = makeStmt(cir::StmtKind::Eval, R);
      Ev->Value = Call;
      FS->Pending.push_back(Ev);
    }
    return makeLocalRef(Tmp, R);
  }
  case NodeKind::ListExpr:
  case NodeKind::SetExpr:
  case NodeKind::DictExpr:
    return checkCollectionLiteral(E);
  case NodeKind::TupleExpr: {
    auto *T = llvm::cast<TupleExpr>(E);
    llvm::SmallVector<Type, 4> Tys;
    cir::Expr *Init = makeExpr(cir::ExprKind::TupleInit, nullptr, R);
    for (const Expr *Sub : T->Elements) {
      cir::Expr *V = consumeValue(materialize(checkExpr(Sub)), Sub->getRange());
      Tys.push_back(V->Ty);
      Init->Ops.push_back(V);
    }
    Init->Ty = Types.getTuple(Tys);
    return Init;
  }
  case NodeKind::SliceExpr: // only subscripts take slices (checkSubscript)
    Diags.report(R, DiagID::err_slice_outside_subscript);
    return errorExpr(R);
  default:
    Diags.report(R, DiagID::err_unsupported)
        << ("this kind of expression (" + getNodeKindName(E->getKind()) + ")").str();
    return errorExpr(R);
  }
}

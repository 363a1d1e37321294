//===- SemaTypes.cpp - Type expressions and compile-time values -----------===//
#include "sema/SemaImpl.h"
#include "sema/DTypeMethods.h"
#include "llvm/ADT/APInt.h"
#include <cmath>
#include <limits>

using namespace ignis;
using namespace ignis::sema;

static bool parseIntLiteral(llvm::StringRef Text, llvm::APInt &Out) {
  std::string Digits;
  for (char C : Text)
    if (C != '_')
      Digits.push_back(C);
  llvm::StringRef D(Digits);
  unsigned Radix = 10;
  if (D.size() > 2 && D[0] == '0') {
    char P = D[1] | 0x20;
    if (P == 'x')
      Radix = 16;
    else if (P == 'o')
      Radix = 8;
    else if (P == 'b')
      Radix = 2;
    if (Radix != 10)
      D = D.drop_front(2);
  }
  if (D.empty())
    return false;
  // getAsInteger on an APInt grows it as needed.
  return !D.getAsInteger(Radix, Out);
}

bool sema::isUntrackedMutArg(const ParamList &PL, const Argument &A) {
  if (A.TheForm != Argument::Form::Keyword || A.Name.Name != "mut")
    return false;
  bool HasOrigin = false;
  for (const ParamDecl &P : PL.Params) {
    if (P.Name.Name == "mut")
      return false;
    HasOrigin |= P.Name.Name == "origin";
  }
  return HasOrigin;
}

size_t sema::findParamSlot(const ParamList &PL, const Argument &A,
                           size_t &NextPositional) {
  if (A.TheForm != Argument::Form::Keyword) {
    // Parameters before `//` are inferred or named, never positional.
    if (PL.InferOnlyEnd > 0 &&
        NextPositional < static_cast<size_t>(PL.InferOnlyEnd))
      NextPositional = static_cast<size_t>(PL.InferOnlyEnd);
    return NextPositional++;
  }
  for (size_t I = 0; I < PL.Params.size(); ++I)
    if (PL.Params[I].Name.Name == A.Name.Name)
      return I;
  return PL.Params.size();
}

bool Sema::checkParamKind(const ParamDecl &P, const ComptimeValue &V,
                          SourceRange Range) {
  // `n: Int` takes an Int, `flag: Bool` a Bool, `dt: DType` a DType; a
  // trait or AnyType bound takes a type.
  auto *N = llvm::dyn_cast_or_null<NameExpr>(P.Type);
  if (!N)
    return true;
  llvm::StringRef Want = N->Name;
  ComptimeValue::Kind K = V.K;
  bool OK = true;
  if (Want == "Int" || Want == "UInt")
    OK = K == ComptimeValue::Kind::Int;
  else if (Want == "Bool")
    OK = K == ComptimeValue::Kind::Bool;
  else if (Want == "DType")
    OK = K == ComptimeValue::Kind::DType;
  else if (Want == "AnyType" || lookupGlobal(Prelude, Want).K == Symbol::Kind::Trait)
    // A module-level function is a value of its own type
    // (`enqueue_function[kernel]`, `DeviceFunction[kernel]`).
    OK = K == ComptimeValue::Kind::Type || K == ComptimeValue::Kind::Function ||
         K == ComptimeValue::Kind::Closure;
  if (OK)
    return true;
  Diags.report(Range, DiagID::err_comptime_type)
      << Want << ("'" + SM.getText(Range) + "'").str();
  return false;
}

Type Sema::typeOfValue(const ComptimeValue &V) {
  if (V.ValTy)
    return V.ValTy;
  switch (V.K) {
  case ComptimeValue::Kind::Int: return Types.getIntLiteral();
  case ComptimeValue::Kind::Bool: return getBoolType();
  case ComptimeValue::Kind::Float: return Types.getFloatLiteral();
  case ComptimeValue::Kind::String: return Types.getStringLiteral();
  case ComptimeValue::Kind::DType: return Types.getDTypeType();
  case ComptimeValue::Kind::Type: return Types.getTypeType();
  case ComptimeValue::Kind::None: return Types.getNone();
  case ComptimeValue::Kind::Closure:
  case ComptimeValue::Kind::Function: return Types.getFunction({}, Types.getNone(), false);
  case ComptimeValue::Kind::Struct: return V.Ty;
  case ComptimeValue::Kind::List:
  case ComptimeValue::Kind::Invalid: return Types.getError();
  }
  return Types.getError();
}

Type Sema::resolveType(const Expr *E, const InstContext &Ctx) {
  if (!E)
    return Types.getNone();
  if (llvm::isa<NoneLiteralExpr>(E))
    return Types.getNone();
  if (auto *T = llvm::dyn_cast<TupleExpr>(E)) {
    llvm::SmallVector<Type, 4> Elements;
    for (const Expr *Sub : T->Elements)
      Elements.push_back(resolveType(Sub, Ctx));
    return Types.getTuple(Elements);
  }
  if (auto *FT = llvm::dyn_cast<FunctionTypeExpr>(E))
    return resolveFunctionType(FT, Ctx); // SemaClosures.cpp
  ComptimeValue V = evalComptime(E, Ctx);
  if (!V.isValid())
    return Types.getError();
  if (V.K == ComptimeValue::Kind::Type)
    return V.Ty;
  if (V.K == ComptimeValue::Kind::None)
    return Types.getNone();
  Diags.report(E->getRange(), DiagID::err_not_a_type)
      << SM.getText(E->getRange());
  return Types.getError();
}

Type Sema::instantiateStructType(const StructDecl *Decl,
                                 llvm::ArrayRef<Argument> Args,
                                 const InstContext &Ctx, SourceRange Range) {
  auto Spread = expandParamPacks(Args, Ctx); // `S[*pack]`
  if (!Spread)
    return Types.getError();
  Args = *Spread;
  const ParamList &PL = Decl->Params;
  size_t N = PL.Params.size();
  llvm::SmallVector<ComptimeValue, 4> Values(N);
  // Parameters before `//` are infer-only: positional values start after.
  size_t NextPositional =
      PL.InferOnlyEnd >= 0 ? static_cast<size_t>(PL.InferOnlyEnd) : 0;
  // `struct Variant[*Ts: AnyType]`: the variadic parameter takes every
  // remaining positional value, as a compile-time list.
  size_t VariadicSlot = N;
  for (size_t I = 0; I < N; ++I)
    if (PL.Params[I].TheForm == ParamDecl::Form::Variadic)
      VariadicSlot = I;
  llvm::SmallVector<ComptimeValue, 4> Rest;
  for (const Argument &A : Args) {
    if (VariadicSlot < N && A.TheForm != Argument::Form::Keyword &&
        NextPositional >= VariadicSlot) {
      ComptimeValue V = evalComptime(A.Value, Ctx);
      if (!V.isValid() || !checkParamKind(PL.Params[VariadicSlot], V, A.Value->getRange()))
        return Types.getError();
      Rest.push_back(V);
      continue;
    }
    if (isUntrackedMutArg(PL, A)) {
      ComptimeValue V = evalComptime(A.Value, Ctx);
      if (!V.isValid())
        return Types.getError();
      if (V.K != ComptimeValue::Kind::Bool) {
        Diags.report(A.Value->getRange(), DiagID::err_comptime_type)
            << "Bool" << "another kind of value";
        return Types.getError();
      }
      continue;
    }
    size_t Slot = findParamSlot(PL, A, NextPositional);
    if (Slot >= N) {
      Diags.report(Range, DiagID::err_param_count)
          << Decl->Name.Name << (int64_t)N << (int64_t)Args.size();
      return Types.getError();
    }
    ComptimeValue V = evalComptime(A.Value, Ctx);
    if (!V.isValid())
      return Types.getError();
    if (!checkParamKind(PL.Params[Slot], V, A.Value->getRange()))
      return Types.getError();
    Values[Slot] = V;
  }
  if (VariadicSlot < N)
    Values[VariadicSlot] = ComptimeValue::makeList(
        Types.internValues(Rest), static_cast<uint32_t>(Rest.size()));
  // Defaults see the parameters before them.
  InstContext DeclCtx;
  DeclCtx.Module = DeclModule.lookup(Decl);
  for (size_t I = 0; I < N; ++I) {
    if (!Values[I].isValid()) {
      if (!PL.Params[I].Default) {
        Diags.report(Range, DiagID::err_param_count)
            << Decl->Name.Name << (int64_t)N << (int64_t)Args.size();
        return Types.getError();
      }
      Values[I] = evalComptime(PL.Params[I].Default, DeclCtx);
      if (!Values[I].isValid())
        return Types.getError();
    }
    DeclCtx.Params[PL.Params[I].Name.Name] = Values[I];
  }
  if (Decl->Where) {
    // `struct Vec[n: Int] where n > 0`: checked for each instance.
    ComptimeValue W = evalComptime(Decl->Where, DeclCtx);
    if (!W.isValid())
      return Types.getError();
    if (W.K != ComptimeValue::Kind::Bool || !W.Bool) {
      Diags.report(Range, DiagID::err_where_unsatisfied)
          << Decl->Name.Name << SM.getText(Decl->Where->getRange());
      return Types.getError();
    }
  }
  return Types.getStruct(Decl, Values);
}

ComptimeValue Sema::evalComptimeDecl(const ComptimeDecl *D,
                                     const InstContext &Ctx) {
  if (!D->Value) {
    Diags.report(D->getRange(), DiagID::err_comptime_eval);
    return {};
  }
  if (D->Params.Present) {
    Diags.report(D->getRange(), DiagID::err_unsupported)
        << "using a parametric comptime declaration without parameters";
    return {};
  }
  // Module-level declarations are evaluated once (errors reported once).
  bool Cacheable = !Ctx.SelfType && DeclModule.lookup(D) == Ctx.Module;
  if (Cacheable) {
    auto It = ComptimeCache.find(D);
    if (It != ComptimeCache.end()) {
      if (ComptimeInProgress.count(D)) {
        // `comptime A = B` with `comptime B = A`.
        Diags.report(D->Name.getRange(), DiagID::err_comptime_cycle)
            << D->Name.Name;
        ComptimeInProgress.erase(D);
      }
      return It->second;
    }
    ComptimeInProgress.insert(D);
  }
  if (++InstantiationDepth > 64) {
    --InstantiationDepth;
    Diags.report(D->getRange(), DiagID::err_comptime_eval);
    return {};
  }
  if (Cacheable)
    ComptimeCache[D] = ComptimeValue(); // a cycle reads as a failure
  ComptimeValue V;
  if (D->Type && llvm::isa<ListExpr, SetExpr, DictExpr, InitListExpr>(D->Value)) {
    // `comptime t: InlineArray[Int64, 3] = [1, 2, 3]`: built as declared.
    Type T = resolveType(D->Type, Ctx);
    if (!T->isError())
      V = evalWithInterpreter(D->Value, Ctx, T);
  } else {
    V = evalComptime(D->Value, Ctx);
  }
  --InstantiationDepth;
  if (Cacheable) {
    ComptimeCache[D] = V;
    ComptimeInProgress.erase(D);
  }
  if (V.isValid() && D->Type && V.K == ComptimeValue::Kind::Int) {
    // `comptime N: Int = 3` stays an Int; other declared types are checked
    // when the value is used.
  }
  return V;
}

static bool isDTypeName(const Expr *E) {
  auto *N = llvm::dyn_cast<NameExpr>(E);
  return N && N->Name == "DType";
}

ComptimeValue Sema::evalComptime(const Expr *E, const InstContext &Ctx) {
  auto Fail = [&]() {
    Diags.report(E->getRange(), DiagID::err_comptime_eval);
    return ComptimeValue();
  };
  switch (E->getKind()) {
  case NodeKind::ErrorExpr:
    return ComptimeValue(); // the parser reported it
  case NodeKind::IntLiteralExpr: {
    llvm::APInt V;
    if (!parseIntLiteral(llvm::cast<IntLiteralExpr>(E)->Text, V) ||
        V.getActiveBits() > 63)
      return Fail();
    return ComptimeValue::makeInt(static_cast<int64_t>(V.getZExtValue()));
  }
  case NodeKind::BoolLiteralExpr:
    return ComptimeValue::makeBool(llvm::cast<BoolLiteralExpr>(E)->Value);
  case NodeKind::FloatLiteralExpr: {
    std::string Digits;
    for (char C : llvm::cast<FloatLiteralExpr>(E)->Text)
      if (C != '_')
        Digits.push_back(C);
    return ComptimeValue::makeFloat(std::strtod(Digits.c_str(), nullptr));
  }
  case NodeKind::StringLiteralExpr:
    return ComptimeValue::makeString(llvm::cast<StringLiteralExpr>(E)->Value);
  case NodeKind::NoneLiteralExpr:
    return ComptimeValue::makeNone();
  case NodeKind::ComptimeExpr:
    return evalComptime(llvm::cast<ComptimeExpr>(E)->Operand, Ctx);
  case NodeKind::ListExpr:
  case NodeKind::SetExpr:
  case NodeKind::DictExpr:
    // `comptime values = [1, 3, 5]`: a List built by the interpreter, kept
    // as its elements typed as the List.
    return evalWithInterpreter(E, Ctx);
  case NodeKind::TupleExpr: {
    // `(T, T)` of types: a tuple type (`comptime Pair[T: AnyType] = (T, T)`);
    // `(3, 3)` of values: a compile-time tuple, kept as a list of its values
    // (`comptime THREADS_PER_BLOCK = (3, 3)`), a tuple again when used.
    llvm::SmallVector<Type, 4> Elements;
    llvm::SmallVector<ComptimeValue, 4> Values;
    for (const Expr *Sub : llvm::cast<TupleExpr>(E)->Elements) {
      ComptimeValue V = evalComptime(Sub, Ctx);
      if (!V.isValid())
        return {};
      if (V.K == ComptimeValue::Kind::Type)
        Elements.push_back(V.Ty);
      else
        Values.push_back(V);
    }
    if (!Values.empty() && Elements.empty())
      return ComptimeValue::makeList(Types.internValues(Values),
                                     static_cast<uint32_t>(Values.size()));
    if (!Values.empty())
      return Fail();
    return ComptimeValue::makeType(Types.getTuple(Elements));
  }
  case NodeKind::NameExpr: {
    auto *N = llvm::cast<NameExpr>(E);
    Symbol S = lookupIn(Ctx, N->Name);
    if (Opts.Index)
      indexReference(N->getRange(), S);
    switch (S.K) {
    case Symbol::Kind::Value:
      return S.Value;
    case Symbol::Kind::Struct: {
      Type T = instantiateStructType(S.Struct, {}, Ctx, E->getRange());
      return T->isError() ? ComptimeValue() : ComptimeValue::makeType(T);
    }
    case Symbol::Kind::Trait:
      return ComptimeValue::makeType(Types.getTrait(S.Trait));
    case Symbol::Kind::Overloads: // SemaFunctionValues.cpp
      return functionAsComptime(S, E->getRange());
    case Symbol::Kind::Comptime: {
      InstContext Owner;
      Owner.Module = S.Owner;
      return evalComptimeDecl(S.Comptime, Owner);
    }
    case Symbol::Kind::None:
      if (N->Name == "AnyType" || N->Name == "AnyTrivialRegType")
        return ComptimeValue::makeType(Types.getTypeType());
      if (N->Name == "DType")
        return ComptimeValue::makeType(Types.getDTypeType());
      if (N->Name == "StringLiteral")
        return ComptimeValue::makeType(Types.getStringLiteral());
      if (N->Name == "IntLiteral")
        return ComptimeValue::makeType(Types.getIntLiteral());
      if (N->Name == "FloatLiteral")
        return ComptimeValue::makeType(Types.getFloatLiteral());
      if (N->Name == "NoneType")
        return ComptimeValue::makeType(Types.getNone());
      if (N->Name == "Never")
        return ComptimeValue::makeType(Types.getNever());
      if (reportInlineMlir(*this, N->Name, E->getRange()))
        return {};
      Diags.report(E->getRange(), DiagID::err_undefined_name) << N->Name;
      return {};
    default:
      return Fail();
    }
  }
  case NodeKind::MemberExpr: {
    auto *M = llvm::cast<MemberExpr>(E);
    llvm::StringRef Member = M->Member.Name;
    if (isDTypeName(M->Base)) {
      Symbol S = lookupIn(Ctx, "DType");
      if (S.K == Symbol::Kind::None) {
        DType D;
        if (lookupDType(Member, D))
          return ComptimeValue::makeDType(D);
        Diags.report(M->Member.getRange(), DiagID::err_no_member)
            << "DType" << Member;
        return {};
      }
    }
    if (auto *BN = llvm::dyn_cast<NameExpr>(M->Base);
        BN && BN->Name == "FloatLiteral" &&
        lookupIn(Ctx, BN->Name).K == Symbol::Kind::None) {
      // FloatLiteral's constants (Mojo 1.0's float_literal.mojo).
      double Inf = std::numeric_limits<double>::infinity();
      if (Member == "infinity")
        return ComptimeValue::makeFloat(Inf);
      if (Member == "negative_infinity")
        return ComptimeValue::makeFloat(-Inf);
      if (Member == "nan")
        return ComptimeValue::makeFloat(std::numeric_limits<double>::quiet_NaN());
      if (Member == "negative_zero")
        return ComptimeValue::makeFloat(-0.0);
      Diags.report(M->Member.getRange(), DiagID::err_no_member)
          << "FloatLiteral" << Member;
      return {};
    }
    if (ModuleInfo *Mod = resolveModule(M->Base, Ctx)) {
      {
        Symbol S;
        S.Module = Mod;
        Symbol Sub = S.Module->Names.lookup(Member);
        if (Sub.K == Symbol::Kind::Struct) {
          Type T = instantiateStructType(Sub.Struct, {}, Ctx, E->getRange());
          return T->isError() ? ComptimeValue() : ComptimeValue::makeType(T);
        }
        if (Sub.K == Symbol::Kind::Comptime) {
          InstContext Owner;
          Owner.Module = Sub.Owner;
          return evalComptimeDecl(Sub.Comptime, Owner);
        }
        if (Sub.K == Symbol::Kind::Trait)
          return ComptimeValue::makeType(Types.getTrait(Sub.Trait));
        Diags.report(M->Member.getRange(), DiagID::err_no_member)
            << S.Module->Name << Member;
        return {};
      }
    }
    if (auto *TC = llvm::dyn_cast<CallExpr>(M->Base); TC && FS && Member == "mut")
      if (auto *TN = llvm::dyn_cast<NameExpr>(TC->Callee);
          TN && TN->Name == "origin_of" &&
          lookupIn(Ctx, TN->Name).K == Symbol::Kind::None)
        return originMutabilityValue(TC); // SemaRefMutability.cpp
    ComptimeValue Base;
    // `v1.size` of an argument `v1: SIMD` in the signature.
    if (auto *BN = llvm::dyn_cast<NameExpr>(M->Base))
      if (auto It = Ctx.Params.find(argTypeKey(BN->Name));
          It != Ctx.Params.end())
        Base = It->second;
    // `x.dtype` of a variable: the parameters of its type are known.
    if (auto *BN = llvm::dyn_cast<NameExpr>(M->Base); BN && FS && !Base.isValid()) {
      Symbol L = lookup(BN->Name, BN->getStartLoc());
      if (L.K == Symbol::Kind::Local && L.Local->Ty->getKind() == TypeKind::Struct)
        Base = ComptimeValue::makeType(L.Local->Ty);
    }
    if (!Base.isValid())
      Base = evalComptime(M->Base, Ctx);
    if (!Base.isValid())
      return {};
    if (Base.K == ComptimeValue::Kind::Type) {
      if (auto *ST = llvm::dyn_cast<StructType>(Base.Ty)) {
        const ParamList &PL = ST->Decl->Params;
        for (size_t I = 0; I < PL.Params.size(); ++I)
          if (PL.Params[I].Name.Name == Member)
            return ST->Params[I];
        // A struct being laid out already knows its comptime members
        // (`var value: Self.Associated` in the struct itself).
        auto Known = StructInfos.find(Base.Ty);
        StructInfo *SI = Known != StructInfos.end() && Known->second
                             ? Known->second.get()
                             : getStructInfo(Base.Ty);
        if (SI) {
          auto It = SI->Comptimes.find(Member);
          if (It != SI->Comptimes.end())
            return evalComptimeDecl(It->second, SI->Ctx);
        }
      }
      Diags.report(M->Member.getRange(), DiagID::err_no_member)
          << typeName(Base.Ty) << Member;
      return {};
    }
    if (Base.K == ComptimeValue::Kind::Struct)
      return structValueField(Base, M);
    return Fail();
  }
  case NodeKind::SubscriptExpr: {
    auto *S = llvm::cast<SubscriptExpr>(E);
    // `f()[i]`, `(1, 2)[i]`: an element of a computed compile-time list.
    if (llvm::isa<CallExpr>(S->Base) || llvm::isa<TupleExpr>(S->Base)) {
      ComptimeValue L = evalComptime(S->Base, Ctx);
      if (!L.isValid())
        return {};
      if (L.K == ComptimeValue::Kind::List)
        return listElement(L, S, Ctx);
      return Fail();
    }
    // `Tuple[Int, Float64]`: the tuple type `(Int, Float64)`.
    if (auto *TN = llvm::dyn_cast<NameExpr>(S->Base);
        TN && TN->Name == "Tuple" && lookupIn(Ctx, TN->Name).K == Symbol::Kind::None) {
      llvm::SmallVector<Type, 4> Elements;
      for (const Argument &A : S->Args) {
        ComptimeValue V = evalComptime(A.Value, Ctx);
        if (!V.isValid())
          return {};
        if (V.K != ComptimeValue::Kind::Type)
          return Fail();
        Elements.push_back(V.Ty);
      }
      return ComptimeValue::makeType(Types.getTuple(Elements));
    }
    if (auto *BM = llvm::dyn_cast<MemberExpr>(S->Base)) {
      auto *BN = llvm::dyn_cast<NameExpr>(BM->Base);
      if (BN && lookupIn(Ctx, BN->Name).K == Symbol::Kind::Builtins) {
        llvm::StringRef Op = BM->Member.Name;
        if (Op == "simd" && S->Args.size() == 2) {
          ComptimeValue DT = evalComptime(S->Args[0].Value, Ctx);
          ComptimeValue W = evalComptime(S->Args[1].Value, Ctx);
          if (DT.K != ComptimeValue::Kind::DType || W.K != ComptimeValue::Kind::Int)
            return Fail();
          if (W.Int <= 0 || W.Int > 65536) {
            Diags.report(E->getRange(), DiagID::err_simd_width) << W.Int;
            return {};
          }
          return ComptimeValue::makeType(
              Types.getPrim(DT.DT, static_cast<unsigned>(W.Int)));
        }
        if (Op == "pointer" && S->Args.size() == 1)
          return ComptimeValue::makeType(
              Types.getPointer(resolveType(S->Args[0].Value, Ctx)));
        if (Op == "pointer" && S->Args.size() == 2) {
          // `__builtin.pointer[T, address_space]`.
          Type Pointee = resolveType(S->Args[0].Value, Ctx);
          ComptimeValue AS = evalComptime(S->Args[1].Value, Ctx);
          if (Pointee->isError() || !AS.isValid())
            return {};
          if (AS.K != ComptimeValue::Kind::Int || AS.Int < 0 || AS.Int > 255)
            return Fail();
          return ComptimeValue::makeType(
              Types.getPointer(Pointee, static_cast<unsigned>(AS.Int)));
        }
        if (Op == "array" && S->Args.size() == 2)
          return resolveArrayStorage(E, S->Args[0].Value, S->Args[1].Value, Ctx);
        bool Handled;
        ComptimeValue R = evalReflection(E, Op, S->Args, Ctx, Handled);
        if (Handled)
          return R;
        return Fail();
      }
    }
    Symbol Sym;
    if (auto *BN = llvm::dyn_cast<NameExpr>(S->Base))
      Sym = lookupIn(Ctx, BN->Name);
    else if (auto *BM = llvm::dyn_cast<MemberExpr>(S->Base))
      if (ModuleInfo *Mod = resolveModule(BM->Base, Ctx))
        Sym = Mod->Names.lookup(BM->Member.Name);
    if (Sym.K == Symbol::Kind::Struct) {
      Type T = instantiateStructType(Sym.Struct, S->Args, Ctx, E->getRange());
      return T->isError() ? ComptimeValue() : ComptimeValue::makeType(T);
    }
    if (Sym.K == Symbol::Kind::Trait) // Some[Trait]
      return ComptimeValue::makeType(Types.getTrait(Sym.Trait));
    if (Sym.K == Symbol::Kind::Overloads) // `kernel[DType.float32, 4]`
      return functionWithParams(Sym, S, Ctx); // SemaFunctionValues.cpp
    if (Sym.K == Symbol::Kind::Value && Sym.Value.K == ComptimeValue::Kind::List)
      return listElement(Sym.Value, S, Ctx);
    {
      bool Handled;
      ComptimeValue L = evalListForm(E, Ctx, Handled);
      if (Handled)
        return L;
    }
    // `Holder[4].Vec[DType.int32]`: a parametric comptime member.
    const ComptimeDecl *Member = nullptr;
    InstContext Inner;
    // `types[i]` of a compile-time struct value: its type's
    // `comptime __getitem_param__[idx]` (a TypeList's element).
    if (Sym.K == Symbol::Kind::Value &&
        Sym.Value.K == ComptimeValue::Kind::Struct)
      if (StructInfo *SI = getStructInfo(Sym.Value.Ty)) {
        auto It = SI->Comptimes.find("__getitem_param__");
        if (It != SI->Comptimes.end() && It->second->Params.Present) {
          Member = It->second;
          Inner = SI->Ctx;
        }
      }
    if (auto *BM = llvm::dyn_cast<MemberExpr>(S->Base);
        BM && Sym.K == Symbol::Kind::None && !resolveModule(BM->Base, Ctx)) {
      ComptimeValue B;
      // `tensor.TileType[4, 4]` of a variable: a member of its type.
      if (auto *BN = llvm::dyn_cast<NameExpr>(BM->Base); BN && FS) {
        Symbol L = lookup(BN->Name, BN->getStartLoc());
        if (L.K == Symbol::Kind::Local &&
            L.Local->Ty->getKind() == TypeKind::Struct)
          B = ComptimeValue::makeType(L.Local->Ty);
      }
      if (!B.isValid())
        B = evalComptime(BM->Base, Ctx);
      if (!B.isValid())
        return {};
      if (B.K == ComptimeValue::Kind::Type)
        if (StructInfo *SI = getStructInfo(B.Ty)) {
          auto It = SI->Comptimes.find(BM->Member.Name);
          if (It != SI->Comptimes.end() && It->second->Params.Present) {
            Member = It->second;
            Inner = SI->Ctx;
          }
        }
    }
    if (Member || (Sym.K == Symbol::Kind::Comptime && Sym.Comptime->Params.Present)) {
      // `comptime Scalar[dt: DType] = SIMD[dt, 1]`: bind and evaluate.
      const ComptimeDecl *Decl = Member ? Member : Sym.Comptime;
      const ParamList &PL = Decl->Params;
      if (!Member)
        Inner.Module = Sym.Owner;
      if (auto *BN = llvm::dyn_cast<NameExpr>(S->Base);
          BN && !Member && Ctx.LocalAliases.lookup(BN->Name) == Decl)
      {
        Inner = Ctx; // a function's own alias sees the function's names
        for (const ParamDecl &P : PL.Params)
          Inner.Params.erase(P.Name.Name);
      }
      auto Spread = expandParamPacks(S->Args, Ctx); // `Alias[*pack]`
      if (!Spread)
        return {};
      size_t Next = 0;
      // `comptime Shape[*dims: Int] = ...`: the variadic parameter takes
      // every remaining positional value, as a compile-time list.
      size_t VariadicSlot = PL.Params.size();
      for (size_t I = 0; I < PL.Params.size(); ++I)
        if (PL.Params[I].TheForm == ParamDecl::Form::Variadic)
          VariadicSlot = I;
      llvm::SmallVector<ComptimeValue, 4> Rest;
      for (const Argument &A : *Spread) {
        bool ToPack = VariadicSlot < PL.Params.size() &&
                      A.TheForm != Argument::Form::Keyword &&
                      Next >= VariadicSlot;
        size_t Slot = ToPack ? VariadicSlot : findParamSlot(PL, A, Next);
        if (Slot >= PL.Params.size()) {
          if (A.TheForm == Argument::Form::Keyword)
            return Fail();
          Diags.report(E->getRange(), DiagID::err_param_count)
              << Decl->Name.Name << static_cast<int64_t>(PL.Params.size())
              << static_cast<int64_t>(Spread->size());
          return {};
        }
        ComptimeValue V = evalComptime(A.Value, Ctx);
        if (!V.isValid())
          return {};
        if (ToPack)
          Rest.push_back(V);
        else
          Inner.Params[PL.Params[Slot].Name.Name] = V;
      }
      if (VariadicSlot < PL.Params.size())
        Inner.Params[PL.Params[VariadicSlot].Name.Name] =
            ComptimeValue::makeList(Types.internValues(Rest),
                                    static_cast<uint32_t>(Rest.size()));
      for (const ParamDecl &P : PL.Params)
        if (!Inner.Params.count(P.Name.Name)) {
          if (!P.Default)
            return Fail();
          Inner.Params[P.Name.Name] = evalComptime(P.Default, Inner);
        }
      return evalComptime(Decl->Value, Inner);
    }
    if (llvm::isa<MemberExpr>(S->Base))
      // `Self.layout.stride[0]`: an element of a member of a compile-time
      // value, through its `__getitem__`, in the interpreter.
      return evalWithInterpreter(E, Ctx);
    if (llvm::isa<NameExpr>(S->Base) &&
        (Sym.K == Symbol::Kind::Value ||
         (Sym.K == Symbol::Kind::Comptime && !Sym.Comptime->Params.Present))) {
      // `S[1]` of a parameter or comptime value `S: IntTuple`: an element
      // through its `__getitem__`, in the interpreter.
      ComptimeValue B = Sym.K == Symbol::Kind::Value
                            ? Sym.Value
                            : evalComptime(S->Base, Ctx);
      if (B.isValid() && B.K == ComptimeValue::Kind::Struct)
        return evalWithInterpreter(E, Ctx);
    }
    return Fail();
  }
  case NodeKind::UnaryExpr: {
    auto *U = llvm::cast<UnaryExpr>(E);
    ComptimeValue V = evalComptime(U->Operand, Ctx);
    if (U->Op == UnaryOp::Neg && V.K == ComptimeValue::Kind::Int)
      return ComptimeValue::makeInt(-V.Int);
    if (U->Op == UnaryOp::Neg && V.K == ComptimeValue::Kind::Float)
      return ComptimeValue::makeFloat(-V.Float);
    if (U->Op == UnaryOp::Not && V.K == ComptimeValue::Kind::Bool)
      return ComptimeValue::makeBool(!V.Bool);
    if (U->Op == UnaryOp::Pos && V.isValid())
      return V;
    return V.isValid() ? Fail() : V;
  }
  case NodeKind::BinaryExpr: {
    auto *B = llvm::cast<BinaryExpr>(E);
    ComptimeValue L = evalComptime(B->LHS, Ctx);
    if (!L.isValid())
      return L;
    if (B->Op == BinaryOp::BitAnd && L.K == ComptimeValue::Kind::Type)
      return L; // Trait composition: the first bound stands for all.
    ComptimeValue R = evalComptime(B->RHS, Ctx);
    if (!R.isValid())
      return R;
    if (L.K == ComptimeValue::Kind::String &&
        R.K == ComptimeValue::Kind::String && B->Op == BinaryOp::Add)
      return ComptimeValue::makeString(AST.copyString((L.Str + R.Str).str()));
    if (L.K == ComptimeValue::Kind::Bool && R.K == ComptimeValue::Kind::Bool) {
      if (B->Op == BinaryOp::And)
        return ComptimeValue::makeBool(L.Bool && R.Bool);
      if (B->Op == BinaryOp::Or)
        return ComptimeValue::makeBool(L.Bool || R.Bool);
    }
    bool LNum = L.K == ComptimeValue::Kind::Int || L.K == ComptimeValue::Kind::Float;
    bool RNum = R.K == ComptimeValue::Kind::Int || R.K == ComptimeValue::Kind::Float;
    if (LNum && RNum &&
        (L.K == ComptimeValue::Kind::Float || R.K == ComptimeValue::Kind::Float ||
         B->Op == BinaryOp::Div)) {
      // Literals alone fold exactly: `3.0 * (4.0 / 3.0 - 1.0)` is 1.0.
      if (ExactFloat X = exactLiteralTree(E); X.isValid() && !X.Num.isZero())
        return ComptimeValue::makeFloat(X.toDouble());
      double A = L.K == ComptimeValue::Kind::Int ? double(L.Int) : L.Float;
      double C = R.K == ComptimeValue::Kind::Int ? double(R.Int) : R.Float;
      switch (B->Op) {
      case BinaryOp::Add: return ComptimeValue::makeFloat(A + C);
      case BinaryOp::Sub: return ComptimeValue::makeFloat(A - C);
      case BinaryOp::Mul: return ComptimeValue::makeFloat(A * C);
      case BinaryOp::Div: return ComptimeValue::makeFloat(A / C);
      case BinaryOp::Pow: return ComptimeValue::makeFloat(std::pow(A, C));
      default: return Fail();
      }
    }
    if (L.K == ComptimeValue::Kind::Int && R.K == ComptimeValue::Kind::Int) {
      int64_t A = L.Int, C = R.Int;
      switch (B->Op) {
      case BinaryOp::Add: return ComptimeValue::makeInt(A + C);
      case BinaryOp::Sub: return ComptimeValue::makeInt(A - C);
      case BinaryOp::Mul: return ComptimeValue::makeInt(A * C);
      case BinaryOp::FloorDiv:
        if (C == 0)
          return Fail();
        return ComptimeValue::makeInt(A / C - ((A % C != 0) && ((A < 0) != (C < 0))));
      case BinaryOp::Mod:
        if (C == 0)
          return Fail();
        return ComptimeValue::makeInt(((A % C) + C) % C);
      case BinaryOp::Shl: return ComptimeValue::makeInt(A << C);
      case BinaryOp::Shr: return ComptimeValue::makeInt(A >> C);
      case BinaryOp::BitAnd: return ComptimeValue::makeInt(A & C);
      case BinaryOp::BitOr: return ComptimeValue::makeInt(A | C);
      case BinaryOp::BitXor: return ComptimeValue::makeInt(A ^ C);
      case BinaryOp::Pow: {
        int64_t P = 1;
        for (int64_t I = 0; I < C; ++I)
          P *= A;
        return ComptimeValue::makeInt(P);
      }
      default:
        break;
      }
    }
    return Fail();
  }
  case NodeKind::CompareExpr: {
    auto *C = llvm::cast<CompareExpr>(E);
    ComptimeValue L = evalComptime(C->Operands[0], Ctx);
    bool Result = true;
    for (size_t I = 0; I < C->Ops.size(); ++I) {
      ComptimeValue R = evalComptime(C->Operands[I + 1], Ctx);
      if (!L.isValid() || !R.isValid())
        return {};
      bool V;
      bool Num = (L.K == ComptimeValue::Kind::Int || L.K == ComptimeValue::Kind::Float) &&
                 (R.K == ComptimeValue::Kind::Int || R.K == ComptimeValue::Kind::Float);
      if (Num && (L.K == ComptimeValue::Kind::Float || R.K == ComptimeValue::Kind::Float)) {
        double A = L.K == ComptimeValue::Kind::Int ? double(L.Int) : L.Float;
        double B2 = R.K == ComptimeValue::Kind::Int ? double(R.Int) : R.Float;
        switch (C->Ops[I]) {
        case CompareOp::Eq: V = A == B2; break;
        case CompareOp::Ne: V = A != B2; break;
        case CompareOp::Lt: V = A < B2; break;
        case CompareOp::Le: V = A <= B2; break;
        case CompareOp::Gt: V = A > B2; break;
        case CompareOp::Ge: V = A >= B2; break;
        default: return Fail();
        }
      } else if (L.K == ComptimeValue::Kind::Int && R.K == ComptimeValue::Kind::Int) {
        switch (C->Ops[I]) {
        case CompareOp::Eq: V = L.Int == R.Int; break;
        case CompareOp::Ne: V = L.Int != R.Int; break;
        case CompareOp::Lt: V = L.Int < R.Int; break;
        case CompareOp::Le: V = L.Int <= R.Int; break;
        case CompareOp::Gt: V = L.Int > R.Int; break;
        case CompareOp::Ge: V = L.Int >= R.Int; break;
        default: return Fail();
        }
      } else if (C->Ops[I] == CompareOp::Eq || C->Ops[I] == CompareOp::Ne ||
                 C->Ops[I] == CompareOp::Is || C->Ops[I] == CompareOp::IsNot) {
        V = (L == R) == (C->Ops[I] == CompareOp::Eq || C->Ops[I] == CompareOp::Is);
      } else {
        return Fail();
      }
      Result = Result && V;
      L = R;
    }
    return ComptimeValue::makeBool(Result);
  }
  case NodeKind::ConditionalExpr: {
    auto *C = llvm::cast<ConditionalExpr>(E);
    ComptimeValue Cond = evalComptime(C->Cond, Ctx);
    if (Cond.K != ComptimeValue::Kind::Bool)
      return Cond.isValid() ? Fail() : Cond;
    return evalComptime(Cond.Bool ? C->Then : C->Else, Ctx);
  }
  case NodeKind::CallExpr: {
    // `type_of(x)`, `conforms_to(T, Trait)`, `origin_of(x)` unless the
    // program defines them.
    auto *C = llvm::cast<CallExpr>(E);
    if (auto *N = llvm::dyn_cast<NameExpr>(C->Callee))
      if ((N->Name == "type_of" || N->Name == "conforms_to" ||
           N->Name == "origin_of") &&
          lookupIn(Ctx, N->Name).K == Symbol::Kind::None) {
        bool Handled;
        return evalReflection(E, N->Name, C->Args, Ctx, Handled);
      }
    if (auto *N = llvm::dyn_cast<NameExpr>(C->Callee);
        N && N->Name == "__functions_in_module" && C->Args.empty())
      return functionsInModule(Ctx); // SemaFunctionValues.cpp
    {
      bool Handled;
      ComptimeValue L = evalListForm(E, Ctx, Handled);
      if (Handled)
        return L;
    }
    if (isDTypeMethodCall(*this, C, Ctx))
      return evalDTypeMethod(*this, C, Ctx);
    {
      bool Handled;
      ComptimeValue L = heterogeneousPackLength(*this, C, Ctx, Handled);
      if (Handled)
        return L;
    }
    // `x.shape[0]()` of a run-time variable x: a static method reached
    // through the value needs only its type (Mojo's LayoutTensor.shape).
    {
      const Expr *Callee = C->Callee;
      if (auto *Sub = llvm::dyn_cast<SubscriptExpr>(Callee))
        Callee = Sub->Base;
      auto *M = llvm::dyn_cast<MemberExpr>(Callee);
      auto *BN = M ? llvm::dyn_cast<NameExpr>(M->Base) : nullptr;
      if (BN && FS && lookupIn(Ctx, BN->Name).K == Symbol::Kind::None) {
        Symbol L = lookup(BN->Name, BN->getStartLoc());
        if (L.K == Symbol::Kind::Local &&
            L.Local->Ty->getKind() == TypeKind::Struct) {
          InstContext WithType = Ctx;
          WithType.Params[BN->Name] = ComptimeValue::makeType(L.Local->Ty);
          return evalWithInterpreter(E, WithType);
        }
      }
    }
    // A call: checked as CIR and run by the interpreter.
    return evalWithInterpreter(E, Ctx);
  }
  default:
    return Fail();
  }
}

//===- SemaParamBinding.cpp - Explicit parameters of a call ---------------===//
//
// `f[a, b, k=c](...)` binds the values written in brackets to f's
// parameter list:
//   - positional values fill the parameters after `//` (the ones before are
//     infer-only: they come from the arguments) and before a bare `*`;
//   - `name=value` binds by name (infer-only ones included);
//   - a variadic parameter `*values: Int` takes every remaining positional
//     value, as a compile-time list (empty when none is given).
//
//===----------------------------------------------------------------------===//
#include "sema/SemaImpl.h"
#include "llvm/Support/raw_ostream.h"

using namespace ignis;
using namespace ignis::sema;

std::string sema::bindExplicitParams(Sema &S, const FuncDecl *F,
                                     llvm::ArrayRef<ComptimeValue> Explicit,
                                     llvm::ArrayRef<llvm::StringRef> Names,
                                     InstContext &Ctx) {
  const ParamList &PL = F->Params;
  const auto &FP = PL.Params;
  std::string FnName = F->Name.Name.str();
  size_t First = PL.InferOnlyEnd >= 0 ? static_cast<size_t>(PL.InferOnlyEnd) : 0;
  size_t End = PL.KeywordOnlyStart >= 0 ? static_cast<size_t>(PL.KeywordOnlyStart)
                                        : FP.size();
  size_t Next = First;
  llvm::SmallVector<ComptimeValue, 4> Rest; // values of a variadic parameter
  int VariadicSlot = -1;
  for (size_t I = 0; I < FP.size(); ++I)
    if (FP[I].TheForm == ParamDecl::Form::Variadic) {
      VariadicSlot = static_cast<int>(I);
      End = std::min(End, I + 1);
    }
  for (size_t I = 0; I < Explicit.size(); ++I) {
    llvm::StringRef Name = I < Names.size() ? Names[I] : llvm::StringRef();
    if (!Name.empty()) {
      size_t Slot = FP.size();
      for (size_t J = 0; J < FP.size(); ++J)
        if (FP[J].Name.Name == Name)
          Slot = J;
      if (Slot == FP.size())
        return "'" + FnName + "' has no parameter named '" + Name.str() + "'";
      if (Ctx.Params.count(Name))
        return "parameter '" + Name.str() + "' is given twice in call to '" +
               FnName + "'";
      Ctx.Params[Name] = Explicit[I];
      continue;
    }
    if (VariadicSlot >= 0 && Next == static_cast<size_t>(VariadicSlot)) {
      Rest.push_back(Explicit[I]);
      continue;
    }
    if (Next >= End)
      return "too many parameters in call to '" + FnName + "'";
    Ctx.Params[FP[Next++].Name.Name] = Explicit[I];
  }
  // `[T: AnyType, //, value: T]`: an infer-only T is the type of the value
  // given for a later parameter declared as T.
  for (size_t I = 0; PL.InferOnlyEnd >= 0 && I < FP.size(); ++I) {
    auto *N = llvm::dyn_cast_or_null<NameExpr>(FP[I].Type);
    auto It = Ctx.Params.find(FP[I].Name.Name);
    if (!N || It == Ctx.Params.end() || Ctx.Params.count(N->Name))
      continue;
    for (int J = 0; J < PL.InferOnlyEnd; ++J)
      if (FP[J].Name.Name == N->Name) {
        Type T = S.typeOfValue(It->second);
        Ctx.Params[N->Name] = ComptimeValue::makeType(T);
        break;
      }
  }
  // `[dtype: DType, //, value: Scalar[dtype]]` given `Float64(2.2)`: the
  // infer-only parameters the value's own type fixes.
  auto IsInferOnly = [&](llvm::StringRef Name) {
    for (int J = 0; J < PL.InferOnlyEnd; ++J)
      if (FP[J].Name.Name == Name)
        return !Ctx.Params.count(Name);
    return false;
  };
  for (size_t I = 0; PL.InferOnlyEnd > 0 && I < FP.size(); ++I) {
    auto It = Ctx.Params.find(FP[I].Name.Name);
    if (!FP[I].Type || It == Ctx.Params.end() || !It->second.ValTy ||
        !llvm::isa<SubscriptExpr>(FP[I].Type))
      continue;
    llvm::StringMap<ComptimeValue> Out;
    inferFromPattern(S, FP[I].Type, ComptimeValue::makeType(It->second.ValTy),
                     Ctx, IsInferOnly, Out);
    for (auto &E : Out)
      Ctx.Params.try_emplace(E.getKey(), E.getValue());
  }
  // A parameter of a user struct type takes a value of that struct.
  for (const ParamDecl &P : FP) {
    auto *N = llvm::dyn_cast_or_null<NameExpr>(P.Type);
    auto It = Ctx.Params.find(P.Name.Name);
    if (!N || It == Ctx.Params.end() || P.TheForm != ParamDecl::Form::Normal)
      continue;
    Symbol Sym = S.lookupIn(Ctx, N->Name);
    if (Sym.K == Symbol::Kind::Struct &&
        S.lookupGlobal(S.Prelude, N->Name).Struct == Sym.Struct) {
      // Int, Bool, String...: checked where they are used, but a string
      // never stands for a number and a number never for a string (so
      // `f[1, "hi"]` picks the overload taking `b: String`).
      bool Text = N->Name == "String" || N->Name == "StringLiteral" ||
                  N->Name == "StaticString";
      bool Number = N->Name == "Int" || N->Name == "UInt" ||
                    N->Name == "Bool" || N->Name.starts_with("Float") ||
                    N->Name.starts_with("Int") || N->Name.starts_with("UInt");
      ComptimeValue::Kind K = It->second.K;
      bool IsText = K == ComptimeValue::Kind::String;
      bool IsNumber = K == ComptimeValue::Kind::Int ||
                      K == ComptimeValue::Kind::Float ||
                      K == ComptimeValue::Kind::Bool;
      if ((Text && IsNumber) || (Number && IsText)) {
        std::string Got;
        llvm::raw_string_ostream OS(Got);
        printComptimeValue(OS, S.Types, It->second);
        return "parameter '" + P.Name.Name.str() + "' of '" + FnName +
               "' takes a '" + N->Name.str() + "' value, not '" + Got + "'";
      }
      continue;
    }
    if (Sym.K != Symbol::Kind::Struct)
      continue;
    const ComptimeValue &V = It->second;
    ModuleInfo *Home = S.DeclModule.lookup(Sym.Struct);
    bool Library = Home && llvm::StringRef(Home->Name).starts_with("std.");
    if (Library && V.K != ComptimeValue::Kind::Struct)
      continue; // library parameter types may stand for scalars
    auto *ST = V.K == ComptimeValue::Kind::Struct
                   ? llvm::dyn_cast<StructType>(V.Ty)
                   : nullptr;
    if (!ST || ST->Decl != Sym.Struct) {
      std::string Got;
      llvm::raw_string_ostream OS(Got);
      printComptimeValue(OS, S.Types, V);
      return "parameter '" + P.Name.Name.str() + "' of '" + FnName +
             "' takes a '" + N->Name.str() + "' value, not '" + Got + "'";
    }
  }
  if (VariadicSlot >= 0 && !Ctx.Params.count(FP[VariadicSlot].Name.Name))
    Ctx.Params[FP[VariadicSlot].Name.Name] = ComptimeValue::makeList(
        S.Types.internValues(Rest), static_cast<uint32_t>(Rest.size()));
  return "";
}

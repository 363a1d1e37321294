//===- SemaFunctionValues.cpp - Module functions as compile-time values ---===//
//
// A module-level `def` named where a compile-time value is expected
// (`suite.test[test_add]()`, `run[f]()` with `f: def() raises`) becomes a
// closure value with nothing captured, so everything that takes a nested
// `@parameter def` takes it too: the callee's instance calls it directly.
// `__builtin.function_name[f]` is its name, as written (`get_function_name`);
// `__builtin.function_linkage_name[f]` its instance's symbol
// (`get_linkage_name`).
// `__functions_in_module()` lists the module's own functions (for
// `TestSuite.discover_tests`).
//
//===----------------------------------------------------------------------===//
#include "sema/SemaImpl.h"
#include "llvm/Support/raw_ostream.h"

using namespace ignis;
using namespace ignis::sema;

ComptimeValue Sema::functionAsComptime(const Symbol &S, SourceRange R) {
  if (S.Funcs.size() != 1) {
    Diags.report(R, DiagID::err_unsupported)
        << "an overloaded function as a compile-time value";
    return {};
  }
  const FuncDecl *F = S.Funcs.front();
  ClosureInfo *&C = FunctionClosures[F];
  if (!C) {
    auto Info = std::make_unique<ClosureInfo>();
    C = Info.get();
    C->Decl = F;
    // Unique across modules: the name is part of the callee's instance name.
    C->Name = (S.Owner ? S.Owner->Name + "." : std::string()) +
              F->Name.Name.str();
    C->Id = Closures.size();
    C->Ctx.Module = S.Owner;
    Closures.push_back(std::move(Info));
  }
  return ComptimeValue::makeClosure(C, AST.copyString(C->Name));
}

ComptimeValue Sema::functionNameOf(const Expr *E,
                                   llvm::ArrayRef<Argument> Args,
                                   const InstContext &Ctx, bool Linkage) {
  ComptimeValue V =
      Args.size() == 1 ? evalComptime(Args[0].Value, Ctx) : ComptimeValue();
  if (V.K != ComptimeValue::Kind::Closure) {
    if (V.isValid() || Args.size() != 1)
      Diags.report(E->getRange(), DiagID::err_comptime_type)
          << "function" << "something else";
    return {};
  }
  auto *C = static_cast<const ClosureInfo *>(V.Ptr);
  if (!Linkage)
    return ComptimeValue::makeString(C->Decl->Name.Name);
  // The symbol of the function's instance (`get_linkage_name`): a
  // function with parameters has one only once they are bound.
  if (!C->Decl->Params.Params.empty() && C->BoundParams.empty()) {
    Diags.report(E->getRange(), DiagID::err_comptime_type)
        << "function with its parameters bound"
        << ("'" + C->Decl->Name.Name.str() + "'");
    return {};
  }
  InstContext FnCtx = C->Ctx;
  for (size_t I = 0; I < C->BoundParams.size() &&
                     I < C->Decl->Params.Params.size();
       ++I)
    FnCtx.Params[C->Decl->Params.Params[I].Name.Name] = C->BoundParams[I];
  cir::Function *Fn = instantiateFunction(C->Decl, FnCtx);
  if (!Fn)
    return {};
  return ComptimeValue::makeString(AST.copyString(Fn->Name));
}

ComptimeValue Sema::functionsInModule(const InstContext &Ctx) {
  llvm::SmallVector<ComptimeValue, 8> Funcs;
  if (ModuleInfo *M = Ctx.Module; M && M->AST)
    for (const Stmt *St : M->AST->Body)
      if (auto *F = llvm::dyn_cast<FuncDecl>(St); F && F->HasBody) {
        Symbol S;
        S.K = Symbol::Kind::Overloads;
        S.Funcs.push_back(F);
        S.Owner = M;
        Funcs.push_back(functionAsComptime(S, F->Name.getRange()));
      }
  return ComptimeValue::makeList(Types.internValues(Funcs),
                                 static_cast<uint32_t>(Funcs.size()));
}

ComptimeValue Sema::functionWithParams(const Symbol &S, const SubscriptExpr *E,
                                       const InstContext &Ctx) {
  if (S.Funcs.size() != 1) {
    Diags.report(E->getRange(), DiagID::err_unsupported)
        << "an overloaded function as a compile-time value";
    return {};
  }
  const FuncDecl *F = S.Funcs.front();
  llvm::SmallVector<ComptimeValue, 4> Params;
  auto Spread = expandParamPacks(E->Args, Ctx); // `kernel[*pack]`
  if (!Spread)
    return {};
  for (const Argument &A : *Spread) {
    if (A.TheForm != Argument::Form::Positional) {
      Diags.report(A.Range, DiagID::err_unsupported)
          << "keyword parameters on a function used as a value";
      return {};
    }
    ComptimeValue V = evalComptime(A.Value, Ctx);
    if (!V.isValid())
      return {};
    Params.push_back(V);
  }
  // One closure value per function and parameter list: equal values give
  // the same instance.
  std::string Name = (S.Owner ? S.Owner->Name + "." : std::string()) +
                     F->Name.Name.str();
  {
    llvm::raw_string_ostream OS(Name);
    for (size_t I = 0; I < Params.size(); ++I) {
      OS << (I ? ", " : "[");
      printComptimeValue(OS, Types, Params[I]);
    }
    OS << "]";
  }
  ClosureInfo *&C = BoundFunctionClosures[Name];
  if (!C) {
    auto Info = std::make_unique<ClosureInfo>();
    C = Info.get();
    C->Decl = F;
    C->Name = Name;
    C->Id = Closures.size();
    C->Ctx.Module = S.Owner;
    C->BoundParams.assign(Params.begin(), Params.end());
    // `kernel[body, 4]` with a capturing closure bound: whoever takes this
    // value takes body's environment too (SemaClosures.cpp).
    for (const ComptimeValue &P : Params)
      if (P.K == ComptimeValue::Kind::Closure)
        for (const ClosureInfo *D :
             static_cast<const ClosureInfo *>(P.Ptr)->Deps)
          if (!llvm::is_contained(C->Deps, D))
            C->Deps.push_back(D);
    Closures.push_back(std::move(Info));
  }
  return ComptimeValue::makeClosure(C, AST.copyString(C->Name));
}

//===- SemaCallLocation.cpp - Caller locations and assertion modes --------===//
//
// `__builtin.call_location()` inside an `@always_inline` function is the
// source location of the call to that function. Such a function gets a
// hidden last parameter `__call_location` (a `_SourceLocation`); every call
// site passes its own location (instantiateFunction adds the parameter,
// callFunctions the argument). Which functions take it is decided from the
// declaration's text, before its body is checked (bodies are checked later,
// from the worklist), so call sites can be built at once.
//
//===----------------------------------------------------------------------===//
#include "sema/SemaImpl.h"
#include "llvm/Support/Path.h"

using namespace ignis;
using namespace ignis::sema;

static constexpr llvm::StringLiteral HiddenName = "__call_location";

static bool isAlwaysInline(const FuncDecl *F) {
  for (const Decorator &D : F->Decorators) {
    const Expr *E = D.E;
    if (auto *C = llvm::dyn_cast_or_null<CallExpr>(E))
      E = C->Callee;
    if (auto *N = llvm::dyn_cast_or_null<NameExpr>(E))
      if (N->Name == "always_inline")
        return true;
  }
  return false;
}

/// Destructors and copy/move constructors: the compiler calls them (implicit
/// copies, destruction) with no call site to name.
static bool isLifecycleMethod(const FuncDecl *F) {
  llvm::StringRef N = F->Name.Name;
  if (N == "__del__" || N == "__copyinit__" || N == "__moveinit__")
    return true;
  if (N != "__init__")
    return false;
  for (const ParamDecl &P : F->Args.Params)
    if (P.Name.Name == "copy" || P.Name.Name == "take")
      return true;
  return false;
}

bool Sema::usesCallLocation(const FuncDecl *F) {
  auto It = CallLocationUsers.find(F);
  if (It != CallLocationUsers.end())
    return It->second;
  bool Uses = false;
  if (F->HasBody && isAlwaysInline(F) && !isLifecycleMethod(F))
    // Also `call_location()` of std.reflection (callerLocationArgument).
    Uses = SM.getText(F->getRange()).contains("call_location(");
  CallLocationUsers[F] = Uses;
  return Uses;
}

cir::Expr *Sema::checkCallLocation(const CallExpr *C) {
  SourceRange R = C->getRange();
  if (!C->Args.empty()) {
    Diags.report(R, DiagID::err_param_count)
        << "__builtin.call_location" << (int64_t)0 << (int64_t)C->Args.size();
    return errorExpr(R);
  }
  cir::Local *Hidden = nullptr;
  if (FS && FS->Fn && !FS->Fn->Params.empty() &&
      FS->Fn->Params.back()->Name == HiddenName)
    Hidden = FS->Fn->Params.back();
  if (!Hidden) {
    const FuncDecl *F = FS && FS->Fn ? FS->Fn->Decl : nullptr;
    Diags.report(R, F && isAlwaysInline(F) && isLifecycleMethod(F)
                        ? DiagID::err_call_location_lifecycle
                        : DiagID::err_call_location_not_inline);
    return errorExpr(R);
  }
  return makeLocalRef(Hidden, R);
}

cir::Expr *Sema::callerLocationArgument(const cir::Function *Callee,
                                        SourceRange R) {
  // `std.reflection.call_location()` (an `@always_inline` function named
  // call_location) called from a function that has a caller location
  // itself: that location, as Mojo's `call_location[inline_count=1]()`.
  if (Callee->Decl && Callee->Decl->Name.Name == "call_location" && FS &&
      FS->Fn && !FS->Fn->Params.empty() &&
      FS->Fn->Params.back()->Name == HiddenName)
    return makeLocalRef(FS->Fn->Params.back(), R);
  return makeSourceLocation(R);
}

cir::Expr *Sema::makeSourceLocation(SourceRange R) {
  Type LocTy = getPreludeStruct("_SourceLocation");
  if (!LocTy)
    return errorExpr(R);
  getStructInfo(LocTy);
  // The file name without its folders, as `assert` messages print it.
  LineColumn LC = SM.getLineColumn(R.Begin);
  cir::Expr *File =
      makeExpr(cir::ExprKind::StringConst, Types.getStringLiteral(), R);
  File->Str = AST.copyString(llvm::sys::path::filename(LC.Filename));
  auto IntOf = [&](int64_t V) {
    cir::Expr *E = makeExpr(cir::ExprKind::IntConst, Types.getIntLiteral(), R);
    E->Int = llvm::APInt(65, V, /*isSigned=*/true);
    return convert(E, getIntType(), R);
  };
  cir::Expr *Init = makeExpr(cir::ExprKind::StructInit, LocTy, R);
  Init->Ops = {File, IntOf(LC.Line), IntOf(LC.Column)};
  return Init;
}

llvm::StringRef Sema::assertMode() {
  llvm::StringRef Mode = "safe";
  for (const auto &D : Opts.Defines)
    if (D.first == "ASSERT")
      Mode = D.second;
  return Mode;
}

//===- Sema.cpp - Checking a program from its main file -------------------===//
#include "sema/Sema.h"
#include "frontend/Parser.h"
#include "sema/Ownership.h"
#include "sema/ResolutionIndex.h"
#include "sema/SemaImpl.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include <algorithm>

using namespace ignis;
using namespace ignis::sema;

Sema::Sema(const SemaOptions &Opts, SourceManager &SM, ASTContext &AST,
           TypeContext &Types, DiagnosticEngine &Diags, cir::Program &Prog)
    : Opts(Opts), SM(SM), AST(AST), Types(Types), Diags(Diags), Prog(Prog) {
  if (this->Opts.StdlibPath.empty())
    this->Opts.StdlibPath = getDefaultStdlibPath();
}

/// Generic functions are checked per instantiation, when called: those with
/// parameters, `Some[Trait]` arguments or a generic struct named bare.
bool Sema::isGenericFunction(const FuncDecl *F, const InstContext &Ctx) {
  if (F->Params.Present)
    return true;
  for (const ParamDecl &P : F->Args.Params) {
    if (auto *Sub = llvm::dyn_cast_or_null<SubscriptExpr>(P.Type))
      if (auto *N = llvm::dyn_cast<NameExpr>(Sub->Base); N && N->Name == "Some")
        return true;
    if (partiallyBoundStruct(*this, P.Type, Ctx))
      return true;
    if (auto *N = llvm::dyn_cast_or_null<NameExpr>(P.Type)) {
      Symbol S = lookupIn(Ctx, N->Name);
      if (S.K == Symbol::Kind::Struct)
        for (const ParamDecl &SP : S.Struct->Params.Params)
          if (!SP.Default)
            return true;
    }
  }
  return false;
}

bool Sema::run(unsigned MainBuffer) {
  // Once Opts.ShouldStop says so, every later poll answers true.
  bool Stopped = false;
  auto shouldStop = [&] {
    if (!Stopped && Opts.ShouldStop)
      Stopped = Opts.ShouldStop();
    return Stopped;
  };
  // The prelude: every module of std/builtin, names merged.
  llvm::SmallString<256> BuiltinDir(Opts.StdlibPath);
  llvm::sys::path::append(BuiltinDir, "std", "builtin");
  std::vector<std::string> Files;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(BuiltinDir, EC), End;
       It != End && !EC; It.increment(EC))
    if (llvm::StringRef(It->path()).ends_with(".mojo"))
      Files.push_back(It->path());
  std::sort(Files.begin(), Files.end());
  auto P = std::make_unique<ModuleInfo>();
  P->Name = "std.builtin";
  P->Path = "<prelude>";
  P->NamesCollected = P->ImportsResolved = true;
  Prelude = P.get();
  ModulesByPath[P->Path] = std::move(P);
  if (Files.empty()) {
    Diags.report(SourceLoc(), DiagID::err_module_not_found) << "std.builtin";
    Diags.report(SourceLoc(), DiagID::note_module_search_path)
        << std::string(BuiltinDir);
    return false;
  }
  llvm::StringRef Mode = assertMode();
  if (Mode != "safe" && Mode != "all" && Mode != "none" && Mode != "warn") {
    Diags.report(SourceLoc(), DiagID::err_assert_mode) << Mode;
    return false;
  }
  std::vector<ModuleInfo *> Builtins;
  for (const std::string &F : Files) {
    if (shouldStop())
      return false;
    std::string Stem = llvm::sys::path::stem(F).str();
    if (ModuleInfo *M = loadModuleFile(F, "std.builtin." + Stem))
      Builtins.push_back(M);
  }
  for (ModuleInfo *M : Builtins)
    for (auto &Entry : M->Names)
      addName(Prelude, Entry.getKey(), Entry.getValue());
  for (ModuleInfo *M : Builtins)
    resolveImports(M);
  // What the builtin modules import from the rest of std (List, Dict,
  // UnsafePointer, ...) is part of the prelude too.
  for (ModuleInfo *M : Builtins)
    for (auto &Entry : M->Names)
      if (!Entry.getKey().starts_with("_"))
        Prelude->Names.try_emplace(Entry.getKey(), Entry.getValue());
  // Int is Scalar[DType.int] (Mojo 1.0): SIMD[DType.int, 1] built anywhere
  // from here on is the Int struct, which carries SIMD's scalar members.
  if (Symbol Simd = lookupGlobal(Prelude, "SIMD"); Simd.K == Symbol::Kind::Struct)
    if (Type IntTy = getIntType())
      Types.setScalarIntAlias(Simd.Struct, IntTy);

  // The main module, from the buffer the driver loaded.
  auto Main = std::make_unique<ModuleInfo>();
  Main->Name = "__main__";
  llvm::SmallString<256> Real;
  llvm::StringRef Name = SM.getBufferName(MainBuffer);
  if (llvm::sys::fs::real_path(Name, Real))
    Real = Name;
  Main->Path = std::string(Real);
  Main->AST = Opts.MainAST ? Opts.MainAST
                           : parseBuffer(AST, SM, MainBuffer, Diags);
  MainModule = Main.get();
  ModulesByPath[Main->Path] = std::move(Main);
  collectNames(MainModule);
  resolveImports(MainModule);
  if (Opts.Index) {
    Opts.Index->MainModule = MainModule->AST;
    indexGlobals();
  }
  if (Diags.hasErrors() && !Opts.KeepGoing)
    return false;

  Prog.ErrorType = getPreludeStruct("Error");
  if (Prog.ErrorType)
    getLifecycle(Prog.ErrorType); // caught errors are destroyed

  // Conformance of the program's own structs is checked where they are
  // declared, even when unused (generic ones at each instantiation).
  for (const Stmt *S : MainModule->AST->Body)
    if (auto *SD = llvm::dyn_cast<StructDecl>(S); SD && !SD->Params.Present)
      getStructInfo(instantiateStructType(SD, {},
                                          InstContext{MainModule, nullptr, {}},
                                          SourceRange()));

  Symbol MainSym = MainModule->Names.lookup("main");
  bool HasMain = MainSym.K == Symbol::Kind::Overloads;
  if (!HasMain && !Opts.KeepGoing) {
    Diags.report(SourceLoc(), DiagID::err_no_main);
    return false;
  }
  InstContext Ctx;
  Ctx.Module = MainModule;
  if (Opts.Deferred)
    for (const Stmt *S : MainModule->AST->Body) {
      if (!Opts.Deferred->contains(S))
        continue;
      if (auto *F = llvm::dyn_cast<FuncDecl>(S))
        DeferredDecls.insert(F);
      else if (auto *SD = llvm::dyn_cast<StructDecl>(S))
        for (const Stmt *M : SD->Body)
          if (auto *MF = llvm::dyn_cast<FuncDecl>(M))
            DeferredDecls.insert(MF);
    }
  if (Opts.BeforeDeclarations) {
    Diags.flush();
    Opts.BeforeDeclarations();
  }
  auto instantiateTopLevel = [&](const FuncDecl *F, const InstContext &C) {
    if (cir::Function *Fn = instantiateFunction(F, C)) {
      TopLevelInstances.insert(Fn);
      TopLevelDecls.insert(F);
    }
  };
  // Everything non-generic in the program's own file is checked, used or
  // not (the standard library is checked lazily, as far as it is used).
  for (const Stmt *S : MainModule->AST->Body) {
    if (shouldStop())
      return false;
    if (auto *F = llvm::dyn_cast<FuncDecl>(S)) {
      if (!isGenericFunction(F, Ctx))
        instantiateTopLevel(F, Ctx);
    } else if (auto *SD = llvm::dyn_cast<StructDecl>(S)) {
      if (SD->Params.Present)
        continue;
      Type T = instantiateStructType(SD, {}, Ctx, SourceRange());
      StructInfo *SI = getStructInfo(T);
      if (!SI)
        continue;
      for (const Stmt *M : SD->Body)
        if (auto *MF = llvm::dyn_cast<FuncDecl>(M))
          if (!isGenericFunction(MF, SI->Ctx))
            instantiateTopLevel(MF, SI->Ctx);
    }
  }

  // `main` was instantiated with the rest, in source order (so diagnostics
  // come in source order too).
  if (HasMain)
    Prog.Main = instantiateFunction(MainSym.Funcs.front(), Ctx);
  if (Prog.Main && Prog.Main->ErrorType) // its unhandled error is printed
    requireErrorConversion(Prog.Main->ErrorType, Prog.Main->Decl
                                                     ? Prog.Main->Decl->Name.getRange()
                                                     : SourceRange());
  while (!Worklist.empty() && !Diags.hasReachedErrorLimit()) {
    if (shouldStop())
      return false;
    auto [Fn, FnCtx] = Worklist.front();
    Worklist.pop_front();
    if (TopLevelInstances.contains(Fn) &&
        DeferredDecls.contains(FunctionDecls.lookup(Fn))) {
      DeferredBodies.emplace_back(Fn, FnCtx);
      continue;
    }
    unsigned ErrorsBefore = Diags.getNumErrors();
    checkFunctionBody(Fn, FunctionDecls.lookup(Fn), FnCtx);
    if (Diags.getNumErrors() == ErrorsBefore)
      runOwnershipPass(*this, *Fn);
  }
  if (!Diags.hasReachedErrorLimit() && !shouldStop())
    checkGenericBodies(); // SemaGenericCheck.cpp
  return !Diags.hasErrors();
}

bool Sema::takePendingBody(const cir::Function *Fn,
                           std::pair<cir::Function *, InstContext> &Out) {
  auto It = llvm::find_if(Worklist, [&](const auto &W) { return W.first == Fn; });
  if (It != Worklist.end()) {
    Out = *It;
    Worklist.erase(It);
    return true;
  }
  auto D = llvm::find_if(DeferredBodies,
                         [&](const auto &W) { return W.first == Fn; });
  if (D == DeferredBodies.end())
    return false;
  Out = *D;
  DeferredBodies.erase(D);
  return true;
}

void Sema::checkDeferred(llvm::function_ref<bool(const FuncDecl *)> Pick) {
  std::vector<std::pair<cir::Function *, InstContext>> Now;
  llvm::erase_if(DeferredBodies, [&](const auto &W) {
    if (!Pick(FunctionDecls.lookup(W.first)))
      return false;
    Now.push_back(W);
    return true;
  });
  for (auto &[Fn, FnCtx] : Now)
    Worklist.emplace_back(Fn, FnCtx);
  while (!Worklist.empty() && !Diags.hasReachedErrorLimit()) {
    auto [Fn, FnCtx] = Worklist.front();
    Worklist.pop_front();
    unsigned ErrorsBefore = Diags.getNumErrors();
    checkFunctionBody(Fn, FunctionDecls.lookup(Fn), FnCtx);
    if (Diags.getNumErrors() == ErrorsBefore)
      runOwnershipPass(*this, *Fn);
  }
}

CheckSession::CheckSession(const SemaOptions &Options, SourceManager &SM,
                           ASTContext &AST, TypeContext &Types,
                           DiagnosticEngine &Diags)
    : Prog(std::make_unique<cir::Program>(Types)),
      S(std::make_unique<Sema>(Options, SM, AST, Types, Diags, *Prog)) {}

CheckSession::~CheckSession() = default;

bool CheckSession::run(unsigned MainBuffer) {
  bool OK = S->run(MainBuffer);
  // The callbacks point into the caller's frame: later checks of deferred
  // bodies run without them.
  S->Opts.ShouldStop = nullptr;
  S->Opts.BeforeDeclarations = nullptr;
  return OK;
}

void CheckSession::checkDeferred(
    llvm::function_ref<bool(const FuncDecl *)> Pick) {
  S->checkDeferred(Pick);
}

bool CheckSession::isCheckedAtTopLevel(const FuncDecl *F) const {
  return S->isCheckedAtTopLevel(F);
}

std::unique_ptr<cir::Program>
ignis::checkProgram(const SemaOptions &Options, SourceManager &SM,
                    ASTContext &AST, TypeContext &Types, unsigned MainBuffer,
                    DiagnosticEngine &Diags) {
  auto Prog = std::make_unique<cir::Program>(Types);
  Sema S(Options, SM, AST, Types, Diags, *Prog);
  if (!S.run(MainBuffer))
    return nullptr;
  return Prog;
}

std::string ignis::getDefaultStdlibPath() {
  if (std::optional<std::string> Env = llvm::sys::Process::GetEnv("IGNIS_STDLIB_DIR"))
    return *Env;
#ifdef IGNIS_SOURCE_STDLIB_DIR
  if (llvm::sys::fs::is_directory(IGNIS_SOURCE_STDLIB_DIR))
    return IGNIS_SOURCE_STDLIB_DIR;
#endif
  std::string Exe = llvm::sys::fs::getMainExecutable(nullptr, nullptr);
  llvm::SmallString<256> Dir(llvm::sys::path::parent_path(Exe));
  llvm::sys::path::append(Dir, "..", "lib", "ignis", "stdlib");
  return std::string(Dir);
}

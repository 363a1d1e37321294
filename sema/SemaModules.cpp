//===- SemaModules.cpp - Loading modules, imports and name lookup ---------===//
#include "frontend/Parser.h"
#include "sema/ParsedFileCache.h"
#include "sema/SemaImpl.h"
#include <functional>
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

using namespace ignis;
using namespace ignis::sema;

ModuleInfo *Sema::loadModuleFile(llvm::StringRef Path, llvm::StringRef Name) {
  llvm::SmallString<256> Real;
  if (llvm::sys::fs::real_path(Path, Real))
    Real = Path;
  auto It = ModulesByPath.find(std::string(Real));
  if (It != ModulesByPath.end())
    return It->second.get();
  if (Opts.ParsedFiles)
    if (const ParsedFileCache::Entry *E = Opts.ParsedFiles->lookup(Real)) {
      auto M = std::make_unique<ModuleInfo>();
      M->Name = Name.str();
      M->Path = std::string(Real);
      M->AST = E->AST;
      ModuleInfo *Result = M.get();
      ModulesByPath[std::string(Real)] = std::move(M);
      collectNames(Result);
      return Result;
    }
  std::string Error;
  std::optional<unsigned> Buffer = SM.addFile(Path, Error);
  if (!Buffer) {
    Diags.report(SourceLoc(), DiagID::err_cannot_open_file) << Path << Error;
    return nullptr;
  }
  auto M = std::make_unique<ModuleInfo>();
  M->Name = Name.str();
  M->Path = std::string(Real);
  M->AST = parseBuffer(AST, SM, *Buffer, Diags);
  ModuleInfo *Result = M.get();
  ModulesByPath[std::string(Real)] = std::move(M);
  collectNames(Result);
  return Result;
}

void Sema::addName(ModuleInfo *M, llvm::StringRef Name, Symbol S) {
  auto [It, Inserted] = M->Names.try_emplace(Name, S);
  if (Inserted)
    return;
  Symbol &Old = It->second;
  // Functions overload; everything else must be unique.
  if (Old.K == Symbol::Kind::Overloads && S.K == Symbol::Kind::Overloads) {
    Old.Funcs.append(S.Funcs.begin(), S.Funcs.end());
    return;
  }
  Diags.report(S.Loc, DiagID::err_redefinition) << Name;
  if (Old.Loc.isValid())
    Diags.report(Old.Loc, DiagID::note_previous_definition) << Name;
}

bool Sema::checkDecorators(llvm::ArrayRef<Decorator> Ds) {
  static const char *const Known[] = {
      "always_inline", "parameter", "fieldwise_init", "staticmethod",
      "doc_hidden", "doc_private", "implicit", "no_inline", "__copy_capture",
      "deprecated", "explicit_destroy", "align", "export", "stable",
      "register_passable", "value", "nonmaterializable", "__named_result",
      "__unsafe_disable_nested_origin_exclusivity", "__llvm_metadata",
      "__llvm_arg_metadata", "__allow_legacy_custom_self_type", "compiler"};
  bool OK = true;
  for (const Decorator &D : Ds) {
    const Expr *E = D.E;
    if (auto *C = llvm::dyn_cast<CallExpr>(E))
      E = C->Callee;
    while (auto *M = llvm::dyn_cast<MemberExpr>(E))
      E = M->Base;
    auto *N = llvm::dyn_cast<NameExpr>(E);
    if (N && llvm::is_contained(Known, N->Name))
      continue;
    Diags.report(D.E->getRange(), DiagID::err_unknown_decorator)
        << (N ? N->Name : llvm::StringRef("?"));
    OK = false;
  }
  return OK;
}

void Sema::collectNames(ModuleInfo *M) {
  if (M->NamesCollected || !M->AST)
    return;
  M->NamesCollected = true;
  for (const Stmt *S : M->AST->Body) {
    Symbol Sym;
    Sym.Owner = M;
    if (auto *F = llvm::dyn_cast<FuncDecl>(S)) {
      checkDecorators(F->Decorators);
      Sym.K = Symbol::Kind::Overloads;
      Sym.Funcs.push_back(F);
      Sym.Loc = F->Name.Loc;
      DeclModule[F] = M;
      addName(M, F->Name.Name, Sym);
    } else if (auto *SD = llvm::dyn_cast<StructDecl>(S)) {
      checkDecorators(SD->Decorators);
      Sym.K = Symbol::Kind::Struct;
      Sym.Struct = SD;
      Sym.Loc = SD->Name.Loc;
      DeclModule[SD] = M;
      for (const Stmt *Member : SD->Body)
        if (auto *D = llvm::dyn_cast<Decl>(Member))
          DeclModule[D] = M;
      addName(M, SD->Name.Name, Sym);
    } else if (auto *T = llvm::dyn_cast<TraitDecl>(S)) {
      Sym.K = Symbol::Kind::Trait;
      Sym.Trait = T;
      Sym.Loc = T->Name.Loc;
      DeclModule[T] = M;
      for (const Stmt *Member : T->Body)
        if (auto *D = llvm::dyn_cast<Decl>(Member))
          DeclModule[D] = M;
      addName(M, T->Name.Name, Sym);
    } else if (auto *C = llvm::dyn_cast<ComptimeDecl>(S)) {
      Sym.K = Symbol::Kind::Comptime;
      Sym.Comptime = C;
      Sym.Loc = C->Name.Loc;
      DeclModule[C] = M;
      addName(M, C->Name.Name, Sym);
    } else if (llvm::isa<ImportStmt>(S) || llvm::isa<FromImportStmt>(S) ||
               llvm::isa<PassStmt>(S)) {
      continue;
    } else if (auto *E = llvm::dyn_cast<ExprStmt>(S);
               E && llvm::isa<StringLiteralExpr>(E->E)) {
      continue; // docstring
    } else if (auto *X = llvm::dyn_cast<ExtensionDecl>(S)) {
      Diags.report(SourceRange(X->getStartLoc(), X->Name.getRange().End),
                   DiagID::err_unsupported)
          << "'__extension'";
    } else {
      Diags.report(S->getRange(), DiagID::err_unsupported)
          << "a statement at module level (put it in 'main')";
    }
  }
}

/// Finds `a/b.mojo` or `a/b/__init__.mojo` under Root.
static std::string findModuleFile(llvm::StringRef Root,
                                  llvm::ArrayRef<llvm::StringRef> Parts) {
  llvm::SmallString<256> P(Root);
  for (llvm::StringRef Part : Parts)
    llvm::sys::path::append(P, Part);
  std::string Dir(P);
  std::string File = Dir + ".mojo";
  if (llvm::sys::fs::is_regular_file(File))
    return File;
  if (llvm::sys::fs::is_regular_file(Dir + ".🔥"))
    return Dir + ".🔥";
  llvm::SmallString<256> Init(Dir);
  llvm::sys::path::append(Init, "__init__.mojo");
  if (llvm::sys::fs::is_regular_file(Init))
    return std::string(Init);
  return {};
}

ModuleInfo *Sema::importModule(llvm::ArrayRef<Ident> Path, unsigned Level,
                               ModuleInfo *From, SourceRange Range) {
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  std::string Dotted;
  for (const Ident &I : Path) {
    Parts.push_back(I.Name);
    Dotted += (Dotted.empty() ? "" : ".") + I.Name.str();
  }
  llvm::SmallVector<std::string, 4> Roots;
  if (Level > 0) {
    // Relative: the importing file's folder, then up Level-1 times.
    std::string Dir = llvm::sys::path::parent_path(From->Path).str();
    for (unsigned I = 1; I < Level; ++I)
      Dir = llvm::sys::path::parent_path(Dir).str();
    Roots.push_back(Dir);
  } else {
    if (MainModule)
      Roots.push_back(std::string(llvm::sys::path::parent_path(MainModule->Path)));
    for (const std::string &I : Opts.ImportPaths)
      Roots.push_back(I);
    Roots.push_back(Opts.StdlibPath);
  }
  if (Parts.empty()) {
    // `from . import x`: the package itself.
    llvm::SmallString<256> Init(Roots[0]);
    llvm::sys::path::append(Init, "__init__.mojo");
    if (llvm::sys::fs::is_regular_file(Init))
      return loadModuleFile(Init, llvm::sys::path::filename(Roots[0]));
    auto M = std::make_unique<ModuleInfo>();
    M->Path = std::string(Init);
    M->Name = "." ;
    M->NamesCollected = M->ImportsResolved = true;
    ModuleInfo *R = M.get();
    ModulesByPath[M->Path] = std::move(M);
    return R;
  }
  for (const std::string &Root : Roots) {
    std::string File = findModuleFile(Root, Parts);
    if (File.empty())
      continue;
    ModuleInfo *M = loadModuleFile(File, Dotted);
    if (M)
      resolveImports(M);
    return M;
  }
  Diags.report(Range, DiagID::err_module_not_found) << Dotted;
  std::string Searched;
  for (const std::string &Root : Roots)
    Searched += (Searched.empty() ? "" : ", ") + Root;
  Diags.report(Range, DiagID::note_module_search_path) << Searched;
  return nullptr;
}

void Sema::resolveImports(ModuleInfo *M) {
  if (M->ImportsResolved || !M->AST)
    return;
  M->ImportsResolved = true;
  // Imports written inside functions (`def main(): from math import sqrt`)
  // are resolved with the module's own, after them: their names become
  // visible module-wide, without replacing a module-level name.
  llvm::SmallVector<const Stmt *, 16> All(M->AST->Body.begin(),
                                          M->AST->Body.end());
  size_t TopLevel = All.size();
  std::function<void(Block)> Nested = [&](Block B) {
    for (const Stmt *S : B) {
      if (llvm::isa<ImportStmt>(S) || llvm::isa<FromImportStmt>(S))
        All.push_back(S);
      else if (auto *F = llvm::dyn_cast<FuncDecl>(S))
        Nested(F->Body);
      else if (auto *SD = llvm::dyn_cast<StructDecl>(S))
        Nested(SD->Body);
      else if (auto *I = llvm::dyn_cast<IfStmt>(S)) {
        Nested(I->Then);
        Nested(I->Else);
      } else if (auto *W = llvm::dyn_cast<WhileStmt>(S))
        Nested(W->Body);
      else if (auto *FS = llvm::dyn_cast<ForStmt>(S))
        Nested(FS->Body);
      else if (auto *WS = llvm::dyn_cast<WithStmt>(S))
        Nested(WS->Body);
      else if (auto *T = llvm::dyn_cast<TryStmt>(S)) {
        Nested(T->Body);
        for (const ExceptClause &H : T->Handlers)
          Nested(H.Body);
        Nested(T->Else);
        Nested(T->Finally);
      }
    }
  };
  for (Stmt *S : M->AST->Body)
    if (!llvm::isa<ImportStmt>(S) && !llvm::isa<FromImportStmt>(S))
      Nested(Block(S));
  for (size_t Index = 0; Index < All.size(); ++Index) {
    const Stmt *S = All[Index];
    bool Inner = Index >= TopLevel;
    auto Bind = [&](llvm::StringRef Name, const Symbol &Sym) {
      if (Inner)
        M->Names.try_emplace(Name, Sym);
      else
        M->Names[Name] = Sym;
    };
    if (auto *I = llvm::dyn_cast<ImportStmt>(S)) {
      for (const ImportItem &Item : I->Items) {
        ModuleInfo *Target = importModule(Item.Path, 0, M, I->getRange());
        if (!Target)
          continue;
        Symbol Sym;
        Sym.K = Symbol::Kind::Module;
        Sym.Module = Target;
        Sym.Loc = I->getStartLoc();
        // `import a.b` binds the full path through `a`; we bind the last
        // module under the alias, or under the dotted root for one part.
        llvm::StringRef Name = Item.Alias.isValid() ? Item.Alias.Name
                                                    : Item.Path.front().Name;
        if (!Item.Alias.isValid() && Item.Path.size() > 1) {
          // Build the chain of namespace modules a -> a.b -> ...
          ModuleInfo *Outer = nullptr;
          Symbol Existing = M->Names.lookup(Name);
          if (Existing.K == Symbol::Kind::Module)
            Outer = Existing.Module;
          if (!Outer) {
            ModuleInfo *Root = importModule(Item.Path.take_front(1), 0, M,
                                            I->getRange());
            if (!Root) {
              auto NS = std::make_unique<ModuleInfo>();
              NS->Name = Name.str();
              NS->Path = "<namespace " + NS->Name + ">";
              NS->NamesCollected = NS->ImportsResolved = true;
              Root = NS.get();
              ModulesByPath[NS->Path] = std::move(NS);
            }
            Outer = Root;
          }
          Symbol Top;
          Top.K = Symbol::Kind::Module;
          Top.Module = Outer;
          M->Names[Name] = Top;
          for (size_t K = 1; K < Item.Path.size(); ++K) {
            llvm::StringRef Part = Item.Path[K].Name;
            Symbol Sub = Outer->Names.lookup(Part);
            if (Sub.K != Symbol::Kind::Module) {
              ModuleInfo *Next =
                  K + 1 == Item.Path.size()
                      ? Target
                      : importModule(Item.Path.take_front(K + 1), 0, M,
                                     I->getRange());
              if (!Next)
                break;
              Sub.K = Symbol::Kind::Module;
              Sub.Module = Next;
              Outer->Names[Part] = Sub;
            }
            Outer = Sub.Module;
          }
          continue;
        }
        Bind(Name, Sym);
      }
    } else if (auto *F = llvm::dyn_cast<FromImportStmt>(S)) {
      ModuleInfo *Target = importModule(F->Path, F->Level, M, F->getRange());
      if (!Target)
        continue;
      if (F->IsStar) {
        for (auto &Entry : Target->Names)
          if (!Entry.getKey().starts_with("_"))
            M->Names.try_emplace(Entry.getKey(), Entry.getValue());
        continue;
      }
      for (const ImportName &N : F->Names) {
        Symbol Sym = Target->Names.lookup(N.Name.Name);
        if (Sym.K == Symbol::Kind::None) {
          // A submodule of a package: `from std import math`.
          llvm::SmallVector<Ident, 4> Sub(F->Path.begin(), F->Path.end());
          Sub.push_back(N.Name);
          llvm::StringRef Dir = llvm::sys::path::parent_path(Target->Path);
          std::string File = findModuleFile(Dir, {N.Name.Name});
          if (!File.empty()) {
            Sym.K = Symbol::Kind::Module;
            Sym.Module = loadModuleFile(File, (Target->Name + "." + N.Name.Name).str());
            if (Sym.Module)
              resolveImports(Sym.Module);
          }
        }
        if (Sym.K == Symbol::Kind::None) {
          Diags.report(N.Name.getRange(), DiagID::err_import_name_not_found)
              << Target->Name << N.Name.Name;
          continue;
        }
        Bind(N.Alias.isValid() ? N.Alias.Name : N.Name.Name, Sym);
      }
    }
  }
}

Symbol Sema::lookupGlobal(ModuleInfo *M, llvm::StringRef Name) {
  if (M) {
    auto It = M->Names.find(Name);
    if (It != M->Names.end())
      return It->second;
  }
  if (Name == "__builtin") {
    Symbol S;
    S.K = Symbol::Kind::Builtins;
    return S;
  }
  if (Prelude && M != Prelude) {
    auto It = Prelude->Names.find(Name);
    if (It != Prelude->Names.end())
      return It->second;
  }
  return {};
}

Symbol Sema::lookupIn(const InstContext &Ctx, llvm::StringRef Name) {
  auto P = Ctx.Params.find(Name);
  if (P != Ctx.Params.end()) {
    Symbol S;
    S.K = Symbol::Kind::Value;
    S.Value = P->second;
    return S;
  }
  if (Name == "Self" && Ctx.SelfType) {
    Symbol S;
    S.K = Symbol::Kind::Value;
    S.Value = ComptimeValue::makeType(Ctx.SelfType);
    return S;
  }
  if (auto A = Ctx.LocalAliases.find(Name); A != Ctx.LocalAliases.end()) {
    Symbol S;
    S.K = Symbol::Kind::Comptime;
    S.Comptime = A->second;
    S.Owner = Ctx.Module;
    S.Loc = A->second->Name.Loc;
    return S;
  }
  return lookupGlobal(Ctx.Module, Name);
}

Symbol Sema::lookup(llvm::StringRef Name, SourceLoc Loc) {
  if (!FS)
    return {};
  Symbol S;
  for (auto It = FS->Scopes.rbegin(); It != FS->Scopes.rend(); ++It) {
    auto L = It->find(Name);
    if (L != It->end()) {
      S.K = Symbol::Kind::Local;
      S.Local = L->second;
      break;
    }
  }
  if (S.K == Symbol::Kind::None)
    S = lookupIn(*FS->Ctx, Name);
  if (Opts.Index && Loc.isValid())
    indexReference(SourceRange(Loc, Loc.getAdvanced(Name.size())), S);
  return S;
}

void Sema::suggestName(llvm::StringRef Name, SourceLoc Loc) {
  llvm::StringRef Best;
  unsigned BestDist = ~0u;
  unsigned Limit = std::max<unsigned>(1, (Name.size() + 2) / 3);
  auto Consider = [&](llvm::StringRef Candidate) {
    if (Candidate == Name || Candidate.empty())
      return;
    unsigned D = Name.edit_distance(Candidate, true, Limit);
    if (D <= Limit && D < BestDist) {
      BestDist = D;
      Best = Candidate;
    }
  };
  if (FS) {
    for (auto &Scope : FS->Scopes)
      for (auto &Entry : Scope)
        Consider(Entry.getKey());
    for (auto &Entry : FS->Ctx->Params)
      Consider(Entry.getKey());
    if (FS->Ctx->Module)
      for (auto &Entry : FS->Ctx->Module->Names)
        Consider(Entry.getKey());
  }
  if (Prelude)
    for (auto &Entry : Prelude->Names)
      if (!Entry.getKey().starts_with("_"))
        Consider(Entry.getKey());
  if (!Best.empty())
    Diags.report(Loc, DiagID::note_did_you_mean) << Best;
}

ModuleInfo *Sema::resolveModule(const Expr *E, const InstContext &Ctx) {
  if (auto *N = llvm::dyn_cast<NameExpr>(E)) {
    if (FS)
      for (auto &Scope : FS->Scopes)
        if (Scope.count(N->Name))
          return nullptr; // a local variable shadows it
    Symbol S = lookupIn(Ctx, N->Name);
    return S.K == Symbol::Kind::Module ? S.Module : nullptr;
  }
  if (auto *M = llvm::dyn_cast<MemberExpr>(E)) {
    ModuleInfo *Outer = resolveModule(M->Base, Ctx);
    if (!Outer)
      return nullptr;
    Symbol S = Outer->Names.lookup(M->Member.Name);
    return S.K == Symbol::Kind::Module ? S.Module : nullptr;
  }
  return nullptr;
}

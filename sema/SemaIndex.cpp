//===- SemaIndex.cpp - Recording resolutions for tools (ResolutionIndex) --===//
#include "sema/ResolutionIndex.h"
#include "sema/SemaImpl.h"
#include "llvm/ADT/StringSet.h"

using namespace ignis;
using namespace ignis::sema;

void Sema::indexReference(SourceRange Use, const Symbol &S) {
  if (!Opts.Index || !Use.isValid())
    return;
  using RK = ResolutionIndex::Reference::Kind;
  ResolutionIndex::Reference R;
  R.Use = Use;
  switch (S.K) {
  case Symbol::Kind::None:
  case Symbol::Kind::Builtins:
    return;
  case Symbol::Kind::Local:
    R.K = RK::Local;
    R.DeclLoc = S.Local->Loc;
    R.Ty = S.Local->Ty;
    break;
  case Symbol::Kind::Value:
    R.K = RK::Value;
    if (S.Value.K == ComptimeValue::Kind::Type)
      R.Ty = S.Value.Ty;
    break;
  case Symbol::Kind::Overloads:
    if (S.Funcs.empty())
      return;
    R.K = RK::Function;
    R.D = S.Funcs.front();
    break;
  case Symbol::Kind::Struct:
    R.K = RK::Struct;
    R.D = S.Struct;
    break;
  case Symbol::Kind::Trait:
    R.K = RK::Trait;
    R.D = S.Trait;
    break;
  case Symbol::Kind::Comptime:
    R.K = RK::Comptime;
    R.D = S.Comptime;
    break;
  case Symbol::Kind::Module:
    R.K = RK::Module;
    if (S.Module && S.Module->AST)
      R.D = S.Module->AST;
    break;
  }
  if (R.D && !R.DeclLoc.isValid())
    R.DeclLoc = R.D->Name.Loc.isValid() ? R.D->Name.Loc : R.D->getStartLoc();
  Opts.Index->References.push_back(R);
}

void Sema::indexLocal(const cir::Local *L) {
  if (!Opts.Index || !L->Loc.isValid() || L->Name.empty())
    return;
  Opts.Index->Locals.push_back({L->Name, L->Loc, L->Ty});
}

void Sema::indexGlobals() {
  if (!Opts.Index)
    return;
  auto Add = [&](llvm::StringRef Name, const Symbol &S) {
    using RK = ResolutionIndex::Reference::Kind;
    ResolutionIndex::GlobalName G;
    G.Name = Name;
    switch (S.K) {
    case Symbol::Kind::Overloads:
      if (S.Funcs.empty())
        return;
      G.K = RK::Function;
      G.D = S.Funcs.front();
      break;
    case Symbol::Kind::Struct:
      G.K = RK::Struct;
      G.D = S.Struct;
      break;
    case Symbol::Kind::Trait:
      G.K = RK::Trait;
      G.D = S.Trait;
      break;
    case Symbol::Kind::Comptime:
      G.K = RK::Comptime;
      G.D = S.Comptime;
      break;
    case Symbol::Kind::Module:
      G.K = RK::Module;
      break;
    default:
      return;
    }
    Opts.Index->Globals.push_back(G);
  };
  llvm::StringSet<> Seen;
  if (MainModule)
    for (auto &Entry : MainModule->Names)
      if (Seen.insert(Entry.getKey()).second)
        Add(Entry.getKey(), Entry.getValue());
  if (Prelude)
    for (auto &Entry : Prelude->Names)
      if (!Entry.getKey().starts_with("_") && Seen.insert(Entry.getKey()).second)
        Add(Entry.getKey(), Entry.getValue());
}

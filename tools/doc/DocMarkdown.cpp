//===- DocMarkdown.cpp - The documentation tree as Markdown ---------------===//
#include "tools/doc/DocOutput.h"

#include "llvm/Support/raw_ostream.h"

using namespace ignis;
using namespace ignis::doc;

namespace {
class MarkdownWriter {
public:
  explicit MarkdownWriter(llvm::raw_ostream &OS) : OS(OS) {}
  void module(const DocModule &M, unsigned Level);
  void package(const DocPackage &P, unsigned Level);

private:
  void heading(unsigned Level, llvm::StringRef Text) {
    OS << std::string(std::min(Level, 6u), '#') << ' ' << Text << "\n\n";
  }
  void code(llvm::StringRef Text) { OS << "```mojo\n" << Text << "\n```\n\n"; }
  void prose(llvm::StringRef Summary, llvm::StringRef Description) {
    if (!Summary.empty())
      OS << Summary << "\n\n";
    if (!Description.empty())
      OS << Description << "\n\n";
  }
  void paramList(llvm::StringRef Title, const std::vector<DocParam> &Ps);
  void functions(const std::vector<DocOverloadSet> &Sets, unsigned Level);
  void fields(const std::vector<DocField> &Fs);
  void aliases(const std::vector<DocAlias> &As, unsigned Level);

  llvm::raw_ostream &OS;
};
} // namespace

void MarkdownWriter::paramList(llvm::StringRef Title,
                               const std::vector<DocParam> &Ps) {
  // `self` is in the signature; it needs no entry of its own.
  std::vector<const DocParam *> Shown;
  for (const DocParam &P : Ps)
    if (P.Name != "self" || !P.Description.empty())
      Shown.push_back(&P);
  if (Shown.empty())
    return;
  OS << "**" << Title << ":**\n\n";
  for (const DocParam *PP : Shown) {
    const DocParam &P = *PP;
    OS << "- `" << P.Name << "`";
    if (!P.Type.empty())
      OS << " (`" << P.Type << "`)";
    if (!P.Description.empty())
      OS << ": " << P.Description;
    OS << "\n";
  }
  OS << "\n";
}

void MarkdownWriter::fields(const std::vector<DocField> &Fs) {
  if (Fs.empty())
    return;
  OS << "**Fields:**\n\n";
  for (const DocField &F : Fs) {
    OS << "- `" << F.Name << "`";
    if (!F.Type.empty())
      OS << " (`" << F.Type << "`)";
    if (!F.Summary.empty())
      OS << ": " << F.Summary;
    OS << "\n";
  }
  OS << "\n";
}

void MarkdownWriter::aliases(const std::vector<DocAlias> &As, unsigned Level) {
  for (const DocAlias &A : As) {
    heading(Level, "`" + A.Name + "`");
    code("comptime " + A.Name + (A.Value.empty() ? "" : " = " + A.Value));
    if (!A.Deprecated.empty())
      OS << "**Deprecated:** " << A.Deprecated << "\n\n";
    prose(A.Summary, A.Description);
  }
}

void MarkdownWriter::functions(const std::vector<DocOverloadSet> &Sets,
                               unsigned Level) {
  for (const DocOverloadSet &Set : Sets) {
    heading(Level, "`" + Set.Name + "`");
    for (const DocFunction &F : Set.Overloads) {
      code(F.Signature);
      if (!F.Deprecated.empty())
        OS << "**Deprecated:** " << F.Deprecated << "\n\n";
      prose(F.Summary, F.Description);
      paramList("Parameters", F.Parameters);
      paramList("Args", F.Args);
      if (!F.ReturnType.empty() || !F.ReturnsDoc.empty()) {
        OS << "**Returns:**";
        if (!F.ReturnType.empty())
          OS << " `" << F.ReturnType << "`";
        if (!F.ReturnsDoc.empty())
          OS << (F.ReturnType.empty() ? " " : ": ") << F.ReturnsDoc;
        OS << "\n\n";
      }
      if (F.Raises || !F.RaisesDoc.empty())
        OS << "**Raises:**" << (F.RaisesDoc.empty() ? "" : " ") << F.RaisesDoc
           << "\n\n";
      if (!F.Constraints.empty())
        OS << "**Constraints:** " << F.Constraints << "\n\n";
    }
  }
}

void MarkdownWriter::module(const DocModule &M, unsigned Level) {
  heading(Level, "Module `" + M.Name + "`");
  prose(M.Summary, M.Description);
  if (!M.Aliases.empty()) {
    heading(Level + 1, "Aliases");
    aliases(M.Aliases, Level + 2);
  }
  if (!M.Structs.empty()) {
    heading(Level + 1, "Structs");
    for (const DocStruct &S : M.Structs) {
      heading(Level + 2, "`" + S.Name + "`");
      std::string Sig = S.Signature;
      if (!S.ParentTraits.empty()) {
        Sig += "(";
        for (size_t I = 0; I < S.ParentTraits.size(); ++I)
          Sig += (I ? ", " : "") + S.ParentTraits[I];
        Sig += ")";
      }
      code(Sig);
      if (!S.Deprecated.empty())
        OS << "**Deprecated:** " << S.Deprecated << "\n\n";
      prose(S.Summary, S.Description);
      paramList("Parameters", S.Parameters);
      fields(S.Fields);
      if (!S.Constraints.empty())
        OS << "**Constraints:** " << S.Constraints << "\n\n";
      aliases(S.Aliases, Level + 3);
      functions(S.Functions, Level + 3);
    }
  }
  if (!M.Traits.empty()) {
    heading(Level + 1, "Traits");
    for (const DocTrait &T : M.Traits) {
      heading(Level + 2, "`" + T.Name + "`");
      std::string Sig = "trait " + T.Name;
      if (!T.ParentTraits.empty()) {
        Sig += "(";
        for (size_t I = 0; I < T.ParentTraits.size(); ++I)
          Sig += (I ? ", " : "") + T.ParentTraits[I];
        Sig += ")";
      }
      code(Sig);
      if (!T.Deprecated.empty())
        OS << "**Deprecated:** " << T.Deprecated << "\n\n";
      prose(T.Summary, T.Description);
      fields(T.Fields);
      functions(T.Functions, Level + 3);
    }
  }
  if (!M.Functions.empty()) {
    heading(Level + 1, "Functions");
    functions(M.Functions, Level + 2);
  }
}

void MarkdownWriter::package(const DocPackage &P, unsigned Level) {
  heading(Level, "Package `" + P.Name + "`");
  prose(P.Summary, P.Description);
  for (const DocModule &M : P.Modules)
    module(M, Level + 1);
  for (const DocPackage &Sub : P.Packages)
    package(Sub, Level + 1);
}

void doc::writeMarkdown(llvm::raw_ostream &OS, const DocTree &Tree) {
  MarkdownWriter W(OS);
  if (Tree.IsPackage)
    W.package(Tree.Package, 1);
  else
    W.module(Tree.Module, 1);
}

//===- DeclText.cpp - Signatures and docstrings of declarations, as text --===//
#include "lsp/DeclText.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

using namespace ignis;

static std::string foldSpaces(llvm::StringRef S) {
  std::string Out;
  bool Space = false;
  for (char C : S) {
    if (C == ' ' || C == '\t' || C == '\n' || C == '\r') {
      Space = !Out.empty();
      continue;
    }
    if (Space)
      Out.push_back(' ');
    Space = false;
    Out.push_back(C);
  }
  return Out;
}

std::string lsp::getDeclHeader(const Decl *D, const SourceManager &SM) {
  SourceLoc Start = D->getStartLoc();
  if (!Start.isValid())
    return D->Name.Name.str();
  llvm::StringRef Text = SM.getText(SourceRange(Start, D->getEndLoc()));
  // Skip decorators: the header starts at the keyword before the name.
  if (D->Name.Loc.isValid() && Start <= D->Name.Loc) {
    uint32_t NameOff = D->Name.Loc.getRaw() - Start.getRaw();
    for (llvm::StringRef KW : {"def ", "fn ", "struct ", "trait ", "comptime ",
                               "alias ", "var ", "ref "}) {
      size_t At = Text.substr(0, NameOff).rfind(KW);
      if (At != llvm::StringRef::npos && At <= NameOff &&
          Text.substr(At, NameOff - At).trim().size() <= KW.size() + 8) {
        Text = Text.substr(At);
        break;
      }
    }
  }
  // Up to the `:` at bracket depth 0 that opens the body (for a comptime
  // or field, the whole first logical line).
  bool StopAtColon = llvm::isa<FuncDecl>(D) || llvm::isa<StructDecl>(D) ||
                     llvm::isa<TraitDecl>(D);
  int Depth = 0;
  size_t End = Text.size();
  for (size_t I = 0; I < Text.size(); ++I) {
    char C = Text[I];
    if (C == '(' || C == '[' || C == '{')
      ++Depth;
    else if (C == ')' || C == ']' || C == '}')
      --Depth;
    else if (Depth <= 0 && StopAtColon && C == ':') {
      End = I;
      break;
    } else if (Depth <= 0 && !StopAtColon && C == '\n') {
      End = I;
      break;
    }
  }
  return foldSpaces(Text.substr(0, End));
}

std::string lsp::getDocstring(const Decl *D) {
  Block Body;
  if (auto *F = llvm::dyn_cast<FuncDecl>(D))
    Body = F->Body;
  else if (auto *S = llvm::dyn_cast<StructDecl>(D))
    Body = S->Body;
  else if (auto *T = llvm::dyn_cast<TraitDecl>(D))
    Body = T->Body;
  else if (auto *M = llvm::dyn_cast<ModuleDecl>(D))
    Body = M->Body;
  if (Body.empty())
    return "";
  auto *ES = llvm::dyn_cast_or_null<ExprStmt>(Body.front());
  auto *Str = ES ? llvm::dyn_cast_or_null<StringLiteralExpr>(ES->E) : nullptr;
  if (!Str)
    return "";
  llvm::SmallVector<llvm::StringRef, 16> Lines;
  Str->Value.split(Lines, '\n');
  // The first line follows the quotes; the rest share an indentation.
  size_t Indent = llvm::StringRef::npos;
  for (size_t I = 1; I < Lines.size(); ++I) {
    llvm::StringRef L = Lines[I];
    if (L.trim().empty())
      continue;
    Indent = std::min(Indent, L.size() - L.ltrim().size());
  }
  std::string Out;
  for (size_t I = 0; I < Lines.size(); ++I) {
    llvm::StringRef L = Lines[I];
    if (I == 0)
      L = L.ltrim();
    else if (Indent != llvm::StringRef::npos && L.size() >= Indent)
      L = L.drop_front(Indent);
    Out += L.rtrim().str();
    Out += '\n';
  }
  return llvm::StringRef(Out).trim().str();
}

SourceRange lsp::getNameRange(const Decl *D) {
  if (auto *V = llvm::dyn_cast<VarDecl>(D))
    if (V->Target)
      if (auto *N = llvm::dyn_cast<NameExpr>(V->Target))
        return N->getRange();
  if (D->Name.isValid() && D->Name.Loc.isValid())
    return D->Name.getRange();
  return D->getRange();
}

llvm::StringRef lsp::getFieldName(const VarDecl *V) {
  if (V->Target)
    if (auto *N = llvm::dyn_cast<NameExpr>(V->Target))
      return N->Name;
  return V->Name.Name;
}

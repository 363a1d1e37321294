//===- SignatureHelp.cpp - textDocument/signatureHelp inside a call -------===//
#include "lsp/DeclText.h"
#include "lsp/Features.h"
#include "lsp/Lookup.h"

using namespace ignis;
using namespace ignis::lsp;
namespace L = llvm::lsp;

/// The `(` of the call the cursor is in (scanning back at most a few
/// thousand bytes, skipping nested brackets), and the number of commas
/// before the cursor at that depth.
static std::optional<uint32_t> findOpenParen(llvm::StringRef Text,
                                             uint32_t Cursor,
                                             unsigned &Commas) {
  int Depth = 0;
  Commas = 0;
  uint32_t Stop = Cursor > 4000 ? Cursor - 4000 : 0;
  for (uint32_t I = Cursor; I > Stop; --I) {
    char C = Text[I - 1];
    if (C == ')' || C == ']' || C == '}')
      ++Depth;
    else if (C == '[' || C == '{') {
      if (Depth == 0)
        return std::nullopt;
      --Depth;
    } else if (C == '(') {
      if (Depth == 0)
        return I - 1;
      --Depth;
    } else if (C == ',' && Depth == 0) {
      ++Commas;
    }
  }
  return std::nullopt;
}

static L::SignatureInformation describe(const FuncDecl *F,
                                        const SourceManager &SM,
                                        bool SkipSelf) {
  L::SignatureInformation Sig;
  Sig.label = getDeclHeader(F, SM);
  Sig.documentation = getDocstring(F);
  size_t From = Sig.label.find('(');
  bool First = true;
  for (const ParamDecl &P : F->Args.Params) {
    bool IsSelf = First && P.Name.Name == "self";
    First = false;
    if (IsSelf && SkipSelf)
      continue;
    std::string Text;
    llvm::StringRef Raw = SM.getText(P.Range);
    bool Space = false;
    for (char C : Raw) {
      if (C == ' ' || C == '\n' || C == '\t') {
        Space = !Text.empty();
        continue;
      }
      if (Space)
        Text.push_back(' ');
      Space = false;
      Text.push_back(C);
    }
    L::ParameterInformation PI;
    size_t At = From == std::string::npos ? std::string::npos
                                          : Sig.label.find(Text, From);
    if (!Text.empty() && At != std::string::npos) {
      PI.labelOffsets = std::make_pair(unsigned(At), unsigned(At + Text.size()));
      From = At + Text.size();
    }
    PI.labelString = Text;
    Sig.parameters.push_back(std::move(PI));
  }
  return Sig;
}

std::optional<L::SignatureHelp>
lsp::findSignatureHelp(const CheckedDocument &Doc, const L::Position &Pos) {
  SourceLoc Loc = Doc.getLoc(Pos);
  if (!Loc.isValid())
    return std::nullopt;
  const SourceManager &SM = Doc.getSourceManager();
  llvm::StringRef Text = Doc.getText();
  unsigned Commas = 0;
  std::optional<uint32_t> Open = findOpenParen(Text, SM.getOffset(Loc), Commas);
  if (!Open)
    return std::nullopt;
  uint32_t End = *Open;
  while (End > 0 && Text[End - 1] == ' ')
    --End;
  SourceLoc CalleeEnd = SM.getLocForOffset(Doc.getBuffer(), End);
  SourceRange Callee = getIdentifierAt(Doc, CalleeEnd);
  if (Callee.Begin == Callee.End || Callee.End != CalleeEnd)
    return std::nullopt;

  // The overloads: methods after `.`, a function, or a struct's __init__s.
  llvm::SmallVector<const FuncDecl *, 4> Funcs;
  bool SkipSelf = false;
  llvm::StringRef Member;
  SourceRange MemberRange;
  auto AddAll = [&](const StructDecl *SD, llvm::StringRef Name) {
    for (const Stmt *S : SD->Body)
      if (auto *F = llvm::dyn_cast<FuncDecl>(S); F && F->Name.Name == Name)
        Funcs.push_back(F);
  };
  if (Type Base = findMemberBase(Doc, Callee.Begin, Member, MemberRange)) {
    if (auto *ST = llvm::dyn_cast<StructType>(Base); ST && ST->Decl)
      AddAll(ST->Decl, Member);
    SkipSelf = true;
  } else if (const ResolutionIndex::Reference *R =
                 findReference(Doc, Callee.Begin)) {
    if (auto *F = llvm::dyn_cast_or_null<FuncDecl>(R->D))
      Funcs.push_back(F);
    else if (auto *SD = llvm::dyn_cast_or_null<StructDecl>(R->D)) {
      AddAll(SD, "__init__");
      SkipSelf = true;
    }
  }
  if (Funcs.empty())
    return std::nullopt;
  L::SignatureHelp Help;
  for (const FuncDecl *F : Funcs)
    Help.signatures.push_back(describe(F, SM, SkipSelf));
  // The first overload with enough parameters is the active one.
  Help.activeParameter = Commas;
  for (size_t I = 0; I < Help.signatures.size(); ++I)
    if (Help.signatures[I].parameters.size() > Commas) {
      Help.activeSignature = I;
      break;
    }
  return Help;
}

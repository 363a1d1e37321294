//===- InlayHints.cpp - textDocument/inlayHint: inferred variable types ----===//
#include "lsp/Features.h"
#include "llvm/ADT/DenseSet.h"

using namespace ignis;
using namespace ignis::lsp;
namespace L = llvm::lsp;

/// Whether the variable named at [Off, Off + Len) has its type written:
/// `x: T` (not `x := v`). Unannotated bindings are `x = v`, `x := v`,
/// `for x in`, `with ... as x`.
static bool needsHint(llvm::StringRef Text, size_t Off, size_t Len) {
  llvm::StringRef After = Text.substr(Off + Len).ltrim(" \t");
  if (After.starts_with(":="))
    return true;
  if (After.starts_with("=") && !After.starts_with("=="))
    return true;
  if (After.starts_with("in ") || After.starts_with("in\t"))
    return true;
  return false;
}

std::vector<L::InlayHint> lsp::findInlayHints(const CheckedDocument &Doc,
                                              const L::Range &Range) {
  std::vector<L::InlayHint> Out;
  SourceLoc Begin = Doc.getLoc(Range.start), End = Doc.getLoc(Range.end);
  const SourceManager &SM = Doc.getSourceManager();
  llvm::StringRef Text = Doc.getText();
  llvm::DenseSet<uint32_t> Seen;
  for (const auto &Local : Doc.getIndex().Locals) {
    if (!Doc.isInDocument(Local.Loc) || Local.Loc < Begin || End < Local.Loc ||
        !Local.Ty || Local.Ty->isError() || !Seen.insert(Local.Loc.getRaw()).second)
      continue;
    size_t Off = SM.getOffset(Local.Loc);
    if (Text.substr(Off, Local.Name.size()) != Local.Name ||
        !needsHint(Text, Off, Local.Name.size()))
      continue;
    L::InlayHint Hint(L::InlayHintKind::Type,
                      Doc.getPosition(Local.Loc.getAdvanced(Local.Name.size())));
    Hint.label = ": " + Doc.getTypes().getName(Local.Ty);
    Out.push_back(std::move(Hint));
  }
  std::sort(Out.begin(), Out.end());
  return Out;
}

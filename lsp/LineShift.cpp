//===- LineShift.cpp - Lines of an old text that a new text kept ----------===//
#include "lsp/LineShift.h"

#include <algorithm>
#include <cstdint>

using namespace ignis;
using namespace ignis::lsp;
namespace L = llvm::lsp;

LineShift::LineShift(llvm::StringRef Old, llvm::StringRef New) {
  // The common prefix, cut back to the last whole line.
  size_t Max = std::min(Old.size(), New.size()), N = 0, Prefix = 0;
  while (N < Max && Old[N] == New[N]) {
    if (Old[N] == '\n')
      Prefix = N + 1;
    ++N;
  }
  if (N == Old.size() && N == New.size()) {
    PrefixLines = OldTail = NewTail = INT32_MAX; // the same text
    return;
  }
  // The common suffix of what follows, cut forward to a line start in both.
  llvm::StringRef OldRest = Old.drop_front(Prefix),
                  NewRest = New.drop_front(Prefix);
  size_t RMax = std::min(OldRest.size(), NewRest.size()), S = 0, Suffix = 0;
  while (S < RMax && OldRest[OldRest.size() - 1 - S] ==
                         NewRest[NewRest.size() - 1 - S]) {
    ++S;
    bool OldAtLine = S == OldRest.size() ||
                     OldRest[OldRest.size() - 1 - S] == '\n';
    bool NewAtLine = S == NewRest.size() ||
                     NewRest[NewRest.size() - 1 - S] == '\n';
    if (OldAtLine && NewAtLine)
      Suffix = S;
  }
  PrefixLines = (int)Old.take_front(Prefix).count('\n');
  OldTail = (int)Old.take_front(Old.size() - Suffix).count('\n');
  NewTail = (int)New.take_front(New.size() - Suffix).count('\n');
  if (Suffix == 0) {
    // No kept tail: nothing after the changed lines maps.
    OldTail = NewTail = INT32_MAX;
  }
}

std::optional<L::Position> LineShift::toOld(const L::Position &P) const {
  if (P.line < PrefixLines)
    return P;
  if (P.line >= NewTail)
    return L::Position(P.line - NewTail + OldTail, P.character);
  return std::nullopt;
}

std::optional<L::Position> LineShift::toNew(const L::Position &P) const {
  if (P.line < PrefixLines)
    return P;
  if (P.line >= OldTail)
    return L::Position(P.line - OldTail + NewTail, P.character);
  return std::nullopt;
}

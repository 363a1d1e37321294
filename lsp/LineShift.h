//===- LineShift.h - Lines of an old text that a new text kept ------------===//
//
// After an edit the server may answer hover and completion from the last
// checked version instead of waiting for a check of the new text (see
// LanguageServer.cpp). That is only right where the two texts agree: the
// lines before the first changed one, and the lines after the last changed
// one (moved up or down by the lines the edit added or removed). LineShift
// finds those two unchanged runs of whole lines and maps positions between
// the texts; a position in the changed lines has no counterpart.
//
//===----------------------------------------------------------------------===//
#ifndef IGNIS_LSP_LINESHIFT_H
#define IGNIS_LSP_LINESHIFT_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/LSP/Protocol.h"
#include <optional>

namespace ignis {
namespace lsp {

class LineShift {
public:
  LineShift(llvm::StringRef Old, llvm::StringRef New);

  /// The line of New's position P in Old, if that line did not change.
  std::optional<llvm::lsp::Position>
  toOld(const llvm::lsp::Position &P) const;
  /// The position in New of Old's position P, if its line did not change.
  std::optional<llvm::lsp::Position>
  toNew(const llvm::lsp::Position &P) const;

private:
  /// Lines [0, PrefixLines) are the same in both texts; Old's lines from
  /// OldTail on are New's from NewTail on.
  int PrefixLines = 0;
  int OldTail = 0, NewTail = 0;
};

} // namespace lsp
} // namespace ignis

#endif

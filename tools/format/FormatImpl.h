//===- FormatImpl.h - The formatter's line model, shared by its files -----===//
//
// Private to tools/format/. The source is lexed with comments kept; tokens
// are grouped into logical lines with their block depth, and every comment
// is attached: after a token on its line (trailing), before a token inside
// brackets (leading), or as a line of its own between logical lines.
//
//===----------------------------------------------------------------------===//
#ifndef IGNIS_TOOLS_FORMAT_FORMATIMPL_H
#define IGNIS_TOOLS_FORMAT_FORMATIMPL_H

#include "frontend/Token.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace ignis {
namespace format {

/// Columns a line may use before the breaker splits it.
constexpr unsigned LineWidth = 80;
/// Spaces per block level and per continuation level.
constexpr unsigned IndentWidth = 4;

/// One real token of the file (no newline/indent/dedent/eof markers).
struct FmtToken {
  TokenKind Kind;
  llvm::StringRef Text;
  /// Whitespace (or a line break) preceded it in the source.
  bool HadSpace = false;
  /// Line (0-based) where the token starts and ends.
  unsigned Line = 0, EndLine = 0;
  /// Comment on the token's last line, after it.
  llvm::StringRef Trailing;
  /// Own-line comments inside brackets, before the token.
  llvm::SmallVector<llvm::StringRef, 1> Leading;
};

/// What the formatter writes: a logical line, a comment line between logical
/// lines, or a `# fmt: off` region copied as it was.
struct Item {
  enum class Kind { Code, Comment, Verbatim } TheKind = Kind::Code;
  unsigned Depth = 0;
  /// Tokens [Begin, End) for Code.
  unsigned Begin = 0, End = 0;
  /// The comment (Comment) or the region's text (Verbatim).
  llvm::StringRef Text;
  /// Source lines the item spans (0-based), for blank-line groups.
  unsigned FirstLine = 0, LastLine = 0;
  /// A verbatim region's column in the source (its `# fmt: off`): when the
  /// directive is Aligned with its block's statements, the region's lines
  /// move by the difference to the column the block now has.
  unsigned Column = 0;
  /// A comment line (or region) at exactly its block's column.
  bool Aligned = false;
  /// Verbatim: for each source line of the region, the columns its
  /// indentation moves by, or KeepLine for a line left exactly as written
  /// (inside a multi-line string).
  std::vector<int> LineShift;
};

/// Item::LineShift of a line that is not moved.
constexpr int KeepLine = -(1 << 30);

struct SourceModel {
  std::vector<FmtToken> Tokens;
  std::vector<Item> Items;
};

/// Builds the model of one lexed buffer (lexed with comments kept).
SourceModel buildSourceModel(llvm::StringRef Text, SourceLoc BufferStart,
                             const TokenBuffer &TB);

/// Whether one space separates Toks[I - 1] and Toks[I] on a line, for each
/// I in (Begin, End) of one logical line; Spaces[0] is unused.
void computeSpacing(llvm::ArrayRef<FmtToken> Toks,
                    llvm::SmallVectorImpl<bool> &Spaces);

/// Writes one logical line at Depth, wrapped black-style to LineWidth.
void writeLogicalLine(llvm::ArrayRef<FmtToken> Toks, unsigned Depth,
                      std::string &Out);

/// The `.` of a method chain after a bracket: the tightest split level.
constexpr unsigned DotPriority = 12;
/// The binding level of T[I] as a binary operator black splits at (1 =
/// loosest: ternary, 2 `or`, 3 `and`, 4 adjacent strings, 5 comparisons,
/// ... 11 `*`, DotPriority), or 0.
unsigned delimiterPriority(llvm::ArrayRef<FmtToken> T, unsigned I);
/// The top-level delimiters of the loosest level in (Lo, Hi) into At;
/// returns that level or 0 when there are none (or a single `.`).
unsigned loosestDelimiters(llvm::ArrayRef<FmtToken> T, unsigned Lo, unsigned Hi,
                           llvm::SmallVectorImpl<unsigned> &At);

/// The expression of a logical line that may get invisible parentheses,
/// as [Lo, Hi); false when there is none.
bool findWrappableExpr(llvm::ArrayRef<FmtToken> T, unsigned &Lo, unsigned &Hi);

/// Columns Text takes (UTF-8 code points).
unsigned displayWidth(llvm::StringRef Text);

} // namespace format
} // namespace ignis

#endif

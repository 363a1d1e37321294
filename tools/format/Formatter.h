//===- Formatter.h - `ignis format`: the Mojo source formatter ------------===//
#ifndef IGNIS_TOOLS_FORMAT_FORMATTER_H
#define IGNIS_TOOLS_FORMAT_FORMATTER_H

#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace ignis {

class DiagnosticEngine;
class SourceManager;

enum class FormatStatus {
  /// Text holds the formatted source (possibly equal to the input).
  Formatted,
  /// The input does not parse; its diagnostics went to the engine.
  ParseError,
  /// The formatter's output failed its own checks (it would not parse, its
  /// AST differs from the input's, or formatting it again changes it);
  /// Message says which. The input must be left as it is.
  InternalError,
};

/// Where one item of the input (a logical line with its comments, a comment
/// line, or a `# fmt: off` region) went in the output: the language server
/// formats a range by taking the items on the requested lines.
struct FormattedSpan {
  /// Source lines (0-based) the item spans.
  unsigned FirstLine = 0, LastLine = 0;
  /// Its block depth; Code: a logical line (not a comment line or region).
  unsigned Depth = 0;
  bool Code = false;
  /// Its text in FormatResult::Text, [OutBegin, OutEnd), without the blank
  /// lines before it; it ends with a line break.
  size_t OutBegin = 0, OutEnd = 0;
};

struct FormatResult {
  FormatStatus Status = FormatStatus::Formatted;
  std::string Text;
  std::string Message;
  /// One span per item, in source order (when Status is Formatted).
  std::vector<FormattedSpan> Spans;
};

/// Formats one buffer: 4-space indentation, 80 columns with black-style
/// wrapping, normalised spacing; comments, blank-line groups (capped),
/// string literals and `# fmt: off` regions are kept.
FormatResult formatBuffer(const SourceManager &SM, unsigned BufferID,
                          DiagnosticEngine &Diags);

/// Formats Text without any check (the raw step, for tests and benchmarks).
std::string formatTextUnchecked(llvm::StringRef Name, llvm::StringRef Text);

/// The `--emit=ast` dump of Text without source positions, or "" with
/// ParseFailed set when Text does not parse.
std::string dumpASTWithoutLocations(llvm::StringRef Name, llvm::StringRef Text,
                                    bool &ParseFailed);

} // namespace ignis

#endif

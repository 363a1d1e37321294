//===- Formatter.h - `ignis format`: the Mojo source formatter ------------===//
#ifndef IGNIS_TOOLS_FORMAT_FORMATTER_H
#define IGNIS_TOOLS_FORMAT_FORMATTER_H

#include "llvm/ADT/StringRef.h"
#include <string>

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

struct FormatResult {
  FormatStatus Status = FormatStatus::Formatted;
  std::string Text;
  std::string Message;
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

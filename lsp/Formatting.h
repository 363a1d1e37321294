//===- Formatting.h - textDocument/(range)formatting via `ignis format` ---===//
//
// Formats an open file's current text with the formatter behind `ignis
// format` (tools/format) and answers with the smallest whole-line edit that
// turns the text into the formatted one, so the editor keeps the cursor and
// folds outside the changed lines. Needs no check of the file: a request is
// answered at once, from the text alone.
//
//===----------------------------------------------------------------------===//
#ifndef IGNIS_LSP_FORMATTING_H
#define IGNIS_LSP_FORMATTING_H

#include "llvm/Support/Error.h"
#include "llvm/Support/LSP/Protocol.h"
#include <vector>

namespace ignis {
namespace lsp {

/// The edits that format Text (the file Path): none when it is already
/// formatted or does not parse (its parse errors are in the published
/// diagnostics); an error when the formatter's own checks fail.
llvm::Expected<std::vector<llvm::lsp::TextEdit>>
formatDocument(llvm::StringRef Path, llvm::StringRef Text);

/// textDocument/rangeFormatting: the same for the statements (logical lines,
/// with their comments) on the lines Range touches, whole; a range ending at
/// column 0 of a later line stops before that line. Nothing outside those
/// statements changes; blank lines between them are capped as in the file.
llvm::Expected<std::vector<llvm::lsp::TextEdit>>
formatRange(llvm::StringRef Path, llvm::StringRef Text,
            const llvm::lsp::Range &Range);

} // namespace lsp
} // namespace ignis

#endif

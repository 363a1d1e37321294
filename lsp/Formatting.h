//===- Formatting.h - textDocument/formatting through `ignis format` ------===//
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

} // namespace lsp
} // namespace ignis

#endif

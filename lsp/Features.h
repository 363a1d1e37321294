//===- Features.h - Answers to position queries on a checked document -----===//
//
// Each request of the server is one function over a CheckedDocument (one
// file per feature). They read the resolution index sema recorded and the
// AST; none of them can fail: no answer is an empty result.
//
//===----------------------------------------------------------------------===//
#ifndef IGNIS_LSP_FEATURES_H
#define IGNIS_LSP_FEATURES_H

#include "lsp/CheckedDocument.h"
#include "llvm/Support/LSP/Protocol.h"
#include <optional>
#include <vector>

namespace ignis {
namespace lsp {

/// Hover.cpp: the type of a variable or expression, the signature and
/// docstring of a function, struct or trait.
std::optional<llvm::lsp::Hover> findHover(const CheckedDocument &Doc,
                                          const llvm::lsp::Position &Pos);

/// Definition.cpp: where the name under the cursor is declared (locals,
/// globals, struct members, the stdlib).
std::vector<llvm::lsp::Location>
findDefinition(const CheckedDocument &Doc, const llvm::lsp::Position &Pos);

/// DocumentSymbols.cpp: the file's functions, structs (with fields and
/// methods), traits, comptime values and globals.
std::vector<llvm::lsp::DocumentSymbol>
findDocumentSymbols(const CheckedDocument &Doc);

/// Completion.cpp: names in scope at Pos, or members after `.`.
llvm::lsp::CompletionList findCompletions(const CheckedDocument &Doc,
                                          const llvm::lsp::Position &Pos);

} // namespace lsp
} // namespace ignis

#endif

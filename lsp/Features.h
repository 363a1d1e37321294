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
/// methods), traits, comptime values and globals, from its tree alone.
std::vector<llvm::lsp::DocumentSymbol>
findDocumentSymbols(const DocumentText &Doc, const ModuleDecl *Module);

/// Completion.cpp: names in scope at Pos, or members after `.`.
llvm::lsp::CompletionList findCompletions(const CheckedDocument &Doc,
                                          const llvm::lsp::Position &Pos);

/// References.cpp: every use of what the cursor names in this file (and
/// its declaration when IncludeDeclaration), in source order.
std::vector<llvm::lsp::Location>
findReferences(const CheckedDocument &Doc, const llvm::lsp::Position &Pos,
               bool IncludeDeclaration);
/// References.cpp: those uses and the declaration renamed to NewName; an
/// error for a declaration outside the file or a NewName that is not an
/// identifier.
llvm::Expected<llvm::lsp::WorkspaceEdit>
renameSymbol(const CheckedDocument &Doc, const llvm::lsp::URIForFile &URI,
             const llvm::lsp::Position &Pos, llvm::StringRef NewName);

/// FoldingRanges.cpp: declarations, compound statements and docstrings
/// spanning several lines, as LSP FoldingRange objects.
llvm::json::Value findFoldingRanges(const DocumentText &Doc,
                                    const ModuleDecl *Module);

/// SignatureHelp.cpp: the overloads of the function, method or struct
/// constructor whose call the cursor is in, and the argument it is at.
std::optional<llvm::lsp::SignatureHelp>
findSignatureHelp(const CheckedDocument &Doc, const llvm::lsp::Position &Pos);

/// InlayHints.cpp: `: Type` after each variable in Range whose type was
/// inferred (`var x = v`, `x := v`, `for x in`).
std::vector<llvm::lsp::InlayHint> findInlayHints(const CheckedDocument &Doc,
                                                 const llvm::lsp::Range &Range);

/// SemanticTokens.cpp: the legend (for initialize) and the file's tokens.
llvm::json::Value getSemanticTokensLegend();
llvm::json::Value findSemanticTokens(const CheckedDocument &Doc);
/// The tokens' relative encoding (five integers per token), for the
/// streaming reply (PublishDiagnostics.h: sendSemanticTokens).
std::vector<int> encodeSemanticTokens(const CheckedDocument &Doc);

} // namespace lsp
} // namespace ignis

#endif

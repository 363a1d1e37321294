//===- DeclText.h - Signatures and docstrings of declarations, as text ----===//
#ifndef IGNIS_LSP_DECLTEXT_H
#define IGNIS_LSP_DECLTEXT_H

#include "frontend/AST.h"
#include <string>

namespace ignis {
namespace lsp {

/// The declaration's header as written, up to the `:` that opens its body,
/// whitespace runs folded to one space: `def add(a: Int, b: Int) -> Int`,
/// `struct Point(Copyable)`. For a field (`var x: Int`) the whole line.
std::string getDeclHeader(const Decl *D, const SourceManager &SM);

/// The docstring (the first statement of the body when it is a string
/// literal), with its common indentation removed; "" if none.
std::string getDocstring(const Decl *D);

/// The range of the declaration's name (the whole declaration if unnamed).
SourceRange getNameRange(const Decl *D);

/// The name a field declaration (`var x: T`) introduces, or "".
llvm::StringRef getFieldName(const VarDecl *V);

} // namespace lsp
} // namespace ignis

#endif

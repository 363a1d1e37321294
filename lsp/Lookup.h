//===- Lookup.h - From a position to the symbol, type or member there -----===//
#ifndef IGNIS_LSP_LOOKUP_H
#define IGNIS_LSP_LOOKUP_H

#include "lsp/CheckedDocument.h"

namespace ignis {
namespace lsp {

/// The innermost recorded reference whose name contains Loc, or null.
const ResolutionIndex::Reference *findReference(const CheckedDocument &Doc,
                                                SourceLoc Loc);
/// The innermost checked expression containing Loc, or null.
const ResolutionIndex::ExprType *findExpr(const CheckedDocument &Doc,
                                          SourceLoc Loc);
/// The type of the expression that ends exactly at End (the base of a
/// member access `base.name`), or null.
Type findTypeEndingAt(const CheckedDocument &Doc, SourceLoc End);

/// The identifier around Loc: [Begin, End) of [A-Za-z0-9_] characters.
SourceRange getIdentifierAt(const CheckedDocument &Doc, SourceLoc Loc);

/// A member access at Loc: the type of `base` in `base.name` when Loc is
/// on `name` (or just after the dot), else null; Name is set to `name`.
Type findMemberBase(const CheckedDocument &Doc, SourceLoc Loc,
                    llvm::StringRef &Name, SourceRange &NameRange);

/// The declaration of member Name of struct type T (a field's VarDecl, the
/// first method overload, a comptime member), or null.
const Decl *findMemberDecl(Type T, llvm::StringRef Name);

} // namespace lsp
} // namespace ignis

#endif

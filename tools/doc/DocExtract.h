//===- DocExtract.h - Builds the documentation tree of a path -------------===//
#ifndef IGNIS_TOOLS_DOC_DOCEXTRACT_H
#define IGNIS_TOOLS_DOC_DOCEXTRACT_H

#include "tools/doc/DocModel.h"
#include "llvm/ADT/StringRef.h"

namespace ignis {

class DiagnosticEngine;
class SourceManager;

namespace doc {

/// Documents Path: a .mojo file (a module) or a folder (a package: its
/// __init__.mojo gives the summary; every other .mojo file is a module and
/// every subfolder with an __init__.mojo or with modules somewhere below it
/// a package, in sorted order).
/// Names starting with `_` (but not dunder methods) and `@doc_private`
/// declarations are left out. Files are read into SM; parse errors go to
/// Diags and make the result false (the other files are still documented).
bool buildDocTree(llvm::StringRef Path, SourceManager &SM,
                  DiagnosticEngine &Diags, DocTree &Out);

} // namespace doc
} // namespace ignis

#endif

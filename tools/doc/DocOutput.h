//===- DocOutput.h - The documentation tree as JSON or Markdown -----------===//
#ifndef IGNIS_TOOLS_DOC_DOCOUTPUT_H
#define IGNIS_TOOLS_DOC_DOCOUTPUT_H

#include "tools/doc/DocModel.h"
#include "llvm/ADT/StringRef.h"

namespace llvm {
class raw_ostream;
}

namespace ignis {
namespace doc {

/// `{"decl": {...}, "version": Version}` in the shape of `mojo doc`: every
/// declaration has "kind" and "name", keys are sorted, indented by 2.
void writeJSON(llvm::raw_ostream &OS, const DocTree &Tree,
               llvm::StringRef Version);

/// One section per module (per package and module for a package), with each
/// declaration's signature in a `mojo` code block, its summary and
/// description, and lists of parameters, arguments, fields and results.
void writeMarkdown(llvm::raw_ostream &OS, const DocTree &Tree);

} // namespace doc
} // namespace ignis

#endif

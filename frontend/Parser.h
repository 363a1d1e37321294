//===- Parser.h - Recursive-descent parser from tokens to the AST ---------===//
#ifndef IGNIS_FRONTEND_PARSER_H
#define IGNIS_FRONTEND_PARSER_H

#include "frontend/SourceManager.h"

namespace llvm {
class raw_ostream;
}

namespace ignis {

class ASTContext;
class DiagnosticEngine;
class ModuleDecl;

/// Lexes and parses one buffer. Always returns a module: syntax errors are
/// reported to Diags and the parser resynchronises at the next statement,
/// so every independent error is reported (up to the engine's limit).
ModuleDecl *parseBuffer(ASTContext &Ctx, const SourceManager &SM,
                        unsigned BufferID, DiagnosticEngine &Diags);

/// `--emit=ast`: a stable, indented text form of the tree.
void printAST(llvm::raw_ostream &OS, const SourceManager &SM,
              const ModuleDecl *Module);

} // namespace ignis

#endif

//===- DocumentText.h - One version of an open file's text and positions --===//
//
// What every view of an open file shares: its text in a SourceManager
// (after the standard library's buffers when the view is checked) and the
// conversions between LSP positions and source locations. CheckedDocument
// adds the checked program; ParsedDocument only the syntax tree, for the
// requests that need no types (documentSymbol, foldingRange), so they are
// answered without waiting for a check.
//
//===----------------------------------------------------------------------===//
#ifndef IGNIS_LSP_DOCUMENTTEXT_H
#define IGNIS_LSP_DOCUMENTTEXT_H

#include "frontend/AST.h"
#include "frontend/SourceManager.h"
#include "llvm/Support/LSP/Protocol.h"
#include <memory>
#include <optional>

namespace ignis {
namespace lsp {

class DocumentText {
public:
  int64_t getVersion() const { return Version; }
  unsigned getBuffer() const { return Buffer; }
  llvm::StringRef getText() const { return SM.getBufferText(Buffer); }
  const SourceManager &getSourceManager() const { return SM; }

  /// Position conversions (LSP positions count code points; see docs).
  SourceLoc getLoc(const llvm::lsp::Position &P) const;
  llvm::lsp::Position getPosition(SourceLoc Loc) const;
  llvm::lsp::Range getRange(SourceRange R) const;
  /// Whether Loc lies in this document's own buffer.
  bool isInDocument(SourceLoc Loc) const {
    return Loc.isValid() && SM.findBuffer(Loc) == Buffer;
  }
  /// file:// location of any source location (also into the stdlib).
  std::optional<llvm::lsp::Location> getLocation(SourceRange R) const;

protected:
  DocumentText() = default;
  int64_t Version = 0;
  SourceManager SM;
  unsigned Buffer = 0;
};

/// The text parsed, not checked: its tree and nothing else.
class ParsedDocument : public DocumentText {
public:
  static std::unique_ptr<ParsedDocument>
  parse(llvm::StringRef Path, llvm::StringRef Text, int64_t Version);
  const ModuleDecl *getModule() const { return Module; }

private:
  ParsedDocument() = default;
  ASTContext AST;
  const ModuleDecl *Module = nullptr;
};

} // namespace lsp
} // namespace ignis

#endif

//===- CheckedDocument.h - One version of an open file, parsed and checked ===//
//
// The language server keeps one CheckedDocument per open file and replaces
// it on every change: the source manager, AST, types, diagnostics and the
// resolution index of the old version are freed with it, so memory does not
// grow over a long session. Checking runs under a crash-recovery context: an
// internal error while checking (an assertion, a segfault in sema on code
// it never expected) becomes a diagnostic instead of killing the server.
//
//===----------------------------------------------------------------------===//
#ifndef IGNIS_LSP_CHECKEDDOCUMENT_H
#define IGNIS_LSP_CHECKEDDOCUMENT_H

#include "frontend/AST.h"
#include "frontend/Diagnostics.h"
#include "frontend/SourceManager.h"
#include "sema/ParsedFileCache.h"
#include "sema/ResolutionIndex.h"
#include "sema/Sema.h"
#include "llvm/Support/LSP/Protocol.h"
#include <memory>
#include <string>
#include <vector>

namespace ignis {
namespace lsp {

class CheckedDocument {
public:
  /// Parses and checks Text as the file Path (imports resolve from Path's
  /// folder). Never fails: a crash while checking is reported as a
  /// diagnostic of the returned document.
  /// Testing: crash on purpose while checking (`ignis lsp --debug-crash-on`).
  enum class CrashHook { None, NullWrite, FatalError };
  /// Files in Cache (the standard library) are not parsed again: their
  /// buffers come first in the document's source manager.
  static std::unique_ptr<CheckedDocument>
  check(llvm::StringRef Path, llvm::StringRef Text, int64_t Version,
        const SemaOptions &Options, const ParsedFileCache *Cache = nullptr,
        CrashHook Crash = CrashHook::None);

  int64_t getVersion() const { return Version; }
  unsigned getBuffer() const { return Buffer; }
  llvm::StringRef getText() const { return SM.getBufferText(Buffer); }
  const SourceManager &getSourceManager() const { return SM; }
  const TypeContext &getTypes() const { return *Types; }
  const ResolutionIndex &getIndex() const { return Index; }
  /// The main file's tree (null if checking crashed before parsing ended).
  const ModuleDecl *getModule() const { return Index.MainModule; }
  bool crashed() const { return Crashed; }

  /// The diagnostics of this file in LSP form (those located in other
  /// files, such as the stdlib, are shown at the import or the top).
  std::vector<llvm::lsp::Diagnostic> getDiagnostics() const;

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

private:
  CheckedDocument() = default;
  void run(llvm::StringRef Path, const SemaOptions &Options,
           const ParsedFileCache *Cache, CrashHook Crash);

  int64_t Version = 0;
  SourceManager SM;
  ASTContext AST;
  std::unique_ptr<TypeContext> Types;
  std::unique_ptr<DiagnosticEngine> Diags;
  StoringDiagnosticConsumer Store;
  ResolutionIndex Index;
  std::unique_ptr<cir::Program> Program;
  unsigned Buffer = 0;
  bool Crashed = false;
};

} // namespace lsp
} // namespace ignis

#endif

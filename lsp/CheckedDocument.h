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
#include "lsp/DocumentText.h"
#include "lsp/IncrementalCheck.h"
#include "sema/ParsedFileCache.h"
#include "sema/ResolutionIndex.h"
#include "sema/Sema.h"
#include "llvm/Support/LSP/Protocol.h"
#include <memory>
#include <string>
#include <vector>

namespace ignis {
namespace lsp {

class CheckedDocument : public DocumentText {
public:
  /// Parses and checks Text as the file Path (imports resolve from Path's
  /// folder). Never fails: a crash while checking is reported as a
  /// diagnostic of the returned document.
  /// Testing: crash on purpose while checking (`ignis lsp --debug-crash-on`).
  enum class CrashHook { None, NullWrite, FatalError };
  /// Files in Cache (the standard library) are not parsed again: their
  /// buffers come first in the document's source manager. With Previous
  /// (what the last check of the file left, makeReuseBase), only the
  /// declarations the edit changed are checked (IncrementalCheck.h).
  static std::unique_ptr<CheckedDocument>
  check(llvm::StringRef Path, llvm::StringRef Text, int64_t Version,
        const SemaOptions &Options, const ParsedFileCache *Cache = nullptr,
        CrashHook Crash = CrashHook::None,
        const ReuseBase *Previous = nullptr);

  /// What the next check of the file may reuse from this one (null when
  /// nothing: a crash, statements sharing a line, diagnostics in imports).
  std::unique_ptr<ReuseBase> makeReuseBase() const;
  /// Checks the bodies the check deferred in the top-level declaration at
  /// Pos (all of them without Pos), so that their resolutions are in the
  /// index; their diagnostics are the reused ones already published.
  void checkDeferredAt(const llvm::lsp::Position &Pos);
  void checkAllDeferred();
  /// Whether some deferred bodies are still unchecked, and checking those
  /// of the first such declaration (the server does it while the client
  /// is idle, so later requests find them checked).
  bool hasDeferredBodies() const;
  void checkNextDeferred();
  /// Top-level declarations checked / taken from the previous check.
  unsigned getNumChecked() const { return NumChecked; }
  unsigned getNumReused() const { return NumReused; }

  const TypeContext &getTypes() const { return *Types; }
  const ResolutionIndex &getIndex() const { return Index; }
  /// The main file's tree (null if checking crashed before parsing ended).
  const ModuleDecl *getModule() const { return Index.MainModule; }
  bool crashed() const { return Crashed; }

  /// The diagnostics of this file in LSP form (those located in other
  /// files, such as the stdlib, are shown at the import or the top).
  std::vector<llvm::lsp::Diagnostic> getDiagnostics() const;

private:
  CheckedDocument() = default;
  void run(llvm::StringRef Path, const SemaOptions &Options,
           const ParsedFileCache *Cache, CrashHook Crash,
           const ReuseBase *Previous);
  /// Previous's declaration diagnostics of the reused chunks (From), moved
  /// to this text, with their chunk; false if one cannot be moved.
  bool takeOldDiagnostics(const ReuseBase &Previous,
                          const std::vector<int> &From,
                          std::vector<std::pair<int, Diagnostic>> &Out) const;
  void checkDeferredChunks(llvm::function_ref<bool(unsigned)> Want);

  ASTContext AST;
  std::unique_ptr<TypeContext> Types;
  std::unique_ptr<DiagnosticEngine> Diags;
  StoringDiagnosticConsumer Store;
  ResolutionIndex Index;
  /// Sema's state, kept for the deferred bodies.
  std::unique_ptr<CheckSession> Session;
  std::vector<TopLevelChunk> Chunks;
  bool HasChunks = false;
  /// Per chunk: its bodies are deferred and not checked yet.
  std::vector<bool> Pending;
  llvm::DenseSet<const Stmt *> DeferredStmts;
  /// Store.Diags from here on were reported while checking declarations.
  size_t DeclDiagsBegin = 0;
  unsigned NumChecked = 0, NumReused = 0;
  bool Crashed = false;
};

} // namespace lsp
} // namespace ignis

#endif

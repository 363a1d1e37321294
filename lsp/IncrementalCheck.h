//===- IncrementalCheck.h - Re-checking only what an edit changed ---------===//
//
// After an edit the language server parses the whole file again (cheap) but
// checks only the top-level declarations the edit touched, and those that
// name a function whose signature changed (or that was added or removed);
// every other non-generic declaration keeps the diagnostics the last check
// reported for it, moved by the lines inserted or deleted above it. Its
// bodies are still checked later, when a request (hover, definition, ...)
// needs their resolutions (CheckSession::checkDeferred).
//
// The unit is a chunk: one top-level statement with the whole lines from
// its first line (decorators included) to the next statement's. Everything
// outside the chunks' bodies that could change what other declarations mean
// (a struct's fields, a trait, an import, a global, a dunder function) makes
// the whole file checked again, as do diagnostics the last check reported
// outside the file or in a generic declaration (they may come from an
// instantiation by a declaration not checked now).
//
//===----------------------------------------------------------------------===//
#ifndef IGNIS_LSP_INCREMENTALCHECK_H
#define IGNIS_LSP_INCREMENTALCHECK_H

#include "frontend/AST.h"
#include "frontend/Diagnostics.h"
#include "frontend/SourceManager.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <optional>
#include <string>
#include <vector>

namespace ignis {
namespace lsp {

struct TopLevelChunk {
  /// Offsets in the text: whole lines [Begin, End).
  uint32_t Begin = 0, End = 0;
  const Stmt *S = nullptr; // (only valid while its tree lives)
  NodeKind Kind = NodeKind::ExprStmt;
  std::string Name;
  /// The text without its function bodies: equal skeletons mean an edit
  /// changed bodies only.
  std::string Skeleton;
  /// A non-generic function, or a non-generic struct whose methods all are:
  /// its bodies may be deferred and its diagnostics reused.
  bool Plain = false;
  /// Diagnostics were reported in it (their notes, such as `did you mean`,
  /// may name any global: reused only while the global names stay).
  bool HasDiags = false;
};

/// What a check leaves to the next one (copied out of the checked
/// document, which is freed before the next check starts).
struct ReuseBase {
  std::string Text;
  std::vector<TopLevelChunk> Chunks;
  /// The diagnostics reported while declarations were checked, with the
  /// main file's locations stored as offsets + 1 and the standard
  /// library's as they are (see CheckedDocument::makeReuseBase).
  std::vector<Diagnostic> DeclDiags;
};

/// The chunks of Module's statements; false when two statements share a
/// line (then nothing is reused).
bool computeChunks(const SourceManager &SM, unsigned Buffer,
                   const ModuleDecl *Module, std::vector<TopLevelChunk> &Out);

/// Sets each chunk's Plain from what the check instantiated.
void markPlainChunks(std::vector<TopLevelChunk> &Chunks,
                     llvm::function_ref<bool(const FuncDecl *)> IsPlain);

/// For each new chunk, the old chunk whose diagnostics it reuses (its
/// bodies then deferred), or -1 when it is checked now; nullopt when the
/// whole file must be checked.
std::optional<std::vector<int>>
planReuse(const ReuseBase &Old, llvm::StringRef NewText,
          const std::vector<TopLevelChunk> &New);

/// Applies Map to every location of D and its notes; false if one has no
/// image (D is then unusable).
bool remapDiagnostic(Diagnostic &D,
                     llvm::function_ref<std::optional<SourceLoc>(SourceLoc)> Map);

/// The chunk holding Offset, or -1.
int findChunk(const std::vector<TopLevelChunk> &Chunks, uint32_t Offset);

} // namespace lsp
} // namespace ignis

#endif

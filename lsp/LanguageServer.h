//===- LanguageServer.h - `ignis lsp`: the Mojo language server -----------===//
#ifndef IGNIS_LSP_LANGUAGESERVER_H
#define IGNIS_LSP_LANGUAGESERVER_H

#include "sema/Sema.h"
#include <cstdio>

namespace llvm {
class raw_ostream;
}

namespace ignis {
namespace lsp {

struct ServerOptions {
  SemaOptions Sema;
  /// How long the client must be quiet after an edit before the file is
  /// checked (0: as soon as no message is waiting).
  unsigned DebounceMs = 0;
  /// Testing hooks: checking a document whose text contains this marker
  /// crashes on purpose (a null write, or an LLVM fatal error).
  std::string DebugCrashMarker;
  bool DebugCrashWithFatalError = false;
  /// Testing hook: the check of a document whose text contains this marker
  /// waits (up to 10 s) until it is abandoned, for a newer edit of the
  /// document or the cancellation of the request that started it.
  std::string DebugStallMarker;
  /// Testing hook: check every version whole, reusing nothing from the
  /// last check (the reference the incremental checks are compared with).
  bool DebugFullChecks = false;
};

/// Serves LSP requests read from In (Content-Length framed JSON-RPC) and
/// writes responses and notifications to Out until `exit` or the end of
/// the input. Returns the process exit status (0 after shutdown + exit).
int runLanguageServer(const ServerOptions &Options, std::FILE *In,
                      llvm::raw_ostream &Out);

} // namespace lsp
} // namespace ignis

#endif

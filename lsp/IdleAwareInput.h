//===- IdleAwareInput.h - LSP input that reports when the client is idle --===//
//
// Reads Content-Length framed messages from a file descriptor, like LLVM's
// JSONTransportInputOverFile, and before it would block waiting for the next
// message calls an idle hook. The server checks edited documents there, so a
// burst of edits (fast typing, a paste) is checked once, for its last
// version: diagnostics are debounced without a timer thread. While a check
// runs, the server looks at the messages already sent but not read yet
// (hasPending) to abandon a check that a newer edit or a `$/cancelRequest`
// made useless.
//
//===----------------------------------------------------------------------===//
#ifndef IGNIS_LSP_IDLEAWAREINPUT_H
#define IGNIS_LSP_IDLEAWAREINPUT_H

#include "llvm/ADT/FunctionExtras.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/LSP/Transport.h"
#include <string>
#include <vector>

namespace ignis {
namespace lsp {

class IdleAwareInput : public llvm::lsp::JSONTransportInput {
public:
  /// OnIdle runs when no message is waiting and HasWork says there is work;
  /// with DebounceMs > 0 it first waits that long for more input.
  IdleAwareInput(int FD, llvm::unique_function<bool()> HasWork,
                 llvm::unique_function<void()> OnIdle, unsigned DebounceMs)
      : FD(FD), HasWork(std::move(HasWork)), OnIdle(std::move(OnIdle)),
        DebounceMs(DebounceMs) {}

  bool hasError() const override { return Error; }
  bool isEndOfInput() const override { return AtEOF && Pos == Buf.size(); }
  llvm::LogicalResult readDelimitedMessage(std::string &Json) override;
  llvm::LogicalResult readStandardMessage(std::string &Json) override;

  /// A message the client sent that the server has not read yet.
  struct PendingMessage {
    std::string Method;
    /// params.textDocument.uri as a file path ("" if none or not a file).
    std::string File;
    /// params.id (what a `$/cancelRequest` cancels); null if none.
    llvm::json::Value CancelId = nullptr;
    /// Where it starts in Buf.
    size_t Begin = 0;
  };
  /// Reads what the client has sent so far without blocking, and says
  /// whether any complete message not read yet matches.
  bool hasPending(llvm::function_ref<bool(const PendingMessage &)> Match);
  /// The id of the message read last (null for a notification, or for a
  /// message too large to be a request worth cancelling).
  const llvm::json::Value &getCurrentId() const { return CurrentId; }

private:
  /// Reads more bytes (calling the idle hook first at a message boundary
  /// with nothing waiting); false at end of input or on an error.
  bool fill();
  bool readLine(std::string &Line);
  bool inputReady(int TimeoutMs) const;
  /// Appends what can be read without blocking; false on an error.
  bool readAvailable();
  /// Decodes the complete messages past ScannedTo into Scanned.
  void scanPending();

  int FD;
  llvm::unique_function<bool()> HasWork;
  llvm::unique_function<void()> OnIdle;
  unsigned DebounceMs;
  std::string Buf;
  size_t Pos = 0;
  bool AtEOF = false, Error = false;
  std::vector<PendingMessage> Scanned;
  size_t ScannedTo = 0;
  llvm::json::Value CurrentId = nullptr;
};

} // namespace lsp
} // namespace ignis

#endif

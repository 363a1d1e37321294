//===- IdleAwareInput.h - LSP input that reports when the client is idle --===//
//
// Reads Content-Length framed messages from a file descriptor, like LLVM's
// JSONTransportInputOverFile, and before it would block waiting for the next
// message calls an idle hook. The server checks edited documents there, so a
// burst of edits (fast typing, a paste) is checked once, for its last
// version: diagnostics are debounced without a timer thread.
//
//===----------------------------------------------------------------------===//
#ifndef IGNIS_LSP_IDLEAWAREINPUT_H
#define IGNIS_LSP_IDLEAWAREINPUT_H

#include "llvm/ADT/FunctionExtras.h"
#include "llvm/Support/LSP/Transport.h"
#include <string>

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

private:
  /// Reads more bytes (calling the idle hook first at a message boundary
  /// with nothing waiting); false at end of input or on an error.
  bool fill();
  bool readLine(std::string &Line);
  bool inputReady(int TimeoutMs) const;

  int FD;
  llvm::unique_function<bool()> HasWork;
  llvm::unique_function<void()> OnIdle;
  unsigned DebounceMs;
  std::string Buf;
  size_t Pos = 0;
  bool AtEOF = false, Error = false;
};

} // namespace lsp
} // namespace ignis

#endif

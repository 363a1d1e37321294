//===- IdleAwareInput.cpp - LSP input that reports when the client is idle ===//
#include "lsp/IdleAwareInput.h"

#include <cerrno>
#include <poll.h>
#include <unistd.h>

using namespace ignis;
using namespace ignis::lsp;

bool IdleAwareInput::inputReady(int TimeoutMs) const {
  struct pollfd P = {FD, POLLIN, 0};
  int R;
  do
    R = ::poll(&P, 1, TimeoutMs);
  while (R < 0 && errno == EINTR);
  return R != 0; // readable, hung up, or an error read() will report
}

bool IdleAwareInput::fill() {
  if (AtEOF || Error)
    return false;
  bool Boundary = Pos == Buf.size();
  if (Boundary) {
    Buf.clear();
    Pos = 0;
    if (!inputReady(0) && HasWork() &&
        (DebounceMs == 0 || !inputReady(DebounceMs)))
      OnIdle();
  }
  char Chunk[65536];
  ssize_t N;
  do
    N = ::read(FD, Chunk, sizeof(Chunk));
  while (N < 0 && errno == EINTR);
  if (N < 0) {
    Error = true;
    return false;
  }
  if (N == 0) {
    AtEOF = true;
    if (HasWork())
      OnIdle(); // the last edits still get their diagnostics
    return false;
  }
  Buf.append(Chunk, N);
  return true;
}

bool IdleAwareInput::readLine(std::string &Line) {
  Line.clear();
  while (true) {
    size_t NL = Buf.find('\n', Pos);
    if (NL != std::string::npos) {
      Line.assign(Buf, Pos, NL - Pos);
      Pos = NL + 1;
      if (!Line.empty() && Line.back() == '\r')
        Line.pop_back();
      return true;
    }
    if (!fill())
      return false;
  }
}

llvm::LogicalResult IdleAwareInput::readStandardMessage(std::string &Json) {
  // Headers up to an empty line; only Content-Length matters.
  unsigned long long Length = 0;
  bool HaveLength = false;
  std::string Line;
  while (true) {
    if (!readLine(Line))
      return llvm::failure();
    if (Line.empty())
      break;
    llvm::StringRef L(Line);
    if (L.consume_front_insensitive("Content-Length:")) {
      HaveLength = !L.trim().getAsInteger(10, Length);
    }
  }
  // A message without a usable length (or an absurd one) is skipped.
  if (!HaveLength || Length > (1ull << 30))
    return llvm::failure();
  while (Buf.size() - Pos < Length)
    if (!fill())
      return llvm::failure();
  Json.assign(Buf, Pos, Length);
  Pos += Length;
  return llvm::success();
}

llvm::LogicalResult IdleAwareInput::readDelimitedMessage(std::string &Json) {
  return llvm::failure(); // `ignis lsp` speaks the standard framing only
}

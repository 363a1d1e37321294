//===- IdleAwareInput.cpp - LSP input that reports when the client is idle ===//
#include "lsp/IdleAwareInput.h"

#include "llvm/Support/LSP/Protocol.h"

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
  if (Error)
    return false;
  bool Boundary = Pos == Buf.size();
  if (Boundary) {
    Buf.clear();
    Pos = 0;
    Scanned.clear();
    ScannedTo = 0;
    if (AtEOF) {
      if (HasWork())
        OnIdle(); // the last edits still get their diagnostics
      return false;
    }
    // OnIdle does one step of the work (a check, or the deferred bodies
    // of one declaration), so a message arriving meanwhile waits for one
    // step only.
    while (!inputReady(0) && HasWork() &&
           (DebounceMs == 0 || !inputReady(DebounceMs))) {
      OnIdle();
      // The check may have read ahead, looking for newer edits.
      if (Pos < Buf.size())
        return true;
    }
  }
  if (AtEOF)
    return false;
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
    if (Pos == Buf.size() && HasWork())
      OnIdle();
    return false;
  }
  Buf.append(Chunk, N);
  return true;
}

bool IdleAwareInput::readAvailable() {
  char Chunk[65536];
  while (!AtEOF && !Error && inputReady(0)) {
    ssize_t N = ::read(FD, Chunk, sizeof(Chunk));
    if (N < 0 && errno == EINTR)
      continue;
    if (N < 0)
      Error = true;
    else if (N == 0)
      AtEOF = true;
    else
      Buf.append(Chunk, N);
  }
  return !Error;
}

void IdleAwareInput::scanPending() {
  if (ScannedTo < Pos)
    ScannedTo = Pos;
  while (ScannedTo < Buf.size()) {
    // Headers (as readStandardMessage reads them), then the body.
    size_t At = ScannedTo;
    unsigned long long Length = 0;
    bool HaveLength = false, Complete = false;
    while (true) {
      size_t NL = Buf.find('\n', At);
      if (NL == std::string::npos)
        break;
      llvm::StringRef Line = llvm::StringRef(Buf).slice(At, NL).rtrim('\r');
      At = NL + 1;
      if (Line.empty()) {
        Complete = true;
        break;
      }
      if (Line.consume_front_insensitive("Content-Length:"))
        HaveLength = !Line.trim().getAsInteger(10, Length);
    }
    if (!Complete || !HaveLength || Buf.size() - At < Length)
      return; // not all there yet (or not a message the reader takes)
    PendingMessage M;
    M.Begin = ScannedTo;
    ScannedTo = At + Length;
    llvm::Expected<llvm::json::Value> V =
        llvm::json::parse(llvm::StringRef(Buf).substr(At, Length));
    if (!V) {
      llvm::consumeError(V.takeError());
      continue;
    }
    const llvm::json::Object *O = V->getAsObject();
    if (!O)
      continue;
    if (std::optional<llvm::StringRef> Method = O->getString("method"))
      M.Method = Method->str();
    if (const llvm::json::Object *Params = O->getObject("params")) {
      if (const llvm::json::Value *Id = Params->get("id"))
        M.CancelId = *Id;
      if (const llvm::json::Object *Doc = Params->getObject("textDocument"))
        if (std::optional<llvm::StringRef> URI = Doc->getString("uri")) {
          llvm::Expected<llvm::lsp::URIForFile> U =
              llvm::lsp::URIForFile::fromURI(*URI);
          if (U)
            M.File = U->file().str();
          else
            llvm::consumeError(U.takeError());
        }
    }
    Scanned.push_back(std::move(M));
  }
}

bool IdleAwareInput::hasPending(
    llvm::function_ref<bool(const PendingMessage &)> Match) {
  readAvailable();
  scanPending();
  for (const PendingMessage &M : Scanned)
    if (M.Begin >= Pos && Match(M))
      return true;
  return false;
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
  // Requests are small; the large messages are edits (notifications).
  CurrentId = nullptr;
  if (Length <= 65536) {
    llvm::Expected<llvm::json::Value> V = llvm::json::parse(Json);
    if (!V)
      llvm::consumeError(V.takeError());
    else if (const llvm::json::Object *O = V->getAsObject())
      if (const llvm::json::Value *Id = O->get("id"))
        CurrentId = *Id;
  }
  return llvm::success();
}

llvm::LogicalResult IdleAwareInput::readDelimitedMessage(std::string &Json) {
  return llvm::failure(); // `ignis lsp` speaks the standard framing only
}

//===- ReplInput.h - Reading the REPL's inputs: lines, blocks, the editor -===//
//
// An input is one line, or a block: a line ending in ':' (or a decorator,
// or a line with an open bracket) continues until a blank line or a line
// back at column 0 (which starts the next input; `else:`, `elif`, `except`
// and `finally` continue the block). Lines come from llvm::LineEditor
// (history, tab completion) when stdin is a terminal, else from stdin with
// no prompts.
//
//===----------------------------------------------------------------------===//
#ifndef IGNIS_TOOLS_IGNIS_REPLINPUT_H
#define IGNIS_TOOLS_IGNIS_REPLINPUT_H

#include "llvm/ADT/StringRef.h"
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ignis {

/// Line without its `# comment` (quotes are respected).
llvm::StringRef stripComment(llvm::StringRef Line);

/// What a declaration input defines, for replacing an earlier definition of
/// the same thing: "def NAME(SIGNATURE)" (whitespace normalised, so an
/// overload is a different key), "struct NAME", "trait NAME",
/// "comptime NAME"; "" for anything else (imports, statements).
std::string getDeclarationKey(llvm::StringRef Input);

class ReplReader {
public:
  /// Interactive when stdin is a terminal: prompts, history in
  /// ~/.ignis_history, completion of the names Complete returns.
  explicit ReplReader(
      std::function<std::vector<std::string>()> CompletionNames);
  ~ReplReader();

  bool isInteractive() const { return Interactive; }
  /// The next complete input (without its final newline); nullopt at end.
  std::optional<std::string> readInput();

private:
  /// Stands for a Ctrl-C in what readLine returns (never typed).
  static constexpr char InterruptMark = '\x03';
  std::optional<std::string> readLine(bool Continuation);
  std::optional<std::string> readInputOrInterrupt();

  struct Editor;
  std::unique_ptr<Editor> Edit;
  bool Interactive;
  /// A line read too far (the start of the next input).
  std::optional<std::string> Pending;
};

} // namespace ignis

#endif

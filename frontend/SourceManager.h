//===- SourceManager.h - Source buffers and file:line:column positions ----===//
#ifndef IGNIS_FRONTEND_SOURCEMANAGER_H
#define IGNIS_FRONTEND_SOURCEMANAGER_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/MemoryBuffer.h"
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ignis {

/// A position in some buffer owned by a SourceManager. Every buffer occupies
/// a distinct range of offsets, so a single 32-bit value names both the
/// buffer and the byte within it. Offset 0 is the invalid location.
class SourceLoc {
public:
  SourceLoc() = default;
  static SourceLoc fromRaw(uint32_t Raw) {
    SourceLoc L;
    L.Raw = Raw;
    return L;
  }
  uint32_t getRaw() const { return Raw; }
  bool isValid() const { return Raw != 0; }
  SourceLoc getAdvanced(uint32_t N) const { return fromRaw(Raw + N); }
  friend bool operator==(SourceLoc A, SourceLoc B) { return A.Raw == B.Raw; }
  friend bool operator!=(SourceLoc A, SourceLoc B) { return A.Raw != B.Raw; }
  friend bool operator<(SourceLoc A, SourceLoc B) { return A.Raw < B.Raw; }
  friend bool operator<=(SourceLoc A, SourceLoc B) { return A.Raw <= B.Raw; }

private:
  uint32_t Raw = 0;
};

/// A half-open range [Begin, End) of source text. End may equal Begin for an
/// empty range (for example the position of a missing token).
struct SourceRange {
  SourceLoc Begin, End;
  SourceRange() = default;
  SourceRange(SourceLoc Loc) : Begin(Loc), End(Loc) {}
  SourceRange(SourceLoc B, SourceLoc E) : Begin(B), End(E) {}
  bool isValid() const { return Begin.isValid(); }
};

/// A resolved position: 1-based line and column. Columns count UTF-8 code
/// points, not bytes, so that they match what an editor shows.
struct LineColumn {
  llvm::StringRef Filename;
  unsigned Line = 0;
  unsigned Column = 0;
};

/// Owns source buffers (files read from disk and in-memory text such as REPL
/// input or an editor's unsaved document) and maps locations to line/column.
/// Buffers are null-terminated and stay alive as long as the manager.
class SourceManager {
public:
  SourceManager();
  ~SourceManager();
  SourceManager(const SourceManager &) = delete;
  SourceManager &operator=(const SourceManager &) = delete;

  /// Reads a file. Returns the buffer id, or std::nullopt with Error set.
  std::optional<unsigned> addFile(llvm::StringRef Path, std::string &Error);
  /// Adds in-memory text under a display name; the text is copied.
  unsigned addBuffer(llvm::StringRef Name, llvm::StringRef Text);
  /// Adds an already-loaded buffer (must be null-terminated).
  unsigned addBuffer(std::unique_ptr<llvm::MemoryBuffer> Buffer);

  unsigned getNumBuffers() const { return Buffers.size(); }
  /// Buffer ids are 1-based; 0 is never a valid id.
  llvm::StringRef getBufferText(unsigned Id) const;
  llvm::StringRef getBufferName(unsigned Id) const;
  /// Location of the first byte of the buffer; the end-of-file location is
  /// getBufferStart(Id).getAdvanced(text size) and is valid too.
  SourceLoc getBufferStart(unsigned Id) const;
  SourceLoc getLocForOffset(unsigned Id, uint32_t Offset) const;

  /// The buffer that contains Loc, or 0 when Loc is invalid.
  unsigned findBuffer(SourceLoc Loc) const;
  /// Byte offset of Loc within its buffer.
  uint32_t getOffset(SourceLoc Loc) const;
  /// Pointer to the character at Loc.
  const char *getCharacterData(SourceLoc Loc) const;
  /// Text from Range.Begin to Range.End (both in the same buffer).
  llvm::StringRef getText(SourceRange Range) const;

  LineColumn getLineColumn(SourceLoc Loc) const;
  /// The whole line containing Loc, without its line terminator.
  llvm::StringRef getLineText(SourceLoc Loc) const;
  /// Location of the start of a 1-based line (clamped to the buffer).
  SourceLoc getLineStart(unsigned Id, unsigned Line) const;

private:
  struct BufferInfo;
  const BufferInfo &getInfo(unsigned Id) const;
  std::vector<std::unique_ptr<BufferInfo>> Buffers;
  uint32_t NextBase = 1;
};

} // namespace ignis

#endif

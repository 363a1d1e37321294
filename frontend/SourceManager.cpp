//===- SourceManager.cpp - Source buffers and file:line:column positions --===//
#include "frontend/SourceManager.h"

#include "llvm/Support/ErrorOr.h"
#include <algorithm>
#include <cassert>
#include <limits>

using namespace ignis;

struct SourceManager::BufferInfo {
  std::unique_ptr<llvm::MemoryBuffer> Buffer;
  /// Raw SourceLoc value of the first byte.
  uint32_t Base = 0;
  /// Offsets where each line starts; built on the first line query.
  mutable std::vector<uint32_t> LineStarts;
  mutable bool HaveLineStarts = false;

  llvm::StringRef text() const { return Buffer->getBuffer(); }

  const std::vector<uint32_t> &lineStarts() const {
    if (HaveLineStarts)
      return LineStarts;
    llvm::StringRef Text = text();
    LineStarts.push_back(0);
    for (size_t I = 0, E = Text.size(); I != E; ++I) {
      char C = Text[I];
      if (C == '\n' || (C == '\r' && (I + 1 == E || Text[I + 1] != '\n')))
        LineStarts.push_back(I + 1);
    }
    HaveLineStarts = true;
    return LineStarts;
  }
};

SourceManager::SourceManager() = default;
SourceManager::~SourceManager() = default;

static bool isNullTerminated(const llvm::MemoryBuffer &B) {
  return B.getBufferEnd()[0] == '\0';
}

std::optional<unsigned> SourceManager::addFile(llvm::StringRef Path,
                                               std::string &Error) {
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> BufOrErr =
      llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                  /*RequiresNullTerminator=*/true);
  if (!BufOrErr) {
    Error = BufOrErr.getError().message();
    return std::nullopt;
  }
  // One past the end must stay addressable (end-of-file location), and a
  // gap of one keeps adjacent buffers apart.
  if ((*BufOrErr)->getBufferSize() >=
      std::numeric_limits<uint32_t>::max() - NextBase - 1) {
    Error = "file too large";
    return std::nullopt;
  }
  return addBuffer(std::move(*BufOrErr));
}

unsigned SourceManager::addBuffer(llvm::StringRef Name, llvm::StringRef Text) {
  return addBuffer(llvm::MemoryBuffer::getMemBufferCopy(Text, Name));
}

unsigned SourceManager::addBuffer(std::unique_ptr<llvm::MemoryBuffer> Buffer) {
  if (!isNullTerminated(*Buffer))
    Buffer = llvm::MemoryBuffer::getMemBufferCopy(Buffer->getBuffer(),
                                                  Buffer->getBufferIdentifier());
  auto Info = std::make_unique<BufferInfo>();
  Info->Base = NextBase;
  NextBase += Buffer->getBufferSize() + 1;
  Info->Buffer = std::move(Buffer);
  Buffers.push_back(std::move(Info));
  return Buffers.size();
}

const SourceManager::BufferInfo &SourceManager::getInfo(unsigned Id) const {
  assert(Id >= 1 && Id <= Buffers.size() && "invalid buffer id");
  return *Buffers[Id - 1];
}

llvm::StringRef SourceManager::getBufferText(unsigned Id) const {
  return getInfo(Id).text();
}

llvm::StringRef SourceManager::getBufferName(unsigned Id) const {
  return getInfo(Id).Buffer->getBufferIdentifier();
}

SourceLoc SourceManager::getBufferStart(unsigned Id) const {
  return SourceLoc::fromRaw(getInfo(Id).Base);
}

SourceLoc SourceManager::getLocForOffset(unsigned Id, uint32_t Offset) const {
  const BufferInfo &Info = getInfo(Id);
  assert(Offset <= Info.text().size() && "offset past the end of the buffer");
  return SourceLoc::fromRaw(Info.Base + Offset);
}

unsigned SourceManager::findBuffer(SourceLoc Loc) const {
  if (!Loc.isValid())
    return 0;
  uint32_t Raw = Loc.getRaw();
  // First buffer whose base is past Raw; the one before it may contain Raw.
  auto It = std::upper_bound(
      Buffers.begin(), Buffers.end(), Raw,
      [](uint32_t R, const std::unique_ptr<BufferInfo> &B) {
        return R < B->Base;
      });
  if (It == Buffers.begin())
    return 0;
  const BufferInfo &Info = **std::prev(It);
  if (Raw - Info.Base > Info.text().size())
    return 0;
  return It - Buffers.begin();
}

uint32_t SourceManager::getOffset(SourceLoc Loc) const {
  unsigned Id = findBuffer(Loc);
  assert(Id && "location in no buffer");
  return Loc.getRaw() - getInfo(Id).Base;
}

const char *SourceManager::getCharacterData(SourceLoc Loc) const {
  unsigned Id = findBuffer(Loc);
  if (!Id)
    return nullptr;
  return getInfo(Id).text().data() + (Loc.getRaw() - getInfo(Id).Base);
}

llvm::StringRef SourceManager::getText(SourceRange Range) const {
  unsigned Id = findBuffer(Range.Begin);
  if (!Id || findBuffer(Range.End) != Id || Range.End < Range.Begin)
    return {};
  const BufferInfo &Info = getInfo(Id);
  return Info.text().slice(Range.Begin.getRaw() - Info.Base,
                           Range.End.getRaw() - Info.Base);
}

/// Code points in Text: every byte that is not a UTF-8 continuation byte.
static unsigned countCodePoints(llvm::StringRef Text) {
  unsigned N = 0;
  for (char C : Text)
    if ((static_cast<unsigned char>(C) & 0xC0) != 0x80)
      ++N;
  return N;
}

LineColumn SourceManager::getLineColumn(SourceLoc Loc) const {
  LineColumn Result;
  unsigned Id = findBuffer(Loc);
  if (!Id)
    return Result;
  const BufferInfo &Info = getInfo(Id);
  uint32_t Offset = Loc.getRaw() - Info.Base;
  const std::vector<uint32_t> &Starts = Info.lineStarts();
  auto It = std::upper_bound(Starts.begin(), Starts.end(), Offset);
  unsigned LineIndex = (It - Starts.begin()) - 1;
  Result.Filename = Info.Buffer->getBufferIdentifier();
  Result.Line = LineIndex + 1;
  // A byte-order mark is not a column: the first character is at 1:1.
  uint32_t LineStart = Starts[LineIndex];
  if (LineIndex == 0 && Info.text().starts_with("\xEF\xBB\xBF") && Offset >= 3)
    LineStart = 3;
  Result.Column = 1 + countCodePoints(Info.text().slice(LineStart, Offset));
  return Result;
}

llvm::StringRef SourceManager::getLineText(SourceLoc Loc) const {
  unsigned Id = findBuffer(Loc);
  if (!Id)
    return {};
  const BufferInfo &Info = getInfo(Id);
  uint32_t Offset = Loc.getRaw() - Info.Base;
  const std::vector<uint32_t> &Starts = Info.lineStarts();
  auto It = std::upper_bound(Starts.begin(), Starts.end(), Offset);
  llvm::StringRef Rest = Info.text().substr(*std::prev(It));
  if (It - Starts.begin() == 1)
    Rest.consume_front("\xEF\xBB\xBF");
  return Rest.take_until([](char C) { return C == '\n' || C == '\r'; });
}

SourceLoc SourceManager::getLineStart(unsigned Id, unsigned Line) const {
  const BufferInfo &Info = getInfo(Id);
  const std::vector<uint32_t> &Starts = Info.lineStarts();
  if (Line == 0)
    Line = 1;
  if (Line > Starts.size())
    return SourceLoc::fromRaw(Info.Base + Info.text().size());
  return SourceLoc::fromRaw(Info.Base + Starts[Line - 1]);
}

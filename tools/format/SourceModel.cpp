//===- SourceModel.cpp - Tokens, logical lines and comments to format -----===//
//
// Turns the lexer's tokens and comment table into the items the formatter
// writes: logical lines with their block depth, comment lines between them
// (at the depth their column and the surrounding blocks suggest), comments
// attached to tokens inside lines, and `# fmt: off` regions kept verbatim.
//
//===----------------------------------------------------------------------===//
#include "tools/format/FormatImpl.h"

#include <algorithm>

using namespace ignis;
using namespace ignis::format;

namespace {
/// Maps byte offsets to 0-based lines.
class LineTable {
public:
  explicit LineTable(llvm::StringRef Text) : Text(Text) {
    Starts.push_back(0);
    for (size_t I = 0; I < Text.size(); ++I) {
      if (Text[I] == '\n')
        Starts.push_back(I + 1);
      else if (Text[I] == '\r' && (I + 1 >= Text.size() || Text[I + 1] != '\n'))
        Starts.push_back(I + 1);
    }
  }
  unsigned lineOf(uint32_t Offset) const {
    return unsigned(std::upper_bound(Starts.begin(), Starts.end(), Offset) -
                    Starts.begin()) -
           1;
  }
  /// lineOf for offsets that mostly increase: Hint is the line found last.
  unsigned lineFrom(unsigned &Hint, uint32_t Offset) const {
    if (Hint >= Starts.size() || Starts[Hint] > Offset)
      return Hint = lineOf(Offset);
    while (Hint + 1 < Starts.size() && Starts[Hint + 1] <= Offset)
      ++Hint;
    return Hint;
  }
  uint32_t lineStart(unsigned Line) const { return Starts[Line]; }
  /// Offset of the end of Line, before its line break.
  uint32_t lineEnd(unsigned Line) const {
    uint32_t End = Line + 1 < Starts.size() ? Starts[Line + 1] : Text.size();
    while (End > Starts[Line] &&
           (Text[End - 1] == '\n' || Text[End - 1] == '\r'))
      --End;
    return End;
  }
  unsigned numLines() const { return Starts.size(); }

private:
  llvm::StringRef Text;
  std::vector<uint32_t> Starts;
};

struct LogicalLine {
  unsigned Begin, End, Depth;
};

bool isFmtDirective(llvm::StringRef Comment, llvm::StringRef Word) {
  llvm::StringRef C = Comment.drop_front(1).trim();
  if (!C.consume_front("fmt:"))
    return false;
  return C.trim() == Word;
}
} // namespace

/// The block depth for a comment line at column Col between a line at depth
/// Prev and one at depth Next: the deepest open block whose statements start
/// at or left of the comment. Aligned: they start exactly at its column.
static unsigned commentDepth(unsigned Col, unsigned Prev, unsigned Next,
                             unsigned NextCol,
                             llvm::ArrayRef<unsigned> ColumnAtDepth,
                             bool &Aligned) {
  unsigned Hi = std::max(Prev, Next), Lo = std::min(Prev, Next);
  for (unsigned D = Hi + 1; D-- > Lo;) {
    unsigned DCol = D == Next                  ? NextCol
                    : D < ColumnAtDepth.size() ? ColumnAtDepth[D]
                                               : ~0u;
    if (DCol <= Col) {
      Aligned = DCol == Col;
      return D;
    }
  }
  Aligned = false;
  return Lo;
}

/// Columns of leading blanks on Line (spaces only; ~0u when a tab comes
/// first, whose width the formatter does not know).
static unsigned leadingSpaces(llvm::StringRef Text, const LineTable &Lines,
                              unsigned Line) {
  llvm::StringRef L = Text.slice(Lines.lineStart(Line), Lines.lineEnd(Line));
  size_t N = L.find_first_not_of(' ');
  if (N == llvm::StringRef::npos)
    return unsigned(L.size());
  return L[N] == '\t' ? ~0u : unsigned(N);
}

/// How far each line of the region V (items From..To of Items) moves: the
/// lines of each statement by what puts the statement at its block's new
/// column (so the region stays valid inside the re-indented file), the
/// directive by its block's move when it lines up with the block (else not
/// at all), comments and blank lines with the statement before them, and
/// the inside of a multi-line token not at all.
static void computeLineShifts(Item &V, llvm::ArrayRef<Item> Items,
                              size_t From, size_t To,
                              llvm::ArrayRef<FmtToken> Tokens,
                              llvm::StringRef Text, const LineTable &Lines) {
  unsigned N = V.LastLine - V.FirstLine + 1;
  V.LineShift.assign(N, KeepLine);
  std::vector<bool> Set(N, false);
  // The first line of the statement each line belongs to.
  std::vector<unsigned> StartOf(N, ~0u);
  int Directive = V.Aligned ? int(V.Depth * IndentWidth) - int(V.Column) : 0;
  for (size_t K = From; K <= To && K < Items.size(); ++K) {
    const Item &C = Items[K];
    if (C.TheKind != Item::Kind::Code)
      continue;
    unsigned Old = leadingSpaces(Text, Lines, C.FirstLine);
    int Shift = Old == ~0u ? 0 : int(C.Depth * IndentWidth) - int(Old);
    for (unsigned L = C.FirstLine; L <= C.LastLine && L <= V.LastLine; ++L) {
      V.LineShift[L - V.FirstLine] = Shift;
      Set[L - V.FirstLine] = true;
      StartOf[L - V.FirstLine] = C.FirstLine;
    }
    for (unsigned T = C.Begin; T < C.End; ++T)
      for (unsigned L = Tokens[T].Line + 1;
           L <= Tokens[T].EndLine && L <= V.LastLine; ++L)
        V.LineShift[L - V.FirstLine] = KeepLine;
  }
  // A comment line indented at least as far as the statement before it
  // moves with that statement; one left of it stays where it is.
  int Prev = Directive;
  unsigned PrevOld = 0;
  for (unsigned I = 0; I < N; ++I) {
    if (Set[I]) {
      if (V.LineShift[I] != KeepLine && I + V.FirstLine == StartOf[I]) {
        Prev = V.LineShift[I];
        PrevOld = leadingSpaces(Text, Lines, V.FirstLine + I);
      }
      continue;
    }
    if (I == 0) {
      V.LineShift[I] = Directive;
      continue;
    }
    unsigned Old = leadingSpaces(Text, Lines, V.FirstLine + I);
    V.LineShift[I] = Old != ~0u && Old >= PrevOld ? Prev : 0;
  }
}

/// Replaces each `# fmt: off` comment line, everything up to the next
/// `# fmt: on` comment line (or the end of the file) and that line with one
/// verbatim item.
static void foldFmtOffRegions(std::vector<Item> &Items,
                              llvm::ArrayRef<FmtToken> Tokens,
                              llvm::StringRef Text, const LineTable &Lines) {
  std::vector<Item> Out;
  Out.reserve(Items.size());
  for (size_t I = 0; I < Items.size(); ++I) {
    const Item &It = Items[I];
    if (It.TheKind != Item::Kind::Comment || !isFmtDirective(It.Text, "off")) {
      Out.push_back(It);
      continue;
    }
    size_t J = I + 1;
    while (J < Items.size() && !(Items[J].TheKind == Item::Kind::Comment &&
                                 isFmtDirective(Items[J].Text, "on")))
      ++J;
    unsigned LastLine =
        J < Items.size() ? Items[J].LastLine : Lines.numLines() - 1;
    if (J == Items.size())
      J = Items.size() - 1;
    Item V;
    V.TheKind = Item::Kind::Verbatim;
    V.Depth = It.Depth;
    V.FirstLine = It.FirstLine;
    V.LastLine = LastLine;
    uint32_t B = Lines.lineStart(It.FirstLine), E = Lines.lineEnd(LastLine);
    V.Text = Text.slice(B, E).rtrim("\r\n");
    V.Column = unsigned(It.Text.data() - Text.data()) - B;
    V.Aligned = It.Aligned;
    computeLineShifts(V, Items, I + 1, J, Tokens, Text, Lines);
    Out.push_back(std::move(V));
    I = J;
  }
  Items = std::move(Out);
}

SourceModel format::buildSourceModel(llvm::StringRef Text,
                                     SourceLoc BufferStart,
                                     const TokenBuffer &TB) {
  SourceModel M;
  LineTable Lines(Text);
  uint32_t Base = BufferStart.getRaw();
  auto offsetOf = [&](SourceLoc L) { return L.getRaw() - Base; };

  // Real tokens and logical lines.
  std::vector<LogicalLine> Logical;
  std::vector<uint32_t> Offsets;
  M.Tokens.reserve(TB.Tokens.size());
  unsigned Depth = 0, StartHint = 0, EndHint = 0;
  bool InLine = false;
  for (const Token &T : TB.Tokens) {
    switch (T.Kind) {
    case TokenKind::indent:
      ++Depth;
      continue;
    case TokenKind::dedent:
      if (Depth)
        --Depth;
      continue;
    case TokenKind::newline:
    case TokenKind::eof:
      if (InLine)
        Logical.back().End = M.Tokens.size();
      InLine = false;
      continue;
    default:
      break;
    }
    uint32_t Off = offsetOf(T.Loc);
    FmtToken F;
    F.Kind = T.Kind;
    F.Text = Text.substr(Off, T.Length);
    char Before = Off ? Text[Off - 1] : '\n';
    F.HadSpace = Before == ' ' || Before == '\t' || Before == '\f' ||
                 Before == '\n' || Before == '\r' || Before == '\\';
    F.Line = Lines.lineFrom(StartHint, Off);
    F.EndLine = Lines.lineFrom(EndHint, Off + T.Length);
    if (!InLine) {
      Logical.push_back({unsigned(M.Tokens.size()), 0, Depth});
      InLine = true;
    }
    M.Tokens.push_back(F);
    Offsets.push_back(Off);
  }
  if (InLine)
    Logical.back().End = M.Tokens.size();

  // Comments: trailing, leading (inside brackets), or lines of their own
  // (kept per gap before each logical line; the last gap is the file end).
  std::vector<unsigned> LineOfToken(M.Tokens.size());
  for (unsigned L = 0; L < Logical.size(); ++L)
    for (unsigned I = Logical[L].Begin; I < Logical[L].End; ++I)
      LineOfToken[I] = L;
  std::vector<std::vector<std::pair<uint32_t, llvm::StringRef>>> Gaps(
      Logical.size() + 1);
  size_t Next = 0;
  for (SourceRange R : TB.Comments) {
    uint32_t Off = offsetOf(R.Begin);
    llvm::StringRef C = Text.slice(Off, offsetOf(R.End)).rtrim(" \t\f");
    while (Next < Offsets.size() && Offsets[Next] < Off)
      ++Next;
    unsigned CLine = Lines.lineOf(Off);
    if (Next > 0 && M.Tokens[Next - 1].EndLine == CLine &&
        M.Tokens[Next - 1].Trailing.empty()) {
      M.Tokens[Next - 1].Trailing = C;
      continue;
    }
    if (Next < M.Tokens.size() && Logical[LineOfToken[Next]].Begin != Next) {
      M.Tokens[Next].Leading.push_back(C);
      continue;
    }
    unsigned Gap = Next < M.Tokens.size() ? LineOfToken[Next] : Logical.size();
    Gaps[Gap].push_back({Off, C});
  }

  // Items in source order.
  std::vector<unsigned> ColumnAtDepth;
  for (unsigned L = 0; L <= Logical.size(); ++L) {
    unsigned Prev = L ? Logical[L - 1].Depth : 0;
    unsigned NextDepth = L < Logical.size() ? Logical[L].Depth : 0;
    unsigned NextCol = 0;
    if (L < Logical.size()) {
      uint32_t Off = Offsets[Logical[L].Begin];
      NextCol = Off - Lines.lineStart(Lines.lineOf(Off));
    }
    for (auto &[Off, C] : Gaps[L]) {
      unsigned CLine = Lines.lineOf(Off);
      unsigned Col = Off - Lines.lineStart(CLine);
      Item It;
      It.TheKind = Item::Kind::Comment;
      It.Depth = commentDepth(Col, Prev, NextDepth, NextCol, ColumnAtDepth,
                              It.Aligned);
      It.Text = C;
      It.FirstLine = It.LastLine = CLine;
      M.Items.push_back(It);
    }
    if (L == Logical.size())
      break;
    const LogicalLine &LL = Logical[L];
    Item It;
    It.Depth = LL.Depth;
    It.Begin = LL.Begin;
    It.End = LL.End;
    It.FirstLine = M.Tokens[LL.Begin].Line;
    It.LastLine = M.Tokens[LL.End - 1].EndLine;
    M.Items.push_back(It);
    ColumnAtDepth.resize(LL.Depth + 1, 0);
    ColumnAtDepth[LL.Depth] = NextCol;
  }
  foldFmtOffRegions(M.Items, M.Tokens, Text, Lines);
  return M;
}

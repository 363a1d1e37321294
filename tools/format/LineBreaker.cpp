//===- LineBreaker.cpp - Black-style wrapping of one logical line ---------===//
//
// A line that fits in LineWidth columns (its final comment included) and
// holds no comment that needs a line break and no magic trailing comma is
// written as it is. Otherwise it is split at a bracket pair: in a def header
// the first one, elsewhere the last one whose head and tail fit. The bracket's
// contents go on one continuation line, indented one level, if they fit there
// and carry no magic trailing comma; otherwise one item per line with a
// trailing comma added. The same rules apply again to every piece that is still
// too long.
//
//===----------------------------------------------------------------------===//
#include "tools/format/FormatImpl.h"

using namespace ignis;
using namespace ignis::format;

namespace {
class LineBreaker {
public:
  LineBreaker(llvm::ArrayRef<FmtToken> Toks, std::string &Out);
  /// Writes [Lo, Hi) at Indent, split as needed. With LenientMagic (a def
  /// header's tail), magic trailing commas do not stop it staying one line.
  void emit(unsigned Lo, unsigned Hi, unsigned Indent, bool AddComma,
            bool LenientMagic = false);
  /// Whether the line is too long (its comment aside) and its expression
  /// [Lo, Hi) should be wrapped in parentheses to split it, as black does:
  /// it has two operators of its loosest level, or one and it does not end
  /// in a bracket pair the line can split at instead.
  bool needsInvisibleParens(unsigned Lo, unsigned Hi, unsigned Indent) const;

private:
  bool isOpener(unsigned I) const {
    TokenKind K = T[I].Kind;
    return K == TokenKind::l_paren || K == TokenKind::l_square ||
           K == TokenKind::l_brace;
  }
  bool isCloser(unsigned I) const {
    TokenKind K = T[I].Kind;
    return K == TokenKind::r_paren || K == TokenKind::r_square ||
           K == TokenKind::r_brace;
  }
  /// A def header or function type: split at its first bracket (black's
  /// left-hand split).
  bool startsDef(unsigned Lo) const {
    return T[Lo].Kind == TokenKind::kw_def || T[Lo].Kind == TokenKind::kw_fn;
  }
  /// `[` opening the parameters of a def, struct, trait, comptime
  /// declaration or function type.
  bool isParamList(unsigned O) const {
    auto isDeclKeyword = [](TokenKind K) {
      return K == TokenKind::kw_def || K == TokenKind::kw_fn ||
             K == TokenKind::kw_struct || K == TokenKind::kw_trait ||
             K == TokenKind::kw_comptime || K == TokenKind::kw_alias;
    };
    return O > 0 && (T[O - 1].Kind == TokenKind::kw_def ||
                     T[O - 1].Kind == TokenKind::kw_fn ||
                     (O > 1 && isIdentifierLike(T[O - 1].Kind) &&
                      isDeclKeyword(T[O - 2].Kind)));
  }
  /// A comment inside [Lo, Hi) that forces a line break there.
  bool forced(unsigned Lo, unsigned Hi) const;
  bool fits(unsigned Lo, unsigned Hi, unsigned Indent, unsigned Extra,
            bool CountComment = true) const;
  void writeIndent(unsigned Indent) { Out.append(Indent * IndentWidth, ' '); }
  void writeLeading(unsigned I, unsigned Indent);
  void writeFlat(unsigned Lo, unsigned Hi, unsigned Indent, bool AddComma);
  void emitBody(unsigned Lo, unsigned Hi, unsigned Indent);
  void emitInside(unsigned Lo, unsigned Hi, unsigned Indent, bool AddComma,
                  bool Single);
  void topLevelCandidates(unsigned Lo, unsigned Hi,
                          llvm::SmallVectorImpl<unsigned> &Out) const;
  bool splitsWell(unsigned Lo, unsigned Hi, unsigned O, unsigned Indent,
                  bool AddComma) const;
  unsigned pickSplit(unsigned Lo, unsigned Hi, unsigned Indent, bool AddComma,
                     llvm::ArrayRef<unsigned> Candidates) const;

  llvm::ArrayRef<FmtToken> T;
  std::string &Out;
  llvm::SmallVector<bool, 64> Space;
  /// The matching bracket of each bracket token, or ~0u.
  llvm::SmallVector<unsigned, 64> Match;
  /// For each opener: its contents are a comprehension or lambda (their
  /// commas are not items), and they end in a magic trailing comma (one
  /// that keeps the pair split one item a line).
  llvm::SmallVector<bool, 64> SingleBody, MagicComma;
  /// Set while deciding whether a def header's tail after its first bracket
  /// pair stays one line: there (as in `mojo format`) a magic trailing comma
  /// does not force a split, though a tail split for length honours it.
  bool IgnoreMagic = false;
};
} // namespace

LineBreaker::LineBreaker(llvm::ArrayRef<FmtToken> Toks, std::string &Out)
    : T(Toks), Out(Out) {
  computeSpacing(T, Space);
  unsigned N = T.size();
  Match.assign(N, ~0u);
  SingleBody.assign(N, false);
  MagicComma.assign(N, false);
  llvm::SmallVector<unsigned, 16> Stack, Commas, Equals;
  for (unsigned I = 0; I < N; ++I) {
    if (isOpener(I)) {
      Stack.push_back(I);
      Commas.push_back(0);
      Equals.push_back(0);
    } else if (isCloser(I) && !Stack.empty()) {
      unsigned O = Stack.pop_back_val(), NumCommas = Commas.pop_back_val();
      unsigned NumEquals = Equals.pop_back_val();
      Match[I] = O;
      Match[O] = I;
      // `(a,)` is a one-element tuple and `x[a,]` a one-element subscript,
      // not requests to split; `f(a,)`, `[a,]`, `x[k=a,]` and `def f[T,]`
      // are.
      bool AfterOperand =
          O > 0 && (isIdentifierLike(T[O - 1].Kind) || isCloser(O - 1));
      bool OneElementOK =
          T[O].Kind == TokenKind::l_paren
              ? AfterOperand
              : !(T[O].Kind == TokenKind::l_square && AfterOperand &&
                  !isParamList(O) && NumEquals == 0);
      MagicComma[O] = !SingleBody[O] && I > O + 1 &&
                      T[I - 1].Kind == TokenKind::comma &&
                      (NumCommas >= 2 || OneElementOK);
    } else if (!Stack.empty()) {
      if (T[I].Kind == TokenKind::comma)
        ++Commas.back();
      else if (T[I].Kind == TokenKind::equal)
        ++Equals.back();
      else if (T[I].Kind == TokenKind::kw_for ||
               T[I].Kind == TokenKind::kw_lambda)
        SingleBody[Stack.back()] = true;
    }
  }
}

bool LineBreaker::forced(unsigned Lo, unsigned Hi) const {
  for (unsigned I = Lo; I < Hi; ++I) {
    if (I + 1 < Hi && !T[I].Trailing.empty())
      return true;
    if (I > Lo && !T[I].Leading.empty())
      return true;
    if (MagicComma[I] && !IgnoreMagic && Match[I] < Hi)
      return true;
  }
  return false;
}

bool LineBreaker::fits(unsigned Lo, unsigned Hi, unsigned Indent,
                       unsigned Extra, bool CountComment) const {
  unsigned Col = Indent * IndentWidth;
  for (unsigned I = Lo; I < Hi; ++I) {
    if (I > Lo && Space[I])
      ++Col;
    llvm::StringRef Text = T[I].Text;
    size_t NL = Text.find('\n');
    if (NL == llvm::StringRef::npos) {
      Col += displayWidth(Text);
    } else {
      if (Col + displayWidth(Text.take_front(NL)) > LineWidth)
        return false;
      Col = displayWidth(Text.drop_front(Text.rfind('\n') + 1));
    }
    if (Col > LineWidth)
      return false;
  }
  // Black counts a comment that ends the line.
  if (CountComment && Hi > Lo && !T[Hi - 1].Trailing.empty())
    Extra += 2 + displayWidth(T[Hi - 1].Trailing);
  return Col + Extra <= LineWidth;
}

void LineBreaker::writeLeading(unsigned I, unsigned Indent) {
  for (llvm::StringRef C : T[I].Leading) {
    writeIndent(Indent);
    Out += C;
    Out += '\n';
  }
}

/// Writes [Lo, Hi) on one line. A comment inside still ends its line (the
/// pieces stay at Indent, which is legal inside brackets, the only place
/// such comments occur).
void LineBreaker::writeFlat(unsigned Lo, unsigned Hi, unsigned Indent,
                            bool AddComma) {
  bool Fresh = true; // the indentation is still to be written
  for (unsigned I = Lo; I < Hi; ++I) {
    if (I > Lo && !T[I].Leading.empty()) {
      if (!Fresh)
        Out += '\n';
      writeLeading(I, Indent);
      Fresh = true;
    }
    if (Fresh)
      writeIndent(Indent);
    else if (I > Lo && Space[I])
      Out += ' ';
    Fresh = false;
    Out += T[I].Text;
    if (I + 1 == Hi && AddComma)
      Out += ',';
    if (!T[I].Trailing.empty()) {
      Out += "  ";
      Out += T[I].Trailing;
      if (I + 1 < Hi) {
        Out += '\n';
        Fresh = true;
      }
    }
  }
  Out += '\n';
}

void LineBreaker::emit(unsigned Lo, unsigned Hi, unsigned Indent, bool AddComma,
                       bool LenientMagic) {
  IgnoreMagic = LenientMagic;
  bool Flat = !forced(Lo, Hi) && fits(Lo, Hi, Indent, AddComma ? 1 : 0);
  IgnoreMagic = false;
  if (Flat)
    return writeFlat(Lo, Hi, Indent, AddComma);

  llvm::SmallVector<unsigned, 8> Candidates;
  topLevelCandidates(Lo, Hi, Candidates);
  if (Candidates.empty())
    return writeFlat(Lo, Hi, Indent, AddComma);

  unsigned Pick = pickSplit(Lo, Hi, Indent, AddComma, Candidates);
  unsigned Close = Match[Pick];
  emit(Lo, Pick + 1, Indent, false);
  emitBody(Pick + 1, Close, Indent + 1);
  writeLeading(Close, Indent + 1);
  emit(Close, Hi, Indent, AddComma, /*LenientMagic=*/startsDef(Lo));
}

/// A def header splits at its first bracket pair (black's left-hand split);
/// other lines at the last pair whose head and tail fit, else the last one.
unsigned LineBreaker::pickSplit(unsigned Lo, unsigned Hi, unsigned Indent,
                                bool AddComma,
                                llvm::ArrayRef<unsigned> Candidates) const {
  if (startsDef(Lo))
    return Candidates.front();
  for (size_t K = Candidates.size(); K-- > 0;)
    if (splitsWell(Lo, Hi, Candidates[K], Indent, AddComma))
      return Candidates[K];
  return Candidates.back();
}

/// Bracket pairs at the top level of [Lo, Hi) with something inside.
void LineBreaker::topLevelCandidates(
    unsigned Lo, unsigned Hi, llvm::SmallVectorImpl<unsigned> &Out) const {
  unsigned Depth = 0;
  for (unsigned I = Lo; I < Hi; ++I) {
    if (isOpener(I)) {
      if (Depth == 0 && Match[I] != ~0u && Match[I] < Hi && Match[I] > I + 1)
        Out.push_back(I);
      ++Depth;
    } else if (isCloser(I) && Depth) {
      --Depth;
    }
  }
}

bool LineBreaker::splitsWell(unsigned Lo, unsigned Hi, unsigned O,
                             unsigned Indent, bool AddComma) const {
  unsigned C = Match[O];
  return !forced(Lo, O + 1) && fits(Lo, O + 1, Indent, 0) && !forced(C, Hi) &&
         fits(C, Hi, Indent, AddComma ? 1 : 0);
}

bool LineBreaker::needsInvisibleParens(unsigned Lo, unsigned Hi,
                                       unsigned Indent) const {
  unsigned N = T.size();
  // A comment alone does not make parentheses worth it, and the line up to
  // `(` must fit.
  if (!forced(0, N) && fits(0, N, Indent, 0, /*CountComment=*/false))
    return false;
  if (forced(0, Lo) || !fits(0, Lo, Indent, 2))
    return false;
  llvm::SmallVector<unsigned, 8> Ops;
  loosestDelimiters(T, Lo, Hi, Ops);
  if (Ops.size() != 1)
    return Ops.size() > 1;
  // One operator: black omits the parentheses when the expression ends in
  // a bracket pair that another bracket precedes or whose head fits.
  unsigned Last = Hi - 1;
  if (isCloser(Last) && Match[Last] != ~0u && Match[Last] >= Lo) {
    unsigned O = Match[Last];
    for (unsigned I = Lo; I < O; ++I)
      if (isOpener(I))
        return false;
    if (fits(Lo, O + 1, Indent, 0))
      return false;
  }
  return true;
}

/// The contents of a split bracket pair: one line if they fit, else one item
/// per line.
void LineBreaker::emitBody(unsigned Lo, unsigned Hi, unsigned Indent) {
  bool Single = SingleBody[Lo - 1], Magic = MagicComma[Lo - 1];
  llvm::SmallVector<unsigned, 8> Commas;
  unsigned Depth = 0;
  for (unsigned I = Lo; I < Hi; ++I) {
    if (isOpener(I))
      ++Depth;
    else if (isCloser(I) && Depth)
      --Depth;
    else if (Depth == 0 && T[I].Kind == TokenKind::comma)
      Commas.push_back(I);
  }
  if (!Magic && !forced(Lo, Hi) && fits(Lo, Hi, Indent, 0)) {
    writeLeading(Lo, Indent);
    return writeFlat(Lo, Hi, Indent, false);
  }
  if (Single || Commas.empty()) {
    writeLeading(Lo, Indent);
    return emitInside(Lo, Hi, Indent, false, Single);
  }
  unsigned Start = Lo;
  for (unsigned C : Commas) {
    writeLeading(Start, Indent);
    emitInside(Start, C + 1, Indent, false, false);
    Start = C + 1;
  }
  if (Start < Hi) {
    writeLeading(Start, Indent);
    emitInside(Start, Hi, Indent, /*AddComma=*/true, false);
  }
}

/// A piece inside brackets: split at own-line comments between its tokens;
/// if it does not fit, before each operator of its loosest level (each piece
/// again the same way), else at a bracket.
void LineBreaker::emitInside(unsigned Lo, unsigned Hi, unsigned Indent,
                             bool AddComma, bool Single) {
  // Own-line comments between the piece's tokens split it there first.
  llvm::SmallVector<unsigned, 4> CommentAt;
  for (unsigned I = Lo + 1, Depth = 0; I < Hi; ++I) {
    if (Depth == 0 && !T[I].Leading.empty())
      CommentAt.push_back(I);
    if (isOpener(I))
      ++Depth;
    else if (isCloser(I) && Depth)
      --Depth;
  }
  if (!CommentAt.empty()) {
    unsigned Start = Lo;
    for (unsigned At : CommentAt) {
      emitInside(Start, At, Indent, false, Single);
      writeLeading(At, Indent);
      Start = At;
    }
    return emitInside(Start, Hi, Indent, AddComma, Single);
  }
  llvm::SmallVector<unsigned, 8> Ops;
  if (Single || (!forced(Lo, Hi) && fits(Lo, Hi, Indent, AddComma ? 1 : 0)) ||
      !loosestDelimiters(T, Lo, Hi, Ops))
    return emit(Lo, Hi, Indent, AddComma);
  unsigned Start = Lo;
  for (unsigned Op : Ops) {
    emitInside(Start, Op, Indent, false, false);
    writeLeading(Op, Indent);
    Start = Op;
  }
  emitInside(Start, Hi, Indent, AddComma, false);
}

void format::writeLogicalLine(llvm::ArrayRef<FmtToken> Toks, unsigned Depth,
                              std::string &Out) {
  if (Toks.empty())
    return;
  unsigned Lo, Hi;
  LineBreaker Plain(Toks, Out);
  if (findWrappableExpr(Toks, Lo, Hi) &&
      Plain.needsInvisibleParens(Lo, Hi, Depth)) {
    llvm::SmallVector<FmtToken, 64> Wrapped(Toks.begin(), Toks.begin() + Lo);
    FmtToken Open, Close;
    Open.Kind = TokenKind::l_paren;
    Open.Text = "(";
    Open.HadSpace = true;
    Close.Kind = TokenKind::r_paren;
    Close.Text = ")";
    Open.Line = Open.EndLine = Toks[Lo].Line;
    Close.Line = Close.EndLine = Toks[Hi - 1].EndLine;
    Wrapped.push_back(Open);
    Wrapped.append(Toks.begin() + Lo, Toks.begin() + Hi);
    // A comment after the expression's last token now follows `)`.
    std::swap(Close.Trailing, Wrapped.back().Trailing);
    Wrapped.push_back(Close);
    Wrapped.append(Toks.begin() + Hi, Toks.end());
    LineBreaker(Wrapped, Out).emit(0, Wrapped.size(), Depth, false);
    return;
  }
  Plain.emit(0, Toks.size(), Depth, false);
}

//===- Spacing.cpp - Whether a space separates two tokens on a line
//--------===//
//
// One space around binary operators, `=` at statement level, `->`, after
// commas and keywords; none inside brackets, before `,`/`:`/`)`, around `.`,
// after unary operators, or in keyword arguments (`f(a=1)`). `=` in an
// annotated parameter (`x: Int = 1`) gets spaces. Where the grammar leaves
// the reading open (a `:` inside `[]` other than a declaration's parameter
// list may start a slice bound or a parameter's type; contextual keywords may
// be names), the source's choice of zero or one space is kept, so the result
// is still stable.
//
//===----------------------------------------------------------------------===//
#include "tools/format/FormatImpl.h"

using namespace ignis;
using namespace ignis::format;

static bool isOpener(TokenKind K) {
  return K == TokenKind::l_paren || K == TokenKind::l_square ||
         K == TokenKind::l_brace;
}
static bool isCloser(TokenKind K) {
  return K == TokenKind::r_paren || K == TokenKind::r_square ||
         K == TokenKind::r_brace;
}
static bool isLiteral(TokenKind K) {
  return K == TokenKind::integer_literal || K == TokenKind::float_literal ||
         K == TokenKind::string_literal || K == TokenKind::tstring_literal;
}

/// A decimal integer literal (`3`, `1_000`), which a `.` right after it
/// would turn into a float literal.
static bool isDecimalInteger(llvm::StringRef Text) {
  return !(Text.size() > 1 && Text[0] == '0' &&
           llvm::StringRef("xXoObB").contains(Text[1]));
}

/// Tokens that can end an operand, so an operator after them is binary.
static bool endsOperand(TokenKind K) {
  return isIdentifierLike(K) || isLiteral(K) || isCloser(K) ||
         K == TokenKind::kw_True || K == TokenKind::kw_False ||
         K == TokenKind::kw_None || K == TokenKind::ellipsis;
}
/// Tokens that can start an operand.
static bool startsOperand(TokenKind K) {
  return isIdentifierLike(K) || isLiteral(K) || isOpener(K) ||
         K == TokenKind::kw_True || K == TokenKind::kw_False ||
         K == TokenKind::kw_None || K == TokenKind::ellipsis ||
         K == TokenKind::minus || K == TokenKind::plus ||
         K == TokenKind::tilde || K == TokenKind::kw_not ||
         K == TokenKind::kw_lambda || K == TokenKind::kw_await;
}

/// A name, a number or a dotted name (with a unary minus on the right),
/// ending (Left) or starting at I.
static bool isSimplePowerOperand(llvm::ArrayRef<FmtToken> T, size_t I,
                                 bool Left) {
  auto isAtom = [&](size_t J) {
    return T[J].Kind == TokenKind::identifier ||
           T[J].Kind == TokenKind::integer_literal ||
           T[J].Kind == TokenKind::float_literal;
  };
  if (Left) {
    if (!isAtom(I))
      return false;
    while (I >= 2 && T[I - 1].Kind == TokenKind::period &&
           T[I - 2].Kind == TokenKind::identifier)
      I -= 2;
    return I == 0 || T[I - 1].Kind != TokenKind::period;
  }
  if (T[I].Kind == TokenKind::minus && I + 1 < T.size())
    ++I;
  if (!isAtom(I))
    return false;
  while (I + 2 < T.size() && T[I + 1].Kind == TokenKind::period &&
         T[I + 2].Kind == TokenKind::identifier)
    I += 2;
  return I + 1 >= T.size() || (T[I + 1].Kind != TokenKind::l_paren &&
                               T[I + 1].Kind != TokenKind::l_square &&
                               T[I + 1].Kind != TokenKind::period);
}

namespace {
enum class OpRole { NotOp, Binary, Unary, Postfix, Decorator };

struct Level {
  TokenKind Opener;
  bool ItemHasColon = false;
  /// `[` opening the parameters of a def, struct, trait or function type,
  /// where `:` always introduces a type.
  bool IsParamList = false;
  /// Index of the opening bracket.
  unsigned Open = 0;
};
} // namespace

void format::computeSpacing(llvm::ArrayRef<FmtToken> Toks,
                            llvm::SmallVectorImpl<bool> &Spaces) {
  size_t N = Toks.size();
  Spaces.assign(N, false);
  // The role of each operator token and, for `=` and `:`, the bracket it
  // sits in.
  llvm::SmallVector<OpRole, 64> Role(N, OpRole::NotOp);
  llvm::SmallVector<bool, 64> EqualSpaced(N, true);
  llvm::SmallVector<TokenKind, 64> Inside(N, TokenKind::eof);
  llvm::SmallVector<bool, 64> InParamList(N, false);
  // Slices: the subscript `[` each slice colon belongs to (or ~0u), and
  // whether a subscript holds anything but names, numbers and unary signs
  // (black then spaces its colons like binary operators).
  llvm::SmallVector<unsigned, 64> SliceOf(N, ~0u);
  llvm::SmallVector<bool, 64> ComplexSubscript(N, false);
  llvm::SmallVector<Level, 8> Stack;
  auto markComplex = [&] {
    for (const Level &L : Stack)
      if (L.Opener == TokenKind::l_square && !L.IsParamList)
        ComplexSubscript[L.Open] = true;
  };
  for (size_t I = 0; I < N; ++I) {
    TokenKind K = Toks[I].Kind;
    TokenKind Prev = I ? Toks[I - 1].Kind : TokenKind::newline;
    Inside[I] = Stack.empty() ? TokenKind::eof : Stack.back().Opener;
    InParamList[I] = !Stack.empty() && Stack.back().IsParamList;
    switch (K) {
    case TokenKind::plus:
    case TokenKind::minus:
    case TokenKind::star:
    case TokenKind::starstar:
      Role[I] = I && endsOperand(Prev) && Role[I - 1] != OpRole::Unary
                    ? OpRole::Binary
                    : OpRole::Unary;
      if (I && Role[I - 1] == OpRole::Postfix)
        Role[I] = OpRole::Binary;
      break;
    case TokenKind::tilde:
      Role[I] = OpRole::Unary;
      break;
    case TokenKind::caret: {
      bool NextStarts = I + 1 < N && startsOperand(Toks[I + 1].Kind);
      Role[I] = I && endsOperand(Prev) && !NextStarts ? OpRole::Postfix
                                                      : OpRole::Binary;
      break;
    }
    case TokenKind::at:
      Role[I] = I == 0 ? OpRole::Decorator : OpRole::Binary;
      break;
    case TokenKind::equal:
      if (!Stack.empty() && Stack.back().Opener != TokenKind::l_brace)
        EqualSpaced[I] = Stack.back().ItemHasColon;
      break;
    case TokenKind::colon:
      if (!Stack.empty()) {
        Stack.back().ItemHasColon = true;
        if (Stack.back().Opener == TokenKind::l_square &&
            !Stack.back().IsParamList)
          SliceOf[I] = Stack.back().Open;
      }
      break;
    case TokenKind::comma:
      if (!Stack.empty())
        Stack.back().ItemHasColon = false;
      break;
    default:
      break;
    }
    bool Simple = isIdentifierLike(K) || isLiteral(K) || isOpener(K) ||
                  isCloser(K) || K == TokenKind::colon ||
                  K == TokenKind::comma || Role[I] == OpRole::Unary ||
                  K == TokenKind::kw_True || K == TokenKind::kw_False ||
                  K == TokenKind::kw_None;
    // A call or subscript inside (a trailer) is complex too.
    if (!Simple || ((K == TokenKind::l_paren || K == TokenKind::l_square) &&
                    I && (isIdentifierLike(Prev) || isCloser(Prev))))
      markComplex();
    if (isOpener(K)) {
      auto isDeclKeyword = [](TokenKind D) {
        return D == TokenKind::kw_def || D == TokenKind::kw_fn ||
               D == TokenKind::kw_struct || D == TokenKind::kw_trait;
      };
      bool Params = K == TokenKind::l_square && I > 0 &&
                    (isDeclKeyword(Prev) ||
                     (I > 1 && isIdentifierLike(Prev) &&
                      (isDeclKeyword(Toks[I - 2].Kind) ||
                       Toks[I - 2].Kind == TokenKind::kw_comptime ||
                       Toks[I - 2].Kind == TokenKind::kw_alias)));
      Stack.push_back({K, false, Params, unsigned(I)});
    } else if (isCloser(K) && !Stack.empty())
      Stack.pop_back();
  }

  // `x**2`, `2**-n`, `a.b**c`: black hugs a power with simple operands.
  llvm::SmallVector<bool, 64> HugPower(N, false);
  for (size_t I = 1; I + 1 < N; ++I)
    if (Toks[I].Kind == TokenKind::starstar && Role[I] == OpRole::Binary)
      HugPower[I] = isSimplePowerOperand(Toks, I - 1, /*Left=*/true) &&
                    isSimplePowerOperand(Toks, I + 1, /*Left=*/false);

  for (size_t I = 1; I < N; ++I) {
    const FmtToken &P = Toks[I - 1], &T = Toks[I];
    TokenKind PK = P.Kind, K = T.Kind;
    bool S;
    if (K == TokenKind::comma || K == TokenKind::semi || isCloser(K))
      S = false;
    else if (isOpener(PK))
      S = false;
    else if (PK == TokenKind::comma || PK == TokenKind::semi)
      S = true;
    else if (K == TokenKind::period)
      // `3 .lower()` keeps its space: `3.` would lex as a float literal.
      S = PK == TokenKind::kw_from || PK == TokenKind::kw_import ||
          (isKeyword(PK) && !endsOperand(PK)) ||
          (PK == TokenKind::integer_literal && isDecimalInteger(P.Text));
    else if (PK == TokenKind::period)
      S = K == TokenKind::kw_import;
    else if (K == TokenKind::colon)
      // `x[a + 1 : b]`, but `x[a:b]`, `x[a + 1 :]`, `x[::2]`.
      S = SliceOf[I] != ~0u && ComplexSubscript[SliceOf[I]] &&
          PK != TokenKind::l_square && PK != TokenKind::colon;
    else if (PK == TokenKind::colon)
      S = SliceOf[I - 1] == ~0u || ComplexSubscript[SliceOf[I - 1]];
    else if (K == TokenKind::equal)
      S = EqualSpaced[I];
    else if (PK == TokenKind::equal)
      S = EqualSpaced[I - 1];
    else if (Role[I] == OpRole::Postfix)
      S = false;
    else if (Role[I - 1] == OpRole::Unary || Role[I - 1] == OpRole::Decorator)
      S = false;
    else if (Role[I] == OpRole::Binary || Role[I - 1] == OpRole::Binary)
      S = !(K == TokenKind::starstar ? HugPower[I] : HugPower[I - 1]);
    else if (K == TokenKind::exclaim || PK == TokenKind::exclaim)
      S = T.HadSpace;
    else if ((K == TokenKind::l_paren || K == TokenKind::l_square) &&
             (PK == TokenKind::kw_def || PK == TokenKind::kw_fn))
      S = false; // a function type: `def(Int) -> None`, `def[n: Int]()`
    else if (K == TokenKind::l_paren || K == TokenKind::l_square) {
      if (isContextualKeyword(PK))
        S = T.HadSpace;
      else if (isKeyword(PK) && !endsOperand(PK))
        S = true;
      else if (endsOperand(PK) || Role[I - 1] == OpRole::Postfix)
        S = false;
      else
        S = true;
    } else
      S = true;
    Spaces[I] = S;
  }
}

unsigned format::displayWidth(llvm::StringRef Text) {
  unsigned W = 0;
  for (char C : Text)
    if ((static_cast<unsigned char>(C) & 0xC0) != 0x80)
      ++W;
  return W;
}

//===- Delimiters.cpp - Operators a too-long expression may be split at ---===//
//
// Black splits an expression that does not fit inside brackets before each
// operator of its loosest-binding level: the ternary's `if`/`else`, then
// `or`, `and`, adjacent string literals, comparisons, `|`, `^`, `&`, shifts,
// `+`/`-`, and the multiplicative operators. Unary and postfix uses are not
// delimiters.
//
//===----------------------------------------------------------------------===//
#include "tools/format/FormatImpl.h"

using namespace ignis;
using namespace ignis::format;

static bool endsOperand(TokenKind K) {
  switch (K) {
  case TokenKind::integer_literal:
  case TokenKind::float_literal:
  case TokenKind::string_literal:
  case TokenKind::tstring_literal:
  case TokenKind::r_paren:
  case TokenKind::r_square:
  case TokenKind::r_brace:
  case TokenKind::kw_True:
  case TokenKind::kw_False:
  case TokenKind::kw_None:
  case TokenKind::ellipsis:
    return true;
  default:
    return isIdentifierLike(K);
  }
}

unsigned format::delimiterPriority(llvm::ArrayRef<FmtToken> T, unsigned I) {
  TokenKind K = T[I].Kind;
  TokenKind Prev = I ? T[I - 1].Kind : TokenKind::newline;
  TokenKind Next = I + 1 < T.size() ? T[I + 1].Kind : TokenKind::newline;
  bool Binary = I > 0 && endsOperand(Prev);
  switch (K) {
  case TokenKind::kw_if:
  case TokenKind::kw_else:
    return I > 0 ? 1 : 0;
  case TokenKind::kw_or:
    return 2;
  case TokenKind::kw_and:
    return 3;
  case TokenKind::kw_not:
    // `not in` is split before `not`; a unary `not` is no delimiter.
    return Next == TokenKind::kw_in && Binary ? 5 : 0;
  case TokenKind::kw_in:
    return Prev == TokenKind::kw_not ? 0 : (Binary ? 5 : 0);
  case TokenKind::kw_is:
  case TokenKind::less:
  case TokenKind::greater:
  case TokenKind::lessequal:
  case TokenKind::greaterequal:
  case TokenKind::equalequal:
  case TokenKind::exclaimequal:
    return 5;
  case TokenKind::pipe:
    return 6;
  case TokenKind::caret:
    return Binary && Next != TokenKind::newline && endsOperand(Prev) &&
                   (isIdentifierLike(Next) || Next == TokenKind::l_paren ||
                    Next == TokenKind::integer_literal)
               ? 7
               : 0;
  case TokenKind::amp:
    return 8;
  case TokenKind::lessless:
  case TokenKind::greatergreater:
    return 9;
  case TokenKind::plus:
  case TokenKind::minus:
    return Binary ? 10 : 0;
  case TokenKind::star:
  case TokenKind::slash:
  case TokenKind::slashslash:
  case TokenKind::percent:
  case TokenKind::at:
    return Binary ? 11 : 0;
  case TokenKind::period:
    // `f(x).g().h()`: a method chain splits before each `.` after a bracket.
    return Prev == TokenKind::r_paren || Prev == TokenKind::r_square
               ? DotPriority
               : 0;
  case TokenKind::string_literal:
  case TokenKind::tstring_literal:
    return Prev == TokenKind::string_literal ||
                   Prev == TokenKind::tstring_literal
               ? 4
               : 0;
  default:
    return 0;
  }
}

unsigned format::loosestDelimiters(llvm::ArrayRef<FmtToken> T, unsigned Lo,
                                   unsigned Hi,
                                   llvm::SmallVectorImpl<unsigned> &At) {
  unsigned Depth = 0, Best = ~0u;
  for (unsigned I = Lo; I < Hi; ++I) {
    TokenKind K = T[I].Kind;
    if (K == TokenKind::l_paren || K == TokenKind::l_square ||
        K == TokenKind::l_brace) {
      ++Depth;
      continue;
    }
    if (K == TokenKind::r_paren || K == TokenKind::r_square ||
        K == TokenKind::r_brace) {
      if (Depth)
        --Depth;
      continue;
    }
    if (Depth || I == Lo)
      continue;
    unsigned P = delimiterPriority(T, I);
    if (!P || P > Best)
      continue;
    if (P < Best) {
      Best = P;
      At.clear();
    }
    At.push_back(I);
  }
  // Splitting off a single attribute looks wrong.
  if (Best == DotPriority && At.size() < 2)
    At.clear();
  return At.empty() ? 0 : Best;
}

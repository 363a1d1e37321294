//===- InvisibleParens.cpp - Expressions black may wrap in parentheses ----===//
//
// Black splits a too-long statement inside parentheses it adds around the
// condition of `if`/`elif`/`while`, the value of `return` or the right side
// of an assignment. This finds that expression; whether the parentheses are
// worth it is the line breaker's decision (LineBreaker::needsInvisibleParens).
//
//===----------------------------------------------------------------------===//
#include "tools/format/FormatImpl.h"

using namespace ignis;
using namespace ignis::format;

/// Whether the bracket at Open is closed by the one at Close.
static bool isClosedAt(llvm::ArrayRef<FmtToken> T, unsigned Open,
                       unsigned Close) {
  unsigned Depth = 0;
  for (unsigned I = Open; I <= Close; ++I) {
    TokenKind K = T[I].Kind;
    if (K == TokenKind::l_paren || K == TokenKind::l_square ||
        K == TokenKind::l_brace)
      ++Depth;
    else if (K == TokenKind::r_paren || K == TokenKind::r_square ||
             K == TokenKind::r_brace) {
      if (--Depth == 0)
        return I == Close;
    }
  }
  return false;
}

/// The expression black would wrap in invisible parentheses: the condition
/// of `if`/`elif`/`while`, the value of `return`, the right side of a single
/// assignment. Returns false when there is none (or it is already one
/// bracket pair).
bool format::findWrappableExpr(llvm::ArrayRef<FmtToken> T, unsigned &Lo,
                               unsigned &Hi) {
  unsigned N = T.size();
  if (N < 2)
    return false;
  // Top-level positions of `:` and assignment operators.
  llvm::SmallVector<unsigned, 4> Colons, Assigns;
  unsigned Depth = 0;
  for (unsigned I = 0; I < N; ++I) {
    switch (T[I].Kind) {
    case TokenKind::l_paren:
    case TokenKind::l_square:
    case TokenKind::l_brace:
      ++Depth;
      break;
    case TokenKind::r_paren:
    case TokenKind::r_square:
    case TokenKind::r_brace:
      if (Depth)
        --Depth;
      break;
    case TokenKind::colon:
      if (!Depth)
        Colons.push_back(I);
      break;
    case TokenKind::equal:
    case TokenKind::plusequal:
    case TokenKind::minusequal:
    case TokenKind::starequal:
    case TokenKind::slashequal:
      if (!Depth)
        Assigns.push_back(I);
      break;
    default:
      break;
    }
  }
  TokenKind First = T[0].Kind;
  if (First == TokenKind::kw_if || First == TokenKind::kw_elif ||
      First == TokenKind::kw_while) {
    if (Colons.size() != 1 || Colons[0] != N - 1)
      return false;
    Lo = 1;
    Hi = N - 1;
  } else if (First == TokenKind::kw_return) {
    Lo = 1;
    Hi = N;
  } else if (Assigns.size() == 1 && First != TokenKind::kw_def &&
             First != TokenKind::kw_fn && First != TokenKind::at &&
             // `mojo format` leaves comptime declarations unwrapped.
             First != TokenKind::kw_comptime && First != TokenKind::kw_alias &&
             (Colons.empty() || Colons.back() < Assigns[0])) {
    Lo = Assigns[0] + 1;
    Hi = N;
  } else {
    return false;
  }
  if (Lo >= Hi || T[Lo].Kind == TokenKind::kw_yield ||
      T[Lo].Kind == TokenKind::star || T[Lo].Kind == TokenKind::starstar)
    return false;
  // A lone token gains nothing from parentheses; one bracket pair has its
  // own.
  if (Hi - Lo == 1)
    return false;
  TokenKind K = T[Lo].Kind;
  if ((K == TokenKind::l_paren || K == TokenKind::l_square ||
       K == TokenKind::l_brace) &&
      isClosedAt(T, Lo, Hi - 1))
    return false;
  // `return a, b` would become a parenthesized tuple: a different tree.
  Depth = 0;
  for (unsigned I = Lo; I < Hi; ++I) {
    TokenKind IK = T[I].Kind;
    if (IK == TokenKind::l_paren || IK == TokenKind::l_square ||
        IK == TokenKind::l_brace)
      ++Depth;
    else if ((IK == TokenKind::r_paren || IK == TokenKind::r_square ||
              IK == TokenKind::r_brace) &&
             Depth)
      --Depth;
    else if (IK == TokenKind::semi || (IK == TokenKind::comma && !Depth))
      return false;
  }
  return true;
}

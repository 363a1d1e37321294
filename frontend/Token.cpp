//===- Token.cpp - Token kind names, spellings and keyword lookup ---------===//
#include "frontend/Token.h"
#include <array>
#include <cstring>

using namespace ignis;

static constexpr unsigned NumKinds = unsigned(TokenKind::NumTokenKinds);

llvm::StringRef ignis::getTokenName(TokenKind K) {
  static constexpr const char *Names[] = {
#define TOKEN(Name, Spelling) #Name,
#include "frontend/TokenKinds.def"
  };
  unsigned I = unsigned(K);
  return I < NumKinds ? Names[I] : "unknown";
}

llvm::StringRef ignis::getTokenSpelling(TokenKind K) {
  static constexpr const char *Spellings[] = {
#define TOKEN(Name, Spelling) Spelling,
#include "frontend/TokenKinds.def"
  };
  unsigned I = unsigned(K);
  return I < NumKinds ? Spellings[I] : "unknown";
}

bool ignis::isKeyword(TokenKind K) {
  switch (K) {
#define KEYWORD(Name, Spelling) case TokenKind::Name:
#include "frontend/TokenKinds.def"
    return true;
  default:
    return false;
  }
}

bool ignis::isContextualKeyword(TokenKind K) {
  switch (K) {
#define CONTEXTUAL_KEYWORD(Name, Spelling) case TokenKind::Name:
#include "frontend/TokenKinds.def"
    return true;
  default:
    return false;
  }
}

//===----------------------------------------------------------------------===//
// Keyword lookup: an open-addressing hash table built at compile time from
// TokenKinds.def. One hash and usually one comparison per identifier.
//===----------------------------------------------------------------------===//

namespace {
struct KeywordEntry {
  const char *Text = nullptr;
  uint8_t Length = 0;
  TokenKind Kind = TokenKind::identifier;
};

constexpr unsigned TableSize = 256; // a power of two, > 4x the keywords

constexpr unsigned hashKeyword(const char *S, size_t N) {
  return (unsigned(N) * 131u + unsigned(static_cast<unsigned char>(S[0])) * 31u +
          unsigned(static_cast<unsigned char>(S[N - 1])) * 7u +
          unsigned(static_cast<unsigned char>(S[N / 2]))) &
         (TableSize - 1);
}

constexpr size_t constLength(const char *S) {
  size_t N = 0;
  while (S[N])
    ++N;
  return N;
}

struct KeywordTable {
  std::array<KeywordEntry, TableSize> Slots{};
  size_t MinLength = 255, MaxLength = 0;

  constexpr void add(const char *Text, TokenKind Kind) {
    size_t N = constLength(Text);
    MinLength = N < MinLength ? N : MinLength;
    MaxLength = N > MaxLength ? N : MaxLength;
    unsigned H = hashKeyword(Text, N);
    while (Slots[H].Text)
      H = (H + 1) & (TableSize - 1);
    Slots[H] = {Text, uint8_t(N), Kind};
  }
};

constexpr KeywordTable buildKeywordTable() {
  KeywordTable T;
#define KEYWORD(Name, Spelling) T.add(Spelling, TokenKind::Name);
#define CONTEXTUAL_KEYWORD(Name, Spelling) T.add(Spelling, TokenKind::Name);
#include "frontend/TokenKinds.def"
  return T;
}

constexpr KeywordTable Keywords = buildKeywordTable();
} // namespace

TokenKind ignis::lookupKeyword(llvm::StringRef Text) {
  size_t N = Text.size();
  if (N < Keywords.MinLength || N > Keywords.MaxLength)
    return TokenKind::identifier;
  const char *S = Text.data();
  for (unsigned H = hashKeyword(S, N);; H = (H + 1) & (TableSize - 1)) {
    const KeywordEntry &E = Keywords.Slots[H];
    if (!E.Text)
      return TokenKind::identifier;
    if (E.Length == N && std::memcmp(E.Text, S, N) == 0)
      return E.Kind;
  }
}

//===- Token.h - Token kinds and the token buffer the lexer produces ------===//
#ifndef IGNIS_FRONTEND_TOKEN_H
#define IGNIS_FRONTEND_TOKEN_H

#include "frontend/SourceManager.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <vector>

namespace ignis {

enum class TokenKind : uint8_t {
#define TOKEN(Name, Spelling) Name,
#include "frontend/TokenKinds.def"
  NumTokenKinds
};

/// "l_paren", "kw_def", "identifier", ...
llvm::StringRef getTokenName(TokenKind K);
/// "(", "def", or a description such as "identifier" for kinds without a
/// fixed spelling.
llvm::StringRef getTokenSpelling(TokenKind K);
bool isKeyword(TokenKind K);           // reserved words
bool isContextualKeyword(TokenKind K); // usable as identifiers
/// Identifiers, contextual keywords and backtick-quoted names.
inline bool isIdentifierLike(TokenKind K) {
  return K == TokenKind::identifier || K == TokenKind::backtick_identifier ||
         isContextualKeyword(K);
}
/// The keyword kind for Text, or TokenKind::identifier.
TokenKind lookupKeyword(llvm::StringRef Text);

/// One token: 12 bytes. Text is SourceManager::getText(getRange()).
/// newline/indent/dedent/eof have Length 0 (newline points at the line end).
struct Token {
  TokenKind Kind = TokenKind::eof;
  /// TokenFlags bits.
  uint8_t Flags = 0;
  uint32_t Length = 0;
  SourceLoc Loc;

  SourceRange getRange() const { return {Loc, Loc.getAdvanced(Length)}; }
  SourceLoc getEndLoc() const { return Loc.getAdvanced(Length); }
  bool is(TokenKind K) const { return Kind == K; }
  bool isNot(TokenKind K) const { return Kind != K; }
};

enum TokenFlags : uint8_t {
  /// Preceded by whitespace or a comment on the same line.
  TF_LeadingSpace = 1,
  /// First token of a logical line.
  TF_StartOfLine = 2,
  /// A string token that is a triple-quoted literal.
  TF_TripleQuoted = 4,
  /// A literal that the lexer reported an error for (the parser should not
  /// report it again).
  TF_Invalid = 8,
};

/// The tokens of one buffer (or one t-string replacement field), ending with
/// eof. For a whole file the stream is: logical lines each ending in newline,
/// indent/dedent around blocks, and enough dedents before eof to close every
/// open block.
struct TokenBuffer {
  unsigned BufferID = 0;
  std::vector<Token> Tokens;
  /// Each `# ...` comment (the `#` up to the line end, without the line
  /// break), in source order; filled only when the lexer was asked to keep
  /// comments (the formatter and documentation tools).
  std::vector<SourceRange> Comments;
};

} // namespace ignis

#endif

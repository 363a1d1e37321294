//===- LexerTest.cpp - Token flags, string decoding, t-string splitting ---===//
#include "frontend/Diagnostics.h"
#include "frontend/Lexer.h"

#include <gtest/gtest.h>
#include <random>

using namespace ignis;

namespace {

/// One buffer lexed with its diagnostics kept.
struct Lexed {
  SourceManager SM;
  StoringDiagnosticConsumer Store; // outlives Diags, which flushes into it
  DiagnosticEngine Diags{SM};
  unsigned ID = 0;
  TokenBuffer Tokens;

  explicit Lexed(llvm::StringRef Text) {
    Diags.addConsumer(&Store);
    Diags.setErrorLimit(0);
    ID = SM.addBuffer("test.mojo", Text);
    Tokens = lexBuffer(SM, ID, Diags);
    Diags.finish();
  }
  const Token &tok(size_t I) const { return Tokens.Tokens.at(I); }
  llvm::StringRef text(size_t I) const {
    return SM.getText(tok(I).getRange());
  }
  std::vector<TokenKind> kinds() const {
    std::vector<TokenKind> K;
    for (const Token &T : Tokens.Tokens)
      K.push_back(T.Kind);
    return K;
  }
  /// The first token with this text.
  const Token &find(llvm::StringRef Text) const {
    for (size_t I = 0; I < Tokens.Tokens.size(); ++I)
      if (text(I) == Text)
        return tok(I);
    ADD_FAILURE() << "no token '" << Text.str() << "'";
    return Tokens.Tokens.back();
  }
};

using TK = TokenKind;

TEST(Lexer, TokenKindNamesAndKeywords) {
  EXPECT_EQ(getTokenName(TK::kw_def), "kw_def");
  EXPECT_EQ(getTokenName(TK::l_paren), "l_paren");
  EXPECT_EQ(getTokenSpelling(TK::arrow), "->");
  EXPECT_EQ(getTokenSpelling(TK::identifier), "identifier");
  EXPECT_EQ(lookupKeyword("def"), TK::kw_def);
  EXPECT_EQ(lookupKeyword("True"), TK::kw_True);
  EXPECT_EQ(lookupKeyword("comptime"), TK::kw_comptime);
  EXPECT_EQ(lookupKeyword("defs"), TK::identifier);
  EXPECT_EQ(lookupKeyword("true"), TK::identifier);
  EXPECT_EQ(lookupKeyword(""), TK::identifier);
  EXPECT_EQ(lookupKeyword("x"), TK::identifier);
  EXPECT_TRUE(isKeyword(TK::kw_while));
  EXPECT_FALSE(isKeyword(TK::kw_mut));
  EXPECT_TRUE(isContextualKeyword(TK::kw_mut));
  EXPECT_FALSE(isContextualKeyword(TK::kw_def));
  EXPECT_TRUE(isIdentifierLike(TK::kw_read));
  EXPECT_TRUE(isIdentifierLike(TK::backtick_identifier));
  EXPECT_FALSE(isIdentifierLike(TK::kw_if));
  // Every keyword in the table is found by its own spelling.
  for (unsigned I = 0; I < unsigned(TK::NumTokenKinds); ++I) {
    auto K = TokenKind(I);
    if (isKeyword(K) || isContextualKeyword(K))
      EXPECT_EQ(lookupKeyword(getTokenSpelling(K)), K) << getTokenName(K).str();
  }
}

TEST(Lexer, LineStructureAndFlags) {
  Lexed L("def f(a,\n      b):  # c\n    return a\n");
  std::vector<TK> Expected = {
      TK::kw_def, TK::identifier, TK::l_paren,  TK::identifier,
      TK::comma,  TK::identifier, TK::r_paren,  TK::colon,
      TK::newline, TK::indent,    TK::kw_return, TK::identifier,
      TK::newline, TK::dedent,    TK::eof};
  EXPECT_EQ(L.kinds(), Expected);
  EXPECT_TRUE(L.Store.Diags.empty());
  EXPECT_EQ(L.tok(0).Flags, TF_StartOfLine);
  EXPECT_EQ(L.tok(1).Flags, TF_LeadingSpace);
  EXPECT_EQ(L.tok(2).Flags, 0);
  // `b` on the continuation line is neither a line start nor glued to `,`.
  EXPECT_EQ(L.tok(5).Flags, TF_LeadingSpace);
  // newline sits at the line break with no text.
  EXPECT_EQ(L.tok(8).Length, 0u);
  EXPECT_EQ(L.SM.getOffset(L.tok(8).Loc), 23u);
  // indent and the first token of the block share a location.
  EXPECT_EQ(L.tok(9).Loc, L.tok(10).Loc);
  EXPECT_EQ(L.tok(10).Flags, TF_StartOfLine | TF_LeadingSpace);
  // Every token's text is its range.
  EXPECT_EQ(L.text(10), "return");
  EXPECT_EQ(L.tok(14).Loc,
            L.SM.getBufferStart(L.ID).getAdvanced(L.SM.getBufferText(L.ID).size()));
}

TEST(Lexer, LiteralFlags) {
  Lexed L("a = '''x''' \"y\" 0x 'open\n");
  EXPECT_EQ(L.find("'''x'''").Flags & TF_TripleQuoted, TF_TripleQuoted);
  EXPECT_EQ(L.find("\"y\"").Flags & TF_TripleQuoted, 0);
  EXPECT_EQ(L.find("0x").Flags & TF_Invalid, TF_Invalid);
  EXPECT_EQ(L.find("0x").Kind, TK::integer_literal);
  EXPECT_EQ(L.find("'open").Flags & TF_Invalid, TF_Invalid);
  EXPECT_EQ(L.find("\"y\"").Flags & TF_Invalid, 0);
  ASSERT_EQ(L.Store.Diags.size(), 2u);
  EXPECT_EQ(L.Store.Diags[0].ID, DiagID::err_lex_invalid_number);
  EXPECT_EQ(L.Store.Diags[0].Message, "invalid hexadecimal literal '0x'");
  EXPECT_EQ(L.Store.Diags[1].ID, DiagID::err_lex_unterminated_string);
}

TEST(Lexer, UnclosedBracketMarksTheEndInvalid) {
  Lexed L("x = (1,\n");
  ASSERT_EQ(L.Store.Diags.size(), 1u);
  EXPECT_EQ(L.Store.Diags[0].ID, DiagID::err_lex_unclosed_bracket);
  EXPECT_EQ(L.Store.Diags[0].Message, "'(' was never closed");
  EXPECT_EQ(L.SM.getOffset(L.Store.Diags[0].Loc), 4u);
  const Token &End = L.Tokens.Tokens.back();
  EXPECT_EQ(End.Kind, TK::eof);
  EXPECT_EQ(End.Flags & TF_Invalid, TF_Invalid);
  // Balanced input leaves eof unmarked.
  Lexed Ok("x = (1,\n 2)\n");
  EXPECT_EQ(Ok.Tokens.Tokens.back().Flags & TF_Invalid, 0);
}

TEST(Lexer, EmbeddedNulDoesNotEndTheScan) {
  std::string Text("a\0b", 3);
  Lexed L(Text);
  std::vector<TK> Expected = {TK::identifier, TK::identifier, TK::newline,
                              TK::eof};
  EXPECT_EQ(L.kinds(), Expected);
  ASSERT_EQ(L.Store.Diags.size(), 1u);
  EXPECT_EQ(L.Store.Diags[0].ID, DiagID::err_lex_nul_character);
}

TEST(Lexer, ArbitraryBytesNeverBreakTheStream) {
  // Random mixes of the characters the scanner treats specially.
  const char Alphabet[] = "\"'`{}()[]\\\n\r\t #:!rtf0x1e._=\xC3\xA9\xFF\xE2\x82";
  std::mt19937 Rng(12345);
  for (int Round = 0; Round < 3000; ++Round) {
    std::string Text;
    size_t N = Rng() % 40;
    for (size_t I = 0; I < N; ++I)
      Text += Alphabet[Rng() % (sizeof(Alphabet) - 1)];
    if (Rng() % 8 == 0)
      Text += '\0';
    Lexed L(Text);
    ASSERT_FALSE(L.Tokens.Tokens.empty());
    EXPECT_EQ(L.Tokens.Tokens.back().Kind, TK::eof);
    int Depth = 0;
    uint32_t Last = 0;
    for (const Token &T : L.Tokens.Tokens) {
      Depth += T.Kind == TK::indent;
      Depth -= T.Kind == TK::dedent;
      ASSERT_GE(Depth, 0);
      EXPECT_LE(Last, T.Loc.getRaw()); // tokens are in source order
      Last = T.Loc.getRaw();
      if (T.Kind == TK::tstring_literal)
        (void)splitTStringToken(L.SM, T); // must not crash either
    }
    EXPECT_EQ(Depth, 0);
  }
}

TEST(StringLiterals, DecodeEscapes) {
  EXPECT_EQ(decodeStringBody("plain", false), "plain");
  EXPECT_EQ(decodeStringBody(R"(\n\t\r\0\\\'\"\a\b\f\v)", false),
            std::string("\n\t\r\0\\'\"\a\b\f\v", 11));
  EXPECT_EQ(decodeStringBody(R"(\x41\101\7\u00e9\U0001F525)", false),
            "AA\x07\xC3\xA9\xF0\x9F\x94\xA5");
  EXPECT_EQ(decodeStringBody("a\\\nb", false), "ab");
  EXPECT_EQ(decodeStringBody("a\\\r\nb", false), "ab");
  EXPECT_EQ(decodeStringBody("a\r\nb\rc", false), "a\nb\nc");
  // Invalid escapes (already reported) keep their text.
  EXPECT_EQ(decodeStringBody(R"(\q\x4\N)", false), R"(\q\x4\N)");
  // Raw strings keep backslashes.
  EXPECT_EQ(decodeStringBody(R"(\d+\n\")", true), R"(\d+\n\")");
  EXPECT_EQ(decodeStringBody("\\", false), "\\");
}

TEST(StringLiterals, SplitStringToken) {
  StringTokenParts P = splitStringToken("\"abc\"");
  EXPECT_EQ(P.Prefix, "");
  EXPECT_EQ(P.Body, "abc");
  EXPECT_EQ(P.QuoteLength, 1u);
  EXPECT_EQ(P.BodyOffset, 1u);
  EXPECT_FALSE(P.IsRaw);

  P = splitStringToken("rt'''a\nb'''");
  EXPECT_EQ(P.Prefix, "rt");
  EXPECT_EQ(P.Body, "a\nb");
  EXPECT_EQ(P.QuoteLength, 3u);
  EXPECT_EQ(P.BodyOffset, 5u);
  EXPECT_TRUE(P.IsRaw);

  EXPECT_EQ(splitStringToken("\"\"").Body, "");
  EXPECT_EQ(splitStringToken("\"\"").QuoteLength, 1u);
  EXPECT_EQ(splitStringToken("\"\"\"\"\"\"").QuoteLength, 3u);
  EXPECT_EQ(splitStringToken("\"\"\"\"\"\"").Body, "");
  // Unterminated literals have no closing quote to strip.
  EXPECT_EQ(splitStringToken("'open").Body, "open");
  EXPECT_EQ(splitStringToken("R'x'").IsRaw, true);
}

/// Lexes `t = <Literal>` and splits the t-string token.
struct SplitT : Lexed {
  llvm::SmallVector<TStringSegment, 4> Segments;
  explicit SplitT(llvm::StringRef Literal)
      : Lexed(("t = " + Literal + "\n").str()) {
    EXPECT_EQ(tok(2).Kind, TK::tstring_literal);
    Segments = splitTStringToken(SM, tok(2));
  }
  llvm::StringRef field(size_t I) const {
    return SM.getText(Segments[I].FieldRange);
  }
};

TEST(StringLiterals, SplitTString) {
  SplitT S(R"(t"x = {x}, {d["k"] + f(1, {2: 3})}!\n")");
  EXPECT_TRUE(S.Store.Diags.empty());
  ASSERT_EQ(S.Segments.size(), 5u);
  EXPECT_FALSE(S.Segments[0].IsField);
  EXPECT_EQ(S.Segments[0].Text, "x = ");
  EXPECT_TRUE(S.Segments[1].IsField);
  EXPECT_EQ(S.field(1), "x");
  EXPECT_EQ(S.Segments[2].Text, ", ");
  EXPECT_EQ(S.field(3), R"(d["k"] + f(1, {2: 3}))");
  EXPECT_EQ(S.Segments[3].Conversion, 0);
  EXPECT_EQ(S.Segments[3].FormatSpec, "");
  EXPECT_EQ(S.Segments[4].Text, "!\n");
}

TEST(StringLiterals, SplitTStringBracesConversionsAndSpecs) {
  SplitT S(R"(t'{{a}} {b!r} {c:>10} {d!s:{w}.2f} {e != f}')");
  EXPECT_TRUE(S.Store.Diags.empty());
  ASSERT_EQ(S.Segments.size(), 8u);
  EXPECT_EQ(S.Segments[0].Text, "{a} ");
  EXPECT_EQ(S.field(1), "b");
  EXPECT_EQ(S.Segments[1].Conversion, 'r');
  EXPECT_EQ(S.Segments[1].FormatSpec, "");
  EXPECT_EQ(S.field(3), "c");
  EXPECT_EQ(S.Segments[3].Conversion, 0);
  EXPECT_EQ(S.Segments[3].FormatSpec, ">10");
  EXPECT_EQ(S.field(5), "d");
  EXPECT_EQ(S.Segments[5].Conversion, 's');
  EXPECT_EQ(S.Segments[5].FormatSpec, "{w}.2f");
  EXPECT_EQ(S.field(7), "e != f");
}

TEST(StringLiterals, SplitTStringWithNestedStrings) {
  SplitT S(R"(t"{"}"} {t'{x}'}{'{{'}")");
  EXPECT_TRUE(S.Store.Diags.empty());
  ASSERT_EQ(S.Segments.size(), 4u);
  EXPECT_EQ(S.field(0), R"("}")");
  EXPECT_EQ(S.Segments[1].Text, " ");
  EXPECT_EQ(S.field(2), "t'{x}'");
  EXPECT_EQ(S.field(3), "'{{'");
}

TEST(StringLiterals, SplitRawAndTripleTStrings) {
  SplitT Raw(R"(rt"\d{x}\n")");
  ASSERT_EQ(Raw.Segments.size(), 3u);
  EXPECT_EQ(Raw.Segments[0].Text, "\\d");
  EXPECT_EQ(Raw.Segments[2].Text, "\\n");

  SplitT Triple("t\"\"\"a\n{ x +\n y }\"\"\"");
  ASSERT_EQ(Triple.Segments.size(), 2u);
  EXPECT_EQ(Triple.Segments[0].Text, "a\n");
  EXPECT_EQ(Triple.field(1), " x +\n y ");

  SplitT Empty("t\"\"");
  EXPECT_TRUE(Empty.Segments.empty());
}

TEST(StringLiterals, SplitInvalidTStringStillWorks) {
  SplitT S(R"(t"a {} b } c {x")");
  EXPECT_EQ(S.Store.Diags.size(), 3u);
  EXPECT_TRUE(S.tok(2).Flags & TF_Invalid);
  ASSERT_GE(S.Segments.size(), 2u);
  EXPECT_EQ(S.Segments[0].Text, "a ");
  EXPECT_TRUE(S.Segments[1].IsField);
}

TEST(Lexer, FragmentOfATStringField) {
  SplitT S(R"(t"v: {a[1] +
 f(x, "s")!r}")");
  // A single-quoted t-string field cannot span lines: this one is invalid,
  // and only the text before it is a segment.
  ASSERT_GE(S.Store.Diags.size(), 1u);
  EXPECT_EQ(S.Store.Diags[0].ID, DiagID::err_lex_tstring_unterminated_field);
  EXPECT_EQ(S.Segments.size(), 1u);

  SplitT T(R"(t"v: {a[1] + f(x, 's')!r}")");
  ASSERT_EQ(T.Segments.size(), 2u);
  SourceRange Field = T.Segments[1].FieldRange;
  TokenBuffer F = lexFragment(T.SM, Field, T.Diags);
  std::vector<TK> Expected = {TK::identifier, TK::l_square, TK::integer_literal,
                              TK::r_square,   TK::plus,     TK::identifier,
                              TK::l_paren,    TK::identifier, TK::comma,
                              TK::string_literal, TK::r_paren, TK::eof};
  std::vector<TK> Got;
  for (const Token &Tok : F.Tokens)
    Got.push_back(Tok.Kind);
  EXPECT_EQ(Got, Expected);
  EXPECT_EQ(F.BufferID, T.ID);
  // Locations point into the original buffer.
  EXPECT_EQ(F.Tokens[0].Loc, Field.Begin);
  EXPECT_EQ(T.SM.getText(F.Tokens[9].getRange()), "'s'");
  EXPECT_EQ(F.Tokens.back().Loc, Field.End);
  EXPECT_EQ(F.Tokens.back().Length, 0u);
  EXPECT_EQ(T.Store.Diags.size(), 0u);
}

TEST(Lexer, FragmentHasNoLineStructure) {
  Lexed L("(a +\n    b)\n");
  SourceLoc Begin = L.SM.getBufferStart(L.ID).getAdvanced(1);
  SourceLoc End = L.SM.getBufferStart(L.ID).getAdvanced(10);
  TokenBuffer F = lexFragment(L.SM, SourceRange(Begin, End), L.Diags);
  std::vector<TK> Expected = {TK::identifier, TK::plus, TK::identifier,
                              TK::eof};
  std::vector<TK> Got;
  for (const Token &Tok : F.Tokens)
    Got.push_back(Tok.Kind);
  EXPECT_EQ(Got, Expected);
  EXPECT_EQ(F.Tokens[0].Flags & TF_StartOfLine, 0);
}

} // namespace

TEST(Lexer, KeepCommentsRecordsEveryCommentWithoutChangingTokens) {
  llvm::StringRef Text = "# head\n"
                         "x = [1,  # one\n"
                         "  # inside\n"
                         "  2]\n"
                         "    # indented, then eof without newline\n"
                         "# last";
  Lexed Plain(Text);
  SourceManager SM;
  DiagnosticEngine Diags(SM);
  unsigned ID = SM.addBuffer("test.mojo", Text);
  TokenBuffer Kept = lexBuffer(SM, ID, Diags, /*KeepComments=*/true);
  EXPECT_TRUE(Plain.Tokens.Comments.empty());
  ASSERT_EQ(Kept.Tokens.size(), Plain.Tokens.Tokens.size());
  for (size_t I = 0; I < Kept.Tokens.size(); ++I)
    EXPECT_EQ(Kept.Tokens[I].Kind, Plain.Tokens.Tokens[I].Kind);
  std::vector<std::string> Comments;
  for (SourceRange R : Kept.Comments)
    Comments.push_back(SM.getText(R).str());
  EXPECT_EQ(Comments,
            (std::vector<std::string>{"# head", "# one", "# inside",
                                      "# indented, then eof without newline",
                                      "# last"}));
}

//===- Lexer.re - re2c scanner turning source text into tokens ------------===//
//
// Compiled by re2c (--utf8) into Lexer.cpp. The DFA recognises one token at a
// time; the line structure (newline, indent, dedent), bracket nesting and the
// bodies of string literals are handled by hand around it.
//
//===----------------------------------------------------------------------===//
#include "frontend/Diagnostics.h"
#include "frontend/Lexer.h"
#include "frontend/StringScanner.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

using namespace ignis;
using namespace ignis::detail;

namespace {
using uchar = unsigned char;

/// One open block. Alias is a second column accepted as the same level after
/// an inconsistent dedent landed between two levels (so later lines at that
/// column do not cascade into more errors).
struct IndentLevel {
  unsigned Column;
  unsigned Alias;
};

class Lexer {
public:
  Lexer(DiagnosticEngine &Diags, const char *Begin, const char *End,
        SourceLoc BaseLoc, bool IsFragment, std::vector<Token> &Tokens,
        std::vector<SourceRange> *Comments = nullptr)
      : Diags(Diags), BufStart(reinterpret_cast<const uchar *>(Begin)),
        BufEnd(reinterpret_cast<const uchar *>(End)), Cur(BufStart),
        BaseLoc(BaseLoc), IsFragment(IsFragment), Tokens(Tokens),
        Comments(Comments) {}

  void lex();

private:
  SourceLoc loc(const uchar *P) const {
    return BaseLoc.getAdvanced(static_cast<uint32_t>(P - BufStart));
  }
  SourceRange range(const uchar *B, const uchar *E) const {
    return SourceRange(loc(B), loc(E));
  }
  static llvm::StringRef text(const uchar *B, const uchar *E) {
    return llvm::StringRef(reinterpret_cast<const char *>(B), E - B);
  }

  bool startLine();
  void updateIndentation(unsigned Column);
  bool lexToken();
  void finish();

  void emit(TokenKind K, const uchar *Start, uint8_t ExtraFlags = 0) {
    uint8_t Flags = PendingFlags | ExtraFlags;
    if (!LineHasTokens && !IsFragment)
      Flags |= TF_StartOfLine;
    LineHasTokens = true;
    PendingFlags = 0;
    Tokens.push_back(
        Token{K, Flags, static_cast<uint32_t>(Cur - Start), loc(Start)});
  }
  void emitMarker(TokenKind K, const uchar *At, uint8_t Flags = 0) {
    Tokens.push_back(Token{K, Flags, 0, loc(At)});
  }

  /// Skips a comment starting at Hash (Cur is at or just past it).
  void skipComment(const uchar *Hash);
  void endLine(const uchar *LineBreak);
  void lexContinuation(const uchar *Backslash);
  void lexIdentifier(const uchar *Start);
  void lexNumber(const uchar *Start, TokenKind Kind);
  void lexString(const uchar *Start);
  void lexBacktick(const uchar *Start);
  void closeBracket(uchar Closer);
  void lexInvalid(const uchar *Start);

  DiagnosticEngine &Diags;
  const uchar *BufStart, *BufEnd, *Cur;
  SourceLoc BaseLoc;
  bool IsFragment;
  std::vector<Token> &Tokens;
  /// Where comments are recorded (the keep-comments mode), or null.
  std::vector<SourceRange> *Comments;
  llvm::SmallVector<IndentLevel, 16> Indents;
  llvm::SmallVector<const uchar *, 16> Brackets;
  bool AtLineStart = false;
  bool LineHasTokens = false;
  uint8_t PendingFlags = 0;
};
} // namespace

void Lexer::lex() {
  if (!IsFragment && BufEnd - Cur >= 3 && Cur[0] == 0xEF && Cur[1] == 0xBB &&
      Cur[2] == 0xBF)
    Cur += 3;
  Indents.push_back({0, 0});
  AtLineStart = !IsFragment;
  for (;;) {
    if (AtLineStart && !startLine())
      break;
    if (!lexToken())
      break;
  }
  finish();
}

/// Measures the indentation of the next line that holds a token, skipping
/// blank and comment-only lines. Returns false at the end of the text.
bool Lexer::startLine() {
  for (;;) {
    const uchar *LineBegin = Cur;
    const uchar *Tab = nullptr;
    unsigned Column = 0;
    for (;; ++Cur) {
      uchar C = *Cur;
      if (C == ' ') {
        ++Column;
      } else if (C == '\t') {
        if (!Tab)
          Tab = Cur;
        Column = (Column / 8 + 1) * 8;
      } else if (C == '\f') {
        Column = 0;
      } else {
        break;
      }
    }
    if (*Cur == '#')
      skipComment(Cur);
    if (*Cur == '\n') {
      ++Cur;
      continue;
    }
    if (*Cur == '\r') {
      ++Cur;
      if (*Cur == '\n')
        ++Cur;
      continue;
    }
    if (Cur >= BufEnd)
      return false;
    if (Tab)
      Diags.report(range(Tab, Tab + 1), DiagID::err_lex_tab_indent);
    AtLineStart = false;
    PendingFlags = Cur > LineBegin ? TF_LeadingSpace : 0;
    updateIndentation(Column);
    return true;
  }
}

void Lexer::updateIndentation(unsigned Column) {
  IndentLevel Top = Indents.back();
  if (Column == Top.Column || Column == Top.Alias)
    return;
  if (Column > Top.Column) {
    Indents.push_back({Column, Column});
    emitMarker(TokenKind::indent, Cur);
    return;
  }
  while (Column < Indents.back().Column) {
    Indents.pop_back();
    emitMarker(TokenKind::dedent, Cur);
  }
  IndentLevel &Level = Indents.back();
  if (Column != Level.Column && Column != Level.Alias) {
    Diags.report(loc(Cur), DiagID::err_lex_inconsistent_dedent);
    Level.Alias = Column;
  }
}

void Lexer::skipComment(const uchar *Hash) {
  for (;;) {
    uchar C = *Cur;
    if (C == '\n' || C == '\r' || (C == 0 && Cur >= BufEnd)) {
      if (Comments)
        Comments->push_back(range(Hash, Cur));
      return;
    }
    if (C == 0) {
      Diags.report(range(Cur, Cur + 1), DiagID::err_lex_nul_character);
    } else if (C >= 0x80) {
      if (unsigned Len = decodeUTF8Length(Cur, BufEnd - Cur)) {
        Cur += Len;
        continue;
      }
      const uchar *Begin = Cur;
      do
        ++Cur;
      while (Cur < BufEnd && *Cur >= 0x80 &&
             decodeUTF8Length(Cur, BufEnd - Cur) == 0);
      Diags.report(range(Begin, Cur), DiagID::err_lex_invalid_utf8);
      continue;
    }
    ++Cur;
  }
}

void Lexer::endLine(const uchar *LineBreak) {
  if (LineHasTokens)
    emitMarker(TokenKind::newline, LineBreak);
  AtLineStart = true;
  LineHasTokens = false;
  PendingFlags = 0;
}

void Lexer::lexContinuation(const uchar *Backslash) {
  if (*Cur == '\n') {
    ++Cur;
  } else if (*Cur == '\r') {
    ++Cur;
    if (*Cur == '\n')
      ++Cur;
  } else {
    Diags.report(range(Backslash, Backslash + 1),
                 DiagID::err_lex_bad_continuation);
  }
  PendingFlags |= TF_LeadingSpace;
}

void Lexer::lexIdentifier(const uchar *Start) {
  emit(lookupKeyword(text(Start, Cur)), Start);
}

static bool isIdentChar(uchar C) { return llvm::isAlnum(C) || C == '_'; }

/// A number rule matched [Start, Cur). Letters, digits or `_` right after it
/// make the whole run one malformed literal (as `0x`, `1__0`, `12abc`, `1e`).
void Lexer::lexNumber(const uchar *Start, TokenKind Kind) {
  if (!isIdentChar(*Cur)) {
    emit(Kind, Start);
    return;
  }
  bool Prefixed = Start[0] == '0' && Cur - Start >= 1 &&
                  llvm::isAlpha(Start[1]);
  for (;;) {
    if (isIdentChar(*Cur)) {
      ++Cur;
    } else if ((*Cur == '+' || *Cur == '-') && !Prefixed &&
               (Cur[-1] == 'e' || Cur[-1] == 'E') && llvm::isDigit(Cur[1])) {
      ++Cur;
    } else {
      break;
    }
  }
  llvm::StringRef Text = text(Start, Cur);
  const char *KindName = "decimal";
  Kind = TokenKind::integer_literal;
  if (Text.size() >= 2 && Text[0] == '0' && llvm::isAlpha(Text[1])) {
    switch (Text[1]) {
    case 'x':
    case 'X':
      KindName = "hexadecimal";
      break;
    case 'o':
    case 'O':
      KindName = "octal";
      break;
    case 'b':
    case 'B':
      KindName = "binary";
      break;
    default:
      break;
    }
  }
  if (llvm::StringRef(KindName) == "decimal") {
    // Digits (and `_`, `.`) followed by an exponent letter read as a float.
    size_t FirstOther = Text.find_first_not_of("0123456789_.");
    if (Text.contains('.') ||
        (FirstOther != llvm::StringRef::npos &&
         (Text[FirstOther] == 'e' || Text[FirstOther] == 'E'))) {
      KindName = "float";
      Kind = TokenKind::float_literal;
    }
  }
  Diags.report(range(Start, Cur), DiagID::err_lex_invalid_number)
      << KindName << escapeForDisplay(Text);
  emit(Kind, Start, TF_Invalid);
}

void Lexer::lexString(const uchar *Start) {
  const uchar *OpenQuote = Cur - 1;
  char Quote = static_cast<char>(*OpenQuote);
  StringPrefix Prefix = classifyStringPrefix(text(Start, OpenQuote));
  uint8_t Flags = 0;
  if (Prefix.IsF) {
    Diags.report(range(Start, OpenQuote), DiagID::err_lex_fstring);
    Flags |= TF_Invalid;
  }
  bool Triple = Cur[0] == uchar(Quote) && Cur[1] == uchar(Quote);
  if (Triple) {
    Cur += 2;
    Flags |= TF_TripleQuoted;
  }
  const char *Base = reinterpret_cast<const char *>(BufStart);
  StringScanner Scanner(Base, reinterpret_cast<const char *>(BufEnd), BaseLoc,
                        &Diags, nullptr);
  const char *P = reinterpret_cast<const char *>(Cur);
  Scanner.scanLiteral(P, reinterpret_cast<const char *>(OpenQuote), Quote,
                      Triple, Prefix.IsRaw, Prefix.IsT || Prefix.IsF);
  Cur = reinterpret_cast<const uchar *>(P);
  if (Scanner.Invalid)
    Flags |= TF_Invalid;
  emit(Prefix.IsT || Prefix.IsF ? TokenKind::tstring_literal
                                : TokenKind::string_literal,
       Start, Flags);
}

/// `` `name` `` on one line; Cur is after the opening backtick.
void Lexer::lexBacktick(const uchar *Start) {
  const uchar *P = Cur;
  while (P < BufEnd && *P != '`' && *P != '\n' && *P != '\r')
    ++P;
  if (P < BufEnd && *P == '`') {
    Cur = P + 1;
    if (P == Start + 1) { // `` is not a name
      Diags.report(range(Start, Cur), DiagID::err_lex_invalid_character)
          << "`";
      emit(TokenKind::error, Start, TF_Invalid);
      return;
    }
    emit(TokenKind::backtick_identifier, Start);
    return;
  }
  Diags.report(range(Start, Start + 1), DiagID::err_lex_unterminated_backtick);
  emit(TokenKind::error, Start, TF_Invalid);
}

/// Pops the bracket Closer closes. A closer that matches an outer opener
/// closes the inner ones too; one that matches nothing closes the innermost
/// (the parser reports the mismatch).
void Lexer::closeBracket(uchar Closer) {
  if (Brackets.empty())
    return;
  uchar Opener = Closer == ')' ? '(' : Closer == ']' ? '[' : '{';
  for (size_t I = Brackets.size(); I-- > 0;) {
    if (*Brackets[I] == Opener) {
      Brackets.resize(I);
      return;
    }
  }
  Brackets.pop_back();
}

/// A byte no rule accepts: a stray ASCII character or invalid UTF-8.
void Lexer::lexInvalid(const uchar *Start) {
  if (*Start >= 0x80) {
    while (Cur < BufEnd && *Cur >= 0x80 &&
           decodeUTF8Length(Cur, BufEnd - Cur) == 0)
      ++Cur;
    Diags.report(range(Start, Cur), DiagID::err_lex_invalid_utf8);
  } else {
    Diags.report(range(Start, Cur), DiagID::err_lex_invalid_character)
        << escapeForDisplay(text(Start, Cur));
  }
  emit(TokenKind::error, Start, TF_Invalid);
}

/// Scans the next token. Returns false at the end of the text; after a
/// logical line ends, returns with AtLineStart set.
bool Lexer::lexToken() {
  for (;;) {
    const uchar *Start = Cur;
    const uchar *YYMARKER = nullptr;
    (void)YYMARKER;
#define TOK(K)                                                                 \
  do {                                                                         \
    emit(TokenKind::K, Start);                                                 \
    return true;                                                               \
  } while (0)
    /*!re2c
      re2c:yyfill:enable = 0;
      re2c:define:YYCTYPE = uchar;
      re2c:define:YYCURSOR = Cur;
      re2c:define:YYMARKER = YYMARKER;

      idstart    = [A-Za-z_];
      idcont     = [A-Za-z0-9_];
      nonascii   = [\u0080-\uD7FF\uE000-\U0010FFFF];
      asciiident = idstart idcont*;
      ident      = (idstart | nonascii) (idcont | nonascii)*;

      dec   = [0-9] ("_"? [0-9])*;
      hex   = "0" [xX] ("_"? [0-9a-fA-F])+;
      oct   = "0" [oO] ("_"? [0-7])+;
      bin   = "0" [bB] ("_"? [01])+;
      exp   = [eE] [+-]? dec;
      float = dec "." dec? exp? | "." dec exp? | dec exp;

      strprefix = [rRtTfF] | [rR][tTfF] | [tTfF][rR];

      [ \t\f]+ { PendingFlags |= TF_LeadingSpace; continue; }
      "#"      { skipComment(Start); PendingFlags |= TF_LeadingSpace; continue; }
      "\r\n" | "\r" | "\n" {
        if (IsFragment || !Brackets.empty()) {
          PendingFlags |= TF_LeadingSpace;
          continue;
        }
        endLine(Start);
        return true;
      }
      "\\" { lexContinuation(Start); continue; }
      "\x00" {
        if (Start >= BufEnd) {
          Cur = Start;
          return false;
        }
        Diags.report(range(Start, Cur), DiagID::err_lex_nul_character);
        continue;
      }

      asciiident { lexIdentifier(Start); return true; }
      ident      { emit(TokenKind::identifier, Start); return true; }
      "`"        { lexBacktick(Start); return true; }
      strprefix? ['"] { lexString(Start); return true; }

      dec               { lexNumber(Start, TokenKind::integer_literal); return true; }
      hex | oct | bin   { lexNumber(Start, TokenKind::integer_literal); return true; }
      float             { lexNumber(Start, TokenKind::float_literal); return true; }

      "(" { Brackets.push_back(Start); TOK(l_paren); }
      "[" { Brackets.push_back(Start); TOK(l_square); }
      "{" { Brackets.push_back(Start); TOK(l_brace); }
      ")" { closeBracket(*Start); TOK(r_paren); }
      "]" { closeBracket(*Start); TOK(r_square); }
      "}" { closeBracket(*Start); TOK(r_brace); }

      ","   { TOK(comma); }
      ":"   { TOK(colon); }
      ";"   { TOK(semi); }
      "."   { TOK(period); }
      "..." { TOK(ellipsis); }
      "@"   { TOK(at); }
      "->"  { TOK(arrow); }
      "="   { TOK(equal); }
      ":="  { TOK(walrus); }
      "+"   { TOK(plus); }
      "-"   { TOK(minus); }
      "*"   { TOK(star); }
      "**"  { TOK(starstar); }
      "/"   { TOK(slash); }
      "//"  { TOK(slashslash); }
      "%"   { TOK(percent); }
      "&"   { TOK(amp); }
      "|"   { TOK(pipe); }
      "^"   { TOK(caret); }
      "~"   { TOK(tilde); }
      "<<"  { TOK(lessless); }
      ">>"  { TOK(greatergreater); }
      "<"   { TOK(less); }
      ">"   { TOK(greater); }
      "<="  { TOK(lessequal); }
      ">="  { TOK(greaterequal); }
      "=="  { TOK(equalequal); }
      "!="  { TOK(exclaimequal); }
      "!"   { TOK(exclaim); }
      "+="  { TOK(plusequal); }
      "-="  { TOK(minusequal); }
      "*="  { TOK(starequal); }
      "**=" { TOK(starstarequal); }
      "/="  { TOK(slashequal); }
      "//=" { TOK(slashslashequal); }
      "%="  { TOK(percentequal); }
      "@="  { TOK(atequal); }
      "&="  { TOK(ampequal); }
      "|="  { TOK(pipeequal); }
      "^="  { TOK(caretequal); }
      "<<=" { TOK(lesslessequal); }
      ">>=" { TOK(greatergreaterequal); }

      * { lexInvalid(Start); return true; }
    */
#undef TOK
  }
}

void Lexer::finish() {
  uint8_t EndFlags = 0;
  if (!IsFragment) {
    if (!Brackets.empty()) {
      const uchar *Open = Brackets.front();
      Diags.report(range(Open, Open + 1), DiagID::err_lex_unclosed_bracket)
          << text(Open, Open + 1);
      EndFlags = TF_Invalid;
    }
    if (LineHasTokens)
      emitMarker(TokenKind::newline, BufEnd, EndFlags);
    while (Indents.size() > 1) {
      Indents.pop_back();
      emitMarker(TokenKind::dedent, BufEnd, EndFlags);
    }
  }
  emitMarker(TokenKind::eof, BufEnd, EndFlags);
}

TokenBuffer ignis::lexBuffer(const SourceManager &SM, unsigned BufferID,
                             DiagnosticEngine &Diags, bool KeepComments) {
  TokenBuffer Result;
  Result.BufferID = BufferID;
  llvm::StringRef Text = SM.getBufferText(BufferID);
  Result.Tokens.reserve(Text.size() / 4 + 16);
  // The buffer is null-terminated, which the scanner relies on to stop.
  Lexer(Diags, Text.begin(), Text.end(), SM.getBufferStart(BufferID), false,
        Result.Tokens, KeepComments ? &Result.Comments : nullptr)
      .lex();
  return Result;
}

TokenBuffer ignis::lexFragment(const SourceManager &SM, SourceRange Range,
                               DiagnosticEngine &Diags) {
  TokenBuffer Result;
  Result.BufferID = SM.findBuffer(Range.Begin);
  // A field is followed by more string text, not a NUL: scan a copy.
  std::string Copy = SM.getText(Range).str();
  Result.Tokens.reserve(Copy.size() / 2 + 4);
  Lexer(Diags, Copy.data(), Copy.data() + Copy.size(), Range.Begin, true,
        Result.Tokens)
      .lex();
  return Result;
}

//===- StringLiterals.cpp - Scanning, splitting and decoding string literals ===//
#include "frontend/Diagnostics.h"
#include "frontend/Lexer.h"
#include "frontend/StringScanner.h"
#include "llvm/ADT/StringExtras.h"

using namespace ignis;
using namespace ignis::detail;

static bool isIdentChar(char C) { return llvm::isAlnum(C) || C == '_'; }

StringPrefix detail::classifyStringPrefix(llvm::StringRef Letters) {
  StringPrefix P;
  if (Letters.size() > 2)
    return P;
  for (char C : Letters) {
    switch (C) {
    case 'r':
    case 'R':
      if (P.IsRaw)
        return P;
      P.IsRaw = true;
      break;
    case 't':
    case 'T':
      if (P.IsT || P.IsF)
        return P;
      P.IsT = true;
      break;
    case 'f':
    case 'F':
      if (P.IsT || P.IsF)
        return P;
      P.IsF = true;
      break;
    default:
      return P;
    }
  }
  P.Valid = true;
  return P;
}

unsigned detail::decodeUTF8Length(const unsigned char *P, size_t Avail) {
  if (Avail == 0)
    return 0;
  unsigned char C = P[0];
  if (C < 0x80)
    return 1;
  unsigned Len;
  unsigned char Lo = 0x80, Hi = 0xBF; // range of the second byte
  if (C >= 0xC2 && C <= 0xDF) {
    Len = 2;
  } else if (C >= 0xE0 && C <= 0xEF) {
    Len = 3;
    if (C == 0xE0)
      Lo = 0xA0; // no overlong forms
    else if (C == 0xED)
      Hi = 0x9F; // no surrogates
  } else if (C >= 0xF0 && C <= 0xF4) {
    Len = 4;
    if (C == 0xF0)
      Lo = 0x90;
    else if (C == 0xF4)
      Hi = 0x8F; // nothing above U+10FFFF
  } else {
    return 0;
  }
  if (Avail < Len || P[1] < Lo || P[1] > Hi)
    return 0;
  for (unsigned I = 2; I < Len; ++I)
    if ((P[I] & 0xC0) != 0x80)
      return 0;
  return Len;
}

std::string detail::escapeForDisplay(llvm::StringRef Text) {
  std::string Out;
  Out.reserve(Text.size());
  const auto *P = reinterpret_cast<const unsigned char *>(Text.data());
  const auto *E = P + Text.size();
  while (P < E) {
    unsigned char C = *P;
    if (C >= 0x20 && C < 0x7F) {
      Out += char(C);
      ++P;
      continue;
    }
    switch (C) {
    case '\n':
      Out += "\\n";
      ++P;
      continue;
    case '\r':
      Out += "\\r";
      ++P;
      continue;
    case '\t':
      Out += "\\t";
      ++P;
      continue;
    default:
      break;
    }
    if (unsigned Len = C >= 0x80 ? decodeUTF8Length(P, E - P) : 0) {
      Out.append(reinterpret_cast<const char *>(P), Len);
      P += Len;
      continue;
    }
    Out += "\\x";
    Out += llvm::hexdigit(C >> 4, /*LowerCase=*/false);
    Out += llvm::hexdigit(C & 15, /*LowerCase=*/false);
    ++P;
  }
  return Out;
}

//===----------------------------------------------------------------------===//
// StringScanner
//===----------------------------------------------------------------------===//

void StringScanner::error(const char *Begin, const char *Stop, DiagID ID,
                          llvm::StringRef Arg, bool HasArg) {
  Invalid = true;
  if (!Diags)
    return;
  auto B = Diags->report(SourceRange(loc(Begin), loc(Stop)), ID);
  if (HasArg)
    B << Arg;
}

void StringScanner::scanUTF8(const char *&Cur) {
  auto Avail = [&](const char *P) { return size_t(End - P); };
  auto *U = reinterpret_cast<const unsigned char *>(Cur);
  if (unsigned Len = decodeUTF8Length(U, Avail(Cur))) {
    Cur += Len;
    return;
  }
  const char *Begin = Cur;
  do
    ++Cur;
  while (Cur < End && static_cast<unsigned char>(*Cur) >= 0x80 &&
         decodeUTF8Length(reinterpret_cast<const unsigned char *>(Cur),
                          Avail(Cur)) == 0);
  error(Begin, Cur, DiagID::err_lex_invalid_utf8);
}

void StringScanner::scanEscape(const char *&Cur) {
  const char *Backslash = Cur;
  if (Cur + 1 >= End) {
    ++Cur; // the literal is unterminated; that is reported by the caller
    return;
  }
  char N = Cur[1];
  unsigned HexDigits = 0;
  switch (N) {
  case '\n':
    Cur += 2;
    return;
  case '\r':
    Cur += peek(Cur, 2) == '\n' ? 3 : 2;
    return;
  case '\\':
  case '\'':
  case '"':
  case 'a':
  case 'b':
  case 'f':
  case 'n':
  case 'r':
  case 't':
  case 'v':
    Cur += 2;
    return;
  case '0':
  case '1':
  case '2':
  case '3':
  case '4':
  case '5':
  case '6':
  case '7':
    Cur += 2;
    for (int I = 0; I < 2 && Cur < End && *Cur >= '0' && *Cur <= '7'; ++I)
      ++Cur;
    return;
  case 'x':
    HexDigits = 2;
    break;
  case 'u':
    HexDigits = 4;
    break;
  case 'U':
    HexDigits = 8;
    break;
  default: {
    // Report the backslash and the one character after it, then let the
    // character be scanned as ordinary text.
    unsigned Len = 1;
    if (static_cast<unsigned char>(N) >= 0x80)
      Len = std::max(1u, decodeUTF8Length(
                             reinterpret_cast<const unsigned char *>(Cur + 1),
                             End - Cur - 1));
    error(Backslash, Backslash + 1 + Len, DiagID::err_lex_invalid_escape,
          escapeForDisplay(llvm::StringRef(Backslash, 1 + Len)), true);
    ++Cur;
    return;
  }
  }
  const char *P = Cur + 2;
  uint64_t Value = 0;
  unsigned Count = 0;
  while (Count < HexDigits && P < End && llvm::isHexDigit(*P)) {
    Value = Value * 16 + llvm::hexDigitValue(*P);
    ++P;
    ++Count;
  }
  if (Count < HexDigits || Value > 0x10FFFF ||
      (Value >= 0xD800 && Value <= 0xDFFF))
    error(Backslash, P, DiagID::err_lex_invalid_escape,
          escapeForDisplay(llvm::StringRef(Backslash, P - Backslash)), true);
  Cur = P;
}

void StringScanner::flushLiteral(const char *To, bool Raw) {
  if (!Segments || To <= LiteralBegin) {
    LiteralBegin = std::max(LiteralBegin, To);
    return;
  }
  std::string Text = decodeStringBody(
      llvm::StringRef(LiteralBegin, To - LiteralBegin), Raw);
  if (Segments->empty() || Segments->back().IsField)
    Segments->emplace_back();
  Segments->back().Text += Text;
  LiteralBegin = To;
}

ScanEnd StringScanner::scanLiteral(const char *&Cur, const char *OpenQuote,
                                   char Quote, bool Triple, bool Raw,
                                   bool IsT) {
  LiteralBegin = Cur;
  ScanEnd R = scanBody(Cur, Quote, Triple, Raw, IsT, Triple, true);
  const char *QuoteEnd = OpenQuote + (Triple ? 3 : 1);
  switch (R) {
  case ScanEnd::Closed:
    break;
  case ScanEnd::LineEnd:
    error(OpenQuote, QuoteEnd, DiagID::err_lex_unterminated_string);
    break;
  case ScanEnd::BufferEnd:
    error(OpenQuote, QuoteEnd,
          Triple ? DiagID::err_lex_unterminated_triple_string
                 : DiagID::err_lex_unterminated_string);
    break;
  case ScanEnd::FieldUnterminated:
    Invalid = true;
    break;
  }
  return R;
}

ScanEnd StringScanner::scanBody(const char *&Cur, char Quote, bool Triple,
                                bool Raw, bool IsT, bool AllowNewline,
                                bool TopLevel) {
  auto Flush = [&](const char *To) {
    if (TopLevel)
      flushLiteral(To, Raw);
  };
  for (;;) {
    if (Cur >= End) {
      Flush(Cur);
      return ScanEnd::BufferEnd;
    }
    char C = *Cur;
    if (C == Quote) {
      if (!Triple) {
        Flush(Cur);
        ++Cur;
        return ScanEnd::Closed;
      }
      if (peek(Cur, 1) == Quote && peek(Cur, 2) == Quote) {
        Flush(Cur);
        Cur += 3;
        return ScanEnd::Closed;
      }
      ++Cur;
      continue;
    }
    switch (C) {
    case '\\':
      if (!Raw) {
        scanEscape(Cur);
        continue;
      }
      // In a raw literal a backslash keeps the next quote, backslash or line
      // break from having its usual meaning; both characters stay.
      ++Cur;
      if (Cur < End) {
        if (*Cur == '\r' && peek(Cur, 1) == '\n')
          Cur += 2;
        else if (*Cur == Quote || *Cur == '\\' || *Cur == '\n' ||
                 *Cur == '\r')
          ++Cur;
      }
      continue;
    case '\n':
    case '\r':
      if (!AllowNewline) {
        Flush(Cur);
        return ScanEnd::LineEnd;
      }
      ++Cur;
      continue;
    case '{':
      if (!IsT)
        break;
      if (peek(Cur, 1) == '{') {
        Flush(Cur + 1);
        Cur += 2;
        if (TopLevel)
          LiteralBegin = Cur;
        continue;
      } else {
        Flush(Cur);
        const char *Brace = Cur++;
        ScanEnd R = scanField(Cur, Brace, AllowNewline, TopLevel);
        if (R != ScanEnd::Closed)
          return R;
        if (TopLevel)
          LiteralBegin = Cur;
        continue;
      }
    case '}':
      if (!IsT)
        break;
      if (peek(Cur, 1) == '}') {
        Flush(Cur + 1);
        Cur += 2;
        if (TopLevel)
          LiteralBegin = Cur;
        continue;
      }
      error(Cur, Cur + 1, DiagID::err_lex_tstring_unmatched_brace, "}", true);
      ++Cur;
      continue;
    case '\0':
      error(Cur, Cur + 1, DiagID::err_lex_nul_character);
      ++Cur;
      continue;
    default:
      if (static_cast<unsigned char>(C) >= 0x80) {
        scanUTF8(Cur);
        continue;
      }
      break;
    }
    ++Cur;
  }
}

ScanEnd StringScanner::scanNestedString(const char *&Cur,
                                        llvm::StringRef Prefix,
                                        bool AllowNewline) {
  StringPrefix P = classifyStringPrefix(Prefix);
  if (P.IsF)
    error(Prefix.data(), Prefix.end(), DiagID::err_lex_fstring);
  char Quote = *Cur;
  bool Triple = peek(Cur, 1) == Quote && peek(Cur, 2) == Quote;
  Cur += Triple ? 3 : 1;
  return scanBody(Cur, Quote, Triple, P.IsRaw, P.IsT || P.IsF,
                  AllowNewline && Triple, /*TopLevel=*/false);
}

ScanEnd StringScanner::scanField(const char *&Cur, const char *OpenBrace,
                                 bool AllowNewline, bool TopLevel) {
  auto Unterminated = [&] {
    error(OpenBrace, OpenBrace + 1, DiagID::err_lex_tstring_unterminated_field);
    return ScanEnd::FieldUnterminated;
  };
  llvm::SmallVector<char, 8> Brackets;
  const char *ExprBegin = Cur, *ExprEnd = nullptr;
  const char *IdentBegin = nullptr, *IdentEnd = nullptr;
  bool HasExpr = false;
  char Conversion = 0;
  const char *SpecBegin = nullptr, *SpecEnd = nullptr;

  // The expression: up to `}`, `!c` or `:` outside brackets.
  while (!ExprEnd) {
    if (Cur >= End)
      return Unterminated();
    char C = *Cur;
    if (C == '\'' || C == '"') {
      llvm::StringRef Prefix;
      if (IdentEnd == Cur)
        Prefix = llvm::StringRef(IdentBegin, IdentEnd - IdentBegin);
      if (!classifyStringPrefix(Prefix).Valid)
        Prefix = {};
      ScanEnd R = scanNestedString(Cur, Prefix, AllowNewline);
      if (R == ScanEnd::FieldUnterminated)
        return R;
      if (R != ScanEnd::Closed)
        return Unterminated();
      HasExpr = true;
      continue;
    }
    if (isIdentChar(C)) {
      IdentBegin = Cur;
      while (Cur < End && isIdentChar(*Cur))
        ++Cur;
      IdentEnd = Cur;
      HasExpr = true;
      continue;
    }
    switch (C) {
    case '\n':
    case '\r':
      if (!AllowNewline)
        return Unterminated();
      ++Cur;
      continue;
    case ' ':
    case '\t':
    case '\f':
      ++Cur;
      continue;
    case '(':
    case '[':
    case '{':
      Brackets.push_back(C);
      break;
    case ')':
    case ']':
      if (!Brackets.empty())
        Brackets.pop_back();
      break;
    case '}':
      if (!Brackets.empty() && Brackets.back() == '{') {
        Brackets.pop_back();
        break;
      }
      ExprEnd = Cur; // also ends the field on a mismatched bracket
      continue;
    case '!':
      if (Brackets.empty() && peek(Cur, 1) != '=') {
        ExprEnd = Cur;
        continue;
      }
      if (peek(Cur, 1) == '=')
        ++Cur;
      break;
    case ':':
      if (Brackets.empty()) {
        ExprEnd = Cur;
        continue;
      }
      break;
    case '\0':
      error(Cur, Cur + 1, DiagID::err_lex_nul_character);
      break;
    default:
      if (static_cast<unsigned char>(C) >= 0x80) {
        scanUTF8(Cur);
        HasExpr = true;
        continue;
      }
      break;
    }
    HasExpr = true;
    ++Cur;
  }

  // `!r` / `!s`.
  if (*Cur == '!') {
    const char *Bang = Cur++;
    if (Cur < End && (*Cur == 'r' || *Cur == 's') &&
        (peek(Cur, 1) == ':' || peek(Cur, 1) == '}')) {
      Conversion = *Cur++;
    } else {
      // Skip a word after the `!`, then go on as if a spec followed.
      while (Cur < End && isIdentChar(*Cur))
        ++Cur;
      error(Bang, Cur, DiagID::err_lex_tstring_bad_conversion);
    }
  }

  // `:spec` (may contain nested replacement fields).
  if (Cur < End && *Cur != '}') {
    if (*Cur == ':')
      ++Cur;
    SpecBegin = Cur;
    for (;;) {
      if (Cur >= End)
        return Unterminated();
      char C = *Cur;
      if (C == '}')
        break;
      if (C == '{') {
        const char *Brace = Cur++;
        ScanEnd R = scanField(Cur, Brace, AllowNewline, false);
        if (R != ScanEnd::Closed)
          return R;
        continue;
      }
      if ((C == '\n' || C == '\r') && !AllowNewline)
        return Unterminated();
      if (C == '\0')
        error(Cur, Cur + 1, DiagID::err_lex_nul_character);
      if (static_cast<unsigned char>(C) >= 0x80) {
        scanUTF8(Cur);
        continue;
      }
      ++Cur;
    }
    SpecEnd = Cur;
  }
  if (Cur >= End)
    return Unterminated();
  ++Cur; // the closing `}`

  if (!HasExpr)
    error(OpenBrace, Cur, DiagID::err_lex_tstring_empty_field);
  if (TopLevel && Segments) {
    TStringSegment Seg;
    Seg.IsField = true;
    Seg.FieldRange = SourceRange(loc(ExprBegin), loc(ExprEnd));
    Seg.Conversion = Conversion;
    if (SpecBegin)
      Seg.FormatSpec.assign(SpecBegin, SpecEnd);
    Segments->push_back(std::move(Seg));
  }
  return ScanEnd::Closed;
}

//===----------------------------------------------------------------------===//
// Public entry points
//===----------------------------------------------------------------------===//

static void appendCodePoint(std::string &Out, uint32_t CP) {
  if (CP < 0x80) {
    Out += char(CP);
  } else if (CP < 0x800) {
    Out += char(0xC0 | (CP >> 6));
    Out += char(0x80 | (CP & 0x3F));
  } else if (CP < 0x10000) {
    Out += char(0xE0 | (CP >> 12));
    Out += char(0x80 | ((CP >> 6) & 0x3F));
    Out += char(0x80 | (CP & 0x3F));
  } else {
    Out += char(0xF0 | (CP >> 18));
    Out += char(0x80 | ((CP >> 12) & 0x3F));
    Out += char(0x80 | ((CP >> 6) & 0x3F));
    Out += char(0x80 | (CP & 0x3F));
  }
}

std::string ignis::decodeStringBody(llvm::StringRef Body, bool IsRaw) {
  std::string Out;
  Out.reserve(Body.size());
  size_t N = Body.size();
  for (size_t I = 0; I < N;) {
    char C = Body[I];
    if (C == '\r') { // line breaks in the source read as \n
      Out += '\n';
      I += (I + 1 < N && Body[I + 1] == '\n') ? 2 : 1;
      continue;
    }
    if (C != '\\' || IsRaw || I + 1 >= N) {
      Out += C;
      ++I;
      continue;
    }
    char E = Body[I + 1];
    unsigned HexDigits = 0;
    switch (E) {
    case '\n':
      I += 2;
      continue;
    case '\r':
      I += (I + 2 < N && Body[I + 2] == '\n') ? 3 : 2;
      continue;
    case '\\': Out += '\\'; I += 2; continue;
    case '\'': Out += '\''; I += 2; continue;
    case '"': Out += '"'; I += 2; continue;
    case 'a': Out += '\a'; I += 2; continue;
    case 'b': Out += '\b'; I += 2; continue;
    case 'f': Out += '\f'; I += 2; continue;
    case 'n': Out += '\n'; I += 2; continue;
    case 'r': Out += '\r'; I += 2; continue;
    case 't': Out += '\t'; I += 2; continue;
    case 'v': Out += '\v'; I += 2; continue;
    case 'x': HexDigits = 2; break;
    case 'u': HexDigits = 4; break;
    case 'U': HexDigits = 8; break;
    default:
      if (E >= '0' && E <= '7') {
        uint32_t V = 0;
        size_t J = I + 1;
        for (; J < N && J < I + 4 && Body[J] >= '0' && Body[J] <= '7'; ++J)
          V = V * 8 + (Body[J] - '0');
        appendCodePoint(Out, V);
        I = J;
        continue;
      }
      // An invalid escape (already reported) keeps its backslash.
      Out += '\\';
      ++I;
      continue;
    }
    uint64_t V = 0;
    size_t J = I + 2;
    for (; J < N && J < I + 2 + HexDigits && llvm::isHexDigit(Body[J]); ++J)
      V = V * 16 + llvm::hexDigitValue(Body[J]);
    if (J - I - 2 != HexDigits || V > 0x10FFFF || (V >= 0xD800 && V <= 0xDFFF)) {
      Out.append(Body.data() + I, J - I);
    } else {
      appendCodePoint(Out, uint32_t(V));
    }
    I = J;
  }
  return Out;
}

StringTokenParts ignis::splitStringToken(llvm::StringRef Text) {
  StringTokenParts Parts;
  size_t P = 0;
  while (P < Text.size() && llvm::isAlpha(Text[P]))
    ++P;
  Parts.Prefix = Text.take_front(P);
  Parts.IsRaw = classifyStringPrefix(Parts.Prefix).IsRaw;
  if (P >= Text.size()) {
    Parts.BodyOffset = P;
    return Parts;
  }
  char Quote = Text[P];
  if (Text.size() >= P + 3 && Text[P + 1] == Quote && Text[P + 2] == Quote &&
      Text.size() - P != 2)
    Parts.QuoteLength = 3;
  // `""` is an empty single-quoted literal, not the start of a triple one.
  if (Text.size() - P == 2)
    Parts.QuoteLength = 1;
  unsigned QL = Parts.QuoteLength;
  Parts.BodyOffset = P + QL;
  llvm::StringRef Rest = Text.drop_front(P + QL);
  // An unterminated literal (reported by the lexer) has no closing quotes.
  llvm::StringRef Closing = Text.drop_front(P).take_front(QL);
  if (Rest.size() >= QL && Rest.ends_with(Closing))
    Rest = Rest.drop_back(QL);
  Parts.Body = Rest;
  return Parts;
}

llvm::SmallVector<TStringSegment, 4>
ignis::splitTStringToken(const SourceManager &SM, const Token &Tok) {
  llvm::SmallVector<TStringSegment, 4> Segments;
  llvm::StringRef Text = SM.getText(Tok.getRange());
  StringTokenParts Parts = splitStringToken(Text);
  if (Parts.BodyOffset >= Text.size())
    return Segments;
  StringScanner Scanner(Text.data(), Text.end(), Tok.Loc, nullptr, &Segments);
  const char *Cur = Text.data() + Parts.BodyOffset;
  const char *OpenQuote = Cur - Parts.QuoteLength;
  Scanner.scanLiteral(Cur, OpenQuote, *OpenQuote, Parts.QuoteLength == 3,
                      Parts.IsRaw, /*IsT=*/true);
  return Segments;
}

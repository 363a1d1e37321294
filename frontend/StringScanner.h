//===- StringScanner.h - Scans string and t-string literal bodies ---------===//
//
// Private to the lexer (Lexer.re) and StringLiterals.cpp. The lexer runs the
// scanner with a DiagnosticEngine to find where a literal ends and report its
// errors; splitTStringToken runs it again over one token's text, without
// diagnostics, to collect the t-string segments. Sharing one scanner keeps the
// two views of a literal identical.
//
//===----------------------------------------------------------------------===//
#ifndef IGNIS_FRONTEND_STRINGSCANNER_H
#define IGNIS_FRONTEND_STRINGSCANNER_H

#include "frontend/Diagnostics.h"
#include "frontend/Lexer.h"

namespace ignis {
namespace detail {

/// The prefix letters of a string literal (`r`, `t`, `rt`, `f`, ...).
struct StringPrefix {
  bool IsRaw = false;
  bool IsT = false;
  bool IsF = false;
  bool Valid = false;
};
StringPrefix classifyStringPrefix(llvm::StringRef Letters);

/// How the scan of one literal body ended.
enum class ScanEnd : uint8_t {
  Closed,            ///< the closing quote(s) were found
  LineEnd,           ///< a single-quoted literal reached a line break
  BufferEnd,         ///< the text ended
  FieldUnterminated, ///< a t-string field did not close (already reported)
};

class StringScanner {
public:
  /// Scans text in [BufStart, End); locations are BaseLoc + offset. Diags
  /// may be null (no diagnostics), Segments may be null (not collected).
  StringScanner(const char *BufStart, const char *End, SourceLoc BaseLoc,
                DiagnosticEngine *Diags,
                llvm::SmallVectorImpl<TStringSegment> *Segments)
      : BufStart(BufStart), End(End), BaseLoc(BaseLoc), Diags(Diags),
        Segments(Segments) {}

  /// Scans a literal body. Cur points just after the opening quote(s);
  /// on return it points after the closing quote(s), or at the line break
  /// or end where scanning stopped. OpenQuote is the first opening quote.
  ScanEnd scanLiteral(const char *&Cur, const char *OpenQuote, char Quote,
                      bool Triple, bool Raw, bool IsT);

  /// True when a diagnostic was (or, without Diags, would have been)
  /// reported for the literal.
  bool Invalid = false;

private:
  ScanEnd scanBody(const char *&Cur, char Quote, bool Triple, bool Raw,
                   bool IsT, bool AllowNewline, bool TopLevel);
  ScanEnd scanField(const char *&Cur, const char *OpenBrace,
                    bool AllowNewline, bool TopLevel);
  ScanEnd scanNestedString(const char *&Cur, llvm::StringRef Prefix,
                           bool AllowNewline);
  void scanEscape(const char *&Cur);
  void scanUTF8(const char *&Cur);
  void flushLiteral(const char *To, bool Raw);

  SourceLoc loc(const char *P) const {
    return BaseLoc.getAdvanced(static_cast<uint32_t>(P - BufStart));
  }
  char peek(const char *P, unsigned N) const {
    return P + N < End ? P[N] : '\0';
  }
  void error(const char *Begin, const char *Stop, DiagID ID,
             llvm::StringRef Arg = {}, bool HasArg = false);

  const char *BufStart, *End;
  SourceLoc BaseLoc;
  DiagnosticEngine *Diags;
  llvm::SmallVectorImpl<TStringSegment> *Segments;
  /// Start of the literal text not yet added to Segments.
  const char *LiteralBegin = nullptr;
};

/// Length of the well-formed UTF-8 sequence at P (at most Avail bytes
/// readable), or 0 when the bytes there are not valid UTF-8.
unsigned decodeUTF8Length(const unsigned char *P, size_t Avail);

/// Text for a diagnostic argument or token dump: printable ASCII and valid
/// UTF-8 kept, control characters and invalid bytes as \xNN, line breaks
/// and tabs as \n \r \t.
std::string escapeForDisplay(llvm::StringRef Text);

} // namespace detail
} // namespace ignis

#endif

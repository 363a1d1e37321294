//===- TokenPrinter.cpp - The `--emit=tokens` dump of a token stream ------===//
#include "frontend/Lexer.h"
#include "frontend/StringScanner.h"
#include "llvm/Support/raw_ostream.h"

using namespace ignis;

void ignis::printTokens(llvm::raw_ostream &OS, const SourceManager &SM,
                        const TokenBuffer &Tokens) {
  for (const Token &Tok : Tokens.Tokens) {
    LineColumn LC = SM.getLineColumn(Tok.Loc);
    OS << LC.Line << ':' << LC.Column << ' ' << getTokenName(Tok.Kind);
    if (Tok.Length != 0)
      OS << " '" << detail::escapeForDisplay(SM.getText(Tok.getRange()))
         << '\'';
    OS << '\n';
  }
}

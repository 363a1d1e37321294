//===- lex_parse_fuzzer.cpp - libFuzzer target: lex, parse and render -----===//
//
// Any byte string must lex, parse and have its diagnostics rendered without
// crashing, hanging or tripping AddressSanitizer.
//
//===----------------------------------------------------------------------===//
#include "frontend/AST.h"
#include "frontend/Diagnostics.h"
#include "frontend/Lexer.h"
#include "frontend/Parser.h"
#include "frontend/SourceManager.h"
#include "llvm/Support/raw_ostream.h"
#include <cstddef>
#include <cstdint>

using namespace ignis;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  SourceManager SM;
  unsigned ID = SM.addBuffer("fuzz.mojo", Text);

  // Render every diagnostic both ways: the caret code sees hostile lines.
  DiagnosticEngine Diags(SM);
  TextDiagnosticPrinter Text1(llvm::nulls(), SM, /*UseColor=*/true);
  JSONDiagnosticPrinter Json(llvm::nulls(), SM);
  Diags.addConsumer(&Text1);
  Diags.addConsumer(&Json);
  Diags.setErrorLimit(0);

  TokenBuffer Tokens = lexBuffer(SM, ID, Diags);
  printTokens(llvm::nulls(), SM, Tokens);

  ASTContext Ctx;
  ModuleDecl *Module = parseBuffer(Ctx, SM, ID, Diags);
  printAST(llvm::nulls(), SM, Module);
  Diags.finish();
  return 0;
}

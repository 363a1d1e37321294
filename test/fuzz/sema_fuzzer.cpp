//===- sema_fuzzer.cpp - libFuzzer target: check whole programs -----------===//
//
// Any byte string, taken as a main file, must go through the parser and
// sema (with the real standard library) and print its checked program
// without crashing, hanging or tripping AddressSanitizer.
//
//===----------------------------------------------------------------------===//
#include "frontend/AST.h"
#include "frontend/Diagnostics.h"
#include "frontend/SourceManager.h"
#include "sema/Sema.h"
#include "llvm/Support/raw_ostream.h"
#include <cstddef>
#include <cstdint>

using namespace ignis;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  SourceManager SM;
  unsigned ID = SM.addBuffer("<fuzz>/fuzz.mojo", Text);
  DiagnosticEngine Diags(SM);
  TextDiagnosticPrinter Printer(llvm::nulls(), SM, /*UseColor=*/false);
  Diags.addConsumer(&Printer);
  Diags.setErrorLimit(50);
  ASTContext AST;
  TypeContext Types;
  SemaOptions Opts;
  std::unique_ptr<cir::Program> Prog =
      checkProgram(Opts, SM, AST, Types, ID, Diags);
  if (Prog)
    cir::printProgram(llvm::nulls(), *Prog);
  Diags.finish();
  return 0;
}

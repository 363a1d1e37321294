//===- frontend_bench.cpp - Lex and lex+parse throughput in lines/s -------===//
//
// usage: ignis-bench-frontend FILE [REPEATS]
// Loads FILE once, then times lexBuffer alone and parseBuffer (which lexes
// too) REPEATS times each, keeping the fastest run, and prints lines/s.
//
//===----------------------------------------------------------------------===//
#include "frontend/AST.h"
#include "frontend/Diagnostics.h"
#include "frontend/Lexer.h"
#include "frontend/Parser.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"
#include <chrono>
#include <cstdlib>
#include <string>

using namespace ignis;

int main(int argc, char **argv) {
  if (argc < 2) {
    llvm::errs() << "usage: ignis-bench-frontend FILE [REPEATS]\n";
    return 2;
  }
  int Repeats = argc > 2 ? std::atoi(argv[2]) : 5;
  SourceManager SM;
  std::string Error;
  std::optional<unsigned> Id = SM.addFile(argv[1], Error);
  if (!Id) {
    llvm::errs() << "cannot open " << argv[1] << ": " << Error << "\n";
    return 1;
  }
  llvm::StringRef Text = SM.getBufferText(*Id);
  size_t Lines = Text.count('\n');
  using Clock = std::chrono::steady_clock;
  double BestLex = 1e30, BestParse = 1e30;
  size_t Tokens = 0;
  unsigned Errors = 0;
  for (int R = 0; R < Repeats; ++R) {
    DiagnosticEngine Diags(SM);
    auto T0 = Clock::now();
    TokenBuffer TB = lexBuffer(SM, *Id, Diags);
    auto T1 = Clock::now();
    Tokens = TB.Tokens.size();
    BestLex = std::min(BestLex, std::chrono::duration<double>(T1 - T0).count());
  }
  for (int R = 0; R < Repeats; ++R) {
    DiagnosticEngine Diags(SM);
    ASTContext Ctx;
    auto T0 = Clock::now();
    parseBuffer(Ctx, SM, *Id, Diags);
    auto T1 = Clock::now();
    Errors = Diags.getNumErrors();
    BestParse =
        std::min(BestParse, std::chrono::duration<double>(T1 - T0).count());
  }
  llvm::outs() << "file: " << Lines << " lines, " << Text.size() << " bytes, "
               << Tokens << " tokens, " << Errors << " errors\n";
  llvm::outs() << llvm::format("lex:        %8.3f ms  %6.2f M lines/s\n",
                               BestLex * 1e3, Lines / BestLex / 1e6);
  llvm::outs() << llvm::format("lex+parse:  %8.3f ms  %6.2f M lines/s\n",
                               BestParse * 1e3, Lines / BestParse / 1e6);
  return Errors ? 1 : 0;
}

//===- ParsedFileCache.cpp - Parsed files kept across checks (the stdlib) -===//
#include "sema/ParsedFileCache.h"

#include "frontend/Diagnostics.h"
#include "frontend/Parser.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"

using namespace ignis;

void ParsedFileCache::mirrorInto(SourceManager &Target) const {
  for (unsigned Id = 1, E = SM.getNumBuffers(); Id <= E; ++Id)
    Target.addBuffer(llvm::MemoryBuffer::getMemBuffer(
        SM.getBufferText(Id), SM.getBufferName(Id),
        /*RequiresNullTerminator=*/true));
}

void ParsedFileCache::add(llvm::StringRef Path) {
  llvm::SmallString<256> Real;
  if (llvm::sys::fs::real_path(Path, Real))
    Real = Path;
  if (Files.count(Real) || Rejected.count(Real))
    return;
  std::string Error;
  std::optional<unsigned> Buffer = SM.addFile(Path, Error);
  if (!Buffer) {
    Rejected.insert(Real);
    return;
  }
  DiagnosticEngine Silent(SM);
  Silent.setErrorLimit(0);
  StoringDiagnosticConsumer Store;
  Silent.addConsumer(&Store);
  ModuleDecl *M = parseBuffer(AST, SM, *Buffer, Silent);
  Silent.finish();
  // A file with diagnostics is parsed again by each check, which reports
  // them.
  if (M && Store.Diags.empty())
    Files[Real] = Entry{*Buffer, M};
  else
    Rejected.insert(Real); // tried once: the cache does not grow with it
}

//===- ParsedFileCacheTest.cpp - Parsed files kept across checks ----------===//
#include "sema/ParsedFileCache.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include <gtest/gtest.h>

using namespace ignis;

namespace {

/// A temporary .mojo file holding Text, removed at the end of the test.
struct TempFile {
  llvm::SmallString<128> Path;
  explicit TempFile(llvm::StringRef Text) {
    int FD;
    EXPECT_FALSE(
        llvm::sys::fs::createTemporaryFile("parsed-cache", "mojo", FD, Path));
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << Text;
  }
  ~TempFile() { llvm::sys::fs::remove(Path); }
};

std::string realPath(llvm::StringRef P) {
  llvm::SmallString<256> Real;
  if (llvm::sys::fs::real_path(P, Real))
    return P.str();
  return std::string(Real);
}

TEST(ParsedFileCache, MirroredBuffersKeepTheTreesLocations) {
  TempFile A("def f() -> Int:\n    return 1\n");
  TempFile B("\n\ndef g():\n    pass\n");
  ParsedFileCache Cache;
  Cache.add(A.Path);
  Cache.add(B.Path);
  Cache.add(A.Path); // already there
  EXPECT_EQ(Cache.getNumFiles(), 2u);
  const ParsedFileCache::Entry *EB = Cache.lookup(realPath(B.Path));
  ASSERT_TRUE(EB && EB->AST);
  ASSERT_EQ(EB->AST->Body.size(), 1u);

  // A check's source manager: the cache's buffers first, then its own.
  SourceManager SM;
  Cache.mirrorInto(SM);
  ASSERT_EQ(SM.getNumBuffers(), 2u);
  unsigned Main = SM.addBuffer("main.mojo", "def main():\n    g()\n");
  EXPECT_EQ(Main, 3u);
  LineColumn LC = SM.getLineColumn(EB->AST->Body[0]->getRange().Begin);
  EXPECT_EQ(LC.Filename, B.Path.str());
  EXPECT_EQ(LC.Line, 3u);
  EXPECT_EQ(LC.Column, 1u);
  EXPECT_EQ(SM.getBufferText(EB->Buffer), "\n\ndef g():\n    pass\n");
}

TEST(ParsedFileCache, FilesWithErrorsAreTriedOnce) {
  TempFile Bad("def f(:\n");
  ParsedFileCache Cache;
  Cache.add(Bad.Path);
  Cache.add(Bad.Path);
  Cache.add("/nonexistent/dir/x.mojo");
  EXPECT_EQ(Cache.getNumFiles(), 0u);
  EXPECT_EQ(Cache.lookup(realPath(Bad.Path)), nullptr);
  SourceManager SM;
  Cache.mirrorInto(SM);
  EXPECT_LE(SM.getNumBuffers(), 1u); // the bad file's text, once at most
}

} // namespace

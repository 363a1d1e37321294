//===- SourceManagerTest.cpp - Buffers, locations, lines and columns ------===//
#include "frontend/SourceManager.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include <gtest/gtest.h>

using namespace ignis;

namespace {

TEST(SourceManager, BuffersAreNumberedFromOneAndNullTerminated) {
  SourceManager SM;
  unsigned A = SM.addBuffer("a.mojo", "abc");
  unsigned B = SM.addBuffer("b.mojo", "");
  EXPECT_EQ(A, 1u);
  EXPECT_EQ(B, 2u);
  EXPECT_EQ(SM.getNumBuffers(), 2u);
  EXPECT_EQ(SM.getBufferText(A), "abc");
  EXPECT_EQ(SM.getBufferText(A).data()[3], '\0');
  EXPECT_EQ(SM.getBufferText(B).data()[0], '\0');
  EXPECT_EQ(SM.getBufferName(A), "a.mojo");
  EXPECT_EQ(SM.getBufferName(B), "b.mojo");
}

TEST(SourceManager, NonNullTerminatedMemoryBufferIsCopied) {
  SourceManager SM;
  llvm::StringRef Whole = "abcdef";
  unsigned ID = SM.addBuffer(llvm::MemoryBuffer::getMemBuffer(
      Whole.substr(0, 3), "part", /*RequiresNullTerminator=*/false));
  EXPECT_EQ(SM.getBufferText(ID), "abc");
  EXPECT_EQ(SM.getBufferText(ID).data()[3], '\0');
}

TEST(SourceManager, FindBufferMapsLocationsBack) {
  SourceManager SM;
  unsigned A = SM.addBuffer("a", "hello\n");
  unsigned B = SM.addBuffer("b", "xy");
  EXPECT_EQ(SM.findBuffer(SourceLoc()), 0u);
  EXPECT_EQ(SM.findBuffer(SM.getBufferStart(A)), A);
  EXPECT_EQ(SM.findBuffer(SM.getLocForOffset(A, 6)), A); // end of file
  EXPECT_EQ(SM.findBuffer(SM.getBufferStart(B)), B);
  EXPECT_EQ(SM.findBuffer(SM.getLocForOffset(B, 2)), B);
  EXPECT_EQ(SM.findBuffer(SM.getLocForOffset(B, 2).getAdvanced(5)), 0u);
  EXPECT_EQ(SM.getOffset(SM.getLocForOffset(B, 1)), 1u);
  EXPECT_EQ(*SM.getCharacterData(SM.getLocForOffset(B, 1)), 'y');
  EXPECT_EQ(SM.getText({SM.getLocForOffset(A, 1), SM.getLocForOffset(A, 4)}),
            "ell");
}

TEST(SourceManager, LinesAndColumns) {
  SourceManager SM;
  unsigned ID = SM.addBuffer("f.mojo", "def f():\n    pass\n\nx");
  auto LC = [&](uint32_t Off) {
    LineColumn R = SM.getLineColumn(SM.getLocForOffset(ID, Off));
    return std::make_pair(R.Line, R.Column);
  };
  EXPECT_EQ(LC(0), std::make_pair(1u, 1u));
  EXPECT_EQ(LC(8), std::make_pair(1u, 9u)); // the newline itself
  EXPECT_EQ(LC(9), std::make_pair(2u, 1u));
  EXPECT_EQ(LC(13), std::make_pair(2u, 5u));
  EXPECT_EQ(LC(18), std::make_pair(3u, 1u));
  EXPECT_EQ(LC(19), std::make_pair(4u, 1u));
  // Last line without a newline, and the end-of-file location after it.
  EXPECT_EQ(LC(20), std::make_pair(4u, 2u));
  EXPECT_EQ(SM.getLineColumn(SM.getLocForOffset(ID, 0)).Filename, "f.mojo");
  EXPECT_EQ(SM.getLineText(SM.getLocForOffset(ID, 13)), "    pass");
  EXPECT_EQ(SM.getLineText(SM.getLocForOffset(ID, 18)), "");
  EXPECT_EQ(SM.getLineText(SM.getLocForOffset(ID, 20)), "x");
  EXPECT_EQ(SM.getLineStart(ID, 2), SM.getLocForOffset(ID, 9));
  EXPECT_EQ(SM.getLineStart(ID, 99), SM.getLocForOffset(ID, 20));
}

TEST(SourceManager, EndOfFileAfterNewlineIsOnAnEmptyLine) {
  SourceManager SM;
  unsigned ID = SM.addBuffer("f", "a\n");
  LineColumn R = SM.getLineColumn(SM.getLocForOffset(ID, 2));
  EXPECT_EQ(R.Line, 2u);
  EXPECT_EQ(R.Column, 1u);
  EXPECT_EQ(SM.getLineText(SM.getLocForOffset(ID, 2)), "");
}

TEST(SourceManager, EmptyBuffer) {
  SourceManager SM;
  unsigned ID = SM.addBuffer("empty", "");
  LineColumn R = SM.getLineColumn(SM.getBufferStart(ID));
  EXPECT_EQ(R.Line, 1u);
  EXPECT_EQ(R.Column, 1u);
  EXPECT_EQ(SM.getLineText(SM.getBufferStart(ID)), "");
}

TEST(SourceManager, ColumnsCountCodePoints) {
  SourceManager SM;
  // "é" is 2 bytes, "世" is 3 bytes, "😀" is 4 bytes.
  unsigned ID = SM.addBuffer("u", "é世😀x\n");
  auto Col = [&](uint32_t Off) {
    return SM.getLineColumn(SM.getLocForOffset(ID, Off)).Column;
  };
  EXPECT_EQ(Col(0), 1u);
  EXPECT_EQ(Col(2), 2u);
  EXPECT_EQ(Col(5), 3u);
  EXPECT_EQ(Col(9), 4u);
}

TEST(SourceManager, CRLFAndLoneCREndLines) {
  SourceManager SM;
  unsigned ID = SM.addBuffer("crlf", "a\r\nbc\rd\n\re");
  auto LC = [&](uint32_t Off) {
    LineColumn R = SM.getLineColumn(SM.getLocForOffset(ID, Off));
    return std::make_pair(R.Line, R.Column);
  };
  EXPECT_EQ(LC(1), std::make_pair(1u, 2u)); // the \r of \r\n
  EXPECT_EQ(LC(2), std::make_pair(1u, 3u)); // its \n
  EXPECT_EQ(LC(3), std::make_pair(2u, 1u));
  EXPECT_EQ(LC(6), std::make_pair(3u, 1u)); // after a lone \r
  EXPECT_EQ(LC(8), std::make_pair(4u, 1u)); // \n then \r: two line ends
  EXPECT_EQ(LC(9), std::make_pair(5u, 1u));
  EXPECT_EQ(SM.getLineText(SM.getLocForOffset(ID, 0)), "a");
  EXPECT_EQ(SM.getLineText(SM.getLocForOffset(ID, 4)), "bc");
  EXPECT_EQ(SM.getLineText(SM.getLocForOffset(ID, 6)), "d");
  EXPECT_EQ(SM.getLineText(SM.getLocForOffset(ID, 8)), "");
  EXPECT_EQ(SM.getLineText(SM.getLocForOffset(ID, 9)), "e");
}

TEST(SourceManager, AddFile) {
  llvm::SmallString<128> Path;
  ASSERT_FALSE(llvm::sys::fs::createTemporaryFile("sm", "mojo", Path));
  {
    std::error_code EC;
    llvm::raw_fd_ostream OS(Path, EC);
    ASSERT_FALSE(EC);
    OS << "print(1)\n";
  }
  SourceManager SM;
  std::string Error;
  std::optional<unsigned> ID = SM.addFile(Path, Error);
  ASSERT_TRUE(ID.has_value());
  EXPECT_EQ(SM.getBufferText(*ID), "print(1)\n");
  EXPECT_EQ(SM.getBufferName(*ID), Path.str());
  llvm::sys::fs::remove(Path);

  EXPECT_FALSE(SM.addFile("/nonexistent/x.mojo", Error).has_value());
  EXPECT_EQ(Error, "No such file or directory");
}

} // namespace

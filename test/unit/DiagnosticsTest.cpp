//===- DiagnosticsTest.cpp - Formatting, notes, limits and the printers ---===//
#include "frontend/Diagnostics.h"

#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"
#include <gtest/gtest.h>

using namespace ignis;

namespace {

TEST(Diagnostics, FormatSubstitutesArguments) {
  EXPECT_EQ(formatDiagnostic("expected %0 after %1", {"':'", "'if'"}),
            "expected ':' after 'if'");
  EXPECT_EQ(formatDiagnostic("'%0%0' and %%0", {"{"}), "'{{' and %0");
  EXPECT_EQ(formatDiagnostic("missing %1", {"a"}), "missing ");
  EXPECT_EQ(formatDiagnostic("100%", {}), "100%");
}

TEST(Diagnostics, TableLookups) {
  EXPECT_EQ(getDiagnosticName(DiagID::err_expected), "err_expected");
  EXPECT_EQ(getDiagnosticSeverity(DiagID::warn_fn_deprecated),
            DiagSeverity::Warning);
  EXPECT_EQ(getDiagnosticSeverity(DiagID::note_to_match_this),
            DiagSeverity::Note);
  EXPECT_EQ(getDiagnosticFormat(DiagID::err_cannot_open_file),
            "cannot open '%0': %1");
}

struct Fixture : ::testing::Test {
  SourceManager SM;
  DiagnosticEngine Diags{SM};
  StoringDiagnosticConsumer Store;
  unsigned ID = 0;
  void SetUp() override {
    Diags.addConsumer(&Store);
    ID = SM.addBuffer("t.mojo", "def f(x: Int):\n    return x +\n");
  }
  SourceLoc at(uint32_t Off) { return SM.getLocForOffset(ID, Off); }
};

TEST_F(Fixture, BuilderStreamsArguments) {
  Diags.report(at(4), DiagID::err_expected_after) << "'('" << int64_t(42);
  Diags.finish();
  ASSERT_EQ(Store.Diags.size(), 1u);
  EXPECT_EQ(Store.Diags[0].Message, "expected '(' after 42");
  EXPECT_EQ(Store.Diags[0].Loc, at(4));
  EXPECT_EQ(Store.Diags[0].Severity, DiagSeverity::Error);
  EXPECT_EQ(Diags.getNumErrors(), 1u);
}

TEST_F(Fixture, NotesAttachToThePreviousDiagnostic) {
  Diags.report(at(5), DiagID::err_lex_unclosed_bracket) << "(";
  EXPECT_TRUE(Store.Diags.empty()); // still waiting for notes
  Diags.report(at(5), DiagID::note_to_match_this) << "(";
  Diags.report(at(0), DiagID::warn_fn_deprecated);
  ASSERT_EQ(Store.Diags.size(), 1u);
  ASSERT_EQ(Store.Diags[0].Notes.size(), 1u);
  EXPECT_EQ(Store.Diags[0].Notes[0].Message, "to match this '('");
  Diags.flush();
  ASSERT_EQ(Store.Diags.size(), 2u);
  EXPECT_EQ(Store.Diags[1].Severity, DiagSeverity::Warning);
  EXPECT_EQ(Diags.getNumWarnings(), 1u);
  EXPECT_EQ(Diags.getNumErrors(), 1u);
}

TEST_F(Fixture, NoteWithoutParentIsDeliveredAlone) {
  Diags.report(at(0), DiagID::note_debug) << "lonely";
  ASSERT_EQ(Store.Diags.size(), 1u);
  EXPECT_EQ(Store.Diags[0].Severity, DiagSeverity::Note);
}

TEST_F(Fixture, DiversionCollectsThenRestores) {
  Diags.setErrorLimit(1);
  Diags.report(at(0), DiagID::err_debug) << "before";
  StoringDiagnosticConsumer Sink;
  Diags.beginDiversion(Sink);
  // No limit while diverted, counts as usual, notes attach.
  Diags.report(at(1), DiagID::err_debug) << "a";
  Diags.report(at(1), DiagID::note_debug) << "n";
  Diags.report(at(2), DiagID::err_debug) << "b";
  EXPECT_EQ(Diags.getNumErrors(), 3u);
  Diags.endDiversion();
  ASSERT_EQ(Sink.Diags.size(), 2u);
  EXPECT_EQ(Sink.Diags[0].Notes.size(), 1u);
  ASSERT_EQ(Store.Diags.size(), 1u);
  EXPECT_EQ(Store.Diags[0].Message, "before");
  EXPECT_EQ(Diags.getNumErrors(), 1u);
  EXPECT_FALSE(Diags.hasReachedErrorLimit());
  // A kept one replayed counts against the restored limit.
  Diags.setErrorLimit(2);
  Diags.replay(Sink.Diags[0]);
  Diags.finish();
  ASSERT_EQ(Store.Diags.size(), 2u);
  EXPECT_EQ(Store.Diags[1].Message, "a");
  EXPECT_EQ(Store.Diags[1].Notes.size(), 1u);
  EXPECT_EQ(Diags.getNumErrors(), 2u);
}

TEST_F(Fixture, ErrorLimitStopsReporting) {
  Diags.setErrorLimit(2);
  for (int I = 0; I < 5; ++I) {
    Diags.report(at(I), DiagID::err_debug) << "e";
    Diags.report(at(I), DiagID::note_debug) << "n";
  }
  Diags.report(at(0), DiagID::warn_debug) << "w";
  Diags.finish();
  ASSERT_EQ(Store.Diags.size(), 3u);
  EXPECT_EQ(Store.Diags[0].Notes.size(), 1u);
  EXPECT_EQ(Store.Diags[1].Notes.size(), 1u);
  EXPECT_EQ(Store.Diags[2].ID, DiagID::err_too_many_errors);
  EXPECT_FALSE(Store.Diags[2].Loc.isValid());
  EXPECT_TRUE(Diags.hasReachedErrorLimit());
  EXPECT_EQ(Diags.getNumErrors(), 2u);
  Diags.reset();
  EXPECT_FALSE(Diags.hasReachedErrorLimit());
  EXPECT_EQ(Diags.getNumErrors(), 0u);
}

TEST_F(Fixture, ZeroErrorLimitMeansNone) {
  Diags.setErrorLimit(0);
  for (int I = 0; I < 50; ++I)
    Diags.report(at(I % 2), DiagID::err_debug) << ("e" + std::to_string(I));
  Diags.finish();
  EXPECT_EQ(Store.Diags.size(), 50u);
  EXPECT_FALSE(Diags.hasReachedErrorLimit());
}

TEST_F(Fixture, RepeatedDiagnosticIsShownOnce) {
  // The same message at the same place again — right after itself or later
  // (a kernel's body checked for the cpu device and for the GPU) — is
  // dropped with its notes; the same message elsewhere is not.
  Diags.report(at(3), DiagID::err_debug) << "e";
  Diags.report(at(3), DiagID::err_debug) << "e";
  Diags.report(at(3), DiagID::note_debug) << "n";
  Diags.report(at(4), DiagID::err_debug) << "e";
  Diags.report(at(3), DiagID::err_debug) << "e";
  Diags.report(at(3), DiagID::err_debug) << "other";
  Diags.finish();
  ASSERT_EQ(Store.Diags.size(), 3u);
  EXPECT_TRUE(Store.Diags[0].Notes.empty());
  EXPECT_EQ(Store.Diags[1].Loc, at(4));
  EXPECT_EQ(Store.Diags[2].Loc, at(3));
  EXPECT_EQ(Store.Diags[2].Message, "other");
  EXPECT_EQ(Diags.getNumErrors(), 3u);
}

TEST_F(Fixture, WarningsAsErrorsAndSuppression) {
  Diags.setWarningsAsErrors(true);
  Diags.report(at(0), DiagID::warn_fn_deprecated);
  Diags.flush();
  ASSERT_EQ(Store.Diags.size(), 1u);
  EXPECT_EQ(Store.Diags[0].Severity, DiagSeverity::Error);
  EXPECT_EQ(Diags.getNumErrors(), 1u);

  Diags.setSuppressWarnings(true);
  Diags.report(at(0), DiagID::warn_fn_deprecated);
  Diags.report(at(0), DiagID::note_debug) << "dropped with its warning";
  Diags.finish();
  EXPECT_EQ(Store.Diags.size(), 1u);
}

TEST_F(Fixture, FinishTellsConsumersOnce) {
  struct Counting : DiagnosticConsumer {
    int Finishes = 0;
    void handleDiagnostic(const Diagnostic &) override {}
    void finish() override { ++Finishes; }
  } C;
  Diags.addConsumer(&C);
  Diags.finish();
  Diags.finish();
  EXPECT_EQ(C.Finishes, 1);
}

std::string renderText(SourceManager &SM, llvm::function_ref<void(
                                              DiagnosticEngine &)> Report,
                       bool Color = false) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  TextDiagnosticPrinter Printer(OS, SM, Color);
  DiagnosticEngine Diags(SM);
  Diags.addConsumer(&Printer);
  Report(Diags);
  Diags.finish();
  return Out;
}

TEST(DiagnosticPrinters, CaretAndUnderline) {
  SourceManager SM;
  unsigned ID = SM.addBuffer("t.mojo", "x = foo(1,\n");
  SourceLoc B = SM.getLocForOffset(ID, 4);
  std::string Out = renderText(SM, [&](DiagnosticEngine &D) {
    D.report(SourceRange(B, B.getAdvanced(3)), DiagID::err_debug) << "bad";
    D.report(B.getAdvanced(3), DiagID::note_debug) << "here";
  });
  EXPECT_EQ(Out, "t.mojo:1:5: error: bad\n"
                 "x = foo(1,\n"
                 "    ^~~\n"
                 "t.mojo:1:8: note: here\n"
                 "x = foo(1,\n"
                 "       ^\n");
}

TEST(DiagnosticPrinters, CaretAlignsWithTabsAndWideCharacters) {
  SourceManager SM;
  // A tab, a wide CJK character (2 columns) and an accented letter.
  unsigned ID = SM.addBuffer("t.mojo", "\ts = \"世é\" + y\n");
  SourceLoc Y = SM.getLocForOffset(ID, 15);
  ASSERT_EQ(*SM.getCharacterData(Y), 'y');
  std::string Out = renderText(SM, [&](DiagnosticEngine &D) {
    D.report(SourceRange(SM.getLocForOffset(ID, 5), Y.getAdvanced(1)),
             DiagID::err_debug)
        << "wide";
  });
  EXPECT_EQ(Out, "t.mojo:1:6: error: wide\n"
                 "\ts = \"世é\" + y\n"
                 "\t    ^~~~~~~~~\n");
}

TEST(DiagnosticPrinters, CaretAtEndOfFileAndMultiLineRange) {
  SourceManager SM;
  unsigned ID = SM.addBuffer("t.mojo", "ab\ncd");
  std::string Out = renderText(SM, [&](DiagnosticEngine &D) {
    D.report(SM.getLocForOffset(ID, 5), DiagID::err_debug) << "eof";
    D.report(SourceRange(SM.getLocForOffset(ID, 1), SM.getLocForOffset(ID, 4)),
             DiagID::err_debug)
        << "span";
  });
  // The range runs into the next line: one '~' marks the line end.
  EXPECT_EQ(Out, "t.mojo:2:3: error: eof\n"
                 "cd\n"
                 "  ^\n"
                 "t.mojo:1:2: error: span\n"
                 "ab\n"
                 " ^~\n");
}

TEST(DiagnosticPrinters, NoLocationAndColor) {
  SourceManager SM;
  std::string Plain = renderText(SM, [&](DiagnosticEngine &D) {
    D.report(SourceLoc(), DiagID::err_cannot_open_file) << "x" << "gone";
  });
  EXPECT_EQ(Plain, "ignis: error: cannot open 'x': gone\n");
  std::string Colored = renderText(
      SM,
      [&](DiagnosticEngine &D) {
        D.report(SourceLoc(), DiagID::warn_debug) << "w";
      },
      /*Color=*/true);
  EXPECT_EQ(Colored, "\033[1mignis: \033[0m\033[1;35mwarning: "
                     "\033[0m\033[1mw\033[0m\n");
}

TEST(DiagnosticPrinters, JSONOneObjectPerLine) {
  SourceManager SM;
  unsigned ID = SM.addBuffer("t.mojo", "if x = 1:\n");
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  JSONDiagnosticPrinter Printer(OS, SM);
  DiagnosticEngine Diags(SM);
  Diags.addConsumer(&Printer);
  SourceLoc Eq = SM.getLocForOffset(ID, 5);
  Diags.report(SourceRange(Eq, Eq.getAdvanced(1)),
               DiagID::err_assign_in_condition);
  Diags.report(SM.getLocForOffset(ID, 0), DiagID::note_debug) << "if";
  Diags.report(SourceLoc(), DiagID::err_debug) << "no \"loc\"";
  Diags.finish();

  llvm::SmallVector<llvm::StringRef, 3> Lines;
  llvm::StringRef(Out).trim().split(Lines, '\n');
  ASSERT_EQ(Lines.size(), 2u);
  llvm::Expected<llvm::json::Value> First = llvm::json::parse(Lines[0]);
  ASSERT_TRUE(static_cast<bool>(First));
  const llvm::json::Object &O = *First->getAsObject();
  EXPECT_EQ(O.getString("severity"), "error");
  EXPECT_EQ(O.getString("code"), "err_assign_in_condition");
  EXPECT_EQ(O.getString("file"), "t.mojo");
  EXPECT_EQ(O.getInteger("line"), 1);
  EXPECT_EQ(O.getInteger("column"), 6);
  EXPECT_EQ(O.getInteger("endLine"), 1);
  EXPECT_EQ(O.getInteger("endColumn"), 7);
  const llvm::json::Array *Notes = O.getArray("notes");
  ASSERT_TRUE(Notes);
  ASSERT_EQ(Notes->size(), 1u);
  EXPECT_EQ((*Notes)[0].getAsObject()->getString("severity"), "note");
  EXPECT_EQ((*Notes)[0].getAsObject()->getString("message"), "if");

  llvm::Expected<llvm::json::Value> Second = llvm::json::parse(Lines[1]);
  ASSERT_TRUE(static_cast<bool>(Second));
  const llvm::json::Object &S = *Second->getAsObject();
  EXPECT_EQ(S.getString("message"), "no \"loc\"");
  EXPECT_FALSE(S.get("file"));
  EXPECT_FALSE(S.get("line"));
}

} // namespace

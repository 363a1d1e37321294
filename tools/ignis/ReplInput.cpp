//===- ReplInput.cpp - Reading the REPL's inputs: lines, blocks, the editor
//===//
#include "tools/ignis/ReplInput.h"

#include "llvm/LineEditor/LineEditor.h"
#include "llvm/Support/Process.h"
#include <csignal>
#include <tuple>
#include <cstdio>
#include <iostream>

using namespace ignis;

llvm::StringRef ignis::stripComment(llvm::StringRef Line) {
  char Quote = 0;
  for (size_t I = 0; I < Line.size(); ++I) {
    char C = Line[I];
    if (Quote) {
      if (C == '\\')
        ++I;
      else if (C == Quote)
        Quote = 0;
    } else if (C == '"' || C == '\'') {
      Quote = C;
    } else if (C == '#') {
      return Line.take_front(I);
    }
  }
  return Line;
}

std::string ignis::getDeclarationKey(llvm::StringRef Input) {
  // The first line that is not a decorator or blank.
  llvm::StringRef Line;
  while (!Input.empty()) {
    std::tie(Line, Input) = Input.split('\n');
    Line = stripComment(Line).trim();
    if (!Line.empty() && !Line.starts_with("@"))
      break;
  }
  auto Word = [&](llvm::StringRef Keyword) {
    return Line.consume_front(Keyword) && !Line.empty() &&
           (Line[0] == ' ' || Line[0] == '\t');
  };
  auto Name = [&] {
    return Line.ltrim().take_while([](char C) {
      return std::isalnum(static_cast<unsigned char>(C)) || C == '_';
    });
  };
  if (Word("def") || Word("fn")) {
    // The signature up to the block's ':', without spaces.
    std::string Key = "def ";
    llvm::StringRef Signature = Line.rtrim().rtrim(':');
    for (char C : Signature)
      if (C != ' ' && C != '\t')
        Key += C;
    return Key;
  }
  for (llvm::StringRef Keyword : {"struct", "trait"})
    if (Word(Keyword))
      return (Keyword + " " + Name()).str();
  if (Word("comptime") || Word("alias"))
    return ("comptime " + Name()).str();
  return "";
}

/// Open brackets minus closed ones on Line (outside strings and comments).
static int bracketBalance(llvm::StringRef Line) {
  int Depth = 0;
  char Quote = 0;
  Line = stripComment(Line);
  for (size_t I = 0; I < Line.size(); ++I) {
    char C = Line[I];
    if (Quote) {
      if (C == '\\')
        ++I;
      else if (C == Quote)
        Quote = 0;
    } else if (C == '"' || C == '\'') {
      Quote = C;
    } else if (C == '(' || C == '[' || C == '{') {
      ++Depth;
    } else if (C == ')' || C == ']' || C == '}') {
      --Depth;
    }
  }
  return Depth;
}

static bool isBlank(llvm::StringRef Line) {
  return stripComment(Line).trim().empty();
}

/// A column-0 line that still belongs to the block before it.
static bool continuesBlock(llvm::StringRef Line) {
  for (llvm::StringRef Word : {"else", "elif", "except", "finally"})
    if (Line.starts_with(Word) &&
        (Line.size() == Word.size() || Line[Word.size()] == ':' ||
         Line[Word.size()] == ' '))
      return true;
  return false;
}

/// Ctrl-C while typing: set by the handler, the line being typed is
/// dropped and the session goes on (the default action would end it).
static volatile std::sig_atomic_t Interrupted = 0;
static void onInterrupt(int) { Interrupted = 1; }

struct ReplReader::Editor {
  llvm::LineEditor LE;
  Editor() : LE("ignis", llvm::LineEditor::getDefaultHistoryPath("ignis")) {}
};

ReplReader::ReplReader(
    std::function<std::vector<std::string>()> CompletionNames)
    : Interactive(llvm::sys::Process::StandardInIsUserInput()) {
  if (!Interactive)
    return;
  Edit = std::make_unique<Editor>();
  Edit->LE.loadHistory();
  struct sigaction Action = {};
  Action.sa_handler = onInterrupt;
  sigemptyset(&Action.sa_mask);
  ::sigaction(SIGINT, &Action, nullptr); // no SA_RESTART: reading stops
  Edit->LE.setListCompleter(
      [CompletionNames](llvm::StringRef Buffer, size_t Pos) {
        std::vector<llvm::LineEditor::Completion> Result;
        llvm::StringRef Before = Buffer.take_front(Pos);
        size_t Start = Before.size();
        while (Start != 0 &&
               (std::isalnum(static_cast<unsigned char>(Before[Start - 1])) ||
                Before[Start - 1] == '_' || Before[Start - 1] == ':'))
          --Start;
        llvm::StringRef Word = Before.drop_front(Start);
        for (const std::string &Name : CompletionNames())
          if (llvm::StringRef(Name).starts_with(Word) && Name != Word)
            Result.emplace_back(Name.substr(Word.size()), Name);
        return Result;
      });
}

ReplReader::~ReplReader() {
  if (Edit)
    Edit->LE.saveHistory();
}

std::optional<std::string> ReplReader::readLine(bool Continuation) {
  if (Pending) {
    std::optional<std::string> Line = std::move(Pending);
    Pending.reset();
    return Line;
  }
  if (Edit) {
    Edit->LE.setPrompt(Continuation ? "... " : ">>> ");
    Interrupted = 0;
    std::optional<std::string> Line = Edit->LE.readLine();
    if (!Line && Interrupted)
      return std::string(1, InterruptMark);
    return Line;
  }
  std::string Line;
  if (!std::getline(std::cin, Line))
    return std::nullopt;
  if (!Line.empty() && Line.back() == '\r')
    Line.pop_back();
  return Line;
}

std::optional<std::string> ReplReader::readInput() {
  std::optional<std::string> Input = readInputOrInterrupt();
  // Ctrl-C: drop what was typed and start again.
  while (Input && Input->find(InterruptMark) != std::string::npos) {
    std::fputs("(interrupted)\n", stdout);
    std::fflush(stdout);
    Input = readInputOrInterrupt();
  }
  return Input;
}

std::optional<std::string> ReplReader::readInputOrInterrupt() {
  std::optional<std::string> First;
  do {
    First = readLine(/*Continuation=*/false);
    if (!First)
      return std::nullopt;
  } while (isBlank(*First) &&
           !llvm::StringRef(*First).ltrim().starts_with(":"));
  std::string Input = *First;
  if (llvm::StringRef(Input).ltrim().starts_with(":"))
    return Input;

  int Depth = bracketBalance(Input);
  // The last line without its comment (a copy: lines do not outlive
  // their iteration).
  std::string Code = stripComment(Input).rtrim().str();
  auto EndsWith = [&](char C) { return !Code.empty() && Code.back() == C; };
  bool InBlock = Depth <= 0 && EndsWith(':');
  bool Decorator = llvm::StringRef(Code).ltrim().starts_with("@");
  while (Depth > 0 || InBlock || Decorator || EndsWith('\\')) {
    std::optional<std::string> Line = readLine(/*Continuation=*/true);
    if (!Line)
      break;
    if (Line->find(InterruptMark) != std::string::npos)
      return Line;
    llvm::StringRef L(*Line);
    if (Depth <= 0 && !Decorator && isBlank(L)) {
      if (!InBlock)
        continue;
      if (Interactive)
        break;
      // Piped: a blank line inside a pasted block (between methods, say)
      // does not end it when the block goes on indented.
      std::optional<std::string> Next = readLine(/*Continuation=*/true);
      if (!Next)
        break;
      llvm::StringRef N(*Next);
      if (N.empty() || (N[0] != ' ' && N[0] != '\t')) {
        Pending = *Next;
        break;
      }
      Input += "\n" + *Line;
      Line = std::move(Next);
      L = *Line;
    }
    if (Depth <= 0 && !Decorator && !EndsWith('\\') && !L.empty() &&
        L[0] != ' ' && L[0] != '\t' && !continuesBlock(L)) {
      Pending = *Line; // the next input
      break;
    }
    Input += "\n" + *Line;
    Depth += bracketBalance(L);
    Code = stripComment(L).rtrim().str();
    Decorator = llvm::StringRef(Code).ltrim().starts_with("@");
    if (Depth <= 0 && EndsWith(':'))
      InBlock = true;
  }
  return Input;
}

//===- ReplCommand.cpp - `ignis repl`: the interactive loop and :commands -===//
//
// Reads inputs (ReplInput.h), answers the `:` commands and hands everything
// else to the session (ReplSession.h). `ignis` with no arguments is the same
// command (see ignis.cpp). docs/repl.md is the user's guide.
//
//===----------------------------------------------------------------------===//
#include "tools/ignis/CrashReporter.h"
#include "tools/ignis/DriverOptions.h"
#include "tools/ignis/ReplInput.h"
#include "tools/ignis/ReplSession.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

using namespace ignis;
namespace cl = llvm::cl;

static cl::SubCommand &ReplCmd = getReplSubCommand();

bool ignis::isReplCommandSelected() { return static_cast<bool>(ReplCmd); }

/// The `:` commands: name, argument, what it does.
#define IGNIS_REPL_COMMANDS(X)                                                 \
  X(help, "", "this list")                                                     \
  X(quit, "", "leave (so do Ctrl-D and end of input)")                         \
  X(type, " EXPR", "print EXPR's type without evaluating it")                  \
  X(reset, "", "forget every declaration and variable")

static void printHelp() {
  llvm::outs()
      << "Type Mojo: declarations (def, struct, trait, comptime, import) and "
         "statements\n"
         "(var x = 1, loops, calls) are kept; an expression prints its "
         "value as\n"
         "'(Type) value'. A line ending in ':' opens a block; a blank line "
         "ends it.\n"
         "Commands:\n";
#define IGNIS_REPL_HELP(Name, Arg, What)                                       \
  llvm::outs() << llvm::left_justify(":" #Name Arg, 12) << What << "\n";
  IGNIS_REPL_COMMANDS(IGNIS_REPL_HELP)
#undef IGNIS_REPL_HELP
}

/// Names worth completing: keywords, common library names, the commands
/// and everything the session declared.
static std::vector<std::string> getCompletionNames(const ReplSession &S) {
  std::vector<std::string> Names = {
      "def",    "struct", "trait",    "var",    "comptime", "from",  "import",
      "return", "if",     "elif",     "else",   "for",      "while", "in",
      "raise",  "raises", "try",      "except", "True",     "False", "None",
      "print",  "len",    "range",    "Int",    "String",   "Bool",  "Float64",
      "List",   "Dict",   "Optional", "abs",    "min",      "max"};
#define IGNIS_REPL_NAME(Name, Arg, What) Names.push_back(":" #Name);
  IGNIS_REPL_COMMANDS(IGNIS_REPL_NAME)
#undef IGNIS_REPL_NAME
  for (const ReplSession::Entry &E : S.getEntries()) {
    llvm::SmallVector<llvm::StringRef, 16> Words;
    llvm::SplitString(E.Text, Words, " \t\n(:=[,");
    for (size_t I = 0; I + 1 < Words.size(); ++I)
      if (Words[I] == "def" || Words[I] == "struct" || Words[I] == "trait" ||
          Words[I] == "var" || Words[I] == "comptime" || Words[I] == "alias")
        Names.push_back(Words[I + 1].str());
  }
  return Names;
}

/// Handles a `:` line; false for :quit.
static bool runColonCommand(ReplSession &Session, llvm::StringRef Line) {
  auto [Name, Arg] = Line.ltrim().drop_front().split(' ');
  Arg = Arg.trim();
  Name = Name.trim();
  if (Name == "quit" || Name == "q" || Name == "exit")
    return false;
  if (Name == "help" || Name == "h" || Name == "?") {
    printHelp();
  } else if (Name == "reset") {
    Session.reset();
    llvm::outs() << "(the session is empty)\n";
  } else if (Name == "type" || Name == "t") {
    if (Arg.empty())
      llvm::errs() << "error: ':type' needs an expression, as in ':type 1 + "
                      "2'\n";
    else
      Session.printType(Arg);
  } else {
    llvm::errs() << "error: unknown command ':" << Name
                 << "'; ':help' lists them\n";
  }
  llvm::outs().flush();
  return true;
}

int ignis::runReplCommand(CrashReporter &Reporter) {
  if (!checkCodegenOptions())
    return 1;
  ReplSession::setCrashReporter(&Reporter);
  ReplSession Session;
  ReplReader Reader([&Session] { return getCompletionNames(Session); });
  if (Reader.isInteractive())
    llvm::outs() << "ignis " IGNIS_VERSION " (LLVM " LLVM_VERSION_STRING
                    "): ':help' for help, ':quit' or Ctrl-D to leave\n";
  while (std::optional<std::string> Input = Reader.readInput()) {
    llvm::StringRef Text(*Input);
    if (Text.ltrim().starts_with(":")) {
      if (!runColonCommand(Session, Text))
        break;
      continue;
    }
    Session.evaluate(Text);
    llvm::outs().flush();
  }
  return 0;
}

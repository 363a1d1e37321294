//===- OptionErrors.cpp - Command-line errors in words, with the fix ------===//
#include "tools/ignis/OptionErrors.h"

#include "tools/ignis/DriverOptions.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

using namespace ignis;
namespace cl = llvm::cl;

std::string ignis::spellOption(llvm::StringRef Name) {
  if (Name.size() == 1 || Name == "Werror")
    return ("-" + Name).str();
  return ("--" + Name).str();
}

static std::string getCommandName(cl::SubCommand *Sub) {
  if (!Sub || Sub->getName().empty())
    return "ignis";
  return ("ignis " + Sub->getName()).str();
}

static std::string seeHelp(cl::SubCommand *Sub) {
  return "see '" + getCommandName(Sub) + " --help'";
}

/// Is Opt one of ignis's own, visible options?
static bool isOurs(const cl::Option &Opt) {
  if (Opt.getOptionHiddenFlag() != cl::NotHidden)
    return false;
  for (cl::OptionCategory *Cat : Opt.Categories)
    if (Cat == &getIgnisCategory())
      return true;
  return false;
}

/// The nearest of Sub's options to the written Name (the part before '='),
/// or "" when none is close.
static std::string suggestOption(cl::SubCommand *Sub, llvm::StringRef Name) {
  if (!Sub)
    return "";
  std::string Best;
  unsigned BestDistance = 3;
  for (const auto &Entry : Sub->OptionsMap) {
    if (!isOurs(*Entry.second) || Entry.first.empty())
      continue;
    unsigned D = Name.edit_distance(Entry.first, true, BestDistance);
    if (D < BestDistance) {
      BestDistance = D;
      Best = Entry.first.str();
    }
  }
  return Best;
}

static std::string describeUnknownOption(cl::SubCommand *Sub,
                                         llvm::StringRef Arg) {
  if (!Arg.starts_with("-")) {
    if (Sub && Sub->getName() == "repl")
      return "'ignis repl' takes no file; to run '" + Arg.str() +
             "', use 'ignis run " + Arg.str() + "'";
    return "unexpected argument '" + Arg.str() + "'; " + seeHelp(Sub);
  }
  if (!Sub)
    return "unknown option '" + Arg.str() +
           "'; options go after a command, as in 'ignis run -O0 FILE.mojo' "
           "(see 'ignis --help')";
  llvm::StringRef Written = Arg.ltrim('-');
  auto [Name, Value] = Written.split('=');
  std::string Message =
      "unknown option '" + Arg.str() + "' for '" + getCommandName(Sub) + "'";
  std::string Near = suggestOption(Sub, Name);
  if (!Near.empty()) {
    Message += "; did you mean '" + spellOption(Near);
    if (Written.contains('='))
      Message += "=" + Value.str();
    Message += "'?";
  } else {
    Message += "; " + seeHelp(Sub);
  }
  return Message;
}

/// The text between the first pair of single quotes after Key, or "".
static llvm::StringRef quotedAfter(llvm::StringRef Line, llvm::StringRef Key) {
  size_t At = Line.find(Key);
  if (At == llvm::StringRef::npos)
    return "";
  llvm::StringRef Rest = Line.drop_front(At + Key.size());
  Rest = Rest.drop_until([](char C) { return C == '\''; });
  if (Rest.empty())
    return "";
  return Rest.drop_front().take_until([](char C) { return C == '\''; });
}

/// "for the --emit option: MESSAGE" -> our words.
static std::string describeValueError(cl::SubCommand *Sub,
                                      llvm::StringRef OptionName,
                                      llvm::StringRef Problem) {
  std::string Spelled = spellOption(OptionName);
  if (Problem.contains("requires a value")) {
    std::string Values = describeOptionValues(OptionName);
    if (!Values.empty())
      return "'" + Spelled + "' needs a value: " + Spelled + "=" +
             (Values.find(',') != std::string::npos ? "one of " : "") + Values;
    llvm::StringRef What = "VALUE";
    if (Sub) {
      auto It = Sub->OptionsMap.find(OptionName);
      if (It != Sub->OptionsMap.end() && !It->second->ValueStr.empty())
        What = It->second->ValueStr;
    }
    return "'" + Spelled + "' needs a value, as in '" + Spelled +
           (OptionName.size() == 1 ? " " : "=") + What.upper() + "'";
  }
  if (Problem.contains("may only occur zero or one times"))
    return "'" + Spelled + "' is given more than once; give it once";
  if (Problem.contains("does not allow a value"))
    return "'" + Spelled + "' takes no value; write just '" + Spelled + "'";
  llvm::StringRef Value = quotedAfter(Problem, "");
  if (OptionName == "O")
    return "invalid optimisation level '-O" + Value.str() +
           "' (expected -O0, -O1, -O2 or -O3)";
  std::string Expected = describeOptionValues(OptionName);
  if (Expected.empty() && Problem.contains("value invalid for"))
    Expected = "a whole number, as in '" + Spelled + "=10'";
  if (Expected.empty() && Problem.contains("boolean"))
    Expected = "no value, or true or false";
  if (Expected.empty())
    Expected = seeHelp(Sub);
  else
    Expected = "expected " + Expected;
  return "invalid value '" + Value.str() + "' for '" + Spelled + "' (" +
         Expected + ")";
}

std::string ignis::rewriteOptionError(llvm::StringRef Raw, cl::SubCommand *Sub,
                                      llvm::ArrayRef<char *> Args) {
  llvm::SmallVector<llvm::StringRef, 4> Lines;
  Raw.split(Lines, '\n', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef Line : Lines) {
    // llvm::cl starts each with "PROGRAM: ".
    if (Line.starts_with("ignis: "))
      Line = Line.drop_front(7);
    if (Line.starts_with("Unknown command line argument"))
      return describeUnknownOption(Sub, quotedAfter(Line, "argument"));
    if (Line.starts_with("Unknown subcommand"))
      return describeUnknownCommand(quotedAfter(Line, "subcommand"));
    if (Line.starts_with("Not enough positional") ||
        Line.contains("must be specified at least once")) {
      if (Sub && Sub->getName() == "run")
        return "no input file; usage: 'ignis run FILE.mojo [ARGS...]'";
      return "no input file; usage: '" + getCommandName(Sub) + " FILE.mojo'; " +
             seeHelp(Sub);
    }
    if (Line.starts_with("Too many positional")) {
      if (Sub && Sub->getName() == "repl")
        return "'ignis repl' takes no file; to run one, use 'ignis run "
               "FILE.mojo'";
      return "too many files: '" + getCommandName(Sub) +
             "' takes one FILE.mojo (program arguments go after the file "
             "in 'ignis run FILE.mojo ARGS...')";
    }
    if (Line.starts_with("for the ")) {
      llvm::StringRef Rest = Line.drop_front(8);
      auto [Option, Problem] = Rest.split(" option: ");
      return describeValueError(Sub, Option.ltrim('-'), Problem);
    }
  }
  llvm::StringRef First = Lines.empty() ? "invalid command line" : Lines[0];
  if (First.starts_with("ignis: "))
    First = First.drop_front(7);
  return First.rtrim("!.").str() + "; " + seeHelp(Sub);
}

std::string ignis::describeUnknownCommand(llvm::StringRef Word) {
  std::string Best;
  unsigned BestDistance = 3;
  llvm::SmallVector<llvm::StringRef, 8> Commands;
  for (cl::SubCommand *Sub : cl::getRegisteredSubcommands())
    if (!Sub->getName().empty())
      Commands.push_back(Sub->getName());
  llvm::sort(Commands); // registration order differs between builds
  std::string Names;
  for (llvm::StringRef Name : Commands) {
    if (!Names.empty())
      Names += ", ";
    Names += Name;
    unsigned D = Word.edit_distance(Name, true, BestDistance);
    if (D < BestDistance) {
      BestDistance = D;
      Best = Name.str();
    }
  }
  std::string Message = "'" + Word.str() + "' is not a command or a .mojo file";
  if (!Best.empty())
    return Message + "; did you mean 'ignis " + Best + "'?";
  return Message + " (the commands are " + Names + "; see 'ignis --help')";
}

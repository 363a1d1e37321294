//===- OptionErrors.h - Command-line errors in words, with the fix --------===//
//
// llvm::cl reports option errors in its own words ("Not enough positional
// command line arguments specified!", "Did you mean '--O=llvm'?"). The
// driver has llvm::cl write them to a string and prints instead one line of
// its own: `ignis: error: WHAT; FIX`.
//
//===----------------------------------------------------------------------===//
#ifndef IGNIS_TOOLS_IGNIS_OPTIONERRORS_H
#define IGNIS_TOOLS_IGNIS_OPTIONERRORS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/CommandLine.h"
#include <string>

namespace ignis {

/// The one-line message (without "ignis: error: ") for what llvm::cl wrote
/// to Raw while parsing Args for Sub (the top level when null).
std::string rewriteOptionError(llvm::StringRef Raw, llvm::cl::SubCommand *Sub,
                               llvm::ArrayRef<char *> Args);

/// `ignis WORD` where WORD is neither a command nor a file: the message,
/// with the nearest command name when one is close.
std::string describeUnknownCommand(llvm::StringRef Word);

/// How an option is written: `-O`, `-I`, `-Werror` (single dash, as the
/// docs write them) or `--emit`.
std::string spellOption(llvm::StringRef Name);

} // namespace ignis

#endif

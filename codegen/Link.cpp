//===- Link.cpp - Object file + runtime -> executable (system linker) -----===//
#include "codegen/Codegen.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include <cstdlib>

using namespace ignis;

std::string ignis::findRuntimeLibrary() {
  if (const char *Env = std::getenv("IGNIS_RUNTIME_LIB"); Env && *Env)
    return Env;
#ifdef IGNIS_RUNTIME_ARCHIVE
  if (llvm::sys::fs::exists(IGNIS_RUNTIME_ARCHIVE))
    return IGNIS_RUNTIME_ARCHIVE;
#endif
  // An installed tree: bin/ignis and lib/libIgnisRuntime.a.
  static int Anchor;
  std::string Exe = llvm::sys::fs::getMainExecutable("ignis", &Anchor);
  llvm::SmallString<256> Path(llvm::sys::path::parent_path(Exe));
  llvm::sys::path::append(Path, "..", "lib", "libIgnisRuntime.a");
  if (llvm::sys::fs::exists(Path))
    return std::string(Path);
  return "";
}

bool ignis::linkExecutable(llvm::StringRef ObjectPath,
                           llvm::StringRef OutputPath, std::string &Error) {
  std::string Paths[] = {ObjectPath.str()};
  return linkExecutable(Paths, OutputPath, Error);
}

bool ignis::linkExecutable(llvm::ArrayRef<std::string> ObjectPaths,
                           llvm::StringRef OutputPath, std::string &Error) {
  std::string Runtime = findRuntimeLibrary();
  if (Runtime.empty()) {
    Error = "cannot find the Ignis runtime library (libIgnisRuntime.a); "
            "set IGNIS_RUNTIME_LIB";
    return false;
  }
  llvm::ErrorOr<std::string> Linker = std::error_code();
  for (const char *Name : {"clang-22", "clang", "cc"})
    if ((Linker = llvm::sys::findProgramByName(Name)))
      break;
  if (!Linker) {
    Error = "cannot find a linker driver (clang-22, clang or cc) in PATH";
    return false;
  }
  // The runtime is C++ without exceptions or RTTI, but may use libstdc++
  // helpers; -lstdc++ covers them, -lm the math functions codegen calls.
  llvm::SmallVector<llvm::StringRef, 12> Argv = {*Linker};
  Argv.append(ObjectPaths.begin(), ObjectPaths.end());
  Argv.append({Runtime, "-lstdc++", "-lm", "-o", OutputPath});
  std::string Message;
  int Status = llvm::sys::ExecuteAndWait(*Linker, Argv, /*Env=*/std::nullopt,
                                         /*Redirects=*/{}, /*SecondsToWait=*/0,
                                         /*MemoryLimit=*/0, &Message);
  if (Status != 0) {
    Error = "linking failed (" + *Linker + " exited with " +
            std::to_string(Status) + ")";
    if (!Message.empty())
      Error += ": " + Message;
    return false;
  }
  return true;
}

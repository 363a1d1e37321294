//===- Sema.h - Entry point: from a main file to the checked program ------===//
#ifndef IGNIS_SEMA_SEMA_H
#define IGNIS_SEMA_SEMA_H

#include "sema/CIR.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <memory>
#include <string>
#include <vector>

namespace ignis {

class ASTContext;
class DiagnosticEngine;
class ParsedFileCache;
class SourceManager;
struct ResolutionIndex;

struct SemaOptions {
  /// `-I DIR` folders searched for imports, after the main file's folder.
  std::vector<std::string> ImportPaths;
  /// The folder holding the `std` package (stdlib/ in the source tree or
  /// the installed copy); empty means the built-in default.
  std::string StdlibPath;
  /// `-D NAME=VALUE` definitions.
  std::vector<std::pair<std::string, std::string>> Defines;
  /// Budgets of the compile-time interpreter (`--comptime-steps=N`).
  uint64_t ComptimeSteps = 50000000;
  unsigned ComptimeDepth = 512;
  /// How many "in instantiation of" / "called from" notes follow an error
  /// (`--instantiation-notes=N`).
  unsigned InstantiationNotes = 5;
  /// Width in bits of the target's SIMD registers (std.sys.simd_width_of).
  unsigned SimdBitWidth = 128;
  /// The target triple and its CPU features (`+avx2` style names without
  /// the sign), for std.sys.info's CompilationTarget queries.
  std::string TargetTriple;
  std::vector<std::string> TargetFeatures;
  /// `--target-accelerator`: the GPU kernels are compiled for besides the
  /// cpu device: "nvidia:sm_90", "amdgpu:gfx942", or "cpu" (none).
  std::string Accelerator = "nvidia:sm_90";
  /// Tools (the language server): when set, sema records what each name
  /// and expression of the checked code resolved to (ResolutionIndex.h).
  ResolutionIndex *Index = nullptr;
  /// Tools: check past parse errors and without a `main`, so that every
  /// error of the file is reported (the result is still null on errors).
  bool KeepGoing = false;
  /// Tools: polled between the modules, declarations and function bodies
  /// checked; once it returns true the check stops early and its result is
  /// to be thrown away (the language server abandons a check that a newer
  /// edit or a `$/cancelRequest` made useless).
  llvm::function_ref<bool()> ShouldStop;
  /// Tools: files already parsed (the language server's standard library,
  /// ParsedFileCache.h); the SourceManager given to checkProgram must start
  /// with the cache's buffers (ParsedFileCache::mirrorInto).
  const ParsedFileCache *ParsedFiles = nullptr;
};

/// Parses the main file and everything it imports (and the auto-imported
/// builtins), checks what is reachable from `main`, and returns the program.
/// Returns null when any error was reported; every error is in Diags.
std::unique_ptr<cir::Program>
checkProgram(const SemaOptions &Options, SourceManager &SM, ASTContext &AST,
             TypeContext &Types, unsigned MainBuffer, DiagnosticEngine &Diags);

/// The default stdlib folder: IGNIS_STDLIB_DIR from the environment, else
/// the source tree's stdlib/ (compiled in), else next to the executable.
std::string getDefaultStdlibPath();

} // namespace ignis

#endif

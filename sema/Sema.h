//===- Sema.h - Entry point: from a main file to the checked program ------===//
#ifndef IGNIS_SEMA_SEMA_H
#define IGNIS_SEMA_SEMA_H

#include "sema/CIR.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <memory>
#include <string>
#include <vector>

namespace ignis {

class ASTContext;
class DiagnosticEngine;
class FuncDecl;
class ModuleDecl;
class ParsedFileCache;
class SourceManager;
class Stmt;
struct ResolutionIndex;
namespace sema {
class Sema;
}

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
  /// Tools: the main file's tree, parsed by the caller into the same
  /// ASTContext (null: sema parses the main buffer).
  ModuleDecl *MainAST = nullptr;
  /// Tools: top-level statements of the main file whose non-generic
  /// function bodies (their own, or their methods') are left unchecked:
  /// their signatures are checked, their bodies only when
  /// CheckSession::checkDeferred asks (the language server re-checks only
  /// the declarations an edit changed; lsp/IncrementalCheck.h).
  const llvm::DenseSet<const Stmt *> *Deferred = nullptr;
  /// Tools: called once, after names, imports and the main file's struct
  /// conformances were checked and before its declarations are: what is
  /// reported from then on belongs to the declarations.
  llvm::function_ref<void()> BeforeDeclarations;
};

/// Parses the main file and everything it imports (and the auto-imported
/// builtins), checks what is reachable from `main`, and returns the program.
/// Returns null when any error was reported; every error is in Diags.
std::unique_ptr<cir::Program>
checkProgram(const SemaOptions &Options, SourceManager &SM, ASTContext &AST,
             TypeContext &Types, unsigned MainBuffer, DiagnosticEngine &Diags);

/// checkProgram for tools that keep asking after the check: the sema
/// state stays alive with the program, so bodies deferred by
/// SemaOptions::Deferred can be checked later (into the same index).
class CheckSession {
public:
  CheckSession(const SemaOptions &Options, SourceManager &SM,
               ASTContext &AST, TypeContext &Types, DiagnosticEngine &Diags);
  ~CheckSession();
  /// checkProgram's check; false when errors were reported.
  bool run(unsigned MainBuffer);
  /// Checks the deferred bodies of the functions Pick accepts.
  void checkDeferred(llvm::function_ref<bool(const FuncDecl *)> Pick);
  /// Whether F, of the main file, is a non-generic function or method
  /// that the check instantiated itself (deferred or not).
  bool isCheckedAtTopLevel(const FuncDecl *F) const;

private:
  std::unique_ptr<cir::Program> Prog;
  std::unique_ptr<sema::Sema> S;
};

/// The default stdlib folder: IGNIS_STDLIB_DIR from the environment, else
/// the source tree's stdlib/ (compiled in), else next to the executable.
std::string getDefaultStdlibPath();

} // namespace ignis

#endif

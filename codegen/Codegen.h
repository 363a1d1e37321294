//===- Codegen.h - From the checked program to code: MLIR, LLVM, JIT ------===//
//
// The public face of codegen/: plain C++ only (no MLIR or LLVM IR types), so
// the driver, the REPL and the tests include it without the MLIR headers.
// A CodeGenerator walks one program through the stages the driver reports:
//   generate()  checked program -> MLIR (func/arith/math/cf/vector/llvm)
//   lower()     MLIR -> LLVM dialect -> llvm::Module, LLVM -O pipeline
//   emit*/run() text, assembly, object file, or ORC JIT execution
// Each step returns false with getError() set on an internal error (the
// MLIR verifier rejecting what MLIRGen built, a missing target): these are
// compiler bugs, which the driver reports with exit status 70.
//
//===----------------------------------------------------------------------===//
#ifndef IGNIS_CODEGEN_CODEGEN_H
#define IGNIS_CODEGEN_CODEGEN_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include <memory>
#include <string>
#include <vector>

namespace llvm {
class raw_ostream;
class raw_pwrite_stream;
} // namespace llvm

namespace ignis {

class SourceManager;
namespace cir {
class Program;
}

struct CodegenOptions {
  /// LLVM optimisation level, 0 to 3.
  unsigned OptLevel = 2;
  /// CPU to generate code for; empty or "native" means the host CPU (with
  /// its features).
  std::string TargetCPU;
  /// -g: DWARF debug info (DISubprogram per function, DILocation per
  /// instruction, DILocalVariable per named local). docs/codegen.md.
  bool DebugInfo = false;
  /// `ignis run`: skip compiling kernels for the GPU when this machine has
  /// none (or IGNIS_DEVICE=cpu): they can only run on the cpu device here.
  bool DeviceCodeOnlyWithGpu = false;
  /// Threads code generation may use (--codegen-threads): with more than
  /// one, the GPU image is compiled beside the host module and a large host
  /// module's machine code is generated in parts (ParallelEmit.cpp).
  unsigned Threads = 1;
  /// A module is split into one part per this many instructions (at most
  /// Threads parts); smaller ones are compiled whole.
  unsigned InstructionsPerPart = 15000;
  /// An executable is being built (emitObjects follows lower()): a module
  /// compiled in parts runs the optimisation half of the -O pipeline on
  /// each part, on the part's thread.
  bool OptimiseInParts = false;
};

enum class OutputFileKind { Assembly, Object };

class CodeGenerator {
public:
  explicit CodeGenerator(const CodegenOptions &Opts);
  ~CodeGenerator();
  CodeGenerator(const CodeGenerator &) = delete;
  CodeGenerator &operator=(const CodeGenerator &) = delete;

  /// Builds and verifies the MLIR module for P. Source locations become
  /// FileLineColLoc through SM. WillLower says lower() follows and the MLIR
  /// is not printed: the device module's text is not kept, and with
  /// Opts.Threads > 1 the kernels' GPU image is compiled on a second thread
  /// while the host module is built and optimised (lower() and
  /// printDeviceAssembly wait for it).
  bool generate(const cir::Program &P, const SourceManager &SM,
                bool WillLower = false);
  /// The module as generated (before lowering), in MLIR's generic-free
  /// pretty form.
  void printMLIR(llvm::raw_ostream &OS) const;
  /// The kernels' GPU assembly (`--emit=ptx` / `--emit=amdgcn`); empty for
  /// a program without kernels or with --target-accelerator=cpu.
  void printDeviceAssembly(llvm::raw_ostream &OS) const;

  /// Lowers to the LLVM dialect, translates to LLVM IR and runs the LLVM
  /// pipeline at the chosen -O level for the target CPU.
  bool lower();
  void printLLVMIR(llvm::raw_ostream &OS) const;
  /// Needs lower() first.
  bool emitFile(llvm::raw_pwrite_stream &OS, OutputFileKind Kind);
  /// The program's object code as one or more objects to link together: a
  /// large module is split and its parts compiled on Opts.Threads threads.
  /// Needs lower() first.
  bool emitObjects(std::vector<llvm::SmallString<0>> &Objects);

  /// Runs the program's C `main(argc, argv)` in-process with ORC LLJIT and
  /// returns its exit status, or -1 (with getError() set) when it could not
  /// be run. Args[0] is the program name. Needs lower(); consumes the module.
  /// When Invoke is given it makes the call instead (the driver runs main
  /// in a child process so that a crash of the program is the program's).
  using MainFunction = int (*)(int, char **);
  int run(llvm::ArrayRef<std::string> Args,
          llvm::function_ref<int(MainFunction, int, char **)> Invoke = {});

  const std::string &getError() const { return Error; }

  struct Impl;

private:
  bool generateDevice(const cir::Program &P, const SourceManager &SM,
                      bool WillLower);
  /// Waits for the device thread, if any; on failure warns (as the one-thread
  /// path does) and drops the image.
  void finishDevice();
  std::unique_ptr<Impl> I;
  std::string Error;
};

/// Links an object file with the Ignis runtime (and libm) into an
/// executable, with the system's C compiler driver (clang-22, clang or cc).
bool linkExecutable(llvm::StringRef ObjectPath, llvm::StringRef OutputPath,
                    std::string &Error);
/// The same for several objects.
bool linkExecutable(llvm::ArrayRef<std::string> ObjectPaths,
                    llvm::StringRef OutputPath, std::string &Error);

/// The runtime archive the linker uses: $IGNIS_RUNTIME_LIB, the build
/// tree's copy, or ../lib/libIgnisRuntime.a beside the executable.
std::string findRuntimeLibrary();

} // namespace ignis

#endif

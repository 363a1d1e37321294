//===- CompileSteps.h - Steps shared by build and run: check, codegen -----===//
#ifndef IGNIS_TOOLS_IGNIS_COMPILESTEPS_H
#define IGNIS_TOOLS_IGNIS_COMPILESTEPS_H

#include "codegen/Codegen.h"
#include "sema/CIR.h"
#include "sema/Types.h"
#include <memory>

namespace ignis {

class Compilation;
class CrashReporter;

/// Parses and checks the main file and its imports (stages lexing, parsing,
/// checking). Null after errors, which are in C's diagnostics.
std::unique_ptr<cir::Program> checkMainFile(Compilation &C, unsigned Buffer,
                                            TypeContext &Types);

/// Builds the MLIR module (stage "generating code") and, when Lower is set,
/// lowers and optimises it (stage "optimizing"). An internal error (MLIR
/// that does not verify, a missing target) is reported through Reporter,
/// which exits with status 70.
void generateCode(Compilation &C, CrashReporter &Reporter, CodeGenerator &Gen,
                  const cir::Program &P, bool Lower);

/// With IGNIS_TIME_PASSES: the CPU time of the main thread, of all threads
/// and of the tools run (ptxas, the linker), on stderr.
void reportCpuTimes();

/// Reports an internal error of the current stage and exits with 70.
[[noreturn]] void reportInternalError(CrashReporter &Reporter,
                                      const std::string &Message);

} // namespace ignis

#endif

//===- DriverOptions.cpp - Command-line options shared by subcommands -----===//
#include "tools/ignis/DriverOptions.h"

#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/Triple.h"
#include "llvm/TargetParser/X86TargetParser.h"
#include <algorithm>
#include <thread>

using namespace ignis;
namespace cl = llvm::cl;

cl::OptionCategory &ignis::getIgnisCategory() {
  static cl::OptionCategory Category("ignis options");
  return Category;
}

cl::SubCommand &ignis::getBuildSubCommand() {
  static cl::SubCommand Build(
      "build", "Compile a Mojo source file to an executable (or, with "
               "--emit, print a stage)");
  return Build;
}

cl::SubCommand &ignis::getReplSubCommand() {
  static cl::SubCommand Repl(
      "repl", "Start an interactive session: declarations persist, "
              "expressions echo their value; 'ignis' alone does the same");
  return Repl;
}

cl::SubCommand &ignis::getRunSubCommand() {
  static cl::SubCommand Run(
      "run", "Compile a Mojo source file and run it (JIT); 'ignis FILE' "
             "and 'ignis [options] FILE' are short for 'ignis run'");
  return Run;
}

// Options shared by the subcommands that compile: each lists them in
// cl::sub. (Not cl::SubCommand::getAll(): libLLVM already owns a top-level
// --color.)
#define IGNIS_COMPILING_SUBCOMMANDS                                             \
  cl::sub(getBuildSubCommand()), cl::sub(getRunSubCommand()),                  \
      cl::sub(getReplSubCommand())

static cl::opt<DiagnosticsFormat> DiagFormat(
    "diagnostics-format", cl::desc("How diagnostics are printed"),
    cl::values(clEnumValN(DiagnosticsFormat::Text, "text",
                          "file:line:col: error: ... with the source line "
                          "and a caret (default)"),
               clEnumValN(DiagnosticsFormat::JSON, "json",
                          "one JSON object per line")),
    cl::init(DiagnosticsFormat::Text), cl::cat(getIgnisCategory()),
    IGNIS_COMPILING_SUBCOMMANDS);

static cl::opt<ColorMode>
    Color("color", cl::desc("Colour in text diagnostics"),
          cl::values(clEnumValN(ColorMode::Auto, "auto",
                                "only when stderr is a terminal (default)"),
                     clEnumValN(ColorMode::Always, "always", "always"),
                     clEnumValN(ColorMode::Never, "never", "never")),
          cl::init(ColorMode::Auto), cl::cat(getIgnisCategory()),
          IGNIS_COMPILING_SUBCOMMANDS);

static cl::opt<unsigned> ErrorLimit(
    "error-limit",
    cl::desc("Stop after N errors (default 20; 0 means no limit)"),
    cl::value_desc("N"), cl::init(20), cl::cat(getIgnisCategory()),
    IGNIS_COMPILING_SUBCOMMANDS);

static cl::opt<bool> WarningsAsErrors("Werror",
                                      cl::desc("Treat warnings as errors"),
                                      cl::cat(getIgnisCategory()),
                                      IGNIS_COMPILING_SUBCOMMANDS);

static cl::opt<bool> NoWarnings("w", cl::desc("Suppress all warnings"),
                                cl::cat(getIgnisCategory()),
                                IGNIS_COMPILING_SUBCOMMANDS);

static cl::list<std::string>
    ImportPaths("I", cl::Prefix,
                cl::desc("Search DIR for imports (after the main file's "
                         "folder)"),
                cl::value_desc("dir"), cl::cat(getIgnisCategory()),
                IGNIS_COMPILING_SUBCOMMANDS);

static cl::list<std::string>
    Defines("D", cl::Prefix,
            cl::desc("Define a compile-time value (NAME or NAME=VALUE), "
                     "read by std.sys.param_env (is_defined, "
                     "env_get_string, env_get_int, env_get_bool)"),
            cl::value_desc("name=value"), cl::cat(getIgnisCategory()),
            IGNIS_COMPILING_SUBCOMMANDS);

static cl::opt<unsigned> InstantiationNotes(
    "instantiation-notes",
    cl::desc("How many 'in instantiation of' / 'called from' notes follow "
             "an error inside a generic instantiation or a compile-time call "
             "(default 5)"),
    cl::value_desc("n"), cl::init(5), cl::cat(getIgnisCategory()),
    IGNIS_COMPILING_SUBCOMMANDS);

static cl::opt<unsigned long long> ComptimeSteps(
    "comptime-steps",
    cl::desc("Step budget of one compile-time evaluation (default 50000000)"),
    cl::value_desc("n"), cl::init(50000000), cl::cat(getIgnisCategory()),
    IGNIS_COMPILING_SUBCOMMANDS);

static cl::opt<unsigned>
    OptLevel("O", cl::Prefix,
             cl::desc("Optimisation level 0-3 (default 2): -O0 -O1 -O2 -O3"),
             cl::value_desc("level"), cl::init(2),
             cl::cat(getIgnisCategory()), IGNIS_COMPILING_SUBCOMMANDS);

static cl::opt<unsigned> CodegenThreads(
    "codegen-threads",
    cl::desc("Threads for code generation: the GPU image is compiled beside "
             "the host code, and large host modules are split for machine "
             "code generation (default 0: up to 4, as the machine has; 1: "
             "all on one thread)"),
    cl::value_desc("n"), cl::init(0), cl::cat(getIgnisCategory()),
    IGNIS_COMPILING_SUBCOMMANDS);

static cl::opt<unsigned> CodegenPartSize(
    "codegen-part-size",
    cl::desc("Instructions per part when machine code is generated in parts "
             "(default 15000; tests use a small one)"),
    cl::value_desc("n"), cl::init(15000), cl::Hidden,
    cl::cat(getIgnisCategory()), IGNIS_COMPILING_SUBCOMMANDS);

static cl::opt<std::string>
    TargetCPU("target-cpu",
              cl::desc("CPU to generate code for (default: native, the "
                       "host CPU and its features)"),
              cl::value_desc("cpu"), cl::init("native"),
              cl::cat(getIgnisCategory()), IGNIS_COMPILING_SUBCOMMANDS);

static cl::opt<std::string> TargetAccelerator(
    "target-accelerator",
    cl::desc("GPU that kernels are compiled for besides the cpu device: "
             "nvidia:sm_80|sm_90|sm_100, amdgpu:gfx90a|gfx942, or cpu "
             "(the cpu device only; default nvidia:sm_90)"),
    cl::value_desc("vendor:chip"), cl::init("nvidia:sm_90"),
    cl::cat(getIgnisCategory()), IGNIS_COMPILING_SUBCOMMANDS);

static cl::opt<bool>
    DebugInfo("g",
              cl::desc("Emit DWARF debug info (source lines, functions, "
                       "locals) for gdb/lldb; use with -O0 for faithful "
                       "stepping"),
              cl::cat(getIgnisCategory()), IGNIS_COMPILING_SUBCOMMANDS);

// Testing hooks, hidden from --help.
static cl::opt<std::string> DebugCrashIn(
    "debug-crash-in",
    cl::desc("Crash on purpose when entering STAGE (tests internal errors)"),
    cl::value_desc("stage"), cl::Hidden, cl::cat(getIgnisCategory()),
    IGNIS_COMPILING_SUBCOMMANDS);

static cl::opt<bool> DebugCrashFatal(
    "debug-crash-with-fatal-error",
    cl::desc("Make --debug-crash-in raise an LLVM fatal error instead of "
             "writing through a null pointer"),
    cl::Hidden, cl::cat(getIgnisCategory()),
    IGNIS_COMPILING_SUBCOMMANDS);

static cl::list<std::string> DebugEmitDiagnostic(
    "debug-emit-diagnostic",
    cl::desc("Report a diagnostic in the main file: "
             "KIND:LINE:COL:LEN:MESSAGE, KIND is error, warning or note"),
    cl::value_desc("diagnostic"), cl::Hidden, cl::cat(getIgnisCategory()),
    IGNIS_COMPILING_SUBCOMMANDS);

std::string ignis::describeOptionValues(llvm::StringRef OptionName) {
  if (OptionName == "color")
    return listOptionValues(Color);
  if (OptionName == "diagnostics-format")
    return listOptionValues(DiagFormat);
  if (OptionName == "emit")
    return describeEmitValues();
  return "";
}

DiagnosticOptions ignis::getDiagnosticOptions() {
  DiagnosticOptions Opts;
  Opts.Format = DiagFormat;
  Opts.Color = Color;
  Opts.ErrorLimit = ErrorLimit;
  Opts.WarningsAsErrors = WarningsAsErrors;
  Opts.SuppressWarnings = NoWarnings;
  return Opts;
}

SemaOptions ignis::getSemaOptions() {
  SemaOptions Opts;
  Opts.ImportPaths.assign(ImportPaths.begin(), ImportPaths.end());
  Opts.StdlibPath = getDefaultStdlibPath();
  for (llvm::StringRef Define : Defines) {
    auto [Name, Value] = Define.split('=');
    Opts.Defines.emplace_back(Name.str(),
                              Define.contains('=') ? Value.str() : "");
  }
  Opts.InstantiationNotes = InstantiationNotes;
  Opts.ComptimeSteps = ComptimeSteps;
  Opts.Accelerator = TargetAccelerator;
  // The vector width std.sys.simd_width_of reports and the features
  // std.sys.info sees: the host's when compiling for it (what codegen's
  // `native` picks), a named x86 CPU's own (--target-cpu=haswell: AVX2,
  // 256 bits), else SSE's.
  Opts.SimdBitWidth = 128;
  Opts.TargetTriple = llvm::sys::getProcessTriple();
  llvm::StringMap<bool> Features;
  if (TargetCPU == "native") {
    Features = llvm::sys::getHostCPUFeatures();
  } else if (llvm::Triple(Opts.TargetTriple).isX86()) {
    llvm::SmallVector<llvm::StringRef, 64> Named;
    llvm::X86::getFeaturesForCPU(TargetCPU, Named);
    for (llvm::StringRef F : Named)
      Features[F] = true;
  }
  for (const auto &F : Features)
    if (F.getValue())
      Opts.TargetFeatures.push_back(F.getKey().str());
  if (Features.lookup("avx512f"))
    Opts.SimdBitWidth = 512;
  else if (Features.lookup("avx2") || Features.lookup("avx"))
    Opts.SimdBitWidth = 256;
  return Opts;
}

CodegenOptions ignis::getCodegenOptions() {
  CodegenOptions Opts;
  Opts.OptLevel = std::min(OptLevel.getValue(), 3u);
  Opts.TargetCPU = TargetCPU;
  Opts.DebugInfo = DebugInfo;
  Opts.Threads = CodegenThreads;
  Opts.InstructionsPerPart = std::max(CodegenPartSize.getValue(), 1u);
  if (Opts.Threads == 0)
    Opts.Threads = std::clamp(std::thread::hardware_concurrency(), 1u, 4u);
  return Opts;
}

bool ignis::checkCodegenOptions() {
  if (OptLevel > 3) {
    llvm::errs() << "ignis: error: invalid optimisation level '-O" << OptLevel
                 << "' (expected -O0, -O1, -O2 or -O3)\n";
    return false;
  }
  llvm::StringRef A = TargetAccelerator;
  auto [Vendor, Chip] = A.split(':');
  bool Ok = A == "cpu" ||
            (Vendor == "nvidia" && Chip.starts_with("sm_") && Chip.size() > 3) ||
            (Vendor == "amdgpu" && Chip.starts_with("gfx") && Chip.size() > 3);
  if (!Ok) {
    llvm::errs() << "ignis: error: invalid accelerator '" << A
                 << "' (expected nvidia:sm_NN, amdgpu:gfxNNN or cpu)\n";
    return false;
  }
  return true;
}

/// Advances Count code points from Loc, stopping at the end of the line.
static SourceLoc advanceColumns(const SourceManager &SM, SourceLoc Loc,
                                unsigned Count) {
  llvm::StringRef Rest(SM.getCharacterData(Loc));
  size_t I = 0;
  while (Count != 0 && I < Rest.size() && Rest[I] != '\n' && Rest[I] != '\r') {
    ++I;
    while (I < Rest.size() &&
           (static_cast<unsigned char>(Rest[I]) & 0xC0) == 0x80)
      ++I;
    --Count;
  }
  return Loc.getAdvanced(I);
}

static bool emitDebugDiagnostic(Compilation &C, unsigned Buffer,
                                llvm::StringRef Spec) {
  DiagnosticEngine &Diags = C.getDiags();
  llvm::SmallVector<llvm::StringRef, 5> Parts;
  Spec.split(Parts, ':', /*MaxSplit=*/4);
  unsigned Line = 0, Col = 0, Len = 0;
  std::optional<DiagID> ID;
  if (Parts.size() == 5) {
    ID = llvm::StringSwitch<std::optional<DiagID>>(Parts[0])
             .Case("error", DiagID::err_debug)
             .Case("warning", DiagID::warn_debug)
             .Case("note", DiagID::note_debug)
             .Default(std::nullopt);
  }
  if (!ID || Parts[1].getAsInteger(10, Line) ||
      Parts[2].getAsInteger(10, Col) || Parts[3].getAsInteger(10, Len) ||
      Line == 0 || Col == 0) {
    Diags.report(SourceLoc(), DiagID::err_bad_debug_diagnostic) << Spec;
    return false;
  }
  const SourceManager &SM = C.getSourceManager();
  SourceLoc Begin = advanceColumns(SM, SM.getLineStart(Buffer, Line), Col - 1);
  SourceLoc End = advanceColumns(SM, Begin, Len);
  Diags.report(SourceRange(Begin, End), *ID) << Parts[4];
  return true;
}

bool ignis::applyDebugCrashOption(Compilation &C) {
  if (DebugCrashIn.empty())
    return true;
  if (std::optional<Stage> S = lookupStage(DebugCrashIn)) {
    C.setDebugCrash(*S, DebugCrashFatal);
    return true;
  }
  C.getDiags().report(SourceLoc(), DiagID::err_unknown_debug_stage)
      << DebugCrashIn.getValue() << getStageNameList();
  return false;
}

bool ignis::emitDebugDiagnostics(Compilation &C, unsigned MainBuffer) {
  bool OK = true;
  for (const std::string &Spec : DebugEmitDiagnostic)
    OK &= emitDebugDiagnostic(C, MainBuffer, Spec);
  return OK;
}

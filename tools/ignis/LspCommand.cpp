//===- LspCommand.cpp - `ignis lsp`: the language server on stdin/stdout --===//
#include "tools/ignis/CrashReporter.h"
#include "tools/ignis/DriverOptions.h"

#include "lsp/LanguageServer.h"
#include "llvm/Support/CrashRecoveryContext.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/LSP/Logging.h"
#include "llvm/Support/raw_ostream.h"

using namespace ignis;
namespace cl = llvm::cl;

static cl::SubCommand &getLspSubCommand() {
  static cl::SubCommand Lsp(
      "lsp", "Run the language server (LSP, JSON-RPC on stdin/stdout)");
  return Lsp;
}
static cl::SubCommand &LspCmd = getLspSubCommand();

static cl::opt<std::string>
    LspLog("log", cl::desc("What the server logs to stderr: error (default), "
                           "info or verbose"),
           cl::init("error"), cl::cat(getIgnisCategory()), cl::sub(LspCmd));
static cl::list<std::string>
    LspImportPaths("I", cl::desc("Add a folder to search for imports"),
                   cl::value_desc("dir"), cl::Prefix,
                   cl::cat(getIgnisCategory()), cl::sub(LspCmd));

static cl::opt<unsigned> LspDebounce(
    "debounce-ms",
    cl::desc("Check an edited file once the client has been quiet this long "
             "(default 0: as soon as no message is waiting)"),
    cl::init(0), cl::cat(getIgnisCategory()), cl::sub(LspCmd));
static cl::opt<std::string> LspDebugCrashOn(
    "debug-crash-on",
    cl::desc("Crash on purpose while checking a document that contains TEXT "
             "(tests crash recovery)"),
    cl::value_desc("text"), cl::Hidden, cl::cat(getIgnisCategory()),
    cl::sub(LspCmd));
static cl::opt<bool> LspDebugCrashFatal(
    "debug-crash-with-fatal-error",
    cl::desc("Make --debug-crash-on raise an LLVM fatal error"), cl::Hidden,
    cl::cat(getIgnisCategory()), cl::sub(LspCmd));

static cl::opt<bool> LspDebugFullChecks(
    "debug-full-checks",
    cl::desc("Check every version of a document whole, reusing nothing "
             "(the reference for the incremental checks)"),
    cl::Hidden, cl::cat(getIgnisCategory()), cl::sub(LspCmd));

static cl::opt<std::string> LspDebugStallOn(
    "debug-stall-on",
    cl::desc("Stall the check of a document that contains TEXT until a newer "
             "edit or a cancellation stops it (tests cancellation)"),
    cl::value_desc("text"), cl::Hidden, cl::cat(getIgnisCategory()),
    cl::sub(LspCmd));

bool ignis::isLspCommandSelected() { return static_cast<bool>(LspCmd); }

/// An LLVM fatal error while checking a document ends that check (as a
/// crash would), not the server.
static void handleLspFatalError(void *Cookie, const char *Reason, bool) {
  if (llvm::CrashRecoveryContext *CRC = llvm::CrashRecoveryContext::GetCurrent())
    CRC->HandleExit(InternalErrorExitCode);
  static_cast<const CrashReporter *>(Cookie)->report(Reason);
}

int ignis::runLspCommand(CrashReporter &Reporter) {
  using Logger = llvm::lsp::Logger;
  if (LspLog == "verbose")
    Logger::setLogLevel(Logger::Level::Debug);
  else if (LspLog == "info")
    Logger::setLogLevel(Logger::Level::Info);
  else if (LspLog == "error")
    Logger::setLogLevel(Logger::Level::Error);
  else {
    llvm::errs() << "ignis: error: --log must be error, info or verbose, not '"
                 << LspLog << "'\n";
    return 1;
  }
  llvm::remove_fatal_error_handler();
  llvm::install_fatal_error_handler(handleLspFatalError, &Reporter);
  lsp::ServerOptions Options;
  Options.Sema.ImportPaths.assign(LspImportPaths.begin(), LspImportPaths.end());
  Options.DebugCrashMarker = LspDebugCrashOn;
  Options.DebounceMs = LspDebounce;
  Options.DebugCrashWithFatalError = LspDebugCrashFatal;
  Options.DebugStallMarker = LspDebugStallOn;
  Options.DebugFullChecks = LspDebugFullChecks;
  return lsp::runLanguageServer(Options, stdin, llvm::outs());
}

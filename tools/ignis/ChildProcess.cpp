//===- ChildProcess.cpp - Run a function in a forked child, report signals ===//
#include "tools/ignis/ChildProcess.h"

#include "llvm/Support/raw_ostream.h"
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <iterator>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace ignis;

/// The signals a program can die of, with what they usually mean.
#define IGNIS_CRASH_SIGNALS(X)                                                 \
  X(SIGSEGV, "invalid memory access or stack overflow")                        \
  X(SIGBUS, "invalid memory access")                                           \
  X(SIGFPE, "integer division by zero or another arithmetic fault")            \
  X(SIGILL, "illegal instruction, usually a trap the program reached")         \
  X(SIGTRAP, "trap")                                                           \
  X(SIGABRT, "aborted")                                                        \
  X(SIGSYS, "bad system call")                                                 \
  X(SIGPIPE, "broken pipe")                                                    \
  X(SIGINT, "interrupted")                                                     \
  X(SIGTERM, "terminated")                                                     \
  X(SIGKILL, "killed")                                                         \
  X(SIGXCPU, "CPU time limit exceeded")                                        \
  X(SIGHUP, "hangup")

/// The name as a literal, or null (usable in a signal handler).
static const char *getSignalNameLiteral(int Signal) {
#define IGNIS_SIGNAL_LITERAL(S, Meaning)                                       \
  if (Signal == S)                                                             \
    return #S;
  IGNIS_CRASH_SIGNALS(IGNIS_SIGNAL_LITERAL)
#undef IGNIS_SIGNAL_LITERAL
  return nullptr;
}

std::string ignis::getSignalName(int Signal) {
#define IGNIS_SIGNAL_NAME(S, Meaning)                                          \
  if (Signal == S)                                                             \
    return #S;
  IGNIS_CRASH_SIGNALS(IGNIS_SIGNAL_NAME)
#undef IGNIS_SIGNAL_NAME
  return "signal " + std::to_string(Signal);
}

llvm::StringRef ignis::getSignalMeaning(int Signal) {
#define IGNIS_SIGNAL_MEANING(S, Meaning)                                       \
  if (Signal == S)                                                             \
    return Meaning;
  IGNIS_CRASH_SIGNALS(IGNIS_SIGNAL_MEANING)
#undef IGNIS_SIGNAL_MEANING
  return "";
}

void ignis::restoreDefaultSignals() {
#define IGNIS_DEFAULT_SIGNAL(S, Meaning) ::signal(S, SIG_DFL);
  IGNIS_CRASH_SIGNALS(IGNIS_DEFAULT_SIGNAL)
#undef IGNIS_DEFAULT_SIGNAL
  struct rlimit NoCore = {0, 0};
  ::setrlimit(RLIMIT_CORE, &NoCore);
}

/// The program called exit() in the child: end there with its status, after
/// flushing its output, without running the compiler's exit handlers (leak
/// checks and static destructors of a forked copy of the compiler).
static void exitChildNow(int Status, void *) {
  std::fflush(nullptr);
  ::_exit(Status & 0xff);
}

bool ignis::runInChild(llvm::function_ref<int()> Body, ChildExit &Exit,
                       std::string &Error) {
  llvm::outs().flush();
  llvm::errs().flush();
  struct sigaction Ignore = {}, OldInt = {};
  Ignore.sa_handler = SIG_IGN;
  ::sigaction(SIGINT, &Ignore, &OldInt);
  pid_t Pid = ::fork();
  if (Pid < 0) {
    Error =
        std::string("cannot start the program: fork: ") + std::strerror(errno);
    ::sigaction(SIGINT, &OldInt, nullptr);
    return false;
  }
  if (Pid == 0) {
    ::signal(SIGINT, SIG_DFL); // Ctrl-C stops the child
    ::on_exit(exitChildNow, nullptr);
    int Status = Body();
    ::_exit(Status & 0xff);
  }
  int Status = 0;
  pid_t Waited;
  do
    Waited = ::waitpid(Pid, &Status, 0);
  while (Waited < 0 && errno == EINTR);
  ::sigaction(SIGINT, &OldInt, nullptr);
  if (Waited < 0) {
    Error = std::string("cannot wait for the program: ") + std::strerror(errno);
    return false;
  }
  Exit.Signaled = WIFSIGNALED(Status);
  Exit.Value = Exit.Signaled ? WTERMSIG(Status) : WEXITSTATUS(Status);
  return true;
}

/// Signals a program dies of by its own fault (what the handlers catch).
static const int FaultSignals[] = {SIGSEGV, SIGBUS,  SIGFPE, SIGILL,
                                   SIGTRAP, SIGABRT, SIGSYS};

/// "ignis: the program 'NAME' crashed: " (set before Body runs).
static std::string CrashPrefix;

static void writeAll(const char *S) {
  size_t N = std::strlen(S);
  while (N != 0) {
    ssize_t W = ::write(STDERR_FILENO, S, N);
    if (W <= 0)
      return;
    S += W;
    N -= static_cast<size_t>(W);
  }
}

static void onProgramFault(int Signal) {
  writeAll(CrashPrefix.c_str());
  const char *Name = getSignalNameLiteral(Signal);
  writeAll(Name ? Name : "a signal");
  llvm::StringRef Meaning = getSignalMeaning(Signal);
  // The meanings are literals: null-terminated.
  writeAll(" (");
  writeAll(Meaning.data());
  writeAll(")\n");
  ::signal(Signal, SIG_DFL);
  struct rlimit NoCore = {0, 0}; // not a core file of the whole compiler
  ::setrlimit(RLIMIT_CORE, &NoCore);
  ::raise(Signal); // a fault re-executes and dies; abort() dies here
}

int ignis::runReportingCrashes(llvm::function_ref<int()> Body,
                               llvm::StringRef ProgramName) {
  CrashPrefix = "ignis: the program '" + ProgramName.str() + "' crashed: ";
  static char AltStack[1 << 16];
  stack_t Stack = {}, OldStack = {};
  Stack.ss_sp = AltStack;
  Stack.ss_size = sizeof(AltStack);
  ::sigaltstack(&Stack, &OldStack);
  struct sigaction Action = {}, Old[std::size(FaultSignals)];
  Action.sa_handler = onProgramFault;
  Action.sa_flags = SA_ONSTACK | SA_NODEFER;
  sigemptyset(&Action.sa_mask);
  for (size_t I = 0; I != std::size(FaultSignals); ++I)
    ::sigaction(FaultSignals[I], &Action, &Old[I]);
  int Status = Body();
  for (size_t I = 0; I != std::size(FaultSignals); ++I)
    ::sigaction(FaultSignals[I], &Old[I], nullptr);
  ::sigaltstack(&OldStack, nullptr);
  return Status;
}

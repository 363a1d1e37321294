//===- ChildProcess.cpp - Run a function in a forked child, report signals ===//
#include "tools/ignis/ChildProcess.h"

#include "llvm/Support/raw_ostream.h"
#include <cerrno>
#include <csignal>
#include <cstring>
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

bool ignis::runInChild(llvm::function_ref<int()> Body, ChildExit &Exit,
                       std::string &Error) {
  llvm::outs().flush();
  llvm::errs().flush();
  struct sigaction Ignore = {}, OldInt = {};
  Ignore.sa_handler = SIG_IGN;
  ::sigaction(SIGINT, &Ignore, &OldInt);
  pid_t Pid = ::fork();
  if (Pid < 0) {
    Error = std::string("cannot start the program: fork: ") +
            std::strerror(errno);
    ::sigaction(SIGINT, &OldInt, nullptr);
    return false;
  }
  if (Pid == 0) {
    ::sigaction(SIGINT, &OldInt, nullptr);
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
    Error = std::string("cannot wait for the program: ") +
            std::strerror(errno);
    return false;
  }
  Exit.Signaled = WIFSIGNALED(Status);
  Exit.Value = Exit.Signaled ? WTERMSIG(Status) : WEXITSTATUS(Status);
  return true;
}

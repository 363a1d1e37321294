//===- CrashReporter.h - Internal errors: report stage and input, exit 70 -===//
#ifndef IGNIS_TOOLS_IGNIS_CRASHREPORTER_H
#define IGNIS_TOOLS_IGNIS_CRASHREPORTER_H

namespace ignis {

class Compilation;

/// Exit status for an internal compiler error (EX_SOFTWARE).
constexpr int InternalErrorExitCode = 70;

/// Turns crash signals and LLVM fatal errors into
///   ignis: internal compiler error while <stage> '<file>'
/// plus a request to report the bug, then _exit(70). Created once by main
/// and alive until the process ends; the compilation running at the time
/// registers itself so the report can name its stage and input.
class CrashReporter {
public:
  CrashReporter();
  CrashReporter(const CrashReporter &) = delete;
  CrashReporter &operator=(const CrashReporter &) = delete;

  void setActive(const Compilation *C) { Active = C; }

  /// Prints the report (Reason may be null) and exits with status 70.
  [[noreturn]] void report(const char *Reason) const;

private:
  const Compilation *volatile Active = nullptr;
};

} // namespace ignis

#endif

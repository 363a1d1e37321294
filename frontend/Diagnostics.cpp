//===- Diagnostics.cpp - Formatting, note attachment and the error limit --===//
#include "frontend/Diagnostics.h"

#include <string>

using namespace ignis;

namespace {
struct DiagInfo {
  const char *Name;
  DiagSeverity Severity;
  const char *Format;
};
} // namespace

static const DiagInfo DiagTable[] = {
#define DIAG(Id, Severity, Message) {#Id, DiagSeverity::Severity, Message},
#include "frontend/DiagnosticKinds.def"
};

static const DiagInfo &getInfo(DiagID ID) {
  return DiagTable[static_cast<unsigned>(ID)];
}

llvm::StringRef ignis::getDiagnosticFormat(DiagID ID) {
  return getInfo(ID).Format;
}
DiagSeverity ignis::getDiagnosticSeverity(DiagID ID) {
  return getInfo(ID).Severity;
}
llvm::StringRef ignis::getDiagnosticName(DiagID ID) { return getInfo(ID).Name; }

std::string ignis::formatDiagnostic(llvm::StringRef Format,
                                    llvm::ArrayRef<std::string> Args) {
  std::string Out;
  Out.reserve(Format.size());
  for (size_t I = 0, E = Format.size(); I != E; ++I) {
    char C = Format[I];
    if (C == '%' && I + 1 != E) {
      char Next = Format[I + 1];
      if (Next >= '0' && Next <= '9') {
        unsigned Index = Next - '0';
        if (Index < Args.size())
          Out += Args[Index];
        ++I;
        continue;
      }
      if (Next == '%') {
        Out += '%';
        ++I;
        continue;
      }
    }
    Out += C;
  }
  return Out;
}

DiagnosticConsumer::~DiagnosticConsumer() = default;

//===----------------------------------------------------------------------===//
// DiagnosticBuilder
//===----------------------------------------------------------------------===//

DiagnosticBuilder::DiagnosticBuilder(DiagnosticEngine *Engine, DiagID ID,
                                     SourceLoc Loc, SourceRange Range)
    : Engine(Engine), ID(ID), Loc(Loc), Range(Range) {}

DiagnosticBuilder::DiagnosticBuilder(DiagnosticBuilder &&Other)
    : Engine(Other.Engine), ID(Other.ID), Loc(Other.Loc), Range(Other.Range),
      Args(std::move(Other.Args)), ExtraRanges(std::move(Other.ExtraRanges)) {
  Other.Engine = nullptr;
}

DiagnosticBuilder::~DiagnosticBuilder() {
  if (!Engine)
    return;
  Diagnostic D;
  D.ID = ID;
  D.Severity = getDiagnosticSeverity(ID);
  D.Loc = Loc;
  D.Range = Range;
  D.ExtraRanges.assign(ExtraRanges.begin(), ExtraRanges.end());
  D.Message = formatDiagnostic(getDiagnosticFormat(ID), Args);
  Engine->emit(std::move(D));
}

DiagnosticBuilder &DiagnosticBuilder::operator<<(llvm::StringRef Arg) {
  Args.push_back(Arg.str());
  return *this;
}
DiagnosticBuilder &DiagnosticBuilder::operator<<(const char *Arg) {
  Args.push_back(Arg);
  return *this;
}
DiagnosticBuilder &DiagnosticBuilder::operator<<(const std::string &Arg) {
  Args.push_back(Arg);
  return *this;
}
DiagnosticBuilder &DiagnosticBuilder::operator<<(int64_t Arg) {
  Args.push_back(std::to_string(Arg));
  return *this;
}
DiagnosticBuilder &DiagnosticBuilder::operator<<(SourceRange R) {
  ExtraRanges.push_back(R);
  return *this;
}

//===----------------------------------------------------------------------===//
// DiagnosticEngine
//===----------------------------------------------------------------------===//

struct DiagnosticEngine::DivertedState {
  std::vector<DiagnosticConsumer *> Consumers;
  unsigned NumErrors, NumWarnings, ErrorLimit;
  bool ReachedLimit, DropNotes;
  llvm::StringSet<> Seen;
};

DiagnosticEngine::DiagnosticEngine(const SourceManager &SM) : SM(SM) {}

DiagnosticEngine::~DiagnosticEngine() { flush(); }

void DiagnosticEngine::flush() {
  if (!Pending)
    return;
  std::unique_ptr<Diagnostic> D = std::move(Pending);
  for (DiagnosticConsumer *C : Consumers)
    C->handleDiagnostic(*D);
}

void DiagnosticEngine::finish() {
  flush();
  if (Finished)
    return;
  Finished = true;
  for (DiagnosticConsumer *C : Consumers)
    C->finish();
}

void DiagnosticEngine::reset() {
  flush();
  NumErrors = NumWarnings = 0;
  ReachedLimit = false;
  DropNotes = false;
  Finished = false;
  Seen.clear();
}

void DiagnosticEngine::beginDiversion(DiagnosticConsumer &Sink) {
  flush();
  Diverted.reset(new DivertedState{Consumers, NumErrors, NumWarnings,
                                   ErrorLimit, ReachedLimit, DropNotes, Seen});
  Consumers = {&Sink};
  ErrorLimit = 0;
  ReachedLimit = false;
}

void DiagnosticEngine::endDiversion() {
  if (!Diverted)
    return;
  flush();
  Consumers = std::move(Diverted->Consumers);
  NumErrors = Diverted->NumErrors;
  NumWarnings = Diverted->NumWarnings;
  ErrorLimit = Diverted->ErrorLimit;
  ReachedLimit = Diverted->ReachedLimit;
  DropNotes = Diverted->DropNotes;
  Seen = std::move(Diverted->Seen);
  Diverted.reset();
}

void DiagnosticEngine::replay(const Diagnostic &D) {
  Diagnostic Copy = D;
  std::vector<Diagnostic> Notes = std::move(Copy.Notes);
  Copy.Notes.clear();
  emit(std::move(Copy));
  for (Diagnostic &N : Notes)
    emit(std::move(N));
}

void DiagnosticEngine::emit(Diagnostic D) {
  if (D.Severity == DiagSeverity::Note) {
    // A note belongs to the diagnostic before it; it shares its fate.
    if (DropNotes)
      return;
    if (Pending) {
      Pending->Notes.push_back(std::move(D));
      return;
    }
    // A note with nothing to attach to is shown on its own.
    for (DiagnosticConsumer *C : Consumers)
      C->handleDiagnostic(D);
    return;
  }

  flush();
  DropNotes = true;
  if (ReachedLimit)
    return;
  // The same message at the same place again (a literal converted twice
  // while an overload is chosen, a kernel's body checked for the cpu device
  // and for the GPU) says nothing new; it and its notes are dropped.
  std::string Key = std::to_string(static_cast<unsigned>(D.ID)) + ":" +
                    std::to_string(D.Range.Begin.getRaw()) + ":" +
                    std::to_string(D.Range.End.getRaw()) + ":" + D.Message;
  if (!Seen.insert(Key).second)
    return;
  if (D.Severity == DiagSeverity::Warning) {
    if (SuppressWarnings)
      return;
    if (WarningsAsErrors)
      D.Severity = DiagSeverity::Error;
  }
  if (D.Severity == DiagSeverity::Error) {
    if (ErrorLimit != 0 && NumErrors >= ErrorLimit) {
      ReachedLimit = true;
      Diagnostic Stop;
      Stop.ID = DiagID::err_too_many_errors;
      Stop.Severity = DiagSeverity::Error;
      Stop.Message = getDiagnosticFormat(DiagID::err_too_many_errors).str();
      for (DiagnosticConsumer *C : Consumers)
        C->handleDiagnostic(Stop);
      return;
    }
    ++NumErrors;
  } else {
    ++NumWarnings;
  }
  DropNotes = false;
  Pending = std::make_unique<Diagnostic>(std::move(D));
  if (ErrorHook && !InErrorHook && Pending->Severity == DiagSeverity::Error) {
    InErrorHook = true;
    ErrorHook(ErrorHookCtx);
    InErrorHook = false;
  }
}

//===- Interpreter.cpp - Statements, expressions and calls at compile time ===//
//
// A tree-walking evaluator over checked CIR. Builtins are in
// InterpreterBuiltins.cpp. Node kinds it does not know (added to CIR later)
// are skipped when they are statements and reported when they are values.
//
//===----------------------------------------------------------------------===//
#include "sema/Interpreter.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"
#include "sema/SemaImpl.h"
#include <cstdio>
#include <cstdlib>
#include <ctime>

using namespace ignis;
using namespace ignis::sema;

struct Interpreter::Frame {
  const cir::Function *Fn = nullptr;
  SourceRange CallSite;
  std::vector<IValue> Storage;
  std::vector<IValue *> Slots;
  IValue Result;
};

namespace {
/// IGNIS_COMPTIME_STATS=1: totals over every compile-time evaluation of the
/// process, printed to stderr at exit (bench/comptime reads them). Time is
/// the interpreter's own (outermost runs only), not the checking of the
/// bodies an evaluation reaches, as CPU time of the thread: other processes
/// on a busy machine do not count.
struct ComptimeTotals {
  bool Enabled = false;
  unsigned Depth = 0;
  uint64_t Runs = 0, Steps = 0, Calls = 0, MemoHits = 0, Nanos = 0;
  ComptimeTotals() {
    const char *E = getenv("IGNIS_COMPTIME_STATS");
    Enabled = E && *E && *E != '0';
  }
  ~ComptimeTotals() {
    if (!Enabled)
      return;
    // stdio: llvm::errs() may be destroyed before this static.
    std::fprintf(stderr,
                 "comptime-stats: runs=%llu steps=%llu calls=%llu "
                 "memo-hits=%llu time-ms=%.1f ns-per-step=%.1f\n",
                 (unsigned long long)Runs, (unsigned long long)Steps,
                 (unsigned long long)Calls, (unsigned long long)MemoHits,
                 Nanos / 1e6, Steps ? double(Nanos) / double(Steps) : 0.0);
  }
};
ComptimeTotals Totals;

uint64_t threadNanos() {
  timespec T;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &T);
  return uint64_t(T.tv_sec) * 1000000000u + uint64_t(T.tv_nsec);
}
} // namespace

Interpreter::Interpreter(Sema &S, InterpreterLimits Limits)
    : S(S), Limits(Limits) {
  Heap.emplace_back(); // block 0 is "no block"
  // IGNIS_COMPTIME_MEMO=0 turns memoisation off (bench/comptime's baseline).
  if (const char *M = getenv("IGNIS_COMPTIME_MEMO"); M && *M == '0')
    Memoize = false;
}

Interpreter::~Interpreter() = default;

bool Interpreter::fail(SourceRange At, DiagID ID,
                       llvm::ArrayRef<std::string> Args) {
  if (Failed)
    return false;
  Failed = true;
  // Inside the standard library, the innermost call from the program's own
  // code is the useful place (print -> write -> external_call).
  size_t Top = Stack.size();
  auto InStdlib = [&](SourceLoc L) {
    return L.isValid() && llvm::StringRef(S.SM.getLineColumn(L).Filename)
                              .starts_with(S.Opts.StdlibPath);
  };
  while (Top > 1 && InStdlib(At.Begin) && !InStdlib(Stack[Top - 1]->CallSite.Begin)) {
    At = Stack[Top - 1]->CallSite;
    --Top;
    break;
  }
  while (Top > 1 && InStdlib(At.Begin)) {
    At = Stack[Top - 1]->CallSite;
    --Top;
  }
  llvm::SmallVector<std::string, 3> Shown(Args.begin(), Args.end());
  if (Top < Stack.size() && !Shown.empty()) {
    // The function named in the message is the one the error is reported in.
    std::string Name = Top > 1 ? Stack[Top - 1]->Fn->DisplayName
                               : std::string("<compile-time expression>");
    for (std::string &A : Shown)
      if (A == current())
        A = Name;
  }
  {
    DiagnosticBuilder D = S.Diags.report(At, ID);
    for (const std::string &A : Shown)
      D << A;
  }
  // The call chain, innermost first; the outermost frame is the
  // compile-time expression itself.
  unsigned Notes = 0;
  for (size_t I = Top; I-- > 1;) {
    if (++Notes > S.Opts.InstantiationNotes) {
      S.Diags.report(Where, DiagID::note_comptime_calls_omitted)
          << static_cast<int64_t>(I);
      break;
    }
    S.Diags.report(Stack[I]->CallSite, DiagID::note_comptime_called_from)
        << Stack[I]->Fn->DisplayName;
  }
  return false;
}

std::string Interpreter::current() const {
  if (Stack.size() <= 1)
    return "<compile-time expression>";
  return Stack.back()->Fn->DisplayName;
}

bool Interpreter::outOfSteps(SourceRange At) {
  if (Failed)
    return false;
  return fail(At, DiagID::err_comptime_steps,
              {std::to_string(Limits.MaxSteps),
               current()});
}

const IValue &Interpreter::zeroCached(Type T) {
  auto It = Zeros.find(T);
  if (It != Zeros.end())
    return *It->second;
  auto V = std::make_unique<IValue>(zeroOf(T));
  return *Zeros.try_emplace(T, std::move(V)).first->second;
}

uint32_t Interpreter::addBlock(std::unique_ptr<std::vector<IValue>> Block) {
  uint32_t B = static_cast<uint32_t>(Heap.size());
  if (!Block->empty())
    BlockAt[Block->data()] = B;
  Heap.push_back(std::move(Block));
  return B;
}

Interpreter::Frame &Interpreter::claimFrame() {
  if (FramesInUse == Frames.size())
    Frames.push_back(std::make_unique<Frame>());
  return *Frames[FramesInUse++];
}

IValue Interpreter::zeroOf(Type T) {
  IValue V;
  if (auto *P = llvm::dyn_cast<PrimType>(T)) {
    if (isFloatDType(P->Elem)) {
      V.K = IValue::Kind::Float;
      V.Floats.assign(P->Width, 0.0);
    } else {
      V.K = IValue::Kind::Int;
      V.Ints.assign(P->Width, llvm::APInt(getDTypeBits(P->Elem), 0));
    }
    return V;
  }
  if (T->getKind() == TypeKind::Pointer) {
    V.K = IValue::Kind::Pointer;
    return V;
  }
  if (auto *AT = llvm::dyn_cast<ArrayType>(T)) {
    V.K = IValue::Kind::Aggregate;
    V.Elems.assign(AT->Count, zeroCached(AT->Elem));
    return V;
  }
  if (auto *TT = llvm::dyn_cast<TupleType>(T)) {
    V.K = IValue::Kind::Aggregate;
    for (Type E : TT->Elements)
      V.Elems.push_back(zeroCached(E));
    return V;
  }
  if (T->getKind() == TypeKind::Struct) {
    V.K = IValue::Kind::Aggregate;
    auto It = S.Prog.Layouts.find(T);
    if (It != S.Prog.Layouts.end()) {
      for (Type E : It->second.Fields)
        V.Elems.push_back(zeroCached(E));
    } else if (StructInfo *SI = S.getStructInfo(T)) {
      for (Type E : SI->FieldTypes)
        V.Elems.push_back(zeroCached(E));
    }
    return V;
  }
  if (T->getKind() == TypeKind::NoneType)
    V.K = IValue::Kind::None;
  return V;
}

/// V read as a value of type T: memory written as integers and read as
/// floats of the same width (or the reverse) through a bitcast pointer gets
/// its bits reinterpreted, as at run time. Other values are left alone.
void Interpreter::reinterpretReadAs(IValue &V, Type T) {
  // A struct of one scalar field (UInt8, Float64) has that field's
  // representation in memory: read either way, the value is wrapped or
  // unwrapped.
  auto It = S.Prog.Layouts.find(T);
  bool OneField = It != S.Prog.Layouts.end() && It->second.Fields.size() == 1;
  if (OneField && (V.K == IValue::Kind::Int || V.K == IValue::Kind::Float) &&
      llvm::isa<PrimType>(It->second.Fields[0])) {
    IValue Inner = std::move(V);
    V.reset(IValue::Kind::Aggregate);
    V.Elems.push_back(std::move(Inner));
  }
  if (llvm::isa<PrimType>(T) && V.K == IValue::Kind::Aggregate &&
      V.Elems.size() == 1 &&
      (V.Elems[0].K == IValue::Kind::Int || V.Elems[0].K == IValue::Kind::Float)) {
    IValue Inner = std::move(V.Elems[0]);
    V = std::move(Inner);
  }
  if (V.K == IValue::Kind::Aggregate && V.Elems.size() == 1) {
    if (OneField)
      reinterpretReadAs(V.Elems[0], It->second.Fields[0]);
    return;
  }
  auto *P = llvm::dyn_cast<PrimType>(T);
  if (!P || (getDTypeBits(P->Elem) != 64 && getDTypeBits(P->Elem) != 32))
    return;
  unsigned Bits = getDTypeBits(P->Elem);
  if (isFloatDType(P->Elem) && V.K == IValue::Kind::Int &&
      llvm::all_of(V.Ints, [&](const llvm::APInt &I) { return I.getBitWidth() == Bits; })) {
    V.K = IValue::Kind::Float;
    V.Floats.clear();
    for (const llvm::APInt &I : V.Ints)
      V.Floats.push_back(Bits == 64 ? I.bitsToDouble() : double(I.bitsToFloat()));
    V.Ints.clear();
  } else if (!isFloatDType(P->Elem) && P->Elem != DType::Bool &&
             V.K == IValue::Kind::Float) {
    V.K = IValue::Kind::Int;
    V.Ints.clear();
    for (double D : V.Floats)
      V.Ints.push_back(Bits == 64 ? llvm::APInt::doubleToBits(D)
                                  : llvm::APInt::floatToBits(float(D)));
    V.Floats.clear();
  }
}

bool Interpreter::truthy(const IValue &V) {
  if (V.K == IValue::Kind::Int && !V.Ints.empty())
    return !V.Ints[0].isZero();
  if (V.K == IValue::Kind::Aggregate && V.Elems.size() == 1)
    return truthy(V.Elems[0]); // Bool
  return false;
}

IValue *Interpreter::deref(const IValue &Ptr, const cir::Expr *At) {
  if (Ptr.K == IValue::Kind::Pointer) {
    if (Ptr.InElems && Ptr.Target) {
      if (Ptr.Index >= 0 &&
          static_cast<uint64_t>(Ptr.Index) < Ptr.Target->Elems.size())
        return &Ptr.Target->Elems[Ptr.Index];
    } else if (Ptr.Block == 0 && Ptr.Target && Ptr.Index == 0) {
      return Ptr.Target;
    }
    if (Ptr.Block != 0 && Ptr.Block < Heap.size() && Heap[Ptr.Block] &&
        Ptr.Index >= 0 &&
        static_cast<uint64_t>(Ptr.Index) < Heap[Ptr.Block]->size())
      return &(*Heap[Ptr.Block])[Ptr.Index];
  }
  fail(At->Range, DiagID::err_comptime_bad_pointer,
       {current()});
  return nullptr;
}

const IValue *Interpreter::peek(const IValue &Ptr, int64_t Index) const {
  if (Ptr.K != IValue::Kind::Pointer)
    return nullptr;
  int64_t At = Ptr.Index + Index;
  if (Ptr.InElems && Ptr.Target)
    return At >= 0 && static_cast<uint64_t>(At) < Ptr.Target->Elems.size()
               ? &Ptr.Target->Elems[At]
               : nullptr;
  if (Ptr.Block == 0 || Ptr.Block >= Heap.size() || !Heap[Ptr.Block])
    return nullptr;
  auto &B = *Heap[Ptr.Block];
  return At >= 0 && static_cast<uint64_t>(At) < B.size() ? &B[At] : nullptr;
}

bool Interpreter::readBytes(const IValue &Ptr, int64_t Length,
                            std::string &Out) {
  if (Ptr.K != IValue::Kind::Pointer || Ptr.Block == 0 ||
      Ptr.Block >= Heap.size() || !Heap[Ptr.Block])
    return Length == 0;
  auto &B = *Heap[Ptr.Block];
  for (int64_t I = 0; I < Length; ++I) {
    int64_t At = Ptr.Index + I;
    if (At < 0 || static_cast<uint64_t>(At) >= B.size() ||
        B[At].K != IValue::Kind::Int || B[At].Ints.empty())
      return false;
    Out.push_back(static_cast<char>(B[At].Ints[0].getZExtValue()));
  }
  return true;
}

//===----------------------------------------------------------------------===//
// Running a function
//===----------------------------------------------------------------------===//

bool Interpreter::run(cir::Function *Fn, SourceRange W, IValue &Result) {
  Where = W;
  Frame F;
  F.Fn = Fn;
  F.Storage.resize(Fn->Locals.size());
  F.Slots.resize(Fn->Locals.size());
  for (size_t I = 0; I < Fn->Locals.size(); ++I) {
    F.Storage[I] = zeroOf(Fn->Locals[I]->Ty);
    F.Slots[I] = &F.Storage[I];
  }
  Stack.push_back(&F);
  uint64_t StepsBefore = Steps;
  uint64_t Start = Totals.Enabled ? threadNanos() : 0;
  ++Totals.Depth;
  Flow Fl = execList(Fn->Body, F);
  if (--Totals.Depth == 0 && Totals.Enabled)
    Totals.Nanos += threadNanos() - Start;
  ++Totals.Runs;
  Totals.Steps += Steps - StepsBefore;
  Stack.pop_back();
  if (Fl == Flow::Fail || Failed)
    return false;
  if (Fl == Flow::Raise)
    return fail(W, DiagID::err_comptime_raised, {Fn->DisplayName});
  Result = std::move(F.Result);
  return true;
}

bool Interpreter::call(const cir::Expr *E, Frame &Caller, IValue &Out) {
  cir::Function *Fn = E->Callee;
  if (!step(E->Range))
    return false;
  ++Totals.Calls;
  if (!Fn || !Fn->IsChecked || Fn->IsExternal)
    return fail(E->Range, DiagID::err_comptime_not_checked,
                {Fn ? Fn->DisplayName : std::string("?")});
  if (Stack.size() > Limits.MaxDepth)
    return fail(E->Range, DiagID::err_comptime_depth,
                {std::to_string(Limits.MaxDepth), current()});
  if (E->Ops.size() != Fn->Params.size())
    return fail(E->Range, DiagID::err_comptime_unsupported,
                {"this call (argument count)"});
  SitePlan Site = sitePlan(E, Caller.Fn);
  FnPlan &Plan = *Site.Callee;
  // A memberwise constructor runs without a frame, in as many steps (when
  // they stay within the budget; else the frame reports where it ran out).
  if (Plan.FieldInit && !Site.AnyByAddress &&
      Steps + Plan.BodySteps <= Limits.MaxSteps)
    return callFieldInit(E, Caller, Plan, Out);
  // The frame is reused by the next call at this depth once this one ends
  // (arguments are evaluated with it claimed: their calls get the next).
  Frame *F = &claimFrame();
  struct Release {
    unsigned &InUse;
    ~Release() { --InUse; }
  } Released{FramesInUse};
  F->Fn = Fn;
  F->CallSite = E->Range;
  // Storage only grows: a frame serves calls of every size at its depth.
  if (F->Storage.size() < Fn->Locals.size()) {
    F->Storage.resize(Fn->Locals.size());
    F->Slots.resize(Fn->Locals.size());
  }
  for (size_t I = 0; I < Fn->Locals.size(); ++I)
    F->Slots[I] = &F->Storage[I];
  uint64_t InPlace = Site.InPlace;
  for (size_t I = 0; I < E->Ops.size(); ++I) {
    cir::Local *P = Fn->Params[I];
    bool ByAddr = I < E->ArgByAddress.size() && E->ArgByAddress[I];
    if (ByAddr || (InPlace >> I & 1)) {
      IValue *Pl = place(E->Ops[I], Caller);
      if (!Pl)
        return false;
      F->Slots[P->Index] = Pl;
    } else if (!eval(E->Ops[I], Caller, F->Storage[P->Index])) {
      return false;
    }
  }
  // A call whose arguments are plain values (no pointers, nothing passed
  // by address) cannot see or change anything else: its result is
  // memoised by (function, arguments), so `fib(30)` runs in linear steps.
  // Calls that stay short (fewer than MemoMinSteps steps) are not
  // remembered, and a function whose first MemoProbeCalls calls all were
  // short is not looked up any more.
  constexpr uint64_t MemoMinSteps = 64;
  constexpr unsigned MemoProbeCalls = 4096;
  llvm::SmallString<128> Key;
  bool Pure = Memoize && !Site.AnyByAddress &&
              (Plan.Memo.AnyLong || Plan.Memo.Calls < MemoProbeCalls);
  if (Pure) {
    appendRaw(Key, Fn);
    for (cir::Local *P : Fn->Params)
      if (!P || !memoKey(*F->Slots[P->Index], Key)) {
        Pure = false;
        break;
      }
  }
  if (Pure) {
    auto It = Memo.find(Key.str());
    if (It != Memo.end()) {
      ++Totals.MemoHits;
      Out = It->second;
      return true;
    }
  }
  for (auto [I, Zero] : Plan.LocalZeros)
    if (Fn->OutParam && I == Fn->OutParam->Index)
      F->Storage[I] = *Zero;
    else
      F->Storage[I].reset();
  uint64_t StepsBefore = Steps;
  Stack.push_back(F);
  Flow Fl = execList(Fn->Body, *F);
  Stack.pop_back();
  bool Long = Steps - StepsBefore >= MemoMinSteps;
  ++Plan.Memo.Calls;
  Plan.Memo.AnyLong |= Long;
  if (Fl == Flow::Fail || Failed)
    return false;
  if (Fl == Flow::Raise) {
    // Propagated to the caller's `try`, or out of the evaluation.
    Raising = true;
    return false;
  }
  // The frame is done with: its result (or `out` value) moves out.
  if (Fl != Flow::Return && Fn->OutParam)
    Out = std::move(*F->Slots[Fn->OutParam->Index]);
  else if (Fl != Flow::Return)
    Out.reset();
  else
    Out = std::move(F->Result);
  if (Pure && Long && memoizable(Out))
    Memo.try_emplace(Key.str(), Out);
  return true;
}

bool Interpreter::callFieldInit(const cir::Expr *E, Frame &Caller,
                                const FnPlan &Plan, IValue &Out) {
  // Out is written only after the arguments are evaluated (they may read
  // what Out holds).
  IValue V = *Plan.InitZero;
  IValue Unused;
  for (size_t I = 0; I < E->Ops.size(); ++I) {
    int Field = Plan.FieldOfParam[I];
    if (!eval(E->Ops[I], Caller, Field >= 0 ? V.Elems[Field] : Unused))
      return false;
  }
  Steps += Plan.BodySteps;
  Out = std::move(V);
  return true;
}

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

Interpreter::Flow Interpreter::execList(const cir::StmtList &L, Frame &F) {
  for (const cir::Stmt *St : L) {
    Flow Fl = exec(St, F);
    if (Fl != Flow::Normal)
      return Fl;
  }
  return Flow::Normal;
}

/// Evaluation helper: a raise in a nested call surfaces as Flow::Raise.
#define EVAL_OR_FLOW(Expr, Out)                                                \
  do {                                                                         \
    if (!eval(Expr, F, Out))                                                   \
      return Raising && !Failed ? Flow::Raise : Flow::Fail;                    \
  } while (0)

Interpreter::Flow Interpreter::exec(const cir::Stmt *St, Frame &F) {
  if (!step(St->Range))
    return Flow::Fail;
  switch (St->Kind) {
  case cir::StmtKind::Eval: {
    IValue V;
    if (St->Value)
      EVAL_OR_FLOW(St->Value, V);
    return Flow::Normal;
  }
  case cir::StmtKind::Assign: {
    IValue V;
    EVAL_OR_FLOW(St->Value, V);
    IValue *P = place(St->Target, F);
    if (!P)
      return Flow::Fail;
    *P = std::move(V);
    return Flow::Normal;
  }
  case cir::StmtKind::If: {
    IValue C;
    EVAL_OR_FLOW(St->Cond, C);
    return execList(truthy(C) ? St->Body : St->Else, F);
  }
  case cir::StmtKind::Loop:
    for (;;) {
      // The temporaries the condition uses, made again before each test.
      if (!St->Prelude.empty()) {
        Flow Pre = execList(St->Prelude, F);
        if (Pre != Flow::Normal)
          return Pre;
      }
      if (St->Cond) {
        IValue C;
        EVAL_OR_FLOW(St->Cond, C);
        if (!truthy(C))
          return execList(St->Else, F);
      }
      Flow Fl = execList(St->Body, F);
      if (Fl == Flow::Break)
        return Flow::Normal;
      if (Fl == Flow::Continue || Fl == Flow::Normal) {
        if (!step(St->Range))
          return Flow::Fail;
        continue;
      }
      return Fl;
    }
  case cir::StmtKind::Break:
    return Flow::Break;
  case cir::StmtKind::Continue:
    return Flow::Continue;
  case cir::StmtKind::Return:
    if (St->Value)
      EVAL_OR_FLOW(St->Value, F.Result);
    else if (F.Fn->OutParam)
      F.Result = *F.Slots[F.Fn->OutParam->Index];
    else
      F.Result.reset(); // (frames are reused: no value from an earlier call)
    return Flow::Return;
  case cir::StmtKind::Raise:
    if (St->Value)
      EVAL_OR_FLOW(St->Value, Raised);
    return Flow::Raise;
  case cir::StmtKind::Try: {
    Flow Fl = execList(St->Body, F);
    if (Fl == Flow::Raise && St->HasHandler) {
      Raising = false;
      if (St->ErrorVar)
        *F.Slots[St->ErrorVar->Index] = Raised;
      Fl = execList(St->Handler, F);
    } else if (Fl == Flow::Normal) {
      Fl = execList(St->Else, F);
    }
    if (Fl == Flow::Fail)
      return Fl;
    Flow Fin = execList(St->Finally, F);
    return Fin != Flow::Normal ? Fin : Fl;
  }
  case cir::StmtKind::Block:
    return execList(St->Body, F);
  case cir::StmtKind::Destroy:
    // Values live in the interpreter's own storage: nothing to run.
    return Flow::Normal;
  }
  return Flow::Normal;
}

#undef EVAL_OR_FLOW

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

IValue *Interpreter::place(const cir::Expr *E, Frame &F) {
  // Variables and their fields, the common case, without the frame the
  // rest needs (placeSlow).
  if (E->Kind == cir::ExprKind::LocalRef && E->Var &&
      E->Var->Index < F.Slots.size())
    return F.Slots[E->Var->Index];
  if (E->Kind == cir::ExprKind::FieldRef) {
    IValue *Base = place(E->Ops[0], F);
    if (Base && Base->K == IValue::Kind::Aggregate &&
        E->Index < Base->Elems.size())
      return &Base->Elems[E->Index];
    return Base ? fieldOfUnset(E, *Base) : nullptr;
  }
  return placeSlow(E, F);
}

IValue *Interpreter::fieldOfUnset(const cir::Expr *E, IValue &Base) {
  // A field of a value not built yet (`self.x = x` in a constructor).
  Base = zeroCached(E->Ops[0]->Ty);
  if (E->Index >= Base.Elems.size()) {
    fail(E->Range, DiagID::err_comptime_unsupported, {"this field access"});
    return nullptr;
  }
  return &Base.Elems[E->Index];
}

IValue *Interpreter::placeSlow(const cir::Expr *E, Frame &F) {
  switch (E->Kind) {
  case cir::ExprKind::LocalRef:
    fail(E->Range, DiagID::err_comptime_unsupported, {"this variable"});
    return nullptr;
  case cir::ExprKind::Deref: {
    IValue P;
    if (!eval(E->Ops[0], F, P))
      return nullptr;
    return deref(P, E);
  }
  default:
    break;
  }
  // A value used where a place is needed: a temporary of this frame.
  auto *Tmp = new IValue();
  Temporaries.emplace_back(Tmp);
  if (!eval(E, F, *Tmp))
    return nullptr;
  return Tmp;
}

bool Interpreter::eval(const cir::Expr *E, Frame &F, IValue &Out) {
  // The most frequent kinds first, without the frame the others need.
  if (Failed)
    return false;
  switch (E->Kind) {
  case cir::ExprKind::LocalRef:
  case cir::ExprKind::FieldRef: {
    IValue *P = place(E, F);
    if (!P)
      return false;
    Out = *P;
    return true;
  }
  case cir::ExprKind::Call:
    return call(E, F, Out);
  case cir::ExprKind::Builtin:
    return builtin(E, F, Out);
  default:
    return evalOther(E, F, Out);
  }
}

bool Interpreter::evalOther(const cir::Expr *E, Frame &F, IValue &Out) {
  switch (E->Kind) {
  case cir::ExprKind::IntConst:
    Out.reset(IValue::Kind::Int);
    if (auto *P = llvm::dyn_cast<PrimType>(E->Ty)) {
      unsigned Bits = getDTypeBits(P->Elem);
      Out.Ints.assign(P->Width, E->Int.sextOrTrunc(Bits));
    } else {
      Out.Ints.push_back(E->Int); // IntLiteral: arbitrary precision
    }
    return true;
  case cir::ExprKind::FloatConst:
    Out.reset(IValue::Kind::Float);
    if (auto *P = llvm::dyn_cast<PrimType>(E->Ty))
      Out.Floats.assign(P->Width, E->Float);
    else
      Out.Floats.push_back(E->Float);
    return true;
  case cir::ExprKind::StringConst:
    Out.reset(IValue::Kind::String);
    Out.Str = E->Str;
    return true;
  case cir::ExprKind::NoneConst:
    Out.reset(IValue::Kind::None);
    return true;
  case cir::ExprKind::LocalRef:
  case cir::ExprKind::FieldRef:
  case cir::ExprKind::Deref: {
    IValue *P = place(E, F);
    if (!P)
      return false;
    Out = *P;
    if (E->Kind == cir::ExprKind::Deref)
      reinterpretReadAs(Out, E->Ty);
    return true;
  }
  case cir::ExprKind::FieldGet:
  case cir::ExprKind::TupleGet: {
    // A field of a variable (or of its field) is read in place: the rest
    // of the aggregate is not copied.
    auto Bad = [&] {
      return fail(E->Range, DiagID::err_comptime_unsupported,
                  {E->Kind == cir::ExprKind::FieldGet ? "this field access"
                                                      : "this tuple access"});
    };
    if (E->Ops[0]->Kind == cir::ExprKind::LocalRef ||
        E->Ops[0]->Kind == cir::ExprKind::FieldRef) {
      IValue *B = place(E->Ops[0], F);
      if (!B)
        return false;
      if (B->K != IValue::Kind::Aggregate || E->Index >= B->Elems.size())
        return Bad();
      Out = B->Elems[E->Index];
      return true;
    }
    IValue Tmp;
    if (!eval(E->Ops[0], F, Tmp))
      return false;
    if (Tmp.K != IValue::Kind::Aggregate || E->Index >= Tmp.Elems.size())
      return Bad();
    Out = std::move(Tmp.Elems[E->Index]);
    return true;
  }
  case cir::ExprKind::AddressOf: {
    IValue *P = place(E->Ops[0], F);
    if (!P)
      return false;
    Out.reset(IValue::Kind::Pointer);
    // A heap element keeps its block and index (so offsets work).
    if (auto It = BlockAt.upper_bound(P); It != BlockAt.begin()) {
      --It;
      const std::vector<IValue> &Block = *Heap[It->second];
      if (P < Block.data() + Block.size()) {
        Out.Block = It->second;
        Out.Index = P - Block.data();
        return true;
      }
    }
    Out.Target = P;
    // The address of a tuple or array as a pointer to its first element
    // (the arguments of a `*values: T` parameter): offsets walk Elems.
    if (auto *PT = llvm::dyn_cast<PointerType>(E->Ty);
        PT && PT->Pointee != E->Ops[0]->Ty &&
        (llvm::isa<TupleType>(E->Ops[0]->Ty) ||
         llvm::isa<ArrayType>(E->Ops[0]->Ty)) &&
        P->K == IValue::Kind::Aggregate)
      Out.InElems = true;
    return true;
  }
  case cir::ExprKind::StructInit:
  case cir::ExprKind::TupleInit: {
    // Built in Out itself (never a place the operands read): an aggregate
    // of the same shape there keeps its storage.
    if (Out.K != IValue::Kind::Aggregate || Out.Elems.size() != E->Ops.size()) {
      Out.reset(IValue::Kind::Aggregate);
      Out.Elems.resize(E->Ops.size());
    } else {
      Out.Ints.clear();
      Out.Floats.clear();
      Out.Block = 0;
      Out.Index = 0;
      Out.Target = nullptr;
      Out.InElems = false;
      Out.Str = llvm::StringRef();
    }
    for (size_t I = 0; I < E->Ops.size(); ++I)
      if (!eval(E->Ops[I], F, Out.Elems[I]))
        return false;
    return true;
  }
  case cir::ExprKind::Call:
    return call(E, F, Out);
  case cir::ExprKind::Builtin:
    return builtin(E, F, Out);
  case cir::ExprKind::And:
  case cir::ExprKind::Or: {
    IValue L;
    if (!eval(E->Ops[0], F, L))
      return false;
    bool IsAnd = E->Kind == cir::ExprKind::And;
    if (truthy(L) != IsAnd) {
      Out = std::move(L);
      return true;
    }
    return eval(E->Ops[1], F, Out);
  }
  case cir::ExprKind::Conditional: {
    IValue C;
    if (!eval(E->Ops[0], F, C))
      return false;
    return eval(E->Ops[truthy(C) ? 1 : 2], F, Out);
  }
  case cir::ExprKind::Error:
    return fail(E->Range, DiagID::err_comptime_unsupported, {"an invalid expression"});
  case cir::ExprKind::Copy:
  case cir::ExprKind::Move:
    // A copy or move of a value is the value itself here.
    return eval(E->Ops[0], F, Out);
  }
  return fail(E->Range, DiagID::err_comptime_unsupported, {"this expression"});
}

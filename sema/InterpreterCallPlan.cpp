//===- InterpreterCallPlan.cpp - What a call knows before it runs ---------===//
//
// Worked out at the first call of a function and at each call site, then
// cached: the zero values of the callee's locals, whether it is a
// memberwise constructor (run without a frame), and which arguments it
// reads in place. A by-value argument that is a variable (or a field of
// one) is not copied into the callee's frame when the callee only reads
// that parameter and nothing can write the variable meanwhile: the
// callee's slot addresses the caller's place.
//
//===----------------------------------------------------------------------===//
#include "sema/Interpreter.h"
#include "llvm/ADT/STLFunctionalExtras.h"

using namespace ignis;
using namespace ignis::sema;

/// The local a place expression (a variable or its fields) is rooted at.
static const cir::Local *placeRoot(const cir::Expr *E) {
  while (E->Kind == cir::ExprKind::FieldRef)
    E = E->Ops[0];
  return E->Kind == cir::ExprKind::LocalRef ? E->Var : nullptr;
}

/// Whether evaluating E could change a variable of the caller (a call, a
/// store, taking an address that a later builtin writes through).
static bool mayWrite(const cir::Expr *E) {
  switch (E->Kind) {
  case cir::ExprKind::Call:
  case cir::ExprKind::AddressOf:
    return true;
  case cir::ExprKind::Builtin:
    switch (E->Builtin) {
    case cir::BuiltinOp::Store:
    case cir::BuiltinOp::Free:
    case cir::BuiltinOp::ExternalCall:
      return true;
    default:
      break;
    }
    break;
  default:
    break;
  }
  for (const cir::Expr *Op : E->Ops)
    if (Op && mayWrite(Op))
      return true;
  return false;
}

namespace {
/// Collects the locals (bits by local index; those past 64 count as all)
/// a body writes, and those whose address may outlive the statement: taken
/// with `&`, or passed by address to a parameter whose address escapes
/// (`UnsafePointer(to=x)` keeps it; `x += 1` does not).
struct WrittenParams {
  llvm::function_ref<bool(const cir::Function *, size_t)> Escapes;
  uint64_t Written = 0;
  uint64_t AddressTaken = 0;

  static uint64_t bit(const cir::Local *L) {
    return L->Index < 64 ? uint64_t(1) << L->Index : ~uint64_t(0);
  }
  void mark(const cir::Expr *Place) {
    if (const cir::Local *L = Place ? placeRoot(Place) : nullptr)
      markLocal(L);
  }
  void markLocal(const cir::Local *L) {
    if (L)
      Written |= bit(L);
  }
  void expr(const cir::Expr *E) {
    if (!E)
      return;
    switch (E->Kind) {
    case cir::ExprKind::AddressOf:
      mark(E->Ops[0]);
      if (const cir::Local *L = placeRoot(E->Ops[0]))
        AddressTaken |= bit(L);
      break;
    case cir::ExprKind::Move:
      mark(E->Ops[0]);
      break;
    case cir::ExprKind::Call:
      for (size_t I = 0; I < E->Ops.size(); ++I)
        if (I < E->ArgByAddress.size() && E->ArgByAddress[I]) {
          mark(E->Ops[I]);
          const cir::Local *L = placeRoot(E->Ops[I]);
          if (L && Escapes(E->Callee, I))
            AddressTaken |= bit(L);
        }
      break;
    default:
      break;
    }
    for (const cir::Expr *Op : E->Ops)
      expr(Op);
  }
  void stmts(const cir::StmtList &L) {
    for (const cir::Stmt *S : L)
      stmt(S);
  }
  void stmt(const cir::Stmt *S) {
    if (S->Kind == cir::StmtKind::Assign)
      mark(S->Target);
    else if (S->Kind != cir::StmtKind::Destroy)
      expr(S->Target);
    expr(S->Value);
    expr(S->Cond);
    markLocal(S->ErrorVar);
    stmts(S->Prelude);
    stmts(S->Body);
    stmts(S->Else);
    stmts(S->Handler);
    stmts(S->Finally);
  }
};
} // namespace

/// Whether Fn's body only stores parameters into fields of its `out`
/// result, each parameter and field at most once.
void Interpreter::findFieldInit(const cir::Function &Fn, FnPlan &Plan) {
  if (!Fn.OutParam || Fn.Params.size() > 64)
    return;
  const IValue &Zero = zeroCached(Fn.OutParam->Ty);
  if (Zero.K != IValue::Kind::Aggregate)
    return;
  llvm::SmallVector<int, 4> FieldOf(Fn.Params.size(), -1);
  uint64_t FieldsSet = 0;
  for (const cir::Stmt *S : Fn.Body) {
    if (S->Kind == cir::StmtKind::Destroy)
      continue;
    if (S->Kind != cir::StmtKind::Assign || !S->Target || !S->Value)
      return;
    const cir::Expr *T = S->Target, *V = S->Value;
    if (T->Kind != cir::ExprKind::FieldRef ||
        T->Ops[0]->Kind != cir::ExprKind::LocalRef ||
        T->Ops[0]->Var != Fn.OutParam || T->Index >= Zero.Elems.size() ||
        T->Index >= 64 || (FieldsSet >> T->Index & 1) ||
        V->Kind != cir::ExprKind::LocalRef || !V->Var || !V->Var->IsParam)
      return;
    auto P = llvm::find(Fn.Params, V->Var);
    if (P == Fn.Params.end() || FieldOf[P - Fn.Params.begin()] >= 0)
      return;
    FieldOf[P - Fn.Params.begin()] = static_cast<int>(T->Index);
    FieldsSet |= uint64_t(1) << T->Index;
  }
  Plan.FieldInit = true;
  Plan.FieldOfParam = std::move(FieldOf);
  Plan.InitZero = &Zero;
  Plan.BodySteps = static_cast<unsigned>(Fn.Body.size());
}

Interpreter::FnPlan &Interpreter::fnPlan(const cir::Function *Fn) {
  if (auto It = FnPlans.find(Fn); It != FnPlans.end())
    return *It->second;
  auto Plan = std::make_unique<FnPlan>();
  // A callee's plan is worked out first (recursion: a function still being
  // worked out lets every address escape).
  PlansInProgress.insert(Fn);
  auto Escapes = [&](const cir::Function *Callee, size_t Arg) {
    if (!Callee || !Callee->IsChecked || Callee->IsExternal ||
        Arg >= Callee->Params.size() || PlansInProgress.count(Callee))
      return true;
    const cir::Local *P = Callee->Params[Arg];
    return !P || P->Index >= 64 ||
           (fnPlan(Callee).AddressTaken >> P->Index & 1) != 0;
  };
  WrittenParams W{Escapes};
  W.stmts(Fn->Body);
  PlansInProgress.erase(Fn);
  for (const cir::Local *P : Fn->Params)
    if (P && P->Index < 64 && !(W.Written & (uint64_t(1) << P->Index)) &&
        P != Fn->OutParam)
      Plan->ReadOnlyParams |= uint64_t(1) << P->Index;
  Plan->AddressTaken = W.AddressTaken;
  for (const cir::Local *L : Fn->Locals)
    if (!L->IsParam)
      Plan->LocalZeros.push_back({L->Index, &zeroCached(L->Ty)});
  findFieldInit(*Fn, *Plan);
  // (Not a reference taken above: callees' plans have grown FnPlans.)
  std::unique_ptr<FnPlan> &Slot = FnPlans[Fn];
  Slot = std::move(Plan);
  return *Slot;
}

/// Whether nothing but the caller's own statements can write L while a
/// call runs: a variable of the caller (not the caller's `mut` argument,
/// which lives elsewhere) whose address the caller never takes.
static bool privateToCaller(const cir::Local *L, uint64_t AddressTaken) {
  if (!L || L->Index >= 64 || (AddressTaken >> L->Index & 1))
    return false;
  if (!L->IsParam)
    return !L->IsRefBinding;
  switch (L->Convention) {
  case ArgConvention::Mut:
  case ArgConvention::Inout:
  case ArgConvention::Ref:
    return false;
  default:
    return true;
  }
}

Interpreter::SitePlan Interpreter::sitePlan(const cir::Expr *Call,
                                            const cir::Function *Caller) {
  auto It = SitePlans.find(Call);
  if (It != SitePlans.end())
    return It->second;
  const cir::Function *Fn = Call->Callee;
  SitePlan Site;
  uint64_t CallerTaken = Caller ? fnPlan(Caller).AddressTaken : ~uint64_t(0);
  Site.Callee = &fnPlan(Fn);
  if (Fn->Params.size() == Call->Ops.size() && Call->Ops.size() <= 64) {
    uint64_t ReadOnlyBits = Site.Callee->ReadOnlyParams;
    // An argument evaluated later must not change the place read in place
    // (the callee would see the later value, not the one passed), and the
    // callee must not be able to write it through another argument
    // (`f(&x, x)`).
    llvm::SmallPtrSet<const cir::Local *, 4> PassedByAddress;
    for (size_t I = 0; I < Call->Ops.size(); ++I)
      if (I < Call->ArgByAddress.size() && Call->ArgByAddress[I])
        PassedByAddress.insert(placeRoot(Call->Ops[I]));
    bool LaterWrites = false;
    for (size_t I = Call->Ops.size(); I-- > 0;) {
      const cir::Expr *A = Call->Ops[I];
      bool ByAddr = I < Call->ArgByAddress.size() && Call->ArgByAddress[I];
      const cir::Local *P = Fn->Params[I];
      const cir::Local *Root = placeRoot(A);
      if (!ByAddr && !LaterWrites && P && P->Index < 64 &&
          (ReadOnlyBits & (uint64_t(1) << P->Index)) &&
          privateToCaller(Root, CallerTaken) && !PassedByAddress.count(Root))
        Site.InPlace |= uint64_t(1) << I;
      LaterWrites |= ByAddr || mayWrite(A);
      Site.AnyByAddress |= ByAddr;
    }
  }
  SitePlans[Call] = Site;
  return Site;
}

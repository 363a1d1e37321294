//===- InterpreterCallPlan.cpp - Arguments read in place, not copied ------===//
//
// A by-value argument that is a variable (or a field of one) need not be
// copied into the callee's frame when the callee only reads that parameter:
// its slot addresses the caller's place, as a `read` argument is a
// reference in Mojo. Worked out once per function (which parameters its
// body never writes, moves from or takes the address of) and once per call
// site (which arguments qualify), then cached.
//
//===----------------------------------------------------------------------===//
#include "sema/Interpreter.h"

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
/// Collects the parameters (bits by local index) a body writes.
struct WrittenParams {
  uint64_t Written = 0;

  void mark(const cir::Expr *Place) {
    if (const cir::Local *L = Place ? placeRoot(Place) : nullptr)
      markLocal(L);
  }
  void markLocal(const cir::Local *L) {
    if (L && L->IsParam && L->Index < 64)
      Written |= uint64_t(1) << L->Index;
  }
  void expr(const cir::Expr *E) {
    if (!E)
      return;
    switch (E->Kind) {
    case cir::ExprKind::AddressOf:
    case cir::ExprKind::Move:
      mark(E->Ops[0]);
      break;
    case cir::ExprKind::Call:
      for (size_t I = 0; I < E->Ops.size(); ++I)
        if (I < E->ArgByAddress.size() && E->ArgByAddress[I])
          mark(E->Ops[I]);
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
  std::unique_ptr<FnPlan> &Slot = FnPlans[Fn];
  if (Slot)
    return *Slot;
  auto Plan = std::make_unique<FnPlan>();
  WrittenParams W;
  W.stmts(Fn->Body);
  for (const cir::Local *P : Fn->Params)
    if (P && P->Index < 64 && !(W.Written & (uint64_t(1) << P->Index)) &&
        P != Fn->OutParam)
      Plan->ReadOnlyParams |= uint64_t(1) << P->Index;
  for (const cir::Local *L : Fn->Locals)
    if (!L->IsParam)
      Plan->LocalZeros.push_back({L->Index, &zeroCached(L->Ty)});
  findFieldInit(*Fn, *Plan);
  Slot = std::move(Plan); // (nothing above adds to FnPlans)
  return *Slot;
}

Interpreter::SitePlan Interpreter::sitePlan(const cir::Expr *Call) {
  auto It = SitePlans.find(Call);
  if (It != SitePlans.end())
    return It->second;
  const cir::Function *Fn = Call->Callee;
  SitePlan Site;
  Site.Callee = &fnPlan(Fn);
  if (Fn->Params.size() == Call->Ops.size() && Call->Ops.size() <= 64) {
    uint64_t ReadOnlyBits = Site.Callee->ReadOnlyParams;
    // An argument evaluated later must not change the place read in place
    // (the callee would see the later value, not the one passed).
    bool LaterWrites = false;
    for (size_t I = Call->Ops.size(); I-- > 0;) {
      const cir::Expr *A = Call->Ops[I];
      bool ByAddr = I < Call->ArgByAddress.size() && Call->ArgByAddress[I];
      const cir::Local *P = Fn->Params[I];
      if (!ByAddr && !LaterWrites && P && P->Index < 64 &&
          (ReadOnlyBits & (uint64_t(1) << P->Index)) && placeRoot(A))
        Site.InPlace |= uint64_t(1) << I;
      LaterWrites |= ByAddr || mayWrite(A);
      Site.AnyByAddress |= ByAddr;
    }
  }
  SitePlans[Call] = Site;
  return Site;
}

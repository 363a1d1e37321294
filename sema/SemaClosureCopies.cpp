//===- SemaClosureCopies.cpp - Copying a closure value into a variable ----===//
//
// `var clone = tag` where tag was declared with the capture list `{var^}`
// (every outer value it uses moved into it): such a closure is Copyable
// when everything it owns is, and the copy is a closure value of its own.
// Each owned capture is copied at the assignment (its copy constructor
// runs there) into a hidden local of the function; reference captures
// (`{var^, mut n}`) are shared. `clone` is bound, like a nested `def`, to a
// ClosureInfo with those places, and gets an instance of the body whose own
// name is bound to the copy, so its calls pass its own environment and the
// copies are destroyed after its last call (Ownership.cpp). A copy, like
// the original, lives in the defining function: Mojo 1.0 has no escaping
// closures, so returning one stays an error.
//
//===----------------------------------------------------------------------===//
#include "sema/SemaImpl.h"

using namespace ignis;
using namespace ignis::sema;

/// Whether F's capture list has the `{var^}` default (a bare `^`, or `var`
/// with `^`, and no name).
static bool movesEverything(const FuncDecl *F) {
  for (const Capture &Cap : F->Captures)
    if (Cap.Name.Name.empty() && Cap.Transfer)
      return true;
  return false;
}

bool Sema::copyClosureInto(const NameExpr *Target, const Expr *Init,
                           SourceRange R, cir::StmtList &Out) {
  auto *N = llvm::dyn_cast_or_null<NameExpr>(Init);
  if (!N || !FS || !FS->Fn)
    return false;
  Symbol S = lookup(N->Name, N->getStartLoc());
  if (S.K != Symbol::Kind::Value || S.Value.K != ComptimeValue::Kind::Closure)
    return false;
  auto *C = static_cast<const ClosureInfo *>(S.Value.Ptr);
  if (!C->Definer)
    return false; // a module function: not a capturing closure
  SourceRange IR = Init->getRange();
  if (!movesEverything(C->Decl)) {
    Diags.report(IR, DiagID::err_closure_not_copyable) << N->Name;
    return true;
  }
  const std::vector<cir::Local *> *Src = closureEnvPlaces(C);
  if (!Src) {
    Diags.report(IR, DiagID::err_closure_outside_frame) << N->Name;
    return true;
  }
  for (size_t I = 0; I < C->Captured.size(); ++I)
    if (C->Owned[I] && !getLifecycle(C->Captured[I]->Ty).Copyable) {
      Diags.report(IR, DiagID::err_closure_capture_not_copyable)
          << N->Name << C->Names[I] << typeName(C->Captured[I]->Ty);
      return true;
    }

  auto Info = std::make_unique<ClosureInfo>();
  ClosureInfo *Copy = Info.get();
  Copy->Decl = C->Decl;
  Copy->Name = Target->Name.str() + "#" + std::to_string(Closures.size());
  Copy->Definer = FS->Fn;
  Copy->Id = Closures.size();
  Copy->Names = C->Names;
  Copy->Owned = C->Owned;
  Copy->ReadOnly = C->ReadOnly;
  Copy->BoundParams = C->BoundParams;
  Closures.push_back(std::move(Info));
  for (size_t I = 0; I < C->Captured.size(); ++I) {
    cir::Local *From = (*Src)[I];
    if (!C->Owned[I]) {
      Copy->Captured.push_back(From);
      continue;
    }
    cir::Expr *Ref = makeLocalRef(From, IR);
    const cir::Program::Lifecycle &LC = getLifecycle(From->Ty);
    cir::Expr *V = LC.TrivialCopy && !LC.NeedsDestroy ? Ref : makeCopy(Ref, IR);
    cir::Local *Place = newLocal(C->Names[I], From->Ty, Target->getStartLoc());
    cir::Stmt *A = makeStmt(cir::StmtKind::Assign, R);
    A->Target = makeLocalRef(Place, IR);
    A->Value = V;
    Out.insert(Out.end(), FS->Pending.begin(), FS->Pending.end());
    FS->Pending.clear();
    Out.push_back(A);
    Copy->Captured.push_back(Place);
  }
  // Its instances see the copy under the body's own name (recursion), and
  // take its environment where they took the original's.
  for (const ClosureInfo *D : C->Deps)
    Copy->Deps.push_back(D == C ? Copy : D);
  Copy->Ctx = C->Ctx;
  ComptimeValue V = ComptimeValue::makeClosure(Copy, AST.copyString(Copy->Name));
  Copy->Ctx.Params[C->Decl->Name.Name] = V;
  FS->LocalCtx.Params[Target->Name] = V;
  return true;
}

//===- SemaWith.cpp - `with` statements and their context managers --------===//
//
// `with ctx as x: body` enters ctx, runs body, and always exits ctx. A
// context manager with only `__exit__(self)` gets it in a `finally`. One
// that also has `__exit__(self, error) -> Bool` sees the error the body
// raises and decides: True swallows it (`assert_raises`), False lets it go
// on; an `__exit__[E](self, err: E)` generic over the error's type gets a
// typed error as itself (the body's error type). Several items nest: `with a, b: body` is `with a: with b: body`.
//
//   x = ctx.__enter__()
//   try:
//       body
//   except $err:
//       $failed = True
//       if not ctx.__exit__($err): raise $err
//   finally:
//       if not $failed: ctx.__exit__()
//
//===----------------------------------------------------------------------===//
#include "sema/SemaImpl.h"

using namespace ignis;
using namespace ignis::sema;

/// Pending statements (temporaries) go before S, as one source statement.
static void emitWith(Sema &Se, cir::StmtList &Out, cir::Stmt *S) {
  for (size_t I = 0; I < Se.FS->Pending.size(); ++I)
    Se.FS->Pending[I]->Grouped = S || I + 1 < Se.FS->Pending.size();
  Out.insert(Out.end(), Se.FS->Pending.begin(), Se.FS->Pending.end());
  Se.FS->Pending.clear();
  if (S)
    Out.push_back(S);
}

/// Whether T has an `__exit__` that takes the raised error.
static bool exitTakesError(Sema &Se, Type T) {
  for (const FuncDecl *F : Se.findMethods(T, "__exit__")) {
    size_t Args = 0;
    for (const ParamDecl &P : F->Args.Params)
      if (P.Convention != ArgConvention::Out)
        ++Args;
    if (Args >= 2) // self and the error
      return true;
  }
  return false;
}

/// Whether T's error-taking `__exit__` is generic over the error's type
/// (`__exit__[E: AnyType](self, err: E) -> Bool`): then the body keeps its
/// own error type (a typed error reaches it as itself), else it is an Error.
static bool exitTakesTypedError(Sema &Se, Type T) {
  for (const FuncDecl *F : Se.findMethods(T, "__exit__")) {
    size_t Args = 0;
    for (const ParamDecl &P : F->Args.Params)
      if (P.Convention != ArgConvention::Out)
        ++Args;
    if (Args >= 2 && !F->Params.Params.empty())
      return true;
  }
  return false;
}

void Sema::checkWithItems(const WithStmt *W, size_t Index, SourceRange R,
                          cir::StmtList &Out) {
  if (Index == W->Items.size()) {
    checkBlock(W->Body, Out);
    return;
  }
  const WithItem &I = W->Items[Index];
  cir::Expr *Ctx = materializeToPlace(checkExpr(I.Context));
  if (Ctx->Ty->isError()) {
    checkWithItems(W, Index + 1, R, Out);
    return;
  }
  CallArgs NoArgs;
  NoArgs.CallRange = I.Context->getRange();
  cir::Expr *Entered =
      callMethod(Ctx, "__enter__", NoArgs, I.Context->getRange());
  if (I.Target)
    checkAssign(I.Target, Entered, I.Context->getRange(), Out, true);
  else if (!Entered->Ty->isError() &&
           Entered->Kind != cir::ExprKind::NoneConst) {
    cir::Stmt *E = makeStmt(cir::StmtKind::Eval, R);
    E->Value = Entered;
    emitWith(*this, Out, E);
  }
  emitWith(*this, Out, nullptr);

  auto CallExit = [&](cir::Local *Error) {
    CallArgs Args;
    Args.CallRange = R;
    if (Error) {
      Args.Values.push_back(makeLocalRef(Error, R));
      Args.Names.push_back("");
      Args.Ranges.push_back(R);
    }
    return callMethod(Ctx, "__exit__", Args, R);
  };
  cir::Stmt *T = makeStmt(cir::StmtKind::Try, R);
  if (!exitTakesError(*this, Ctx->Ty) || !Prog.ErrorType) {
    checkWithItems(W, Index + 1, R, T->Body);
    cir::Stmt *E = makeStmt(cir::StmtKind::Eval, R);
    E->Value = CallExit(nullptr);
    T->Finally.push_back(E);
    Out.push_back(T);
    return;
  }

  Type I1 = Types.getPrim(DType::Bool);
  auto Flag = [&](bool V) {
    cir::Expr *C = makeExpr(cir::ExprKind::IntConst, I1, R);
    C->Int = llvm::APInt(1, V ? 1 : 0);
    return C;
  };
  cir::Local *Failed = newLocal("$with_failed", I1, R.Begin);
  cir::Stmt *Init = makeStmt(cir::StmtKind::Assign, R);
  Init->Target = makeLocalRef(Failed, R);
  Init->Value = Flag(false);
  Out.push_back(Init);

  bool Typed = exitTakesTypedError(*this, Ctx->Ty);
  if (Typed)
    FS->ErrorScopes.emplace_back(); // settles on what the body raises
  else
    FS->ErrorScopes.push_back({Prog.ErrorType, /*Fixed=*/true, R});
  checkWithItems(W, Index + 1, R, T->Body);
  Type Caught = Prog.ErrorType;
  if (Typed && FS->ErrorScopes.back().Ty)
    Caught = FS->ErrorScopes.back().Ty;
  FS->ErrorScopes.pop_back();
  if (Caught != Prog.ErrorType)
    T->ErrorTy = Caught;

  // except $err: $failed = True; if not ctx.__exit__($err): raise $err
  T->HasHandler = true;
  T->ErrorVar = newLocal("$with_error", Caught, R.Begin);
  cir::Stmt *Set = makeStmt(cir::StmtKind::Assign, R);
  Set->Target = makeLocalRef(Failed, R);
  Set->Value = Flag(true);
  T->Handler.push_back(Set);
  cir::Expr *Swallowed = CallExit(T->ErrorVar);
  if (!Swallowed->Ty->isError()) {
    cir::Expr *Not = makeExpr(cir::ExprKind::Builtin, I1, R);
    Not->Builtin = cir::BuiltinOp::Invert;
    Not->Ops.push_back(unwrapBool(toBool(Swallowed)));
    cir::Stmt *If = makeStmt(cir::StmtKind::If, R);
    If->Cond = Not;
    cir::Stmt *Raise = makeStmt(cir::StmtKind::Raise, R);
    Raise->Value =
        Caught == Prog.ErrorType
            ? consumeValue(makeLocalRef(T->ErrorVar, R), R, /*AllowMove=*/true)
            : convertRaisedValue(makeLocalRef(T->ErrorVar, R), R);
    If->Body.push_back(Raise);
    emitWith(*this, T->Handler, If);
  }

  // finally: if not $failed: ctx.__exit__()
  cir::Stmt *Exit = makeStmt(cir::StmtKind::Eval, R);
  Exit->Value = CallExit(nullptr);
  cir::Expr *NotFailed = makeExpr(cir::ExprKind::Builtin, I1, R);
  NotFailed->Builtin = cir::BuiltinOp::Invert;
  NotFailed->Ops.push_back(makeLocalRef(Failed, R));
  cir::Stmt *If = makeStmt(cir::StmtKind::If, R);
  If->Cond = NotFailed;
  If->Body.push_back(Exit);
  emitWith(*this, T->Finally, If);
  Out.push_back(T);
}

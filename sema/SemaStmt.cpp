//===- SemaStmt.cpp - Statements and function bodies ----------------------===//
#include "sema/SemaImpl.h"
#include "sema/ComptimeForRolled.h"
#include "llvm/Support/Path.h"
#include <functional>

using namespace ignis;
using namespace ignis::sema;

cir::Stmt *Sema::makeStmt(cir::StmtKind K, SourceRange R) {
  return Prog.create<cir::Stmt>(K, R);
}

cir::Local *Sema::newLocal(llvm::StringRef Name, Type Ty, SourceLoc Loc) {
  auto *L = Prog.create<cir::Local>();
  L->Name = Name;
  L->Ty = Ty;
  L->Loc = Loc;
  L->Index = FS->Fn->Locals.size();
  FS->Fn->Locals.push_back(L);
  if (Opts.Index)
    indexLocal(L);
  return L;
}

cir::Local *Sema::declareLocal(llvm::StringRef Name, Type Ty, SourceLoc Loc) {
  cir::Local *L = newLocal(Name, Ty, Loc);
  FS->Scopes.back()[Name] = L;
  return L;
}

void Sema::noteRaisingCall(cir::Function *Callee, SourceRange R) {
  if (!FS || !FS->Fn || FS->Fn->Raises || FS->TryDepth > 0)
    return;
  Diags.report(R, DiagID::err_unhandled_raises)
      << Callee->DisplayName << FS->Fn->DisplayName;
  Diags.report(FS->Fn->Loc, DiagID::note_add_raises) << FS->Fn->DisplayName;
}

bool Sema::blockAlwaysReturns(const cir::StmtList &L) {
  for (const cir::Stmt *S : L) {
    switch (S->Kind) {
    case cir::StmtKind::Return:
    case cir::StmtKind::Raise:
      return true;
    case cir::StmtKind::Eval:
      if (S->Value && S->Value->Ty->getKind() == TypeKind::Never)
        return true;
      break;
    case cir::StmtKind::If:
      if (blockAlwaysReturns(S->Body) && blockAlwaysReturns(S->Else))
        return true;
      break;
    case cir::StmtKind::Block:
      if (blockAlwaysReturns(S->Body))
        return true;
      break;
    case cir::StmtKind::Loop: {
      // `while True:` without break never falls through.
      const cir::Expr *C = S->Cond;
      bool AlwaysTrue = C && C->Kind == cir::ExprKind::IntConst && C->Int.isOne();
      std::function<bool(const cir::StmtList &)> HasBreak =
          [&](const cir::StmtList &B) {
            for (const cir::Stmt *T : B) {
              if (T->Kind == cir::StmtKind::Break)
                return true;
              if (T->Kind != cir::StmtKind::Loop &&
                  (HasBreak(T->Body) || HasBreak(T->Else) ||
                   HasBreak(T->Handler) || HasBreak(T->Finally)))
                return true;
            }
            return false;
          };
      if (AlwaysTrue && !HasBreak(S->Body))
        return true;
      break;
    }
    case cir::StmtKind::Try:
      if (blockAlwaysReturns(S->Finally) ||
          (blockAlwaysReturns(S->Body) &&
           (!S->HasHandler || blockAlwaysReturns(S->Handler))))
        return true;
      break;
    default:
      break;
    }
  }
  return false;
}

static bool isReadOnlyConvention(ArgConvention C) {
  return C == ArgConvention::Default || C == ArgConvention::Read ||
         C == ArgConvention::Imm || C == ArgConvention::Borrowed;
}

void Sema::checkFunctionBody(cir::Function *Fn, const FuncDecl *F,
                             const InstContext &Ctx) {
  FunctionState St;
  St.Fn = Fn;
  St.LocalCtx = Ctx;
  St.Ctx = &St.LocalCtx;
  St.Scopes.emplace_back();
  for (cir::Local *L : Fn->Params) {
    St.Scopes[0][L->Name] = L;
    if (Opts.Index)
      indexLocal(L);
    if (isReadOnlyConvention(L->Convention) || ReadOnlyCaptures.count(L))
      St.ReadOnly[L] = true;
  }
  if (Fn->OutParam)
    St.Scopes[0][Fn->OutParam->Name] = Fn->OutParam;
  FunctionState *Saved = FS;
  FS = &St;
  // A body the compile-time interpreter needs is a real instance, even
  // while a generic body is checked with opaque parameters.
  OpaqueState *SavedOpaque = Opaque;
  if (ComptimeEvalDepth > 0)
    Opaque = nullptr;
  checkBlock(F->Body, Fn->Body);
  Opaque = SavedOpaque;
  FS = Saved;
  Fn->IsChecked = true;
  Type R = Fn->Result;
  if (!Fn->OutParam && R->getKind() != TypeKind::NoneType && !R->isError() &&
      R->getKind() != TypeKind::Never && !blockAlwaysReturns(Fn->Body))
    Diags.report(F->Name.getRange(), DiagID::err_missing_return)
        << Fn->DisplayName << typeName(R);
}

void Sema::checkBlock(Block B, cir::StmtList &Out) {
  FS->Scopes.emplace_back();
  for (const Stmt *S : B) {
    if (Diags.hasReachedErrorLimit())
      break;
    checkStmt(S, Out);
    // After a `comptime if` whose taken branch always returns, the rest of
    // the block is dead for this instance and is not checked (so it may
    // name what only the other branch could instantiate).
    if (auto *I = llvm::dyn_cast<IfStmt>(S);
        I && I->Comptime != ComptimeSpelling::None && !Out.empty() &&
        Out.back()->Kind == cir::StmtKind::Block &&
        blockAlwaysReturns(Out.back()->Body))
      break;
  }
  FS->Scopes.pop_back();
}

/// Appends the pending statements an expression produced, then S.
static void emit(Sema &Se, cir::StmtList &Out, cir::Stmt *S) {
  // One source statement: values the pending parts end are destroyed after
  // the whole statement, not between its parts.
  for (size_t I = 0; I < Se.FS->Pending.size(); ++I)
    Se.FS->Pending[I]->Grouped = S || I + 1 < Se.FS->Pending.size();
  Out.insert(Out.end(), Se.FS->Pending.begin(), Se.FS->Pending.end());
  Se.FS->Pending.clear();
  if (S)
    Out.push_back(S);
}

/// The local at the root of a place (`self` in `self.x.y`), if any.
static cir::Local *rootLocal(cir::Expr *P) {
  while (P && (P->Kind == cir::ExprKind::FieldRef))
    P = P->Ops[0];
  return P && P->Kind == cir::ExprKind::LocalRef ? P->Var : nullptr;
}

void Sema::checkAssign(const Expr *Target, cir::Expr *Value, SourceRange R,
                       cir::StmtList &Out, bool AllowDeclare) {
  if (Value->Ty->isError())
    return;
  if (auto *B = llvm::dyn_cast<BindingExpr>(Target)) {
    if (B->Convention == ArgConvention::Ref) {
      bindRef(B->Name, Value, R, Out);
      return;
    }
    // `var x` in a target declares x anew in this scope.
    cir::Expr *V = consumeValue(materialize(Value), Value->Range);
    FS->Scopes.back().erase(B->Name.Name);
    cir::Local *L = declareLocal(B->Name.Name, V->Ty, B->Name.Loc);
    cir::Stmt *A = makeStmt(cir::StmtKind::Assign, R);
    A->Target = makeLocalRef(L, B->Name.getRange());
    A->Value = V;
    emit(*this, Out, A);
    return;
  }
  if (auto *N = llvm::dyn_cast<NameExpr>(Target)) {
    if (N->Name == "_") {
      // `_ = x` of a variable or field: a read that keeps x alive until
      // here, never a copy (x may not be implicitly copyable).
      if (Value->isPlace() && !getLifecycle(Value->Ty).ImplicitlyCopyable) {
        cir::Stmt *E = makeStmt(cir::StmtKind::Eval, R);
        E->Value = Value;
        emit(*this, Out, E);
        return;
      }
      // `_ = f()`: the value is discarded (a fresh unnamed local, destroyed
      // after its last use, which is here).
      cir::Expr *V = consumeValue(materialize(Value), Value->Range);
      cir::Local *L = newLocal("_", V->Ty, N->getStartLoc());
      cir::Stmt *A = makeStmt(cir::StmtKind::Assign, R);
      A->Target = makeLocalRef(L, N->getRange());
      A->Value = V;
      emit(*this, Out, A);
      return;
    }
    Symbol S = lookup(N->Name, N->getStartLoc());
    // A name of a module, type or function assigned in a function body
    // declares a local that shadows it from here on (`grid = grid.Grid()`:
    // the value is checked first, so it still sees the module).
    bool Shadows = FS && (S.K == Symbol::Kind::Module ||
                          S.K == Symbol::Kind::Struct ||
                          S.K == Symbol::Kind::Trait ||
                          S.K == Symbol::Kind::Overloads);
    if ((S.K == Symbol::Kind::None || Shadows) && AllowDeclare) {
      cir::Expr *V = consumeValue(materialize(Value), Value->Range);
      cir::Local *L = declareLocal(N->Name, V->Ty, N->getStartLoc());
      cir::Stmt *A = makeStmt(cir::StmtKind::Assign, R);
      A->Target = makeLocalRef(L, N->getRange());
      A->Value = V;
      emit(*this, Out, A);
      return;
    }
    if (S.K != Symbol::Kind::Local) {
      Diags.report(Target->getRange(), DiagID::err_assign_to_non_place);
      return;
    }
  }
  if (auto *T = llvm::dyn_cast<TupleExpr>(Target)) {
    auto *TT = llvm::dyn_cast<TupleType>(Value->Ty);
    if (!TT || TT->Elements.size() != T->Elements.size()) {
      Diags.report(R, DiagID::err_type_mismatch)
          << typeName(Value->Ty)
          << ("a tuple of " + std::to_string(T->Elements.size()) + " values");
      return;
    }
    // The elements move out of the tuple: it is not destroyed itself.
    cir::Expr *Tmp = materializeToPlace(consumeValue(Value, Value->Range));
    if (Tmp->Kind == cir::ExprKind::LocalRef && Tmp != Value)
      Tmp->Var->NoDestroy = true;
    emit(*this, Out, nullptr);
    for (size_t I = 0; I < T->Elements.size(); ++I) {
      cir::Expr *Get = makeExpr(cir::ExprKind::TupleGet, TT->Elements[I], R);
      Get->Ops.push_back(Tmp);
      Get->Index = I;
      checkAssign(T->Elements[I], Get, R, Out, AllowDeclare);
    }
    return;
  }
  if (auto *S = llvm::dyn_cast<SubscriptExpr>(Target)) {
    cir::Expr *Base = checkExpr(S->Base);
    if (Base->Ty->isError())
      return;
    if (findMethods(Base->Ty, "__setitem__").empty() &&
        !findMethods(Base->Ty, "__getitem__").empty()) {
      // `x[i] = v` through a `__getitem__` that returns a reference.
      cir::Expr *Place = checkExpr(Target);
      if (Place->Ty->isError())
        return;
      if (!Place->isPlace()) {
        Diags.report(Target->getRange(), DiagID::err_no_member)
            << typeName(Base->Ty) << "__setitem__";
        return;
      }
      cir::Stmt *A = makeStmt(cir::StmtKind::Assign, R);
      A->Target = Place;
      A->Value = consumeValue(convert(Value, Place->Ty, Value->Range), Value->Range);
      emit(*this, Out, A);
      return;
    }
    CallArgs Args;
    Args.CallRange = R;
    for (const Argument &A : S->Args) {
      Args.Values.push_back(checkExpr(A.Value));
      Args.Names.push_back(A.TheForm == Argument::Form::Keyword ? A.Name.Name
                                                                : llvm::StringRef());
      Args.Ranges.push_back(A.Range);
    }
    Args.Values.push_back(Value);
    Args.Names.push_back("");
    Args.Ranges.push_back(Value->Range);
    cir::Stmt *E = makeStmt(cir::StmtKind::Eval, R);
    E->Value = callMethod(Base, "__setitem__", Args, R);
    emit(*this, Out, E);
    return;
  }
  cir::Expr *Place = checkExpr(Target);
  if (Place->Ty->isError())
    return;
  assignToPlace(Target, Place, Value, R, Out);
}

void Sema::assignToPlace(const Expr *Target, cir::Expr *Place,
                         cir::Expr *Value, SourceRange R, cir::StmtList &Out) {
  if (!Place->isPlace()) {
    Diags.report(Target->getRange(), DiagID::err_assign_to_non_place);
    return;
  }
  if (cir::Local *Root = rootLocal(Place); Root && FS->ReadOnly.lookup(Root)) {
    Diags.report(Target->getRange(), DiagID::err_assign_to_read_arg) << Root->Name;
    Diags.report(Root->Loc, DiagID::note_make_mutable) << Root->Name;
    return;
  }
  cir::Stmt *A = makeStmt(cir::StmtKind::Assign, R);
  A->Target = Place;
  A->Value = consumeValue(convert(Value, Place->Ty, Value->Range), Value->Range);
  emit(*this, Out, A);
}

static llvm::StringRef augmentedDunder(BinaryOp Op, llvm::StringRef &Plain,
                                       llvm::StringRef &Spelling) {
  Spelling = getSpelling(Op);
  switch (Op) {
  case BinaryOp::Add: Plain = "__add__"; return "__iadd__";
  case BinaryOp::Sub: Plain = "__sub__"; return "__isub__";
  case BinaryOp::Mul: Plain = "__mul__"; return "__imul__";
  case BinaryOp::Div: Plain = "__truediv__"; return "__itruediv__";
  case BinaryOp::FloorDiv: Plain = "__floordiv__"; return "__ifloordiv__";
  case BinaryOp::Mod: Plain = "__mod__"; return "__imod__";
  case BinaryOp::Pow: Plain = "__pow__"; return "__ipow__";
  case BinaryOp::MatMul: Plain = "__matmul__"; return "__imatmul__";
  case BinaryOp::Shl: Plain = "__lshift__"; return "__ilshift__";
  case BinaryOp::Shr: Plain = "__rshift__"; return "__irshift__";
  case BinaryOp::BitAnd: Plain = "__and__"; return "__iand__";
  case BinaryOp::BitOr: Plain = "__or__"; return "__ior__";
  case BinaryOp::BitXor: Plain = "__xor__"; return "__ixor__";
  default: Plain = ""; return "";
  }
}

/// The loop over an iterator whose `__next__` raises at the end (Mojo 1.0's
/// Iterator): `while True: try: $next = it.__next__() except: $done = True;
/// break`, then the target takes `$next^`; the `else` block runs after the
/// loop when $done (the loop ended by running out, not by a `break`). The
/// raise never leaves the loop, so no `raises` is needed.
cir::Expr *Sema::checkRaisingNext(cir::Local *It, SourceRange R,
                                  cir::Stmt *Loop, cir::Local *&Done) {
  Type I1 = Types.getPrim(DType::Bool);
  auto Flag = [&](bool V) {
    cir::Expr *C = makeExpr(cir::ExprKind::IntConst, I1, R);
    C->Int = llvm::APInt(1, V ? 1 : 0);
    return C;
  };
  cir::Stmt *T = makeStmt(cir::StmtKind::Try, R);
  ++FS->TryDepth;
  FS->ErrorScopes.emplace_back();
  CallArgs A;
  A.CallRange = R;
  cir::Expr *Call = callMethod(makeLocalRef(It, R), "__next__", A, R);
  Type Caught = Prog.ErrorType;
  if (Type Ty = FS->ErrorScopes.back().Ty)
    Caught = Ty;
  FS->ErrorScopes.pop_back();
  --FS->TryDepth;
  Loop->Cond = Flag(true);
  if (Call->Ty->isError()) {
    FS->Pending.clear();
    return Call;
  }
  // Only StopIteration ends the loop; any other error would be swallowed.
  if (Type Stop = getPreludeStruct("StopIteration"); Stop && Caught != Stop) {
    Diags.report(R, DiagID::err_next_raises_other)
        << typeName(It->Ty) << (Caught ? typeName(Caught) : "Error");
    FS->Pending.clear();
    return Call; // the body is still checked (no code is generated)
  }
  Done = newLocal("$done", I1, R.Begin);
  cir::Local *Value = newLocal("$next", Call->Ty, R.Begin);
  cir::Stmt *Set = makeStmt(cir::StmtKind::Assign, R);
  Set->Target = makeLocalRef(Value, R);
  Set->Value = consumeValue(Call, R, /*AllowMove=*/true);
  T->Body.insert(T->Body.end(), FS->Pending.begin(), FS->Pending.end());
  FS->Pending.clear();
  T->Body.push_back(Set);
  if (Caught != Prog.ErrorType)
    T->ErrorTy = Caught;
  T->HasHandler = true;
  if (Caught)
    T->ErrorVar = newLocal("$stop", Caught, R.Begin);
  cir::Stmt *Yes = makeStmt(cir::StmtKind::Assign, R);
  Yes->Target = makeLocalRef(Done, R);
  Yes->Value = Flag(true);
  T->Handler.push_back(Yes);
  T->Handler.push_back(makeStmt(cir::StmtKind::Break, R));
  Loop->Body.push_back(T);
  return consumeValue(makeLocalRef(Value, R), R, /*AllowMove=*/true);
}

/// A long `comptime for i in range(...)` whose target is only passed as a
/// runtime call argument is checked as a runtime loop (ComptimeForRolled.h).
static bool keepComptimeForRolled(const SourceManager &SM, const ForStmt *F,
                                  llvm::ArrayRef<ComptimeValue> Values) {
  if (Values.size() < ComptimeForRollThreshold || !F->Else.empty())
    return false;
  for (const ComptimeValue &V : Values)
    if (V.K != ComptimeValue::Kind::Int)
      return false;
  auto *Call = llvm::dyn_cast<CallExpr>(F->Iter);
  auto *Callee = Call ? llvm::dyn_cast<NameExpr>(Call->Callee) : nullptr;
  auto *Target = llvm::dyn_cast<NameExpr>(F->Target);
  if (!Callee || Callee->Name != "range" || !Target ||
      F->Binding != ArgConvention::Default)
    return false;
  llvm::StringRef Body =
      SM.getText(SourceRange(F->Iter->getRange().End, F->getRange().End));
  return comptimeForTargetIsRuntimeOnly(Body, Target->Name);
}

void Sema::checkFor(const ForStmt *F, cir::StmtList &Out) {
  SourceRange R = F->getRange();
  if (F->Comptime != ComptimeSpelling::None) {
    if (F->Comptime == ComptimeSpelling::ParameterDecorator)
      Diags.report(R.Begin, DiagID::warn_parameter_deprecated);
    // Unrolled over compile-time values (InterpreterSema.cpp).
    auto *Target = llvm::dyn_cast<NameExpr>(F->Target);
    llvm::SmallVector<ComptimeValue, 8> Values;
    if (!Target) {
      Diags.report(F->Target->getRange(), DiagID::err_unsupported)
          << "this 'comptime for' target (only a name)";
      return;
    }
    bool Known = !isOpaqueDependent(F->Iter) &&
                 comptimeForValues(F->Iter, *FS->Ctx, Values);
    if (checkOpaqueComptimeFor(F, Target->Name, Known)) // SemaGenericCheck.cpp
      return;
    if (!Known)
      return;
    if (keepComptimeForRolled(SM, F, Values))
      goto RuntimeLoop; // same meaning, one copy of the body
    ComptimeValue Old = FS->LocalCtx.Params.lookup(Target->Name);
    for (const ComptimeValue &V : Values) {
      FS->LocalCtx.Params[Target->Name] = V;
      cir::Stmt *B = makeStmt(cir::StmtKind::Block, R);
      checkBlock(F->Body, B->Body);
      Out.push_back(B);
    }
    if (Old.isValid())
      FS->LocalCtx.Params[Target->Name] = Old;
    else
      FS->LocalCtx.Params.erase(Target->Name);
    return;
  }
RuntimeLoop:
  // for x in seq: -> var it = seq.__iter__(); while it.__has_next__():
  //                      x = it.__next__(); body
  cir::Expr *Seq = checkExpr(F->Iter);
  if (auto *N = llvm::dyn_cast<NameExpr>(F->Iter)) {
    // `for v in values` over a variadic parameter `*values: Int`.
    Symbol Sym = lookup(N->Name, N->getStartLoc());
    if (Sym.K == Symbol::Kind::Value &&
        Sym.Value.K == ComptimeValue::Kind::List) {
      if (Sym.Value.Count == 0) { // no values: the body never runs
        checkBlock(F->Else, Out);
        return;
      }
      if (cir::Expr *A = tupleAsArray(materialize(Seq), F->Iter->getRange()))
        Seq = A;
    }
  }
  Seq = materialize(Seq);
  // `__iter__(var self)` takes a temporary sequence as it is (an owning
  // iterator); others borrow it, kept alive for the loop.
  bool OwnedIter = false;
  if (!Seq->isPlace() && !Seq->Ty->isError()) {
    auto Iters = findMethods(Seq->Ty, "__iter__");
    OwnedIter = Iters.size() == 1 && !Iters[0]->Args.Params.empty() &&
                (Iters[0]->Args.Params[0].Convention == ArgConvention::Var ||
                 Iters[0]->Args.Params[0].Convention == ArgConvention::Owned);
  }
  if (!OwnedIter)
    Seq = borrowValue(Seq);
  if (Seq->Ty->isError())
    return;
  CallArgs NoArgs;
  NoArgs.CallRange = F->Iter->getRange();
  cir::Expr *Iter = callMethod(Seq, "__iter__", NoArgs, F->Iter->getRange());
  if (Iter->Ty->isError())
    return;
  FS->Scopes.emplace_back();
  cir::Local *It = newLocal("__iter", Iter->Ty, F->Iter->getStartLoc());
  cir::Stmt *Init = makeStmt(cir::StmtKind::Assign, R);
  Init->Target = makeLocalRef(It, R);
  Init->Value = Iter;
  emit(*this, Out, Init);

  cir::Stmt *Loop = makeStmt(cir::StmtKind::Loop, R);
  cir::Expr *Next;
  cir::Local *Done = nullptr;
  if (findMethods(It->Ty, "__has_next__").empty() &&
      !findMethods(It->Ty, "__next__").empty()) {
    // Mojo 1.0's protocol: `__next__` raises StopIteration at the end.
    Next = checkRaisingNext(It, F->Iter->getRange(), Loop, Done);
    if (Done) {
      cir::Stmt *Init = makeStmt(cir::StmtKind::Assign, R);
      Init->Target = makeLocalRef(Done, R);
      Init->Value = makeExpr(cir::ExprKind::IntConst, Done->Ty, R);
      Init->Value->Int = llvm::APInt(1, 0);
      Out.push_back(Init);
    }
  } else {
    CallArgs A1;
    A1.CallRange = F->Iter->getRange();
    Loop->Cond = toBool(callMethod(makeLocalRef(It, R), "__has_next__", A1,
                                   F->Iter->getRange()));
    Loop->Prelude.swap(FS->Pending);
    CallArgs A2;
    A2.CallRange = F->Iter->getRange();
    Next = callMethod(makeLocalRef(It, R), "__next__", A2,
                      F->Iter->getRange());
  }
  ++FS->LoopDepth;
  FS->Scopes.emplace_back();
  auto *RefName = llvm::dyn_cast<NameExpr>(F->Target);
  if (Next->Ty->isError()) {
  } else if (RefName &&
             (F->Binding == ArgConvention::Ref ||
              (F->Binding == ArgConvention::Default && Next->isPlace() &&
               !getLifecycle(Next->Ty).ImplicitlyCopyable))) {
    // `for ref x in seq`: x names the element the iterator's `__next__`
    // returns a reference to (a copy when it returns a value). A plain
    // `for x` over elements that cannot be copied implicitly refers to
    // them too (Mojo's read-only reference); others get a copy.
    bindRef(Ident{RefName->Name, RefName->getStartLoc()}, Next,
            F->Target->getRange(), Loop->Body);
  } else {
    checkAssign(F->Target, Next, F->Target->getRange(), Loop->Body, true);
  }
  for (const Stmt *S : F->Body)
    checkStmt(S, Loop->Body);
  FS->Scopes.pop_back();
  --FS->LoopDepth;
  if (Done && !F->Else.empty()) {
    Out.push_back(Loop);
    cir::Stmt *If = makeStmt(cir::StmtKind::If, R);
    If->Cond = makeLocalRef(Done, R);
    checkBlock(F->Else, If->Body);
    Out.push_back(If);
  } else {
    checkBlock(F->Else, Loop->Else);
    Out.push_back(Loop);
  }
  // Iterators may point into the sequence: it lives until the loop ends.
  cir::Expr *Root = Seq;
  while (Root->Kind == cir::ExprKind::FieldRef)
    Root = Root->Ops[0];
  if (Root->Kind == cir::ExprKind::LocalRef &&
      getLifecycle(Root->Ty).NeedsDestroy) {
    cir::Stmt *Keep = makeStmt(cir::StmtKind::Eval, R);
    Keep->Value = makeLocalRef(Root->Var, R);
    Out.push_back(Keep);
  }
  FS->Scopes.pop_back();
}

void Sema::checkStmt(const Stmt *S, cir::StmtList &Out) {
  SourceRange R = S->getRange();
  switch (S->getKind()) {
  case NodeKind::ExprStmt: {
    const Expr *E = llvm::cast<ExprStmt>(S)->E;
    if (llvm::isa<StringLiteralExpr>(E) || llvm::isa<EllipsisExpr>(E))
      return; // docstrings and `...`
    cir::Expr *V = checkExpr(E);
    if (V->Kind == cir::ExprKind::NoneConst || V->Ty->isError()) {
      emit(*this, Out, nullptr);
      return;
    }
    cir::Stmt *Ev = makeStmt(cir::StmtKind::Eval, R);
    Ev->Value = V;
    emit(*this, Out, Ev);
    return;
  }
  case NodeKind::PassStmt:
    return;
  case NodeKind::VarDecl: {
    auto *V = llvm::cast<VarDecl>(S);
    if (V->TheForm == VarDecl::Form::Ref) {
      checkRefBinding(V, R, Out);
      return;
    }
    Type T = V->Type ? resolveType(V->Type, *FS->Ctx) : nullptr;
    if (auto *Tup = llvm::dyn_cast<TupleExpr>(V->Target)) {
      if (!V->Init) {
        Diags.report(R, DiagID::err_unsupported) << "a tuple 'var' without a value";
        return;
      }
      cir::Expr *Init = checkExpr(V->Init);
      for (const Expr *E : Tup->Elements)
        if (auto *N = llvm::dyn_cast<NameExpr>(E))
          FS->Scopes.back().erase(N->Name);
      checkAssign(V->Target, Init, R, Out, true);
      return;
    }
    auto *N = llvm::dyn_cast_or_null<NameExpr>(V->Target);
    if (!N) {
      // `self.x: Int = v` parses as an annotated assignment.
      Diags.report(V->Target ? V->Target->getRange() : R, DiagID::err_unsupported)
          << "a type annotation on an assignment to anything but a name";
      return;
    }
    if (!T && copyClosureInto(N, V->Init, R, Out))
      return; // `var clone = tag`: SemaClosureCopies.cpp
    cir::Expr *Init = nullptr;
    if (V->Init) {
      Init = checkExprExpecting(V->Init, T);
      Init = T ? convert(Init, T, V->Init->getRange()) : materialize(Init);
      Init = consumeValue(Init, V->Init->getRange());
      if (!T)
        T = Init->Ty;
    }
    if (!T) {
      Diags.report(R, DiagID::err_unsupported) << "a 'var' without a type or value";
      return;
    }
    cir::Local *L = declareLocal(N->Name, T, N->getStartLoc());
    if (Init) {
      cir::Stmt *A = makeStmt(cir::StmtKind::Assign, R);
      A->Target = makeLocalRef(L, N->getRange());
      A->Value = Init;
      emit(*this, Out, A);
    }
    return;
  }
  case NodeKind::AssignStmt: {
    auto *A = llvm::cast<AssignStmt>(S);
    if (A->Targets.size() > 1) {
      checkAssignChain(A, R, Out);
      return;
    }
    // `result = {}`, `xs = [1, 2]` to a variable: a collection literal
    // takes the variable's type.
    Type Expected = nullptr;
    bool Literal = llvm::isa<ListExpr, DictExpr, SetExpr, InitListExpr>(A->Value);
    if (auto *N = llvm::dyn_cast<NameExpr>(A->Targets.front()); N && Literal) {
      Symbol Sym = lookup(N->Name, N->getStartLoc());
      if (Sym.K == Symbol::Kind::Local)
        Expected = Sym.Local->Ty;
    }
    if (!Expected && llvm::isa<MemberExpr>(A->Targets.front()) && Literal) {
      // `self.next = {}`, `self.p = {1, 2}`: the literal takes the field's
      // type.
      cir::Expr *Place = checkExpr(A->Targets.front());
      if (Place->Ty->isError())
        return;
      cir::Expr *V = checkExprExpecting(A->Value, Place->Ty);
      if (!V->Ty->isError())
        assignToPlace(A->Targets.front(), Place, V, R, Out);
      return;
    }
    cir::Expr *V = Expected ? checkExprExpecting(A->Value, Expected)
                            : checkExpr(A->Value);
    checkAssign(A->Targets[0], V, R, Out, /*AllowDeclare=*/true);
    return;
  }
  case NodeKind::AugAssignStmt: {
    auto *A = llvm::cast<AugAssignStmt>(S);
    llvm::StringRef Plain, Spelling;
    llvm::StringRef InPlace = augmentedDunder(A->Op, Plain, Spelling);
    cir::Expr *Target = checkExpr(A->Target);
    cir::Expr *Value = checkExpr(A->Value);
    if (Target->Ty->isError() || Value->Ty->isError())
      return;
    if (Target->isPlace()) {
      if (cir::Local *Root = rootLocal(Target); Root && FS->ReadOnly.lookup(Root)) {
        Diags.report(A->Target->getRange(), DiagID::err_assign_to_read_arg) << Root->Name;
        Diags.report(Root->Loc, DiagID::note_make_mutable) << Root->Name;
        return;
      }
      CallArgs Args;
      Args.Values.push_back(Value);
      Args.Names.push_back("");
      Args.Ranges.push_back(A->Value->getRange());
      Args.CallRange = R;
      if (cir::Expr *Call = callMethod(Target, InPlace, Args, R, /*Quiet=*/true)) {
        cir::Stmt *E = makeStmt(cir::StmtKind::Eval, R);
        E->Value = Call;
        emit(*this, Out, E);
        return;
      }
    }
    cir::Expr *NewValue = applyBinaryOperator(Plain, "", Spelling, Target, Value, R);
    checkAssign(A->Target, NewValue, R, Out, false);
    return;
  }
  case NodeKind::IfStmt: {
    auto *I = llvm::cast<IfStmt>(S);
    if (I->Comptime != ComptimeSpelling::None) {
      if (I->Comptime == ComptimeSpelling::ParameterDecorator)
        Diags.report(R.Begin, DiagID::warn_parameter_deprecated);
      ComptimeValue C = isOpaqueDependent(I->Cond)
                            ? ComptimeValue()
                            : evalComptime(I->Cond, *FS->Ctx);
      if (checkOpaqueComptimeIf(I, C)) // SemaGenericCheck.cpp
        return;
      if (C.K != ComptimeValue::Kind::Bool) {
        if (C.isValid())
          Diags.report(I->Cond->getRange(), DiagID::err_comptime_type)
              << "Bool" << typeName(typeOfValue(C));
        return;
      }
      cir::Stmt *B = makeStmt(cir::StmtKind::Block, R);
      checkBlock(C.Bool ? I->Then : I->Else, B->Body);
      Out.push_back(B);
      return;
    }
    cir::Stmt *If = makeStmt(cir::StmtKind::If, R);
    If->Cond = checkCondition(I->Cond);
    emit(*this, Out, nullptr);
    checkBlock(I->Then, If->Body);
    checkBlock(I->Else, If->Else);
    Out.push_back(If);
    return;
  }
  case NodeKind::WhileStmt: {
    auto *W = llvm::cast<WhileStmt>(S);
    cir::Stmt *L = makeStmt(cir::StmtKind::Loop, R);
    L->Cond = checkCondition(W->Cond);
    // Temporaries of the condition are made again before each test.
    L->Prelude.swap(FS->Pending);
    ++FS->LoopDepth;
    checkBlock(W->Body, L->Body);
    --FS->LoopDepth;
    checkBlock(W->Else, L->Else);
    Out.push_back(L);
    return;
  }
  case NodeKind::ForStmt:
    checkFor(llvm::cast<ForStmt>(S), Out);
    return;
  case NodeKind::BreakStmt:
  case NodeKind::ContinueStmt: {
    bool IsBreak = S->getKind() == NodeKind::BreakStmt;
    if (!FS->LoopDepth) {
      Diags.report(R, DiagID::err_break_outside_loop) << (IsBreak ? "break" : "continue");
      return;
    }
    Out.push_back(makeStmt(IsBreak ? cir::StmtKind::Break : cir::StmtKind::Continue, R));
    return;
  }
  case NodeKind::ReturnStmt: {
    auto *Ret = llvm::cast<ReturnStmt>(S);
    cir::Stmt *St = makeStmt(cir::StmtKind::Return, R);
    Type RT = FS->Fn->Result;
    if (Ret->Value) {
      cir::Expr *V = checkExprExpecting(Ret->Value, RT);
      if (llvm::isa<FunctionType>(V->Ty)) { // closures may not escape
        Diags.report(Ret->Value->getRange(), DiagID::err_closure_escapes)
            << SM.getText(Ret->Value->getRange());
        V = errorExpr(Ret->Value->getRange());
      }
      if (V->Kind == cir::ExprKind::NoneConst &&
          RT->getKind() != TypeKind::NoneType && !FS->Fn->OutParam) {
        // `return None` from a function returning Optional[T] (or similar).
        St->Value = consumeValue(convert(V, RT, Ret->Value->getRange()),
                                 Ret->Value->getRange(), /*AllowMove=*/true);
      } else if (RT->getKind() == TypeKind::NoneType && !FS->Fn->OutParam &&
          V->Kind != cir::ExprKind::NoneConst) {
        if (!V->Ty->isError())
          Diags.report(Ret->Value->getRange(), DiagID::err_return_value_in_none)
              << FS->Fn->DisplayName;
      } else if (FS->Fn->ReturnsRef && llvm::isa<PointerType>(RT)) {
        Type Pointee = llvm::cast<PointerType>(RT)->Pointee;
        if (V->Ty->isError()) {
          St->Value = V;
        } else if (!V->isPlace() || V->Ty != Pointee) {
          if (V->Ty != Pointee)
            Diags.report(Ret->Value->getRange(), DiagID::err_type_mismatch)
                << typeName(V->Ty) << typeName(Pointee);
          else
            Diags.report(Ret->Value->getRange(), DiagID::err_ref_return_not_place);
          St->Value = errorExpr(R);
        } else {
          St->Value = makeExpr(cir::ExprKind::AddressOf, RT, Ret->Value->getRange());
          St->Value->Ops.push_back(V);
        }
      } else if (V->Kind != cir::ExprKind::NoneConst) {
        St->Value = consumeValue(convert(V, RT, Ret->Value->getRange()),
                                 Ret->Value->getRange(), /*AllowMove=*/true);
        if (St->Value->Kind == cir::ExprKind::Move &&
            St->Value->Ops[0]->Kind == cir::ExprKind::FieldRef) {
          // `return self.value^` moves one field out: through a local, so
          // the rest of the value is destroyed before the return (and the
          // moved field is not destroyed with it).
          cir::Local *Tmp = newLocal("$ret", St->Value->Ty, R.Begin);
          cir::Stmt *Set = makeStmt(cir::StmtKind::Assign, R);
          Set->Target = makeLocalRef(Tmp, R);
          Set->Value = St->Value;
          emit(*this, Out, Set);
          St->Value = consumeValue(makeLocalRef(Tmp, R), R, /*AllowMove=*/true);
        }
      }
    } else if (RT->getKind() != TypeKind::NoneType && !FS->Fn->OutParam) {
      Diags.report(R, DiagID::err_type_mismatch) << "None" << typeName(RT);
    }
    emit(*this, Out, St);
    return;
  }
  case NodeKind::RaiseStmt: {
    auto *Ra = llvm::cast<RaiseStmt>(S);
    if (!FS->Fn->Raises && FS->TryDepth == 0)
      Diags.report(R, DiagID::err_raise_in_nonraising) << FS->Fn->DisplayName;
    cir::Stmt *St = makeStmt(cir::StmtKind::Raise, R);
    if (!Prog.ErrorType) {
      Diags.report(R, DiagID::err_undefined_name) << "Error";
      return;
    }
    if (Ra->Value)
      St->Value = convertRaisedValue(checkExpr(Ra->Value),
                                     Ra->Value->getRange()); // SemaErrors.cpp
    else if (FS->HandlerErrors.empty()) {
      Diags.report(R, DiagID::err_bare_raise_outside_handler);
      return;
    } else {
      // `raise` alone in an `except` block raises the caught error again.
      cir::Local *Caught = FS->HandlerErrors.back();
      if (!Caught)
        return;
      St->Value = convertRaisedValue(
          consumeValue(makeLocalRef(Caught, R), R, /*AllowMove=*/true), R);
    }
    emit(*this, Out, St);
    return;
  }
  case NodeKind::TryStmt: {
    auto *T = llvm::cast<TryStmt>(S);
    cir::Stmt *St = makeStmt(cir::StmtKind::Try, R);
    ++FS->TryDepth;
    if (T->Handlers.empty())
      --FS->TryDepth; // try/finally: errors still propagate
    else
      FS->ErrorScopes.emplace_back(); // the type it catches: SemaErrors.cpp
    checkBlock(T->Body, St->Body);
    Type Caught = Prog.ErrorType;
    if (!T->Handlers.empty()) {
      --FS->TryDepth;
      if (Type Ty = FS->ErrorScopes.back().Ty)
        Caught = Ty;
      FS->ErrorScopes.pop_back();
      if (Caught != Prog.ErrorType)
        St->ErrorTy = Caught;
    }
    if (T->Handlers.size() > 1)
      Diags.report(T->Handlers[1].Range, DiagID::err_unsupported)
          << "more than one 'except' clause";
    if (!T->Handlers.empty()) {
      const ExceptClause &H = T->Handlers[0];
      St->HasHandler = true;
      FS->Scopes.emplace_back();
      if (H.Name.isValid() && Caught)
        St->ErrorVar = declareLocal(H.Name.Name, Caught, H.Name.Loc);
      else if (Caught)
        St->ErrorVar = newLocal("$caught", Caught, R.Begin);
      FS->HandlerErrors.push_back(St->ErrorVar);
      checkBlock(H.Body, St->Handler);
      FS->HandlerErrors.pop_back();
      FS->Scopes.pop_back();
    }
    checkBlock(T->Else, St->Else);
    checkBlock(T->Finally, St->Finally);
    Out.push_back(St);
    return;
  }
  case NodeKind::WithStmt: {
    // Context managers: SemaWith.cpp.
    FS->Scopes.emplace_back();
    checkWithItems(llvm::cast<WithStmt>(S), 0, R, Out);
    FS->Scopes.pop_back();
    return;
  }
  case NodeKind::AssertStmt: {
    auto *A = llvm::cast<AssertStmt>(S);
    if (A->Comptime != ComptimeSpelling::None) {
      ComptimeValue C = evalComptime(A->Cond, *FS->Ctx);
      if (C.K == ComptimeValue::Kind::Bool && !C.Bool) {
        std::string Msg;
        if (A->Message)
          if (auto *L = llvm::dyn_cast<StringLiteralExpr>(A->Message))
            Msg = (": " + L->Value).str();
        Diags.report(A->Cond->getRange(), DiagID::err_comptime_assert_failed) << Msg;
      }
      return;
    }
    // A failed assert stops the program with its location and message;
    // -D ASSERT=warn prints it and goes on, -D ASSERT=none drops the check
    // (the condition is still checked, never evaluated).
    llvm::StringRef Mode = assertMode();
    size_t PendingBefore = FS->Pending.size();
    cir::Stmt *If = makeStmt(cir::StmtKind::If, R);
    cir::Expr *C = checkCondition(A->Cond);
    if (Mode == "none") {
      FS->Pending.resize(PendingBefore);
      return;
    }
    cir::Expr *Not = makeExpr(cir::ExprKind::Builtin, Types.getPrim(DType::Bool), R);
    Not->Builtin = cir::BuiltinOp::Invert;
    Not->Ops.push_back(C);
    If->Cond = Not;
    LineColumn LC = SM.getLineColumn(R.Begin);
    std::string Msg = (llvm::sys::path::filename(LC.Filename) + ":" +
                       llvm::Twine(LC.Line) + ":" + llvm::Twine(LC.Column) +
                       ": AssertionError")
                          .str();
    if (A->Message)
      if (auto *L = llvm::dyn_cast<StringLiteralExpr>(A->Message))
        Msg += (": " + L->Value).str();
    bool Warn = Mode == "warn";
    if (A->Message && !llvm::isa<StringLiteralExpr>(A->Message)) {
      // Any Writable message: formatted (its statements run) only when the
      // assertion fails, by std's `_assert_statement_failed(prefix, msg)`.
      emit(*this, Out, nullptr);
      Symbol Helper = lookupGlobal(Prelude, "_assert_statement_failed");
      if (Helper.K != Symbol::Kind::Overloads) {
        Diags.report(R, DiagID::err_undefined_name)
            << "_assert_statement_failed";
        return;
      }
      cir::Expr *Prefix =
          makeExpr(cir::ExprKind::StringConst, Types.getStringLiteral(), R);
      Prefix->Str = AST.copyString(Msg + ": ");
      CallArgs Args;
      Args.CallRange = R;
      Args.Values = {Prefix, checkExpr(A->Message)};
      Args.Names = {llvm::StringRef(), llvm::StringRef()};
      Args.Ranges = {R, A->Message->getRange()};
      if (Args.Values[1]->Ty->isError())
        return;
      InstContext Ctx;
      Ctx.Module = Helper.Owner;
      cir::Expr *Call = callFunctions(Helper.Funcs, "_assert_statement_failed",
                                      Args, Ctx, {}, R);
      cir::Stmt *Ev = makeStmt(cir::StmtKind::Eval, R);
      Ev->Value = Call;
      emit(*this, If->Body, Ev);
      Out.push_back(If);
      return;
    }
    cir::Expr *Text = makeExpr(cir::ExprKind::StringConst, Types.getStringLiteral(), R);
    Text->Str = AST.copyString(Msg);
    cir::Expr *Data = makeExpr(cir::ExprKind::Builtin,
                               Types.getPointer(Types.getPrim(DType::UInt8)), R);
    Data->Builtin = cir::BuiltinOp::StringData;
    Data->Ops.push_back(Text);
    cir::Expr *Len = makeExpr(cir::ExprKind::Builtin, Types.getPrim(DType::Index), R);
    Len->Builtin = cir::BuiltinOp::StringLength;
    Len->Ops.push_back(Text);
    if (Warn) {
      Msg += "\n";
      Text->Str = AST.copyString(Msg);
    }
    cir::Expr *Call = makeExpr(cir::ExprKind::Builtin,
                               Warn ? Types.getNone() : Types.getNever(), R);
    Call->Builtin = cir::BuiltinOp::ExternalCall;
    Call->Params.push_back(ComptimeValue::makeString(Warn ? "ignis_rt_write_err"
                                                          : "ignis_rt_abort"));
    Call->Params.push_back(ComptimeValue::makeNone());
    Call->Ops = {Data, Len};
    cir::Stmt *Ev = makeStmt(cir::StmtKind::Eval, R);
    Ev->Value = Call;
    emit(*this, Out, nullptr);
    If->Body.push_back(Ev);
    Out.push_back(If);
    return;
  }
  case NodeKind::ComptimeDecl: {
    auto *C = llvm::cast<ComptimeDecl>(S);
    if (C->Params.Present) {
      // Evaluated where it is used, with the function's bindings.
      FS->LocalCtx.LocalAliases[C->Name.Name] = C;
      return;
    }
    ComptimeValue V = isOpaqueDependent(C->Value)
                          ? ComptimeValue()
                          : evalComptimeDecl(C, *FS->Ctx);
    bindOpaqueComptimeDecl(C, V); // SemaGenericCheck.cpp
    if (V.isValid())
      FS->LocalCtx.Params[C->Name.Name] = V;
    return;
  }
  case NodeKind::FuncDecl:
    checkNestedFunction(llvm::cast<FuncDecl>(S), Out);
    return;
  case NodeKind::ImportStmt:
  case NodeKind::FromImportStmt:
    return; // resolved with the module's imports (SemaModules.cpp)
  case NodeKind::MlirRegionDecl: {
    auto *M = llvm::cast<MlirRegionDecl>(S);
    Diags.report(SourceRange(M->getStartLoc(), M->Name.getRange().End),
                 DiagID::err_unsupported)
        << "'__mlir_region'";
    return;
  }
  default:
    Diags.report(R, DiagID::err_unsupported)
        << ("this statement (" + getNodeKindName(S->getKind()) + ")").str();
    return;
  }
}

void Sema::checkRefBinding(const VarDecl *V, SourceRange R,
                           cir::StmtList &Out) {
  // `ref x = place`: a hidden pointer to the place; the name x stands for
  // the place (checkName), so `x += 1` changes it. An rvalue gets a
  // temporary that lives as long as the function's locals.
  auto *N = llvm::dyn_cast<NameExpr>(V->Target);
  if (!N || !V->Init) {
    Diags.report(R, DiagID::err_unsupported)
        << (N ? "a 'ref' binding without a value" : "a 'ref' tuple binding");
    return;
  }
  cir::Expr *Place = checkExpr(V->Init);
  if (Place->Ty->isError())
    return;
  if (V->Type) {
    Type T = resolveType(V->Type, *FS->Ctx);
    if (!T->isError() && T != Place->Ty) {
      Diags.report(V->Init->getRange(), DiagID::err_type_mismatch)
          << typeName(Place->Ty) << typeName(T);
      return;
    }
  }
  bindRef(Ident{N->Name, N->getStartLoc()}, Place, R, Out);
}

void Sema::bindRef(Ident Name, cir::Expr *Place, SourceRange R,
                   cir::StmtList &Out) {
  if (Place->Ty->isError())
    return;
  if (!Place->isPlace()) {
    Place = materialize(Place);
    cir::Local *Tmp = newLocal("$ref_value", Place->Ty, R.Begin);
    cir::Stmt *Init = makeStmt(cir::StmtKind::Assign, R);
    Init->Target = makeLocalRef(Tmp, R);
    Init->Value = consumeValue(Place, R, /*AllowMove=*/true);
    emit(*this, Out, Init);
    Place = makeLocalRef(Tmp, R);
  }
  Type PT = Types.getPointer(Place->Ty);
  cir::Expr *Addr = makeExpr(cir::ExprKind::AddressOf, PT, R);
  Addr->Ops.push_back(Place);
  cir::Local *L = declareLocal(Name.Name, PT, Name.Loc);
  L->IsRefBinding = true;
  cir::Stmt *Bind = makeStmt(cir::StmtKind::Assign, R);
  Bind->Target = makeLocalRef(L, R);
  Bind->Value = Addr;
  emit(*this, Out, Bind);
}

void Sema::checkAssignChain(const AssignStmt *A, SourceRange R,
                            cir::StmtList &Out) {
  cir::Expr *V = materializeToPlace(checkExpr(A->Value));
  for (size_t I = A->Targets.size(); I-- > 0;) {
    const Expr *T = A->Targets[I];
    auto *B = llvm::dyn_cast<BindingExpr>(T);
    if (B && B->Convention == ArgConvention::Ref && I + 1 < A->Targets.size()) {
      // `ref a = var b = v`: a names b's storage.
      const Expr *Next = A->Targets[I + 1];
      llvm::StringRef NextName;
      if (auto *NB = llvm::dyn_cast<BindingExpr>(Next))
        NextName = NB->Name.Name;
      else if (auto *NN = llvm::dyn_cast<NameExpr>(Next))
        NextName = NN->Name;
      if (!NextName.empty() && NextName != "_") {
        auto *Ref = AST.create<NameExpr>(Next->getRange(), NextName, false);
        bindRef(B->Name, checkExpr(Ref), R, Out);
        continue;
      }
    }
    checkAssign(T, V, R, Out, /*AllowDeclare=*/true);
  }
}

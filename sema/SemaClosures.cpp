//===- SemaClosures.cpp - Nested functions and closures -------------------===//
//
// A `def` in a function body becomes a ClosureInfo bound to its name as a
// compile-time value, so it can be called, passed as a compile-time
// parameter (`vectorize[body, 8](n)`: each closure is its own
// instantiation, calls are direct and inline) and call itself.
//
// Captures are found by scanning the body's text for names of the
// enclosing function's locals. Each capture is passed by address as an
// extra argument of every instance of the closure (lambda lifting):
//   - by reference (the default; `mut x` in a capture list): the variable
//     itself, so the closure sees and mutates it;
//   - by copy (`x` in a capture list, `@__copy_capture(x)`): a hidden local
//     initialised with a copy where the closure is defined;
//   - by transfer (`x^`): a hidden local the value moves into; `x` ends.
// A function instantiated with a closure parameter gets the same extra
// arguments, so it can call the closure or pass it on. Each call of the
// closure is a use of what it captures (Ownership.cpp sees the arguments).
//
//===----------------------------------------------------------------------===//
#include "sema/SemaImpl.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/raw_ostream.h"

using namespace ignis;
using namespace ignis::sema;

/// The identifiers in Text, in first-use order, skipping strings, comments
/// and member names (`.x`).
static void scanNames(llvm::StringRef Text,
                      llvm::SmallVectorImpl<llvm::StringRef> &Out) {
  llvm::StringSet<> Seen;
  size_t I = 0, N = Text.size();
  auto IsStart = [](char C) {
    return std::isalpha(static_cast<unsigned char>(C)) || C == '_';
  };
  auto IsBody = [](char C) {
    return std::isalnum(static_cast<unsigned char>(C)) || C == '_';
  };
  while (I < N) {
    char C = Text[I];
    if (C == '#') {
      while (I < N && Text[I] != '\n')
        ++I;
      continue;
    }
    if (C == '"' || C == '\'') {
      bool Triple = I + 2 < N && Text[I + 1] == C && Text[I + 2] == C;
      I += Triple ? 3 : 1;
      while (I < N) {
        if (Text[I] == '\\') {
          I += 2;
          continue;
        }
        if (Text[I] == C &&
            (!Triple || (I + 2 < N && Text[I + 1] == C && Text[I + 2] == C))) {
          I += Triple ? 3 : 1;
          break;
        }
        if (!Triple && Text[I] == '\n')
          break;
        ++I;
      }
      continue;
    }
    if (IsStart(C)) {
      size_t B = I;
      while (I < N && IsBody(Text[I]))
        ++I;
      size_t P = B;
      while (P > 0 && (Text[P - 1] == ' ' || Text[P - 1] == '\t'))
        --P;
      bool Member = P > 0 && Text[P - 1] == '.';
      llvm::StringRef Name = Text.slice(B, I);
      if (!Member && Seen.insert(Name).second)
        Out.push_back(Name);
      continue;
    }
    if (std::isdigit(static_cast<unsigned char>(C))) {
      while (I < N && IsBody(Text[I]))
        ++I;
      continue;
    }
    ++I;
  }
}

/// A local of the function being checked named Name, or null.
static cir::Local *findLocal(Sema &S, llvm::StringRef Name) {
  for (auto It = S.FS->Scopes.rbegin(); It != S.FS->Scopes.rend(); ++It) {
    auto L = It->find(Name);
    if (L != It->end())
      return L->second;
  }
  return nullptr;
}

namespace {
enum class CaptureMode { Ref, Read, Copy, Move };
}

void Sema::checkNestedFunction(const FuncDecl *F, cir::StmtList &Out) {
  auto Info = std::make_unique<ClosureInfo>();
  ClosureInfo *C = Info.get();
  C->Decl = F;
  C->Name = F->Name.Name.str() + "#" + std::to_string(Closures.size());
  C->Definer = FS->Fn;
  C->Id = Closures.size();
  Closures.push_back(std::move(Info));

  // Names the closure defines itself: never captures.
  llvm::StringSet<> Own;
  Own.insert(F->Name.Name);
  for (const ParamDecl &P : F->Args.Params)
    Own.insert(P.Name.Name);
  for (const ParamDecl &P : F->Params.Params)
    Own.insert(P.Name.Name);

  // The capture list: per-name modes and a default.
  bool HasDefault = false;
  CaptureMode Default = CaptureMode::Ref;
  llvm::StringMap<CaptureMode> Listed;
  for (const Capture &Cap : F->Captures) {
    // Mojo 1.0: `var x` copies, `x^` moves, `mut`/`ref` refer, and `read`
    // or a bare name refers read-only (the closure sees later changes).
    CaptureMode M = Cap.Transfer ? CaptureMode::Move
                    : (Cap.Convention == ArgConvention::Mut ||
                       Cap.Convention == ArgConvention::Inout ||
                       Cap.Convention == ArgConvention::Ref)
                        ? CaptureMode::Ref
                    : (Cap.Convention == ArgConvention::Var ||
                       Cap.Convention == ArgConvention::Owned)
                        ? CaptureMode::Copy
                        : CaptureMode::Read;
    if (Cap.Name.Name.empty()) {
      HasDefault = true;
      Default = M;
      continue;
    }
    if (!findLocal(*this, Cap.Name.Name)) {
      // Another closure (`{var add}`): its environment comes along, as
      // when the body names it without a capture list.
      auto CV = FS->LocalCtx.Params.find(Cap.Name.Name);
      if (CV != FS->LocalCtx.Params.end() &&
          CV->second.K == ComptimeValue::Kind::Closure)
        continue;
      Diags.report(Cap.Range, DiagID::err_capture_not_local)
          << Cap.Name.Name << F->Name.Name;
      continue;
    }
    Listed[Cap.Name.Name] = M;
  }
  // `@__copy_capture(x, y)`.
  for (const Decorator &D : F->Decorators)
    if (auto *CE = llvm::dyn_cast<CallExpr>(D.E))
      if (auto *N = llvm::dyn_cast<NameExpr>(CE->Callee);
          N && N->Name == "__copy_capture")
        for (const Argument &A : CE->Args)
          if (auto *AN = llvm::dyn_cast<NameExpr>(A.Value))
            Listed[AN->Name] = CaptureMode::Copy;

  // Captures: the enclosing function's locals the text names.
  llvm::SmallVector<llvm::StringRef, 16> Names;
  scanNames(SM.getText(F->getRange()), Names);
  SourceRange R = F->Name.getRange();
  C->Deps.push_back(C);
  for (llvm::StringRef Name : Names) {
    if (Own.count(Name))
      continue;
    // Another closure it calls or passes on: its environment comes along.
    auto CV = FS->LocalCtx.Params.find(Name);
    if (CV != FS->LocalCtx.Params.end() &&
        CV->second.K == ComptimeValue::Kind::Closure && !findLocal(*this, Name)) {
      for (const ClosureInfo *D :
           static_cast<const ClosureInfo *>(CV->second.Ptr)->Deps)
        if (!llvm::is_contained(C->Deps, D))
          C->Deps.push_back(D);
      continue;
    }
    cir::Local *L = findLocal(*this, Name);
    if (!L)
      continue;
    CaptureMode M = CaptureMode::Ref;
    auto It = Listed.find(Name);
    if (It != Listed.end()) {
      M = It->second;
    } else if (HasDefault) {
      M = Default;
    } else if (F->HasCaptureList) {
      Diags.report(R, DiagID::err_closure_not_captured) << Name << F->Name.Name;
      continue;
    }
    cir::Local *Place = L;
    if (M == CaptureMode::Copy || M == CaptureMode::Move) {
      // A hidden local holds the closure's own value.
      cir::Expr *Src = makeLocalRef(L, R);
      cir::Expr *V;
      if (M == CaptureMode::Copy) {
        // Listing a name asks for a copy: explicit, so any Copyable type.
        const cir::Program::Lifecycle &LC = getLifecycle(L->Ty);
        V = LC.TrivialCopy && !LC.NeedsDestroy ? Src : makeCopy(Src, R);
      } else if (!isOwnedLocal(L) || L == FS->Fn->OutParam) {
        Diags.report(R, DiagID::err_move_from_borrow)
            << L->Name << (L->Convention == ArgConvention::Mut ? "'mut'" : "read-only");
        continue;
      } else {
        const cir::Program::Lifecycle &LC = getLifecycle(L->Ty);
        if (LC.TrivialCopy && !LC.NeedsDestroy) {
          V = Src;
        } else {
          V = makeExpr(cir::ExprKind::Move, L->Ty, R);
          V->Ops.push_back(Src);
          V->Callee = LC.Move;
        }
      }
      if (V->Ty->isError())
        continue;
      Place = newLocal(Name, L->Ty, F->Name.Loc);
      cir::Stmt *A = makeStmt(cir::StmtKind::Assign, R);
      A->Target = makeLocalRef(Place, R);
      A->Value = V;
      Out.insert(Out.end(), FS->Pending.begin(), FS->Pending.end());
      FS->Pending.clear();
      Out.push_back(A);
    }
    C->Captured.push_back(Place);
    C->Names.push_back(Name);
    C->Owned.push_back(M == CaptureMode::Copy || M == CaptureMode::Move);
    C->ReadOnly.push_back(M == CaptureMode::Read);
  }

  ComptimeValue V = ComptimeValue::makeClosure(C, AST.copyString(C->Name));
  FS->LocalCtx.Params[F->Name.Name] = V;
  C->Ctx = FS->LocalCtx;
}

void Sema::addClosureEnvParams(cir::Function *Fn, const FuncDecl *F,
                               const InstContext &Ctx) {
  // The closures bound in Ctx; a closure's own instance needs only what
  // its body uses (its siblings are in Ctx too).
  std::vector<const ClosureInfo *> Bound;
  for (auto &E : Ctx.Params)
    if (E.getValue().K == ComptimeValue::Kind::Closure)
      Bound.push_back(static_cast<const ClosureInfo *>(E.getValue().Ptr));
  // Closures bound to its own parameters (`greet: G` with G a closure
  // type parameter) come from its callers and are needed too.
  auto OwnParam = [&](llvm::StringRef Name) {
    for (const ParamDecl &P : F->Params.Params)
      if (P.Name.Name == Name)
        return true;
    for (const ParamDecl &P : F->Args.Params)
      if (P.Name.Name == Name)
        return true;
    return false;
  };
  for (const ClosureInfo *C : Bound)
    if (C->Decl == F) {
      Bound = {C};
      for (auto &E : Ctx.Params)
        if (E.getValue().K == ComptimeValue::Kind::Closure &&
            OwnParam(E.getKey()))
          if (auto *P = static_cast<const ClosureInfo *>(E.getValue().Ptr);
              !llvm::is_contained(Bound, P))
            Bound.push_back(P);
      break;
    }
  std::vector<const ClosureInfo *> Needed;
  for (const ClosureInfo *C : Bound)
    for (const ClosureInfo *D : C->Deps)
      if (!llvm::is_contained(Needed, D))
        Needed.push_back(D);
  if (Needed.empty())
    return;
  llvm::sort(Needed, [](const ClosureInfo *A, const ClosureInfo *B) {
    return A->Id < B->Id;
  });
  auto &Env = ClosureEnvs[Fn];
  for (const ClosureInfo *C : Needed) {
    bool Self = C->Decl == F;
    std::vector<cir::Local *> Params;
    for (size_t I = 0; I < C->Captured.size(); ++I) {
      auto *L = Prog.create<cir::Local>();
      // The closure's own body names its captures; anything else only
      // forwards them (a name no lookup can find).
      L->Name = Self ? C->Names[I]
                     : AST.copyString(("$" + C->Name + "." + C->Names[I]).str());
      L->Ty = C->Captured[I]->Ty;
      L->Loc = Fn->Loc;
      L->Convention = ArgConvention::Mut;
      L->IsParam = true;
      if (Self && C->ReadOnly[I])
        ReadOnlyCaptures.insert(L); // `{read x}`: checkFunctionBody
      L->Index = Fn->Locals.size();
      Fn->Locals.push_back(L);
      Fn->Params.push_back(L);
      Params.push_back(L);
    }
    Env.emplace_back(C, std::move(Params));
  }
}

const std::vector<cir::Local *> *
Sema::closureEnvPlaces(const ClosureInfo *C) {
  if (!FS || !FS->Fn)
    return nullptr;
  auto Mine = ClosureEnvs.find(FS->Fn);
  if (Mine != ClosureEnvs.end())
    for (auto &P : Mine->second)
      if (P.first == C)
        return &P.second;
  if (C->Definer == FS->Fn)
    return &C->Captured;
  return nullptr;
}

void Sema::appendClosureEnvArgs(cir::Expr *Call, SourceRange Range) {
  auto It = ClosureEnvs.find(Call->Callee);
  if (It == ClosureEnvs.end())
    return;
  // Copy: instantiation may grow the map while we read it.
  auto Env = It->second;
  for (auto &[C, Params] : Env) {
    const std::vector<cir::Local *> *Src = closureEnvPlaces(C);
    if (!Src && Params.empty())
      continue; // captures nothing (`comptime ten = add_one(9)`)
    if (!Src) {
      Diags.report(Range, DiagID::err_closure_outside_frame) << C->Decl->Name.Name;
      return;
    }
    for (cir::Local *L : *Src) {
      Call->Ops.push_back(makeLocalRef(L, Range));
      Call->ArgByAddress.push_back(true);
    }
  }
}

cir::Expr *Sema::callClosure(const ComptimeValue &V, const CallExpr *CE,
                             llvm::ArrayRef<Argument> Explicit) {
  SourceRange Range = CE->getRange();
  if (V.K == ComptimeValue::Kind::Function) {
    // A module-level function passed as a parameter: an ordinary call.
    auto *F = static_cast<const FuncDecl *>(V.Ptr);
    CallArgs Args;
    Args.CallRange = Range;
    if (!collectCallArgs(CE->Args, Args))
      return errorExpr(Range);
    llvm::SmallVector<ComptimeValue, 2> Ps;
    for (const Argument &A : Explicit) {
      ComptimeValue P = evalComptime(A.Value, *FS->Ctx);
      if (!P.isValid())
        return errorExpr(Range);
      Ps.push_back(P);
    }
    InstContext Ctx;
    Ctx.Module = DeclModule.lookup(F);
    return callFunctions({F}, F->Name.Name, Args, Ctx, Ps, Range);
  }
  auto *C = static_cast<const ClosureInfo *>(V.Ptr);
  CallArgs Args;
  Args.CallRange = Range;
  for (const Argument &A : CE->Args) {
    if (A.TheForm == Argument::Form::Star || A.TheForm == Argument::Form::StarStar) {
      Diags.report(A.Range, DiagID::err_unsupported) << "argument unpacking";
      return errorExpr(Range);
    }
    ClosureArgument = llvm::isa<NameExpr>(A.Value) || llvm::isa<LambdaExpr>(A.Value);
    Args.Values.push_back(checkExpr(A.Value));
    ClosureArgument = false;
    Args.Names.push_back(A.TheForm == Argument::Form::Keyword ? A.Name.Name
                                                              : llvm::StringRef());
    Args.Ranges.push_back(A.Range);
  }
  llvm::SmallVector<ComptimeValue, 2> Ps(C->BoundParams.begin(), C->BoundParams.end());
  for (const Argument &A : Explicit) {
    ComptimeValue P = evalComptime(A.Value, *FS->Ctx);
    if (!P.isValid())
      return errorExpr(Range);
    Ps.push_back(P);
  }
  return callFunctions({C->Decl}, C->Decl->Name.Name, Args, C->Ctx, Ps, Range);
}

std::string Sema::closureParamMismatch(const ParamDecl &P,
                                       const ComptimeValue &V) {
  return closureTypeMismatch(llvm::dyn_cast_or_null<FunctionTypeExpr>(P.Type),
                             P.Name.Name, V);
}

std::string Sema::closureTypeMismatch(const FunctionTypeExpr *FT,
                                      llvm::StringRef Name,
                                      const ComptimeValue &V) {
  if (!FT || V.K != ComptimeValue::Kind::Closure)
    return "";
  auto *C = static_cast<const ClosureInfo *>(V.Ptr);
  size_t Have = 0, Want = FT->Args.Params.size();
  for (const ParamDecl &A : C->Decl->Args.Params)
    if (A.Convention != ArgConvention::Out)
      ++Have;
  size_t HaveP = C->Decl->Params.Params.size(), WantP = FT->Params.Params.size();
  if (Have == Want && HaveP == WantP)
    return "";
  std::string S;
  llvm::raw_string_ostream OS(S);
  OS << "closure '" << C->Decl->Name.Name << "' takes " << HaveP
     << " parameter(s) and " << Have << " argument(s), but '" << Name
     << "' expects a function of " << WantP << " parameter(s) and " << Want
     << " argument(s)";
  return S;
}

cir::Expr *Sema::checkParallelFor(const CallExpr *CE,
                                  llvm::ArrayRef<Argument> Params) {
  SourceRange R = CE->getRange();
  auto Bad = [&] {
    Diags.report(R, DiagID::err_parallel_for_closure);
    return errorExpr(R);
  };
  if (Params.size() != 1 || CE->Args.size() != 1 ||
      CE->Args[0].TheForm != Argument::Form::Positional)
    return Bad();
  ComptimeValue V = evalComptime(Params[0].Value, *FS->Ctx);
  if (!V.isValid())
    return errorExpr(R);
  if (V.K != ComptimeValue::Kind::Closure)
    return Bad();
  auto *C = static_cast<const ClosureInfo *>(V.Ptr);
  cir::Expr *N = checkExprAs(CE->Args[0].Value, getIntType());
  if (N->Ty->isError())
    return N;
  // The closure called with one Int: its instance and environment.
  CallArgs Args;
  Args.CallRange = R;
  Args.Values.push_back(N);
  Args.Names.push_back("");
  Args.Ranges.push_back(CE->Args[0].Range);
  cir::Expr *Call =
      callFunctions({C->Decl}, C->Decl->Name.Name, Args, C->Ctx, {}, R);
  if (!Call || Call->Ty->isError())
    return errorExpr(R);
  if (Call->Kind != cir::ExprKind::Call || Call->Callee->Raises ||
      Call->Callee->ReturnsRef)
    return Bad();
  cir::Expr *E = makeExpr(cir::ExprKind::Builtin, Types.getNone(), R);
  E->Builtin = cir::BuiltinOp::ParallelFor;
  E->Callee = Call->Callee;
  E->Ops = Call->Ops;
  E->ArgByAddress = Call->ArgByAddress;
  return E;
}

//===----------------------------------------------------------------------===//
// Runtime closure values: a closure passed as an argument to a parameter of
// function type (`def use(f: def(Int) -> Int)`). The value is a pointer to
// an array in the creating frame: the address of a trampoline, then the
// captured places (codegen/MLIRGenClosures.cpp). It lives as long as that
// frame, so it may be passed on but not returned.
//===----------------------------------------------------------------------===//

Type Sema::resolveFunctionType(const FunctionTypeExpr *FT,
                               const InstContext &Ctx) {
  if (FT->Params.Present && !FT->Params.Params.empty()) {
    Diags.report(FT->getRange(), DiagID::err_unsupported)
        << "a parametric function type as a runtime value";
    return Types.getError();
  }
  llvm::SmallVector<Type, 4> Params;
  for (const ParamDecl &P : FT->Args.Params) {
    Type T = P.Type ? resolveType(P.Type, Ctx) : Types.getError();
    if (T->isError())
      return T;
    Params.push_back(T);
  }
  Type R = FT->Result ? resolveType(FT->Result, Ctx) : Types.getNone();
  if (R->isError())
    return R;
  return Types.getFunction(Params, R, FT->Effects.Raises);
}

cir::Expr *Sema::makeRuntimeClosure(const ComptimeValue &V, SourceRange R) {
  auto *C = static_cast<const ClosureInfo *>(V.Ptr);
  // Parametric and raising closures have no runtime form yet: a closure-
  // typed parameter may still take them (SemaClosureArgs.cpp).
  if (!C->Decl->Params.Params.empty())
    return deferredClosureArg(V, R, /*Parametric=*/true);
  if (C->Decl->Effects.Raises)
    return deferredClosureArg(V, R, /*Parametric=*/false);
  cir::Function *Fn = instantiateFunction(C->Decl, C->Ctx);
  if (!Fn)
    return errorExpr(R);
  if (Fn->Raises || Fn->ReturnsRef || Fn->OutParam)
    return deferredClosureArg(V, R, /*Parametric=*/false);
  llvm::SmallVector<Type, 4> Params;
  for (const ParamDecl &P : C->Decl->Args.Params) {
    (void)P;
    Params.push_back(Fn->Params[Params.size()]->Ty);
  }
  cir::Expr *E = makeExpr(cir::ExprKind::Builtin,
                          Types.getFunction(Params, Fn->Result, false), R);
  E->Builtin = cir::BuiltinOp::MakeClosure;
  E->Callee = Fn;
  // The environment, as a call of the instance would pass it.
  cir::Expr *Probe = makeExpr(cir::ExprKind::Call, Fn->Result, R);
  Probe->Callee = Fn;
  appendClosureEnvArgs(Probe, R);
  E->Ops = Probe->Ops;
  E->ArgByAddress = Probe->ArgByAddress;
  E->Index = Params.size(); // the declared arguments before the environment
  ClosureArgValues[E] = V;
  return E;
}

cir::Expr *Sema::callRuntimeClosure(cir::Expr *F, const CallExpr *CE) {
  auto *FT = llvm::cast<FunctionType>(F->Ty);
  SourceRange R = CE->getRange();
  if (CE->Args.size() != FT->Params.size()) {
    Diags.report(R, DiagID::err_closure_arg_count)
        << SM.getText(CE->Callee->getRange()) << (int64_t)FT->Params.size()
        << (int64_t)CE->Args.size();
    return errorExpr(R);
  }
  if (FT->Raises) {
    Diags.report(R, DiagID::err_unsupported) << "calling a raising runtime closure";
    return errorExpr(R);
  }
  cir::Expr *E = makeExpr(cir::ExprKind::Builtin, FT->Result, R);
  E->Builtin = cir::BuiltinOp::CallClosure;
  E->Ops.push_back(materialize(F));
  for (size_t I = 0; I < CE->Args.size(); ++I) {
    const Argument &A = CE->Args[I];
    if (A.TheForm != Argument::Form::Positional) {
      Diags.report(A.Range, DiagID::err_unsupported)
          << "keyword arguments to a runtime closure";
      return errorExpr(R);
    }
    cir::Expr *V = convert(checkExpr(A.Value), FT->Params[I], A.Range);
    if (V->Ty->isError())
      return errorExpr(R);
    E->Ops.push_back(borrowValue(V));
  }
  return E;
}

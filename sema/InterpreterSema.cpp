//===- InterpreterSema.cpp - Where sema calls the comptime interpreter ----===//
//
// evalComptime (SemaTypes.cpp) folds what it can on the AST; anything else
// (a call, a method call, a struct construction) comes here: the expression
// is checked as CIR in a throwaway function, the functions it reaches are
// checked, and the interpreter runs it. The result becomes a ComptimeValue.
//
//===----------------------------------------------------------------------===//
#include "sema/Interpreter.h"
#include "sema/Ownership.h"
#include "sema/SemaImpl.h"
#include "llvm/ADT/DenseSet.h"
#include <functional>

using namespace ignis;
using namespace ignis::sema;

/// The lanes of a SIMD vector as a compile-time list (untyped elements).
static ComptimeValue lanesOf(Sema &S, const IValue &X, const PrimType *P) {
  llvm::SmallVector<ComptimeValue, 8> Lanes;
  for (unsigned L = 0; L < P->Width; ++L) {
    if (X.K == IValue::Kind::Float && L < X.Floats.size())
      Lanes.push_back(ComptimeValue::makeFloat(X.Floats[L]));
    else if (X.K == IValue::Kind::Int && L < X.Ints.size())
      Lanes.push_back(
          P->Elem == DType::Bool
              ? ComptimeValue::makeBool(!X.Ints[L].isZero())
              : ComptimeValue::makeInt(isSignedIntDType(P->Elem)
                                           ? X.Ints[L].getSExtValue()
                                           : static_cast<int64_t>(
                                                 X.Ints[L].getZExtValue())));
    else
      return {};
  }
  return ComptimeValue::makeList(S.Types.internValues(Lanes),
                                 static_cast<uint32_t>(Lanes.size()));
}

/// The ComptimeValue of an interpreter result of type T, or invalid.
static ComptimeValue toComptime(Sema &S, Interpreter &I_, const IValue &V,
                                Type T) {
  auto Scalar = [&](const IValue &X, const PrimType *P) -> ComptimeValue {
    if (P->Width != 1)
      return {};
    if (X.K == IValue::Kind::Float && !X.Floats.empty())
      return ComptimeValue::makeFloat(X.Floats[0]);
    if (X.K != IValue::Kind::Int || X.Ints.empty())
      return {};
    if (P->Elem == DType::Bool)
      return ComptimeValue::makeBool(!X.Ints[0].isZero());
    // Compile-time integers hold 64 bits: an unsigned value above Int.MAX
    // (`UInt64.MAX`) keeps its bits and is read back through its type
    // (ValTy, which every unsigned scalar gets), never as a negative Int.
    if (X.Ints[0].getActiveBits() > 64)
      return {};
    return ComptimeValue::makeInt(isSignedIntDType(P->Elem)
                                      ? X.Ints[0].getSExtValue()
                                      : static_cast<int64_t>(X.Ints[0].getZExtValue()));
  };
  switch (T->getKind()) {
  case TypeKind::IntLiteral:
    if (V.K == IValue::Kind::Int && !V.Ints.empty() &&
        V.Ints[0].getSignificantBits() <= 64)
      return ComptimeValue::makeInt(V.Ints[0].getSExtValue());
    return {};
  case TypeKind::FloatLiteral:
    if (V.K == IValue::Kind::Float && !V.Floats.empty())
      return ComptimeValue::makeFloat(V.Floats[0]);
    return {};
  case TypeKind::StringLiteral:
    return V.K == IValue::Kind::String ? ComptimeValue::makeString(V.Str)
                                       : ComptimeValue();
  case TypeKind::NoneType:
    return ComptimeValue::makeNone();
  case TypeKind::Prim: {
    ComptimeValue C = Scalar(V, llvm::cast<PrimType>(T));
    // Only a value that would read back negative needs its type.
    return C.isValid() && C.K == ComptimeValue::Kind::Int && C.Int < 0 &&
                   isUnsignedIntDType(llvm::cast<PrimType>(T)->Elem)
               ? C.typed(T)
               : C;
  }
  case TypeKind::Tuple: {
    // `comptime t = f()` returning `(1, 2)`: a compile-time list, which
    // indexes, iterates and spreads (`S[*t]`) like a variadic parameter.
    auto *TT = llvm::cast<TupleType>(T);
    if (V.K != IValue::Kind::Aggregate || V.Elems.size() != TT->Elements.size())
      return {};
    llvm::SmallVector<ComptimeValue, 4> Elems;
    for (size_t I = 0; I < V.Elems.size(); ++I) {
      ComptimeValue EV = toComptime(S, I_, V.Elems[I], TT->Elements[I]);
      if (!EV.isValid())
        return {};
      Elems.push_back(EV);
    }
    return ComptimeValue::makeList(S.Types.internValues(Elems),
                                   static_cast<uint32_t>(Elems.size()));
  }
  case TypeKind::Struct: {
    if (V.K != IValue::Kind::Aggregate)
      return {};
    if (auto *ST = llvm::dyn_cast<StructType>(T);
        ST && ST->Decl->Name.Name == "List" && S.DeclModule.lookup(ST->Decl) &&
        llvm::StringRef(S.DeclModule.lookup(ST->Decl)->Name).starts_with("std.") &&
        V.Elems.size() == 3 && !ST->Params.empty() &&
        ST->Params[0].K == ComptimeValue::Kind::Type) {
      // `List[Int]` computed at compile time: its elements, as a list.
      const IValue &Len = V.Elems[1];
      int64_t N = Len.K == IValue::Kind::Aggregate && !Len.Elems.empty() &&
                          !Len.Elems[0].Ints.empty()
                      ? Len.Elems[0].Ints[0].getSExtValue()
                      : -1;
      const IValue &Data = V.Elems[0];
      const IValue *Ptr = Data.K == IValue::Kind::Aggregate && !Data.Elems.empty()
                              ? &Data.Elems[0]
                              : &Data;
      llvm::SmallVector<ComptimeValue, 8> Elems;
      for (int64_t K = 0; K < N; ++K) {
        const IValue *EV = I_.peek(*Ptr, K);
        if (!EV)
          return {};
        ComptimeValue C = toComptime(S, I_, *EV, ST->Params[0].Ty);
        if (!C.isValid())
          return {};
        Elems.push_back(C);
      }
      if (N < 0)
        return {};
      return ComptimeValue::makeList(S.Types.internValues(Elems),
                                     static_cast<uint32_t>(Elems.size()))
          .typed(T);
    }
    if (T == S.getPreludeStruct("String") && V.Elems.size() >= 2) {
      const IValue &Len = V.Elems[1];
      int64_t N = Len.K == IValue::Kind::Aggregate && !Len.Elems.empty() &&
                          !Len.Elems[0].Ints.empty()
                      ? Len.Elems[0].Ints[0].getSExtValue()
                      : -1;
      std::string Bytes;
      if (N < 0 || !I_.readBytes(V.Elems[0], N, Bytes))
        return {};
      return ComptimeValue::makeString(S.AST.copyString(Bytes));
    }
    if (auto *ST = llvm::dyn_cast<StructType>(T);
        ST && ST->Decl->Name.Name == "StringSlice" && V.Elems.size() == 2 &&
        S.DeclModule.lookup(ST->Decl) &&
        llvm::StringRef(S.DeclModule.lookup(ST->Decl)->Name).starts_with("std.")) {
      // A StringSlice computed at compile time: its bytes, as a literal.
      const IValue &Len = V.Elems[1];
      int64_t N = Len.K == IValue::Kind::Aggregate && !Len.Elems.empty() &&
                          !Len.Elems[0].Ints.empty()
                      ? Len.Elems[0].Ints[0].getSExtValue()
                      : -1;
      std::string Bytes;
      if (V.Elems[0].K == IValue::Kind::String)
        Bytes = V.Elems[0].Str.take_front(std::max<int64_t>(N, 0)).str();
      else if (N < 0 || !I_.readBytes(V.Elems[0], N, Bytes))
        return {};
      return ComptimeValue::makeString(S.AST.copyString(Bytes));
    }
    // Int, Bool, Float64, UInt8...: one scalar field. Typed unless it is
    // Int or Bool, the types literals take anyway (`UInt8.MAX` stays a
    // UInt8, `Float64(2.2)` a Float64).
    StructInfo *SI = S.getStructInfo(T);
    if (SI && SI->FieldTypes.size() == 1 && V.Elems.size() == 1) {
      if (auto *P = llvm::dyn_cast<PrimType>(SI->FieldTypes[0])) {
        if (P->Width != 1)
          return lanesOf(S, V.Elems[0], P).typed(T); // SIMD[dt, 8]
        ComptimeValue C = Scalar(V.Elems[0], P);
        bool Default = T == S.getPreludeStruct("Int") || T == S.getBoolType();
        return Default || !C.isValid() ? C : C.typed(T);
      }
      // InlineArray[T, n]: its elements, as a list typed as the array.
      if (auto *AT = llvm::dyn_cast<ArrayType>(SI->FieldTypes[0])) {
        const IValue &A = V.Elems[0];
        if (A.K != IValue::Kind::Aggregate || A.Elems.size() != AT->Count)
          return {};
        llvm::SmallVector<ComptimeValue, 8> Elems;
        for (const IValue &EV : A.Elems) {
          ComptimeValue C = toComptime(S, I_, EV, AT->Elem);
          if (!C.isValid())
            return {};
          Elems.push_back(C);
        }
        return ComptimeValue::makeList(S.Types.internValues(Elems),
                                       static_cast<uint32_t>(Elems.size()))
            .typed(T);
      }
    }
    // A struct whose fields are all compile-time values (no pointers; Lists
    // and Strings by their contents): a struct value, compared field by
    // field (`Layout(4, 8)` as a parameter), rebuilt when materialised.
    if (!SI || SI->FieldTypes.size() != V.Elems.size())
      return {};
    llvm::SmallVector<ComptimeValue, 4> Fields;
    for (size_t F = 0; F < V.Elems.size(); ++F) {
      ComptimeValue FV = toComptime(S, I_, V.Elems[F], SI->FieldTypes[F]);
      if (!FV.isValid())
        return {};
      Fields.push_back(FV);
    }
    return ComptimeValue::makeStruct(T, S.Types.internValues(Fields),
                                     static_cast<uint32_t>(Fields.size()));
  }
  default:
    return {};
  }
}

/// Every function F's body may call: callees, copy/move constructors and the
/// lifecycles of the types its locals hold.
void Sema::collectCallees(const cir::Function &F,
                          llvm::function_ref<void(const cir::Function *)> Fn) {
  auto Lifecycle = [&](Type T) {
    if (!T)
      return;
    const cir::Program::Lifecycle &LC = Prog.getLifecycle(T);
    Fn(LC.Copy);
    Fn(LC.Move);
    Fn(LC.Del);
  };
  std::function<void(const cir::Expr *)> VisitE = [&](const cir::Expr *E) {
    if (!E)
      return;
    Fn(E->Callee);
    if (E->Kind == cir::ExprKind::Copy || E->Kind == cir::ExprKind::Move)
      Lifecycle(E->Ty);
    for (const cir::Expr *Op : E->Ops)
      VisitE(Op);
  };
  std::function<void(const cir::StmtList &)> VisitS = [&](const cir::StmtList &L) {
    for (const cir::Stmt *S : L) {
      VisitE(S->Target);
      VisitE(S->Value);
      VisitE(S->Cond);
      VisitS(S->Body);
      VisitS(S->Else);
      VisitS(S->Handler);
      VisitS(S->Finally);
      VisitS(S->Prelude);
    }
  };
  VisitS(F.Body);
  for (const cir::Local *L : F.Locals)
    Lifecycle(L->Ty);
}

ComptimeValue Sema::evalWithInterpreter(const Expr *E, const InstContext &Ctx,
                                        Type Expected) {
  if (ComptimeEvalDepth > 16) {
    Diags.report(E->getRange(), DiagID::err_comptime_eval);
    return {};
  }
  unsigned Errors = Diags.getNumErrors();
  // `def __comptime() raises -> T: return E`, never added to the program.
  auto *Fn = Prog.create<cir::Function>();
  Fn->Name = "__comptime";
  Fn->DisplayName = "<compile-time expression>";
  Fn->Loc = E->getStartLoc();
  Fn->Raises = true;
  FunctionState St;
  St.Fn = Fn;
  St.LocalCtx = Ctx;
  St.Ctx = &St.LocalCtx;
  St.Scopes.emplace_back();
  FunctionState *Saved = FS;
  FS = &St;
  ++ComptimeEvalDepth;
  cir::Expr *V = materialize(Expected ? convert(checkExprExpecting(E, Expected),
                                                Expected, E->getRange())
                                      : checkExpr(E));
  Fn->Body = std::move(St.Pending);
  FS = Saved;
  if (Diags.getNumErrors() != Errors || V->Ty->isError()) {
    --ComptimeEvalDepth;
    return {};
  }
  cir::Stmt *Ret = makeStmt(cir::StmtKind::Return, E->getRange());
  Ret->Value = V;
  Fn->Body.push_back(Ret);
  Fn->Result = V->Ty;
  Fn->IsChecked = true;
  // The bodies the expression reaches are checked before it runs, and get
  // their destroys as Sema::run gives them (the program uses them too: they
  // have left the worklist).
  // Only what the expression reaches: a pending body elsewhere may itself
  // use the compile-time value being computed (a kernel reading
  // `thread_idx` while `thread_idx` is evaluated for another).
  llvm::SmallVector<const cir::Function *, 16> Reach{Fn};
  llvm::DenseSet<const cir::Function *> Seen{Fn};
  while (!Reach.empty() && !Diags.hasReachedErrorLimit()) {
    const cir::Function *Cur = Reach.pop_back_val();
    if (Cur != Fn && !Cur->IsChecked) {
      std::pair<cir::Function *, InstContext> Pending;
      if (takePendingBody(Cur, Pending)) {
        auto &[Next, NextCtx] = Pending;
        unsigned ErrorsBefore = Diags.getNumErrors();
        checkFunctionBody(Next, FunctionDecls.lookup(Next), NextCtx);
        if (Diags.getNumErrors() == ErrorsBefore)
          runOwnershipPass(*this, *Next);
      }
    }
    collectCallees(*Cur, [&](const cir::Function *C) {
      if (C && Seen.insert(C).second)
        Reach.push_back(C);
    });
  }
  --ComptimeEvalDepth;
  // Errors in bodies checked just now (other instantiations waiting in the
  // worklist) are reported already; the run fails only if it reaches one.
  InterpreterLimits Limits;
  Limits.MaxSteps = Opts.ComptimeSteps;
  Limits.MaxDepth = Opts.ComptimeDepth;
  Interpreter I(*this, Limits);
  IValue R;
  if (!I.run(Fn, E->getRange(), R))
    return {};
  ComptimeValue C = toComptime(*this, I, R, V->Ty);
  if (!C.isValid())
    Diags.report(E->getRange(), DiagID::err_comptime_result) << typeName(V->Ty);
  return C;
}

void Sema::recordInstantiationSite(const cir::Function *Fn, SourceRange Range) {
  if (!Fn || InstantiationSites.count(Fn))
    return;
  InstantiationSites[Fn] = {FS ? FS->Fn : nullptr, Range};
  if (!HookGuard.D) {
    HookGuard.D = &Diags;
    Diags.setErrorHook(
        [](void *Self) { static_cast<Sema *>(Self)->noteInstantiationChain(); },
        this);
  }
}

bool Sema::isInstantiation(const cir::Function *Fn) const {
  // Generic instances and trait defaults (checked once per conforming
  // struct) say where they were requested.
  return Fn && (llvm::StringRef(Fn->DisplayName).contains('[') ||
                TraitDefaults.count(Fn->Decl));
}

void Sema::noteInstantiationChain() {
  // The function being checked and, while it is an instantiation, where it
  // was requested; the first cause is the error itself.
  const cir::Function *Fn = FS ? FS->Fn : nullptr;
  unsigned Shown = 0;
  llvm::SmallPtrSet<const cir::Function *, 8> Seen;
  while (isInstantiation(Fn) && Seen.insert(Fn).second) {
    auto It = InstantiationSites.find(Fn);
    if (It == InstantiationSites.end())
      return;
    if (Shown == Opts.InstantiationNotes) {
      unsigned Rest = 0;
      for (const cir::Function *G = Fn; isInstantiation(G) && Rest < 1000;
           ++Rest) {
        auto J = InstantiationSites.find(G);
        if (J == InstantiationSites.end())
          break;
        G = J->second.Requester;
      }
      Diags.report(It->second.CallSite, DiagID::note_instantiation_omitted)
          << static_cast<int64_t>(Rest);
      return;
    }
    Diags.report(It->second.CallSite, DiagID::note_in_instantiation)
        << Fn->DisplayName;
    ++Shown;
    Fn = It->second.Requester;
  }
}

bool Sema::comptimeForValues(const Expr *Iter, const InstContext &Ctx,
                             llvm::SmallVectorImpl<ComptimeValue> &Out) {
  llvm::ArrayRef<Expr *> Elements;
  if (auto *T = llvm::dyn_cast<TupleExpr>(Iter))
    Elements = T->Elements;
  else if (auto *L = llvm::dyn_cast<ListExpr>(Iter))
    Elements = L->Elements;
  if (Elements.data() || llvm::isa<TupleExpr>(Iter) || llvm::isa<ListExpr>(Iter)) {
    for (const Expr *E : Elements) {
      ComptimeValue V = evalComptime(E, Ctx);
      if (!V.isValid())
        return false;
      Out.push_back(V);
    }
    return true;
  }
  // A variadic parameter (`comptime for v in values`, `Self.values`) or a
  // comptime list.
  if (llvm::isa<NameExpr>(Iter) || llvm::isa<MemberExpr>(Iter)) {
    ComptimeValue L = evalComptime(Iter, Ctx);
    if (!L.isValid())
      return false;
    if (L.K == ComptimeValue::Kind::List) {
      Out.append(L.begin(), L.end());
      return true;
    }
  }
  auto *Call = llvm::dyn_cast<CallExpr>(Iter);
  auto *Callee = Call ? llvm::dyn_cast<NameExpr>(Call->Callee) : nullptr;
  if (!Callee || Callee->Name != "range" || Call->Args.empty() ||
      Call->Args.size() > 3) {
    Diags.report(Iter->getRange(), DiagID::err_unsupported)
        << "this 'comptime for' (only 'range' with compile-time bounds or a "
           "tuple or list of compile-time values)";
    return false;
  }
  int64_t V[3] = {0, 0, 1};
  for (size_t I = 0; I < Call->Args.size(); ++I) {
    ComptimeValue C = evalComptime(Call->Args[I].Value, Ctx);
    if (C.K != ComptimeValue::Kind::Int) {
      if (C.isValid())
        Diags.report(Call->Args[I].Value->getRange(), DiagID::err_comptime_type)
            << "Int" << typeName(typeOfValue(C));
      return false;
    }
    V[Call->Args.size() == 1 ? 1 : I] = C.Int;
  }
  if (V[2] == 0)
    return true;
  for (int64_t I = V[0]; V[2] > 0 ? I < V[1] : I > V[1]; I += V[2]) {
    if (Out.size() >= 100000) {
      Diags.report(Iter->getRange(), DiagID::err_comptime_unsupported)
          << "a 'comptime for' of more than 100000 iterations";
      return false;
    }
    Out.push_back(ComptimeValue::makeInt(I));
  }
  return true;
}

//===- SemaBuiltins.cpp - `__builtin.op(...)` calls and print -------------===//
#include "sema/SemaImpl.h"
#include "sema/SimdLanes.h"

using namespace ignis;
using namespace ignis::sema;
using cir::BuiltinOp;

/// Converts a literal or Int-like value to the index primitive.
static cir::Expr *toIndex(Sema &S, cir::Expr *E) {
  Type Index = S.Types.getPrim(DType::Index);
  if (E->Ty == Index || E->Ty->isError())
    return E;
  if (E->Ty->getKind() == TypeKind::IntLiteral)
    return S.convert(E, Index, E->Range);
  if (const PrimType *P = S.getStoragePrim(E->Ty))
    if (P == Index && llvm::isa<StructType>(E->Ty))
      return S.fieldOf(E, 0, E->Range);
  S.Diags.report(E->Range, DiagID::err_type_mismatch) << S.typeName(E->Ty) << "Int";
  return S.errorExpr(E->Range);
}

cir::Expr *Sema::checkBuiltinCall(const CallExpr *C, llvm::StringRef Name,
                                  llvm::ArrayRef<Argument> SubscriptParams) {
  SourceRange R = C->getRange();
  if (Name == "parallel_for")
    return checkParallelFor(C, SubscriptParams); // SemaClosures.cpp
  if (Name == "gpu_launch")
    return checkGpuLaunch(C, SubscriptParams); // SemaGpu.cpp
  if (Name == "struct_field")
    return checkStructField(C, SubscriptParams);
  BuiltinOp Op;
  if (!cir::lookupBuiltin(Name, Op)) {
    Diags.report(R, DiagID::err_no_member) << "__builtin" << Name;
    return errorExpr(R);
  }
  llvm::SmallVector<cir::Expr *, 4> Args;
  for (const Argument &A : C->Args) {
    // `*args` of a heterogeneous pack (a tuple inside the function) spreads
    // into one operand per element: how std.ffi.external_call forwards.
    if (A.TheForm == Argument::Form::Star) {
      cir::Expr *V = checkExpr(A.Value);
      if (V->Ty->isError())
        return errorExpr(R);
      auto *TT = llvm::dyn_cast<TupleType>(V->Ty);
      if (!TT) {
        Diags.report(A.Range, DiagID::err_unsupported)
            << "'*' on a compiler-builtin argument that is not a variadic pack";
        return errorExpr(R);
      }
      cir::Expr *Base = borrowValue(V);
      for (unsigned J = 0; J < TT->Elements.size(); ++J) {
        cir::Expr *G = makeExpr(cir::ExprKind::TupleGet, TT->Elements[J], A.Range);
        G->Ops.push_back(Base);
        G->Index = J;
        if (Base->isPlace() && !getLifecycle(G->Ty).TrivialCopy)
          G = makeCopy(G, A.Range);
        Args.push_back(G);
      }
      continue;
    }
    if (A.TheForm != Argument::Form::Positional) {
      Diags.report(A.Range, DiagID::err_unsupported)
          << "keyword arguments to compiler builtins";
      return errorExpr(R);
    }
    Args.push_back(checkExpr(A.Value));
    if (Args.back()->Ty->isError())
      return errorExpr(R);
  }
  llvm::SmallVector<ComptimeValue, 2> Params;
  for (const Argument &A : SubscriptParams) {
    ComptimeValue V = evalComptime(A.Value, *FS->Ctx);
    if (!V.isValid())
      return errorExpr(R);
    Params.push_back(V);
  }
  auto Expect = [&](size_t N) {
    if (Args.size() == N)
      return true;
    Diags.report(R, DiagID::err_param_count)
        << ("__builtin." + Name).str() << (int64_t)N << (int64_t)Args.size();
    return false;
  };
  auto Make = [&](Type Ty) {
    cir::Expr *E = makeExpr(cir::ExprKind::Builtin, Ty, R);
    E->Builtin = Op;
    E->Ops.append(Args.begin(), Args.end());
    E->Params.append(Params.begin(), Params.end());
    return E;
  };
  // Operands of lane-wise ops share one primitive type; literals adopt it.
  auto Unify = [&](size_t From) -> const PrimType * {
    const PrimType *P = nullptr;
    for (size_t I = From; I < Args.size(); ++I)
      if (auto *Q = llvm::dyn_cast<PrimType>(Args[I]->Ty)) {
        P = Q;
        break;
      }
    if (!P) {
      Diags.report(R, DiagID::err_type_mismatch)
          << typeName(Args[From]->Ty) << "a primitive value";
      return nullptr;
    }
    for (size_t I = From; I < Args.size(); ++I) {
      Args[I] = convert(Args[I], P, Args[I]->Range);
      if (Args[I]->Ty->isError())
        return nullptr;
    }
    return P;
  };

  switch (Op) {
  case BuiltinOp::Add: case BuiltinOp::Sub: case BuiltinOp::Mul:
  case BuiltinOp::Div: case BuiltinOp::Rem: case BuiltinOp::Floordiv:
  case BuiltinOp::Mod: case BuiltinOp::Pow: case BuiltinOp::BitAnd:
  case BuiltinOp::BitOr: case BuiltinOp::BitXor: case BuiltinOp::Shl:
  case BuiltinOp::Shr: case BuiltinOp::Min: case BuiltinOp::Max: {
    if (!Expect(2))
      return errorExpr(R);
    const PrimType *P = Unify(0);
    return P ? Make(P) : errorExpr(R);
  }
  case BuiltinOp::Eq: case BuiltinOp::Ne: case BuiltinOp::Lt:
  case BuiltinOp::Le: case BuiltinOp::Gt: case BuiltinOp::Ge: {
    if (!Expect(2))
      return errorExpr(R);
    const PrimType *P = Unify(0);
    return P ? Make(Types.getPrim(DType::Bool, P->Width)) : errorExpr(R);
  }
  case BuiltinOp::Neg: case BuiltinOp::Invert: case BuiltinOp::Sqrt:
  case BuiltinOp::Exp: case BuiltinOp::Log: case BuiltinOp::Sin:
  case BuiltinOp::Cos: case BuiltinOp::Tan: case BuiltinOp::Tanh:
  case BuiltinOp::Floor: case BuiltinOp::Ceil: case BuiltinOp::Trunc:
  case BuiltinOp::Round: case BuiltinOp::Abs: case BuiltinOp::Asin:
  case BuiltinOp::Acos: case BuiltinOp::Atan: case BuiltinOp::Sinh:
  case BuiltinOp::Cosh: case BuiltinOp::Asinh: case BuiltinOp::Acosh:
  case BuiltinOp::Atanh: case BuiltinOp::Exp2: case BuiltinOp::Expm1:
  case BuiltinOp::Log2: case BuiltinOp::Log10: case BuiltinOp::Log1p:
  case BuiltinOp::Cbrt: case BuiltinOp::Erf: case BuiltinOp::Erfc:
  case BuiltinOp::Rsqrt: case BuiltinOp::PopCount:
  case BuiltinOp::CountLeadingZeros: case BuiltinOp::CountTrailingZeros: {
    if (!Expect(1))
      return errorExpr(R);
    const PrimType *P = Unify(0);
    return P ? Make(P) : errorExpr(R);
  }
  case BuiltinOp::Atan2: case BuiltinOp::CopySign: {
    if (!Expect(2))
      return errorExpr(R);
    const PrimType *P = Unify(0);
    return P ? Make(P) : errorExpr(R);
  }
  case BuiltinOp::IsNan: case BuiltinOp::IsInf: case BuiltinOp::IsFinite: {
    if (!Expect(1))
      return errorExpr(R);
    const PrimType *P = Unify(0);
    return P ? Make(Types.getPrim(DType::Bool, P->Width)) : errorExpr(R);
  }
  case BuiltinOp::Shuffle: {
    if (!Expect(2))
      return errorExpr(R);
    auto *PA = llvm::dyn_cast<PrimType>(Args[0]->Ty);
    auto *PB = llvm::dyn_cast<PrimType>(Args[1]->Ty);
    if (!PA || !PB || PA->Elem != PB->Elem) {
      Diags.report(R, DiagID::err_type_mismatch)
          << typeName(Args[1]->Ty) << typeName(Args[0]->Ty);
      return errorExpr(R);
    }
    llvm::SmallVector<int64_t, 16> Mask;
    std::string Problem;
    if (!cir::getShuffleMask(Params, PA->Width, PB->Width, Mask, Problem)) {
      Diags.report(R, DiagID::err_simd_lanes) << Problem;
      return errorExpr(R);
    }
    return Make(Types.getPrim(PA->Elem, static_cast<unsigned>(Mask.size())));
  }
  case BuiltinOp::Iota:
    if (!Expect(0) || Params.size() != 2 ||
        Params[0].K != ComptimeValue::Kind::DType ||
        Params[1].K != ComptimeValue::Kind::Int || Params[1].Int < 1) {
      Diags.report(R, DiagID::err_comptime_type) << "DType and positive width" << "something else";
      return errorExpr(R);
    }
    return Make(Types.getPrim(Params[0].DT, static_cast<unsigned>(Params[1].Int)));
  case BuiltinOp::Fma: {
    if (!Expect(3))
      return errorExpr(R);
    const PrimType *P = Unify(0);
    return P ? Make(P) : errorExpr(R);
  }
  case BuiltinOp::Cast: {
    if (!Expect(1) || Params.size() != 1 || Params[0].K != ComptimeValue::Kind::DType) {
      Diags.report(R, DiagID::err_comptime_type) << "DType parameter" << "something else";
      return errorExpr(R);
    }
    auto *P = llvm::dyn_cast<PrimType>(Args[0]->Ty);
    if (!P) {
      Diags.report(R, DiagID::err_type_mismatch) << typeName(Args[0]->Ty) << "a primitive value";
      return errorExpr(R);
    }
    return Make(Types.getPrim(Params[0].DT, P->Width));
  }
  case BuiltinOp::Splat: {
    if (!Expect(1) || Params.size() != 1 || Params[0].K != ComptimeValue::Kind::Int) {
      Diags.report(R, DiagID::err_comptime_type) << "width parameter" << "something else";
      return errorExpr(R);
    }
    auto *P = llvm::dyn_cast<PrimType>(Args[0]->Ty);
    if (!P || P->Width != 1) {
      Diags.report(R, DiagID::err_type_mismatch) << typeName(Args[0]->Ty) << "a scalar primitive";
      return errorExpr(R);
    }
    return Make(Types.getPrim(P->Elem, static_cast<unsigned>(Params[0].Int)));
  }
  case BuiltinOp::Extract: {
    if (!Expect(2))
      return errorExpr(R);
    auto *P = llvm::dyn_cast<PrimType>(Args[0]->Ty);
    Args[1] = toIndex(*this, Args[1]);
    if (!P)
      return errorExpr(R);
    return Make(Types.getPrim(P->Elem));
  }
  case BuiltinOp::Insert: {
    if (!Expect(3))
      return errorExpr(R);
    auto *P = llvm::dyn_cast<PrimType>(Args[0]->Ty);
    if (!P)
      return errorExpr(R);
    Args[1] = convert(Args[1], Types.getPrim(P->Elem), Args[1]->Range);
    Args[2] = toIndex(*this, Args[2]);
    return Make(P);
  }
  case BuiltinOp::Select: {
    if (!Expect(3))
      return errorExpr(R);
    const PrimType *P = Unify(1);
    return P ? Make(P) : errorExpr(R);
  }
  case BuiltinOp::ReduceAdd: case BuiltinOp::ReduceMul: case BuiltinOp::ReduceMin:
  case BuiltinOp::ReduceMax: case BuiltinOp::ReduceAnd: case BuiltinOp::ReduceOr: {
    if (!Expect(1))
      return errorExpr(R);
    auto *P = llvm::dyn_cast<PrimType>(Args[0]->Ty);
    if (!P)
      return errorExpr(R);
    return Make(Types.getPrim(P->Elem));
  }
  case BuiltinOp::Alloc: {
    if (!Expect(1) || Params.size() != 1 || Params[0].K != ComptimeValue::Kind::Type)
      return errorExpr(R);
    Args[0] = toIndex(*this, Args[0]);
    return Make(Types.getPointer(Params[0].Ty));
  }
  case BuiltinOp::StackAlloc: {
    if (!Expect(0) || Params.size() != 2 ||
        Params[0].K != ComptimeValue::Kind::Type ||
        Params[1].K != ComptimeValue::Kind::Int || Params[1].Int <= 0) {
      Diags.report(R, DiagID::err_comptime_type) << "type and positive count" << "something else";
      return errorExpr(R);
    }
    return Make(Types.getPointer(Params[0].Ty));
  }
  case BuiltinOp::Free:
    if (!Expect(1))
      return errorExpr(R);
    return Make(Types.getNone());
  case BuiltinOp::Deref:
    // checkCall turns `__builtin.deref(p)` into a Deref place; only a call
    // with the wrong number of arguments gets here.
    Expect(1);
    return errorExpr(R);
  case BuiltinOp::PtrCast: {
    auto *P = Expect(1) ? llvm::dyn_cast<PointerType>(Args[0]->Ty) : nullptr;
    if (!P || Params.size() != 1 || Params[0].K != ComptimeValue::Kind::Type) {
      Diags.report(R, DiagID::err_type_mismatch)
          << (Args.empty() ? std::string("nothing") : typeName(Args[0]->Ty))
          << "a pointer and a type parameter";
      return errorExpr(R);
    }
    // The same address, in the same address space.
    return Make(Types.getPointer(Params[0].Ty, P->AddressSpace));
  }
  case BuiltinOp::PtrToInt: {
    auto *P = Expect(1) ? llvm::dyn_cast<PointerType>(Args[0]->Ty) : nullptr;
    if (!P) {
      Diags.report(R, DiagID::err_type_mismatch)
          << (Args.empty() ? std::string("nothing") : typeName(Args[0]->Ty))
          << "a pointer";
      return errorExpr(R);
    }
    return Make(Types.getPrim(DType::Index));
  }
  case BuiltinOp::SizeOf:
    if (!Expect(0) || Params.size() != 1 || Params[0].K != ComptimeValue::Kind::Type) {
      Diags.report(R, DiagID::err_comptime_type) << "type parameter" << "something else";
      return errorExpr(R);
    }
    return Make(Types.getPrim(DType::Index));
  case BuiltinOp::Destroy: {
    auto *P = Expect(1) ? llvm::dyn_cast<PointerType>(Args[0]->Ty) : nullptr;
    return P ? Make(Types.getNone()) : errorExpr(R);
  }
  case BuiltinOp::Load:
  case BuiltinOp::Store: {
    // `__builtin.load[alignment](p)`, `__builtin.store[alignment](p, v)`:
    // the access may assume that alignment (else the element's).
    if (Params.size() > 1 ||
        (Params.size() == 1 && (Params[0].K != ComptimeValue::Kind::Int ||
                                Params[0].Int < 1 || !llvm::isPowerOf2_64(Params[0].Int)))) {
      Diags.report(R, DiagID::err_comptime_type) << "power-of-two alignment parameter"
                                                 << "something else";
      return errorExpr(R);
    }
    if (Op == BuiltinOp::Load) {
      auto *P = Expect(1) ? llvm::dyn_cast<PointerType>(Args[0]->Ty) : nullptr;
      return P ? Make(P->Pointee) : errorExpr(R);
    }
    auto *P = Expect(2) ? llvm::dyn_cast<PointerType>(Args[0]->Ty) : nullptr;
    if (!P)
      return errorExpr(R);
    Args[1] = convert(Args[1], P->Pointee, Args[1]->Range);
    return Make(Types.getNone());
  }
  case BuiltinOp::Offset: {
    auto *P = Expect(2) ? llvm::dyn_cast<PointerType>(Args[0]->Ty) : nullptr;
    if (!P)
      return errorExpr(R);
    Args[1] = toIndex(*this, Args[1]);
    return Make(P);
  }
  case BuiltinOp::StringData:
  case BuiltinOp::StringLength:
    if (!Expect(1) || Args[0]->Ty->getKind() != TypeKind::StringLiteral) {
      Diags.report(R, DiagID::err_type_mismatch)
          << (Args.empty() ? std::string("nothing") : typeName(Args[0]->Ty))
          << "StringLiteral";
      return errorExpr(R);
    }
    return Make(Op == BuiltinOp::StringData
                    ? Types.getPointer(Types.getPrim(DType::UInt8))
                    : Types.getPrim(DType::Index));
  case BuiltinOp::AddressOf:
  case BuiltinOp::Uninit:
    return checkMemoryBuiltin(Op, Args, Params, R);
  case BuiltinOp::Abort:
    return Make(Types.getNever());
  case BuiltinOp::ExternalCall: {
    if (Params.empty() || Params[0].K != ComptimeValue::Kind::String) {
      Diags.report(R, DiagID::err_comptime_type) << "symbol name" << "something else";
      return errorExpr(R);
    }
    Type Result = Types.getNone();
    if (Params.size() > 1) {
      if (Params[1].K == ComptimeValue::Kind::Type)
        Result = Params[1].Ty;
      else if (Params[1].K != ComptimeValue::Kind::None)
        return errorExpr(R);
    }
    for (cir::Expr *&A : Args)
      A = materialize(A);
    return Make(Result);
  }
  case BuiltinOp::LlvmIntrinsic: case BuiltinOp::SharedAlloc:
  case BuiltinOp::DynamicShared: case BuiltinOp::AtomicRMW:
  case BuiltinOp::AtomicCmpXchg: case BuiltinOp::AtomicLoad:
  case BuiltinOp::AtomicStore: case BuiltinOp::AddrSpaceCast: {
    cir::Expr *E = Make(Types.getNone());
    return checkGpuBuiltin(E) ? E : errorExpr(R); // SemaGpu.cpp
  }
  case BuiltinOp::GpuLaunch:
    break;
  }
  return errorExpr(R);
}

cir::Expr *Sema::checkPrintCall(const CallExpr *C) {
  SourceRange R = C->getRange();
  // In a kernel compiled for a GPU, a print builds its line in a buffer and
  // writes it at once (one vprintf: threads' lines do not interleave).
  bool OnGpu = FS && FS->Ctx &&
               (FS->Ctx->Target == cir::TargetKind::Nvptx ||
                FS->Ctx->Target == cir::TargetKind::Amdgpu);
  llvm::StringRef WriterName = OnGpu ? "_GpuPrintWriter" : "_StdoutWriter";
  Type WT = getPreludeStruct(WriterName);
  if (!WT) {
    Diags.report(R, DiagID::err_undefined_name) << WriterName;
    return errorExpr(R);
  }
  llvm::SmallVector<const Expr *, 4> Values;
  const Expr *Sep = nullptr, *End = nullptr, *Flush = nullptr;
  for (const Argument &A : C->Args) {
    if (A.TheForm == Argument::Form::Positional) {
      Values.push_back(A.Value);
      continue;
    }
    if (A.TheForm == Argument::Form::Keyword) {
      if (A.Name.Name == "sep") { Sep = A.Value; continue; }
      if (A.Name.Name == "end") { End = A.Value; continue; }
      if (A.Name.Name == "flush") { Flush = A.Value; continue; }
      Diags.report(A.Name.getRange(), DiagID::err_unknown_keyword) << "print" << A.Name.Name;
      return errorExpr(R);
    }
    Diags.report(A.Range, DiagID::err_unsupported) << "argument unpacking";
    return errorExpr(R);
  }
  cir::Local *W = newLocal("__stdout", WT, R.Begin);
  cir::Stmt *Init = makeStmt(cir::StmtKind::Assign, R);
  Init->Target = makeLocalRef(W, R);
  if (OnGpu) {
    CallArgs NoArgs;
    NoArgs.CallRange = R;
    Init->Value = constructStruct(WT, NoArgs, R);
  } else {
    Init->Value = makeExpr(cir::ExprKind::StructInit, WT, R);
  }
  FS->Pending.push_back(Init);

  auto Emit = [&](cir::Expr *V) {
    if (V->Ty->isError())
      return;
    CallArgs Args;
    Args.CallRange = V->Range;
    cir::Expr *Call;
    if (V->Ty->getKind() == TypeKind::StringLiteral) {
      Args.Values.push_back(V);
      Args.Names.push_back("");
      Args.Ranges.push_back(V->Range);
      Call = callMethod(makeLocalRef(W, R), "write_str", Args, V->Range);
    } else {
      Args.Values.push_back(makeLocalRef(W, R));
      Args.Names.push_back("");
      Args.Ranges.push_back(R);
      Call = callMethod(materialize(V), "write_to", Args, V->Range);
    }
    cir::Stmt *S = makeStmt(cir::StmtKind::Eval, V->Range);
    S->Value = Call;
    FS->Pending.push_back(S);
  };
  auto Literal = [&](llvm::StringRef Text) {
    cir::Expr *S = makeExpr(cir::ExprKind::StringConst, Types.getStringLiteral(), R);
    S->Str = Text;
    return S;
  };
  // Evaluate every argument first, as a call would: when one of them calls
  // something (which may print, raise or change a value written before
  // it), each is computed into a temporary, in order, before any output.
  llvm::SmallVector<cir::Expr *, 4> Checked;
  for (const Expr *V : Values)
    Checked.push_back(checkExpr(V));
  cir::Expr *SepV = Sep ? checkExpr(Sep) : Literal(" ");
  cir::Expr *EndV = End ? checkExpr(End) : Literal("\n");
  auto HasCall = [](cir::Expr *E) {
    llvm::SmallVector<const cir::Expr *, 8> Work{E};
    while (!Work.empty()) {
      const cir::Expr *X = Work.pop_back_val();
      if (X->Kind == cir::ExprKind::Call)
        return true;
      Work.append(X->Ops.begin(), X->Ops.end());
    }
    return false;
  };
  if (llvm::any_of(Checked, HasCall) || HasCall(SepV) || HasCall(EndV)) {
    // A place other than a variable (`q[0]`, a field through a call) is
    // read now too, into a copy, when its type copies implicitly: a later
    // argument may change what it refers to (`print(q[0], q.pop())`).
    auto Hoist = [&](cir::Expr *&E) {
      if (E->Ty->isError() || E->Kind == cir::ExprKind::StringConst ||
          E->Ty->getKind() == TypeKind::StringLiteral ||
          E->Kind == cir::ExprKind::LocalRef)
        return;
      if (!E->isPlace()) {
        E = materializeToPlace(E);
        return;
      }
      const cir::Program::Lifecycle &LC = getLifecycle(E->Ty);
      if (!LC.ImplicitlyCopyable)
        return;
      cir::Expr *V = LC.TrivialCopy && !LC.NeedsDestroy ? E : makeCopy(E, E->Range);
      cir::Local *Tmp = newLocal("__tmp", E->Ty, E->Range.Begin);
      cir::Stmt *S = makeStmt(cir::StmtKind::Assign, E->Range);
      S->Target = makeLocalRef(Tmp, E->Range);
      S->Value = V;
      FS->Pending.push_back(S);
      E = makeLocalRef(Tmp, E->Range);
    };
    for (cir::Expr *&E : Checked)
      Hoist(E);
    Hoist(SepV);
    Hoist(EndV);
  }
  for (size_t I = 0; I < Checked.size(); ++I) {
    if (I)
      Emit(SepV);
    Emit(Checked[I]);
  }
  Emit(EndV);
  if (OnGpu) {
    CallArgs Args;
    Args.CallRange = R;
    cir::Stmt *S = makeStmt(cir::StmtKind::Eval, R);
    S->Value = callMethod(makeLocalRef(W, R), "flush", Args, R);
    FS->Pending.push_back(S);
  } else if (Flush) {
    cir::Expr *F = checkCondition(Flush);
    CallArgs Args;
    Args.CallRange = R;
    cir::Expr *Call = callMethod(makeLocalRef(W, R), "flush", Args, R);
    cir::Stmt *If = makeStmt(cir::StmtKind::If, R);
    If->Cond = F;
    cir::Stmt *S = makeStmt(cir::StmtKind::Eval, R);
    S->Value = Call;
    If->Body.push_back(S);
    FS->Pending.push_back(If);
  }
  return makeExpr(cir::ExprKind::NoneConst, Types.getNone(), R);
}

/// `__builtin.struct_field[i](x)`: field i of the struct x, as a place when x
/// is one (what the reflection defaults of Equatable, Hashable and Writable
/// walk with `comptime for i in range(__builtin.struct_field_count[Self])`).
cir::Expr *Sema::checkStructField(const CallExpr *C,
                                  llvm::ArrayRef<Argument> Params) {
  SourceRange R = C->getRange();
  if (Params.size() != 1 || C->Args.size() != 1) {
    Diags.report(R, DiagID::err_param_count)
        << "__builtin.struct_field" << (int64_t)1 << (int64_t)C->Args.size();
    return errorExpr(R);
  }
  ComptimeValue I = evalComptime(Params[0].Value, *FS->Ctx);
  if (!I.isValid())
    return errorExpr(R);
  cir::Expr *Base = checkExpr(C->Args[0].Value);
  if (Base->Ty->isError())
    return errorExpr(R);
  StructInfo *SI = getStructInfo(Base->Ty);
  if (I.K != ComptimeValue::Kind::Int || !SI || I.Int < 0 ||
      static_cast<size_t>(I.Int) >= SI->FieldTypes.size()) {
    Diags.report(R, DiagID::err_comptime_type)
        << "the index of a field" << typeName(Base->Ty);
    return errorExpr(R);
  }
  return fieldOf(Base, static_cast<unsigned>(I.Int), R);
}

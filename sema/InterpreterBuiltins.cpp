//===- InterpreterBuiltins.cpp - Evaluation rules for sema/Builtins.def ---===//
//
// Lane-wise arithmetic with the machine semantics codegen gives the same
// builtin (fixed-width wrap, signedness from the dtype, float rounding to the
// dtype), the interpreter heap (alloc/free/load/store/offset) and the
// builtins that cannot run at compile time (external_call, abort).
//
//===----------------------------------------------------------------------===//
#include "sema/Interpreter.h"
#include "sema/SemaImpl.h"
#include "sema/SimdLanes.h"
#include "llvm/ADT/APFloat.h"
#include "llvm/ADT/APSInt.h"
#include <cmath>
#include <new>

using namespace ignis;
using namespace ignis::sema;
using Op = cir::BuiltinOp;

static double roundTo(DType D, double X) {
  switch (D) {
  case DType::Float32:
    return static_cast<double>(static_cast<float>(X));
  case DType::Float16:
  case DType::BFloat16: {
    llvm::APFloat F(X);
    bool Lost;
    F.convert(D == DType::Float16 ? llvm::APFloat::IEEEhalf()
                                  : llvm::APFloat::BFloat(),
              llvm::APFloat::rmNearestTiesToEven, &Lost);
    F.convert(llvm::APFloat::IEEEdouble(), llvm::APFloat::rmNearestTiesToEven,
              &Lost);
    return F.convertToDouble();
  }
  default:
    return X;
  }
}

static IValue boolLanes(llvm::ArrayRef<bool> Bits) {
  IValue V;
  V.K = IValue::Kind::Int;
  for (bool B : Bits)
    V.Ints.push_back(llvm::APInt(1, B ? 1 : 0));
  return V;
}

static bool isCompare(Op O) {
  return O == Op::Eq || O == Op::Ne || O == Op::Lt || O == Op::Le ||
         O == Op::Gt || O == Op::Ge;
}

static bool floatCompare(Op O, double A, double B) {
  switch (O) {
  case Op::Eq: return A == B;
  case Op::Ne: return A != B;
  case Op::Lt: return A < B;
  case Op::Le: return A <= B;
  case Op::Gt: return A > B;
  default: return A >= B;
  }
}

static bool intCompare(Op O, const llvm::APInt &A, const llvm::APInt &B,
                       bool Signed) {
  switch (O) {
  case Op::Eq: return A == B;
  case Op::Ne: return A != B;
  case Op::Lt: return Signed ? A.slt(B) : A.ult(B);
  case Op::Le: return Signed ? A.sle(B) : A.ule(B);
  case Op::Gt: return Signed ? A.sgt(B) : A.ugt(B);
  default: return Signed ? A.sge(B) : A.uge(B);
  }
}

static double floatOp(Op O, double A, double B, double C, bool &Known) {
  Known = true;
  switch (O) {
  case Op::Add: return A + B;
  case Op::Sub: return A - B;
  case Op::Mul: return A * B;
  case Op::Div: return A / B;
  case Op::Rem: return std::fmod(A, B);
  case Op::Floordiv: return std::floor(A / B);
  case Op::Mod: {
    double R = std::fmod(A, B);
    return (R != 0 && ((R < 0) != (B < 0))) ? R + B : R;
  }
  case Op::Neg: return -A;
  case Op::Pow: return std::pow(A, B);
  case Op::Min: return std::fmin(A, B);
  case Op::Max: return std::fmax(A, B);
  case Op::Sqrt: return std::sqrt(A);
  case Op::Exp: return std::exp(A);
  case Op::Log: return std::log(A);
  case Op::Sin: return std::sin(A);
  case Op::Cos: return std::cos(A);
  case Op::Tan: return std::tan(A);
  case Op::Tanh: return std::tanh(A);
  case Op::Floor: return std::floor(A);
  case Op::Ceil: return std::ceil(A);
  case Op::Trunc: return std::trunc(A);
  case Op::Round: return std::nearbyint(A);
  case Op::Abs: return std::fabs(A);
  case Op::Fma: return std::fma(A, B, C);
  case Op::Asin: return std::asin(A);
  case Op::Acos: return std::acos(A);
  case Op::Atan: return std::atan(A);
  case Op::Atan2: return std::atan2(A, B);
  case Op::Sinh: return std::sinh(A);
  case Op::Cosh: return std::cosh(A);
  case Op::Asinh: return std::asinh(A);
  case Op::Acosh: return std::acosh(A);
  case Op::Atanh: return std::atanh(A);
  case Op::Exp2: return std::exp2(A);
  case Op::Expm1: return std::expm1(A);
  case Op::Log2: return std::log2(A);
  case Op::Log10: return std::log10(A);
  case Op::Log1p: return std::log1p(A);
  case Op::Cbrt: return std::cbrt(A);
  case Op::Erf: return std::erf(A);
  case Op::Erfc: return std::erfc(A);
  case Op::Rsqrt: return 1.0 / std::sqrt(A);
  case Op::CopySign: return std::copysign(A, B);
  default: Known = false; return 0;
  }
}

/// Integer lanes; false with DivZero set for a division by zero.
static bool intOp(Op O, const llvm::APInt &A, const llvm::APInt &B,
                  bool Signed, llvm::APInt &R, bool &DivZero) {
  unsigned W = A.getBitWidth();
  auto ShiftAmount = [&]() -> unsigned {
    return B.getActiveBits() > 32 ? W : std::min<uint64_t>(B.getZExtValue(), W);
  };
  switch (O) {
  case Op::Add: R = A + B; return true;
  case Op::Sub: R = A - B; return true;
  case Op::Mul: R = A * B; return true;
  case Op::BitAnd: R = A & B; return true;
  case Op::BitOr: R = A | B; return true;
  case Op::BitXor: R = A ^ B; return true;
  case Op::Invert: R = ~A; return true;
  case Op::Neg: R = -A; return true;
  case Op::Shl: R = ShiftAmount() >= W ? llvm::APInt(W, 0) : A.shl(ShiftAmount()); return true;
  case Op::Shr:
    if (ShiftAmount() >= W)
      R = Signed && A.isNegative() ? llvm::APInt::getAllOnes(W) : llvm::APInt(W, 0);
    else
      R = Signed ? A.ashr(ShiftAmount()) : A.lshr(ShiftAmount());
    return true;
  case Op::Min: R = (Signed ? A.slt(B) : A.ult(B)) ? A : B; return true;
  case Op::Max: R = (Signed ? A.sgt(B) : A.ugt(B)) ? A : B; return true;
  case Op::Abs: R = Signed && A.isNegative() ? -A : A; return true;
  case Op::PopCount: R = llvm::APInt(W, A.popcount()); return true;
  case Op::CountLeadingZeros: R = llvm::APInt(W, A.countl_zero()); return true;
  case Op::CountTrailingZeros: R = llvm::APInt(W, A.countr_zero()); return true;
  case Op::Pow: {
    llvm::APInt Base = A, Result(W, 1);
    llvm::APInt E = B;
    if (Signed && E.isNegative()) {
      R = llvm::APInt(W, 0);
      return true;
    }
    while (!E.isZero()) {
      if (E[0])
        Result *= Base;
      Base *= Base;
      E = E.lshr(1);
    }
    R = Result;
    return true;
  }
  case Op::Div:
  case Op::Rem:
  case Op::Floordiv:
  case Op::Mod: {
    if (B.isZero()) {
      DivZero = true;
      return false;
    }
    if (!Signed) {
      R = (O == Op::Div || O == Op::Floordiv) ? A.udiv(B) : A.urem(B);
      return true;
    }
    llvm::APInt Q = A.sdiv(B), Rm = A.srem(B);
    bool Adjust = !Rm.isZero() && (Rm.isNegative() != B.isNegative());
    if (O == Op::Div)
      R = Q;
    else if (O == Op::Rem)
      R = Rm;
    else if (O == Op::Floordiv)
      R = Adjust ? Q - 1 : Q;
    else
      R = Adjust ? Rm + B : Rm;
    return true;
  }
  default:
    return false;
  }
}

bool Interpreter::arith(Op O, const cir::Expr *E, llvm::ArrayRef<const IValue *> A,
                        IValue &Out) {
  auto *P = E->Ops.empty() ? nullptr : llvm::dyn_cast<PrimType>(E->Ops[0]->Ty);
  if (!P || A.empty() || A[0]->K == IValue::Kind::Undef)
    return fail(E->Range, DiagID::err_comptime_unsupported,
                {("'__builtin." + cir::getBuiltinName(O) + "' on these operands").str()});
  // Every operand must hold the lanes of its kind (a value read from
  // uninitialised or foreign memory does not): report, never index past.
  for (const IValue *Op : A) {
    const IValue &V = *Op;
    bool OK = (V.K == IValue::Kind::Int && !V.Ints.empty()) ||
              (V.K == IValue::Kind::Float && !V.Floats.empty()) ||
              V.K == IValue::Kind::Pointer;
    if (!OK)
      return fail(E->Range, DiagID::err_comptime_unsupported,
                  {("'__builtin." + cir::getBuiltinName(O) +
                    "' on an uninitialised value")
                       .str()});
  }
  bool Signed = isSignedIntDType(P->Elem);
  unsigned Lanes = P->Width;
  Out.reset();
  // Reductions.
  if (O == Op::ReduceAdd || O == Op::ReduceMul || O == Op::ReduceMin ||
      O == Op::ReduceMax || O == Op::ReduceAnd || O == Op::ReduceOr) {
    Op Step = O == Op::ReduceAdd   ? Op::Add
              : O == Op::ReduceMul ? Op::Mul
              : O == Op::ReduceMin ? Op::Min
              : O == Op::ReduceMax ? Op::Max
              : O == Op::ReduceAnd ? Op::BitAnd
                                   : Op::BitOr;
    if (A[0]->K == IValue::Kind::Float) {
      double Acc = A[0]->Floats[0];
      bool Known;
      for (unsigned I = 1; I < A[0]->Floats.size(); ++I)
        Acc = roundTo(P->Elem, floatOp(Step, Acc, A[0]->Floats[I], 0, Known));
      Out.K = IValue::Kind::Float;
      Out.Floats.push_back(Acc);
      return true;
    }
    llvm::APInt Acc = A[0]->Ints[0];
    bool DZ = false;
    for (unsigned I = 1; I < A[0]->Ints.size(); ++I) {
      llvm::APInt R;
      intOp(Step, Acc, A[0]->Ints[I], Signed, R, DZ);
      Acc = R;
    }
    Out.K = IValue::Kind::Int;
    Out.Ints.push_back(Acc);
    return true;
  }
  if (O == Op::Select) {
    Out = *A[1];
    for (unsigned I = 0; I < A[0]->Ints.size(); ++I) {
      if (A[0]->Ints[I].isZero()) {
        if (Out.K == IValue::Kind::Float)
          Out.Floats[I] = A[2]->Floats[I];
        else
          Out.Ints[I] = A[2]->Ints[I];
      }
    }
    return true;
  }
  if (O == Op::IsNan || O == Op::IsInf || O == Op::IsFinite) {
    llvm::SmallVector<bool, 4> Bits;
    for (unsigned I = 0; I < Lanes; ++I) {
      double X = A[0]->K == IValue::Kind::Float ? A[0]->Floats[I] : 0;
      Bits.push_back(O == Op::IsNan   ? std::isnan(X)
                     : O == Op::IsInf ? std::isinf(X)
                                      : std::isfinite(X));
    }
    Out = boolLanes(Bits);
    return true;
  }
  if (isCompare(O)) {
    llvm::SmallVector<bool, 4> Bits;
    for (unsigned I = 0; I < Lanes; ++I) {
      if (A[0]->K == IValue::Kind::Float)
        Bits.push_back(floatCompare(O, A[0]->Floats[I], A[1]->Floats[I]));
      else
        Bits.push_back(intCompare(O, A[0]->Ints[I], A[1]->Ints[I], Signed));
    }
    Out = boolLanes(Bits);
    return true;
  }
  if (A[0]->K == IValue::Kind::Float) {
    Out.K = IValue::Kind::Float;
    for (unsigned I = 0; I < Lanes; ++I) {
      bool Known;
      double X = floatOp(O, A[0]->Floats[I], A.size() > 1 ? A[1]->Floats[I] : 0,
                         A.size() > 2 ? A[2]->Floats[I] : 0, Known);
      if (!Known)
        return fail(E->Range, DiagID::err_comptime_unsupported,
                    {("'__builtin." + cir::getBuiltinName(O) + "' on floats").str()});
      Out.Floats.push_back(roundTo(P->Elem, X));
    }
    return true;
  }
  Out.K = IValue::Kind::Int;
  for (unsigned I = 0; I < Lanes; ++I) {
    llvm::APInt R;
    bool DZ = false;
    const llvm::APInt &X = A[0]->Ints[I];
    llvm::APInt Y = A.size() > 1 ? A[1]->Ints[I] : X;
    if (!intOp(O, X, Y, Signed, R, DZ)) {
      if (DZ)
        return fail(E->Range, DiagID::err_comptime_div_zero, {current()});
      return fail(E->Range, DiagID::err_comptime_unsupported,
                  {("'__builtin." + cir::getBuiltinName(O) + "' on integers").str()});
    }
    Out.Ints.push_back(R);
  }
  return true;
}

static IValue castLanes(const IValue &V, DType From, DType To) {
  IValue R;
  bool ToFloat = isFloatDType(To);
  R.K = ToFloat ? IValue::Kind::Float : IValue::Kind::Int;
  unsigned Bits = getDTypeBits(To);
  size_t N = V.K == IValue::Kind::Float ? V.Floats.size() : V.Ints.size();
  for (size_t I = 0; I < N; ++I) {
    if (V.K == IValue::Kind::Float) {
      double X = V.Floats[I];
      if (ToFloat) {
        R.Floats.push_back(roundTo(To, X));
      } else if (To == DType::Bool) {
        R.Ints.push_back(llvm::APInt(1, X != 0));
      } else {
        llvm::APSInt S(Bits, !isSignedIntDType(To));
        bool Exact;
        llvm::APFloat F(X);
        F.convertToInteger(S, llvm::APFloat::rmTowardZero, &Exact);
        R.Ints.push_back(S);
      }
      continue;
    }
    const llvm::APInt &X = V.Ints[I];
    bool Signed = isSignedIntDType(From);
    if (ToFloat)
      R.Floats.push_back(roundTo(To, Signed ? literalToDouble(X)
                                            : X.roundToDouble(false)));
    else if (To == DType::Bool)
      R.Ints.push_back(llvm::APInt(1, !X.isZero()));
    else
      R.Ints.push_back(Signed ? X.sextOrTrunc(Bits) : X.zextOrTrunc(Bits));
  }
  return R;
}

bool Interpreter::builtin(const cir::Expr *E, Frame &F, IValue &Out) {
  if (!step(E->Range))
    return false;
  switch (E->Builtin) {
  case Op::ExternalCall: {
    std::string Sym = !E->Params.empty() &&
                              E->Params[0].K == ComptimeValue::Kind::String
                          ? E->Params[0].Str.str()
                          : std::string("?");
    if (Sym == "memcpy" || Sym == "memmove" || Sym == "memset" ||
        Sym == "memcmp")
      return memoryCall(Sym, E, F, Out);
    return fail(E->Range, DiagID::err_comptime_external, {current(), Sym});
  }
  case Op::SizeOf: {
    if (E->Params.empty() || E->Params[0].K != ComptimeValue::Kind::Type)
      return fail(E->Range, DiagID::err_comptime_unsupported, {"size_of"});
    uint64_t Size, Align;
    sizeAlign(S, E->Params[0].Ty, Size, Align);
    Out.reset(IValue::Kind::Int);
    Out.Ints.push_back(llvm::APInt(64, Size));
    return true;
  }
  case Op::Abort:
    return fail(E->Range, DiagID::err_comptime_abort, {current()});
  case Op::Destroy:
    Out.reset(IValue::Kind::None);
    return true;
  case Op::LlvmIntrinsic:
    // llvm.assume only informs the optimiser (-D ASSERT=none bounds facts):
    // at compile time it is a no-op. Other intrinsics are unsupported.
    if (!E->Params.empty() && E->Params[0].K == ComptimeValue::Kind::String &&
        E->Params[0].Str == "llvm.assume") {
      Out.reset(IValue::Kind::None);
      return true;
    }
    return fail(E->Range, DiagID::err_comptime_unsupported,
                {"'__builtin.llvm_intrinsic'"});
  case Op::StringLength: {
    IValue S;
    if (!eval(E->Ops[0], F, S))
      return false;
    Out.reset(IValue::Kind::Int);
    Out.Ints.push_back(llvm::APInt(64, S.Str.size()));
    return true;
  }
  case Op::StringData: {
    IValue S;
    if (!eval(E->Ops[0], F, S))
      return false;
    Memory += S.Str.size() + 1;
    if (Memory > Limits.MaxMemory)
      return fail(E->Range, DiagID::err_comptime_memory,
                  {std::to_string(Limits.MaxMemory), current()});
    auto Block = std::make_unique<std::vector<IValue>>();
    for (char C : S.Str) {
      IValue B;
      B.K = IValue::Kind::Int;
      B.Ints.push_back(llvm::APInt(8, static_cast<uint8_t>(C)));
      Block->push_back(std::move(B));
    }
    uint32_t B = addBlock(std::move(Block));
    Out.reset(IValue::Kind::Pointer);
    Out.Block = B;
    return true;
  }
  case Op::Alloc:
  case Op::StackAlloc: {
    int64_t Count = 0;
    Type Elem = E->Params.empty() || E->Params[0].K != ComptimeValue::Kind::Type
                    ? nullptr
                    : E->Params[0].Ty;
    if (E->Builtin == Op::Alloc) {
      IValue N;
      if (!eval(E->Ops[0], F, N))
        return false;
      Count = N.K == IValue::Kind::Int ? N.Ints[0].getSExtValue() : -1;
    } else if (E->Params.size() > 1 && E->Params[1].K == ComptimeValue::Kind::Int) {
      Count = E->Params[1].Int;
    }
    if (!Elem || Count < 0)
      return fail(E->Range, DiagID::err_comptime_unsupported, {"this allocation"});
    Memory += Count;
    if (Memory > Limits.MaxMemory)
      return fail(E->Range, DiagID::err_comptime_memory,
                  {std::to_string(Limits.MaxMemory), current()});
    uint32_t B = addBlock(
        std::make_unique<std::vector<IValue>>(Count, zeroCached(Elem)));
    Out.reset(IValue::Kind::Pointer);
    Out.Block = B;
    return true;
  }
  case Op::Free: {
    IValue P;
    if (!eval(E->Ops[0], F, P))
      return false;
    if (P.K == IValue::Kind::Pointer && P.Block && P.Block < Heap.size() &&
        Heap[P.Block]) {
      Memory -= std::min<uint64_t>(Memory, Heap[P.Block]->size());
      if (!Heap[P.Block]->empty())
        BlockAt.erase(Heap[P.Block]->data());
      Heap[P.Block].reset();
    }
    Out.reset(IValue::Kind::None);
    return true;
  }
  case Op::Load: {
    IValue P;
    if (!eval(E->Ops[0], F, P))
      return false;
    IValue *T = deref(P, E);
    if (!T)
      return false;
    Out = *T;
    reinterpretReadAs(Out, E->Ty);
    return true;
  }
  case Op::Store: {
    IValue P, V;
    if (!eval(E->Ops[0], F, P) || !eval(E->Ops[1], F, V))
      return false;
    IValue *T = deref(P, E);
    if (!T)
      return false;
    *T = std::move(V);
    Out.reset(IValue::Kind::None);
    return true;
  }
  case Op::Uninit:
    if (auto *AT = llvm::dyn_cast<ArrayType>(E->Ty)) {
      Memory += AT->Count;
      if (Memory > Limits.MaxMemory)
        return fail(E->Range, DiagID::err_comptime_memory,
                    {std::to_string(Limits.MaxMemory), current()});
    }
    Out = zeroCached(E->Ty);
    return true;
  case Op::PtrCast: {
    // The only reinterpretation followed: an inline array's address as the
    // address of its first element. Other casts keep the address.
    IValue P;
    if (!eval(E->Ops[0], F, P))
      return false;
    Out = P;
    auto *From = llvm::dyn_cast<PointerType>(E->Ops[0]->Ty);
    auto *To = llvm::dyn_cast<PointerType>(E->Ty);
    auto *AT = From ? llvm::dyn_cast<ArrayType>(From->Pointee) : nullptr;
    if (AT && To && To->Pointee == AT->Elem && !P.InElems) {
      IValue *Arr = deref(P, E);
      if (!Arr)
        return false;
      Out.reset(IValue::Kind::Pointer);
      Out.Target = Arr;
      Out.InElems = true;
    }
    return true;
  }
  case Op::AddrSpaceCast:
    // One address space at compile time: the same pointer.
    return eval(E->Ops[0], F, Out);
  case Op::Offset: {
    IValue P, N;
    if (!eval(E->Ops[0], F, P) || !eval(E->Ops[1], F, N))
      return false;
    Out = P;
    if (N.K == IValue::Kind::Int)
      Out.Index += N.Ints[0].getSExtValue();
    return true;
  }
  default:
    break;
  }
  // Up to three operands on the stack (no vector to grow), each made only
  // if it is evaluated. Where every operand is a variable, a field of one
  // or a constant, the variables are read in place (no operand's
  // evaluation can change another).
  struct InlineOperands {
    alignas(IValue) unsigned char Buf[3 * sizeof(IValue)];
    unsigned Live = 0;
    IValue &make(size_t I) {
      Live |= 1u << I;
      return *new (Buf + I * sizeof(IValue)) IValue();
    }
    ~InlineOperands() {
      for (unsigned I = 0; I < 3; ++I)
        if (Live >> I & 1)
          reinterpret_cast<IValue *>(Buf + I * sizeof(IValue))->~IValue();
    }
  } Inline;
  const IValue *InlinePtrs[3];
  llvm::SmallVector<IValue, 0> Many;
  llvm::SmallVector<const IValue *, 0> ManyPtrs;
  size_t N = E->Ops.size();
  if (N > 3) {
    Many.resize(N);
    ManyPtrs.resize(N);
  }
  auto Slot = [&](size_t I) -> IValue & {
    return N > 3 ? Many[I] : Inline.make(I);
  };
  const IValue **Ptrs = N > 3 ? ManyPtrs.data() : InlinePtrs;
  auto IsVariable = [](const cir::Expr *Op) {
    while (Op->Kind == cir::ExprKind::FieldRef)
      Op = Op->Ops[0];
    return Op->Kind == cir::ExprKind::LocalRef;
  };
  bool InPlace = llvm::all_of(E->Ops, [&](const cir::Expr *Op) {
    return Op->Kind == cir::ExprKind::IntConst ||
           Op->Kind == cir::ExprKind::FloatConst || IsVariable(Op);
  });
  for (size_t I = 0; I < N; ++I) {
    if (InPlace && IsVariable(E->Ops[I])) {
      Ptrs[I] = place(E->Ops[I], F);
      if (!Ptrs[I])
        return false;
      continue;
    }
    IValue &V = Slot(I);
    if (!eval(E->Ops[I], F, V))
      return false;
    Ptrs[I] = &V;
  }
  llvm::ArrayRef<const IValue *> Args(Ptrs, N);
  auto *P = E->Ops.empty() ? nullptr : llvm::dyn_cast<PrimType>(E->Ops[0]->Ty);
  switch (E->Builtin) {
  case Op::Cast:
    if (!P || E->Params.empty() || E->Params[0].K != ComptimeValue::Kind::DType)
      return fail(E->Range, DiagID::err_comptime_unsupported, {"this cast"});
    Out = castLanes(*Args[0], P->Elem, E->Params[0].DT);
    return true;
  case Op::Splat: {
    unsigned W = E->Params.empty() ? 1 : static_cast<unsigned>(E->Params[0].Int);
    Out = *Args[0];
    if (Out.K == IValue::Kind::Float)
      Out.Floats.assign(W, Args[0]->Floats[0]);
    else if (Out.K == IValue::Kind::Int)
      Out.Ints.assign(W, Args[0]->Ints[0]);
    return true;
  }
  case Op::Shuffle: {
    auto *PB = llvm::dyn_cast<PrimType>(E->Ops[1]->Ty);
    llvm::SmallVector<int64_t, 16> Mask;
    std::string Problem;
    if (!P || !PB ||
        !cir::getShuffleMask(E->Params, P->Width, PB->Width, Mask, Problem))
      return fail(E->Range, DiagID::err_comptime_unsupported, {"this shuffle"});
    Out.reset();
    Out.K = Args[0]->K;
    for (int64_t I : Mask) {
      int64_t WA = P->Width;
      const IValue &Src = I < WA ? *Args[0] : *Args[1];
      size_t Lane = static_cast<size_t>(I < WA ? I : I - WA);
      if (Out.K == IValue::Kind::Float)
        Out.Floats.push_back(Src.Floats[Lane]);
      else
        Out.Ints.push_back(Src.Ints[Lane]);
    }
    return true;
  }
  case Op::Iota: {
    auto *RT = llvm::dyn_cast<PrimType>(E->Ty);
    if (!RT)
      return fail(E->Range, DiagID::err_comptime_unsupported, {"this iota"});
    Out.reset();
    bool Float = isFloatDType(RT->Elem);
    Out.K = Float ? IValue::Kind::Float : IValue::Kind::Int;
    unsigned Bits = RT->Elem == DType::Bool ? 1 : getDTypeBits(RT->Elem);
    for (unsigned I = 0; I < RT->Width; ++I) {
      if (Float)
        Out.Floats.push_back(roundTo(RT->Elem, I));
      else
        Out.Ints.push_back(llvm::APInt(Bits, I, false, true));
    }
    return true;
  }
  case Op::Extract:
  case Op::Insert: {
    const IValue &Idx = *Args[E->Builtin == Op::Extract ? 1 : 2];
    int64_t I = Idx.K == IValue::Kind::Int ? Idx.Ints[0].getSExtValue() : -1;
    size_t N = Args[0]->K == IValue::Kind::Float ? Args[0]->Floats.size()
                                                : Args[0]->Ints.size();
    if (I < 0 || static_cast<size_t>(I) >= N)
      return fail(E->Range, DiagID::err_comptime_bad_pointer, {current()});
    if (E->Builtin == Op::Extract) {
      Out.reset();
      Out.K = Args[0]->K;
      if (Out.K == IValue::Kind::Float)
        Out.Floats.push_back(Args[0]->Floats[I]);
      else
        Out.Ints.push_back(Args[0]->Ints[I]);
      return true;
    }
    if (Args[1]->K != Args[0]->K ||
        (Args[1]->K == IValue::Kind::Float ? Args[1]->Floats.empty()
                                          : Args[1]->Ints.empty()))
      return fail(E->Range, DiagID::err_comptime_unsupported,
                  {"'__builtin.insert' of this value"});
    Out = *Args[0];
    if (Out.K == IValue::Kind::Float)
      Out.Floats[I] = Args[1]->Floats[0];
    else
      Out.Ints[I] = Args[1]->Ints[0];
    return true;
  }
  default:
    return arith(E->Builtin, E, Args, Out);
  }
}

/// memcpy/memmove/memset/memcmp over interpreter memory, which holds values
/// (not bytes): the byte count is divided by the size of the pointee type,
/// and values are copied, zeroed or compared whole.
bool Interpreter::memoryCall(llvm::StringRef Sym, const cir::Expr *E,
                             Frame &F, IValue &Out) {
  if (E->Ops.size() != 3)
    return fail(E->Range, DiagID::err_comptime_external, {current(), Sym.str()});
  auto *PT = llvm::dyn_cast<PointerType>(E->Ops[0]->Ty);
  IValue A, B, N;
  if (!eval(E->Ops[0], F, A) || !eval(E->Ops[1], F, B) ||
      !eval(E->Ops[2], F, N))
    return false;
  uint64_t Size = 0, Align = 1;
  if (PT)
    sizeAlign(S, PT->Pointee, Size, Align);
  if (!PT || Size == 0 || N.K != IValue::Kind::Int || N.Ints.empty())
    return fail(E->Range, DiagID::err_comptime_external, {current(), Sym.str()});
  int64_t Count = static_cast<int64_t>(N.Ints[0].getSExtValue() / Size);
  auto At = [&](const IValue &P, int64_t I) -> IValue * {
    IValue Q = P;
    Q.Index += I;
    return deref(Q, E);
  };
  Out.reset();
  if (Sym == "memset") {
    if (B.K != IValue::Kind::Int || B.Ints.empty() || !B.Ints[0].isZero())
      return fail(E->Range, DiagID::err_comptime_unsupported,
                  {"memset to a value other than 0"});
    const IValue &Zero = zeroCached(PT->Pointee);
    for (int64_t I = 0; I < Count; ++I) {
      IValue *D = At(A, I);
      if (!D)
        return false;
      *D = Zero;
    }
    Out.K = IValue::Kind::Pointer;
    return true;
  }
  if (Sym == "memcmp") {
    int Result = 0;
    for (int64_t I = 0; I < Count && Result == 0; ++I) {
      IValue *X = At(A, I), *Y = At(B, I);
      if (!X || !Y)
        return false;
      if (X->K != IValue::Kind::Int || Y->K != IValue::Kind::Int ||
          X->Ints.empty() || Y->Ints.empty())
        return fail(E->Range, DiagID::err_comptime_unsupported,
                    {"memcmp of values that are not integers"});
      if (X->Ints[0] != Y->Ints[0])
        Result = X->Ints[0].ult(Y->Ints[0]) ? -1 : 1;
    }
    Out.K = IValue::Kind::Int;
    Out.Ints.push_back(llvm::APInt(32, static_cast<uint64_t>(Result), true));
    return true;
  }
  // memcpy / memmove: through a copy, so overlapping ranges work.
  std::vector<IValue> Values;
  Values.reserve(Count);
  for (int64_t I = 0; I < Count; ++I) {
    IValue *X = At(B, I);
    if (!X)
      return false;
    Values.push_back(*X);
  }
  for (int64_t I = 0; I < Count; ++I) {
    IValue *D = At(A, I);
    if (!D)
      return false;
    *D = std::move(Values[I]);
  }
  Out = A;
  return true;
}

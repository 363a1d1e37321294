//===- MLIRGenBuiltins.cpp - Builtins.def ops and runtime calls -> MLIR ---===//
//
// One case per `__builtin.NAME` of sema/Builtins.def. Operands are scalars
// or vectors; the dtype of the first operand picks float, signed or
// unsigned forms. Calls into C (external_call, the ignis_rt_* runtime) are
// llvm.call to llvm.func declarations.
//
//===----------------------------------------------------------------------===//
#include "codegen/MLIRGen.h"
#include "codegen/RuntimeAttrs.h"
#include "sema/SimdLanes.h"
#include <limits>

using namespace ignis;
using namespace ignis::cir;
namespace LLVM = mlir::LLVM;
namespace arith = mlir::arith;
namespace math = mlir::math;
namespace cf = mlir::cf;
using mlir::Value;

/// The alignment of a vector's element (0: the type's own, for scalars).
static unsigned elementAlignment(mlir::Type T) {
  auto VT = mlir::dyn_cast<mlir::VectorType>(T);
  if (!VT || !VT.getElementType().isIntOrFloat())
    return 0;
  unsigned Bits = VT.getElementType().getIntOrFloatBitWidth();
  return Bits >= 8 ? Bits / 8 : 1;
}

/// The alignment a load or store may assume: `__builtin.load[alignment]`'s
/// when it is larger than the element's.
static unsigned accessAlignment(const cir::Expr *E, mlir::Type T) {
  unsigned Align = elementAlignment(T);
  if (E->Params.size() == 1 && E->Params[0].K == ComptimeValue::Kind::Int &&
      E->Params[0].Int > static_cast<int64_t>(Align) && Align != 0)
    Align = static_cast<unsigned>(E->Params[0].Int);
  return Align;
}

static const PrimType *asPrim(Type T) {
  return llvm::dyn_cast_or_null<PrimType>(T);
}

/// Index is the signed integer behind Int.
static bool isSigned(DType D) {
  return isSignedIntDType(D) || D == DType::Index;
}

/// T's shape (scalar or vector of the same width) with element type Elem.
static mlir::Type withElement(mlir::Type T, mlir::Type Elem) {
  if (auto VT = mlir::dyn_cast<mlir::VectorType>(T))
    return mlir::VectorType::get(VT.getShape(), Elem);
  return Elem;
}

Value MLIRGen::genBuiltin(const cir::Expr *E) {
  if (E->Builtin == BuiltinOp::ParallelFor)
    return genParallelFor(E); // operands after n are places (by address)
  if (E->Builtin == BuiltinOp::MakeClosure)
    return genMakeClosure(E); // operands are places (by address)
  if (E->Builtin == BuiltinOp::CallClosure)
    return genCallClosure(E);
  if (E->Builtin == BuiltinOp::GpuLaunch)
    return genGpuLaunch(E); // MLIRGenGpu.cpp
  mlir::Location L = getLoc(E->Range);
  llvm::SmallVector<Value, 3> Args;
  for (const cir::Expr *Op : E->Ops) {
    Args.push_back(genValue(Op));
    if (!isLive())
      return nullptr;
  }
  auto NeedArgs = [&](size_t N) {
    if (Args.size() >= N && llvm::all_of(llvm::ArrayRef(Args).take_front(N),
                                         [](Value V) { return bool(V); }))
      return true;
    fail("builtin '" + getBuiltinName(E->Builtin) + "' is missing operands");
    return false;
  };
  switch (E->Builtin) {
  case BuiltinOp::Eq:
  case BuiltinOp::Ne:
  case BuiltinOp::Lt:
  case BuiltinOp::Le:
  case BuiltinOp::Gt:
  case BuiltinOp::Ge:
    return NeedArgs(2) ? genCompare(E, Args) : nullptr;
  case BuiltinOp::Cast: {
    const PrimType *From = asPrim(E->Ops[0]->Ty), *To = asPrim(E->Ty);
    if (!NeedArgs(1) || !From || !To) {
      fail("cast between non-machine types");
      return nullptr;
    }
    return genCast(L, Args[0], From->Elem, To->Elem, getValueType(E->Ty));
  }
  case BuiltinOp::Splat:
    if (!NeedArgs(1))
      return nullptr;
    if (!mlir::isa<mlir::VectorType>(getValueType(E->Ty)))
      return Args[0];
    return mlir::vector::BroadcastOp::create(B, L, getValueType(E->Ty),
                                             Args[0]);
  case BuiltinOp::Extract:
    if (!NeedArgs(2))
      return nullptr;
    if (!mlir::isa<mlir::VectorType>(Args[0].getType()))
      return Args[0];
    return LLVM::ExtractElementOp::create(B, L, Args[0], Args[1]);
  case BuiltinOp::Insert:
    if (!NeedArgs(3))
      return nullptr;
    if (!mlir::isa<mlir::VectorType>(Args[0].getType()))
      return Args[1];
    return LLVM::InsertElementOp::create(B, L, Args[0], Args[1], Args[2]);
  case BuiltinOp::Shuffle: {
    if (!NeedArgs(2))
      return nullptr;
    const PrimType *PA = asPrim(E->Ops[0]->Ty), *PB = asPrim(E->Ops[1]->Ty);
    llvm::SmallVector<int64_t, 16> Mask;
    std::string Problem;
    if (!PA || !PB ||
        !getShuffleMask(E->Params, PA->Width, PB->Width, Mask, Problem)) {
      fail("malformed shuffle: " + Problem);
      return nullptr;
    }
    // vector.shuffle works on vectors: a width-1 operand becomes vector<1xT>.
    auto AsVector = [&](Value V) -> Value {
      if (mlir::isa<mlir::VectorType>(V.getType()))
        return V;
      return mlir::vector::BroadcastOp::create(
          B, L, mlir::VectorType::get({1}, V.getType()), V);
    };
    Value R = mlir::vector::ShuffleOp::create(B, L, AsVector(Args[0]),
                                              AsVector(Args[1]), Mask);
    if (Mask.size() == 1)
      return mlir::vector::ExtractOp::create(B, L, R, llvm::ArrayRef<int64_t>{0});
    return R;
  }
  case BuiltinOp::Iota: {
    const PrimType *PT = asPrim(E->Ty);
    if (!PT) {
      fail("iota of a non-machine type");
      return nullptr;
    }
    mlir::Type ET = getElemType(PT->Elem);
    mlir::Type T = getValueType(E->Ty);
    if (!mlir::isa<mlir::VectorType>(T))
      return isFloatDType(PT->Elem) ? constFloat(L, T, 0) : constInt(L, T, 0);
    llvm::SmallVector<mlir::Attribute, 16> Lanes;
    for (unsigned I = 0; I < PT->Width; ++I) {
      if (isFloatDType(PT->Elem))
        Lanes.push_back(B.getFloatAttr(ET, static_cast<double>(I)));
      else if (PT->Elem == DType::Bool)
        Lanes.push_back(B.getIntegerAttr(ET, I & 1));
      else
        Lanes.push_back(B.getIntegerAttr(ET, I));
    }
    auto Dense = mlir::DenseElementsAttr::get(mlir::cast<mlir::ShapedType>(T), Lanes);
    return arith::ConstantOp::create(B, L, Dense);
  }
  case BuiltinOp::Select:
    if (!NeedArgs(3))
      return nullptr;
    return arith::SelectOp::create(B, L, Args[0], Args[1], Args[2]);
  case BuiltinOp::ReduceAdd:
  case BuiltinOp::ReduceMul:
  case BuiltinOp::ReduceMin:
  case BuiltinOp::ReduceMax:
  case BuiltinOp::ReduceAnd:
  case BuiltinOp::ReduceOr:
    return NeedArgs(1) ? genReduce(E, Args[0]) : nullptr;
  case BuiltinOp::Alloc: {
    if (!NeedArgs(1))
      return nullptr;
    Type Elem = nullptr;
    if (!E->Params.empty() && E->Params[0].K == ComptimeValue::Kind::Type)
      Elem = E->Params[0].Ty;
    else if (auto *PT = llvm::dyn_cast_or_null<PointerType>(E->Ty))
      Elem = PT->Pointee;
    mlir::Type ET = getMemType(Elem);
    Value Count = Args[0];
    if (Count.getType() != I64)
      Count = arith::ExtSIOp::create(B, L, I64, Count);
    // alignof(T) is the offset of T in struct {i8, T}.
    auto Padded =
        LLVM::LLVMStructType::getLiteral(&Ctx, {B.getIntegerType(8), ET});
    Value Null = LLVM::ZeroOp::create(B, L, PtrTy);
    Value AlignPtr = LLVM::GEPOp::create(
        B, L, PtrTy, Padded, Null, llvm::ArrayRef<LLVM::GEPArg>{0, 1});
    Value Align = LLVM::PtrToIntOp::create(B, L, I64, AlignPtr);
    if (uint64_t Declared = getDeclaredAlign(Elem))
      Align = arith::MaxUIOp::create(
          B, L, Align,
          LLVM::ConstantOp::create(
              B, L, I64, B.getI64IntegerAttr(static_cast<int64_t>(Declared))));
    Value Bytes = arith::MulIOp::create(B, L, Count, genSizeOf(L, ET));
    return callC(L, "ignis_rt_alloc", PtrTy, {Bytes, Align});
  }
  case BuiltinOp::StackAlloc: {
    // A fixed-size slot in the entry block: no heap, freed on return.
    mlir::Type ET = getMemType(E->Params[0].Ty);
    auto ArrTy = LLVM::LLVMArrayType::get(ET, static_cast<unsigned>(E->Params[1].Int));
    return createEntryAlloca(ArrTy);
  }
  case BuiltinOp::Uninit: // undefined bits: the library initialises them
    return LLVM::UndefOp::create(B, L, getMemType(E->Ty));
  case BuiltinOp::AddressOf: // sema makes it an AddressOf expression
    fail("builtin 'address_of' reached codegen");
    return nullptr;
  case BuiltinOp::Free:
    if (NeedArgs(1))
      callC(L, "ignis_rt_free", nullptr, {Args[0]});
    return nullptr;
  case BuiltinOp::Deref: // sema makes it a Deref place
    fail("builtin 'deref' reached codegen");
    return nullptr;
  case BuiltinOp::PtrCast:
    // Pointers are opaque: the address is the value.
    return NeedArgs(1) ? Args[0] : nullptr;
  case BuiltinOp::PtrToInt:
    return NeedArgs(1) ? LLVM::PtrToIntOp::create(B, L, I64, Args[0]) : nullptr;
  case BuiltinOp::SizeOf:
    return genSizeOf(L, getMemType(E->Params[0].Ty));
  case BuiltinOp::Destroy:
    if (NeedArgs(1))
      if (auto *PT = llvm::dyn_cast<PointerType>(E->Ops[0]->Ty))
        genDestroyAt(PT->Pointee, Args[0]);
    return nullptr;
  case BuiltinOp::Load:
    if (!NeedArgs(1) || !getValueType(E->Ty))
      return nullptr;
    // A vector is loaded from scalar storage: only the element's
    // alignment is known (SIMD loads through UnsafePointer).
  {
    auto Load = LLVM::LoadOp::create(B, L, getValueType(E->Ty), Args[0],
                                     accessAlignment(E, getValueType(E->Ty)));
    tagAccess(Load, MemoryClass::Element, Load.getType());
    return Load;
  }
  case BuiltinOp::Store:
    if (Args.size() == 2 && Args[0] && Args[1]) {
      auto Store = LLVM::StoreOp::create(B, L, Args[1], Args[0],
                                         accessAlignment(E, Args[1].getType()));
      tagAccess(Store, MemoryClass::Element, Args[1].getType());
    }
    return nullptr;
  case BuiltinOp::Offset: {
    if (!NeedArgs(2))
      return nullptr;
    auto *PT = llvm::dyn_cast<PointerType>(E->Ops[0]->Ty);
    mlir::Type ET = getMemType(PT ? PT->Pointee : nullptr);
    // `nusw`: pointer arithmetic never wraps around the address space, so
    // n * size and p + n * size do not overflow. Not `inbounds` (a pointer
    // may step outside its allocation as long as nothing reads there). It
    // lets alias analysis compare `p[i].a` with `p[j].b` by offsets modulo
    // the element size: in nbody_list, the store to bodies[i].vx then no
    // longer forces a reload of bodies[j].mass, and the loop body is small
    // enough to unroll fully (docs/performance.md).
    return LLVM::GEPOp::create(B, L, Args[0].getType(), ET, Args[0],
                               mlir::ValueRange{Args[1]},
                               LLVM::GEPNoWrapFlags::nusw);
  }
  case BuiltinOp::StringData:
  case BuiltinOp::StringLength:
    if (!NeedArgs(1))
      return nullptr;
    return LLVM::ExtractValueOp::create(
        B, L, Args[0], E->Builtin == BuiltinOp::StringData ? 0 : 1);
  case BuiltinOp::Abort: {
    // The stdlib prints the message; the runtime flushes stdout and exits.
    callC(L, "ignis_rt_abort", nullptr,
          {LLVM::ZeroOp::create(B, L, PtrTy), constI64(L, 0)});
    LLVM::UnreachableOp::create(B, L);
    terminate();
    return nullptr;
  }
  case BuiltinOp::ExternalCall:
    return genExternalCall(E, Args);
  case BuiltinOp::AddrSpaceCast: case BuiltinOp::LlvmIntrinsic: case BuiltinOp::SharedAlloc:
  case BuiltinOp::DynamicShared: case BuiltinOp::AtomicRMW:
  case BuiltinOp::AtomicCmpXchg: case BuiltinOp::AtomicLoad:
  case BuiltinOp::AtomicStore:
    return genGpuBuiltin(E, Args); // MLIRGenGpu.cpp
  default:
    return NeedArgs(E->Ops.size()) ? genArith(E, Args) : nullptr;
  }
}

Value MLIRGen::genArith(const cir::Expr *E, llvm::ArrayRef<Value> Args) {
  mlir::Location L = getLoc(E->Range);
  const PrimType *PT = asPrim(E->Ops.empty() ? nullptr : E->Ops[0]->Ty);
  if (!PT) {
    fail("builtin '" + getBuiltinName(E->Builtin) +
         "' applied to a non-machine type");
    return nullptr;
  }
  DType D = PT->Elem;
  bool F = isFloatDType(D), S = isSigned(D);
  Value A = Args[0], Bv = Args.size() > 1 ? Args[1] : Value();
  mlir::Type T = A.getType();
  auto Zero = [&] { return F ? constFloat(L, T, 0) : constInt(L, T, 0); };
  // Python rounding: when the remainder is non-zero and its sign differs
  // from the divisor's, floordiv subtracts one and mod adds the divisor.
  auto NeedsAdjust = [&](Value R) -> Value {
    Value Z = Zero();
    if (F) {
      Value NonZero = arith::CmpFOp::create(B, L, arith::CmpFPredicate::UNE, R, Z);
      Value RNeg = arith::CmpFOp::create(B, L, arith::CmpFPredicate::OLT, R, Z);
      Value BNeg = arith::CmpFOp::create(B, L, arith::CmpFPredicate::OLT, Bv, Z);
      Value Differ = arith::XOrIOp::create(B, L, RNeg, BNeg);
      return arith::AndIOp::create(B, L, NonZero, Differ);
    }
    Value NonZero = arith::CmpIOp::create(B, L, arith::CmpIPredicate::ne, R, Z);
    Value Xor = arith::XOrIOp::create(B, L, R, Bv);
    Value Differ = arith::CmpIOp::create(B, L, arith::CmpIPredicate::slt, Xor, Z);
    return arith::AndIOp::create(B, L, NonZero, Differ);
  };

  switch (E->Builtin) {
  case BuiltinOp::Add:
    return F ? Value(arith::AddFOp::create(B, L, A, Bv))
             : Value(arith::AddIOp::create(B, L, A, Bv));
  case BuiltinOp::Sub:
    return F ? Value(arith::SubFOp::create(B, L, A, Bv))
             : Value(arith::SubIOp::create(B, L, A, Bv));
  case BuiltinOp::Mul:
    return F ? Value(arith::MulFOp::create(B, L, A, Bv))
             : Value(arith::MulIOp::create(B, L, A, Bv));
  case BuiltinOp::Div:
    if (F)
      return arith::DivFOp::create(B, L, A, Bv);
    return S ? Value(arith::DivSIOp::create(B, L, A, Bv))
             : Value(arith::DivUIOp::create(B, L, A, Bv));
  case BuiltinOp::Rem:
    if (F)
      return arith::RemFOp::create(B, L, A, Bv);
    return S ? Value(arith::RemSIOp::create(B, L, A, Bv))
             : Value(arith::RemUIOp::create(B, L, A, Bv));
  case BuiltinOp::Floordiv: {
    if (F)
      return math::FloorOp::create(B, L, arith::DivFOp::create(B, L, A, Bv));
    if (!S)
      return arith::DivUIOp::create(B, L, A, Bv);
    Value Q = arith::DivSIOp::create(B, L, A, Bv);
    Value R = arith::RemSIOp::create(B, L, A, Bv);
    Value QMinus1 = arith::SubIOp::create(B, L, Q, constInt(L, T, 1));
    return arith::SelectOp::create(B, L, NeedsAdjust(R), QMinus1, Q);
  }
  case BuiltinOp::Mod: {
    if (!F && !S)
      return arith::RemUIOp::create(B, L, A, Bv);
    Value R = F ? Value(arith::RemFOp::create(B, L, A, Bv))
                : Value(arith::RemSIOp::create(B, L, A, Bv));
    Value RPlusB = F ? Value(arith::AddFOp::create(B, L, R, Bv))
                     : Value(arith::AddIOp::create(B, L, R, Bv));
    return arith::SelectOp::create(B, L, NeedsAdjust(R), RPlusB, R);
  }
  case BuiltinOp::Neg:
    return F ? Value(arith::NegFOp::create(B, L, A))
             : Value(arith::SubIOp::create(B, L, Zero(), A));
  case BuiltinOp::Pow:
    return F ? Value(math::PowFOp::create(B, L, A, Bv))
             : genIntPow(L, A, Bv, S);
  case BuiltinOp::BitAnd:
    return arith::AndIOp::create(B, L, A, Bv);
  case BuiltinOp::BitOr:
    return arith::OrIOp::create(B, L, A, Bv);
  case BuiltinOp::BitXor:
    return arith::XOrIOp::create(B, L, A, Bv);
  case BuiltinOp::Invert:
    return arith::XOrIOp::create(B, L, A, constInt(L, T, -1));
  case BuiltinOp::Shl:
    return arith::ShLIOp::create(B, L, A, Bv);
  case BuiltinOp::Shr:
    return S ? Value(arith::ShRSIOp::create(B, L, A, Bv))
             : Value(arith::ShRUIOp::create(B, L, A, Bv));
  case BuiltinOp::Min:
    if (F)
      return arith::MinNumFOp::create(B, L, A, Bv);
    return S ? Value(arith::MinSIOp::create(B, L, A, Bv))
             : Value(arith::MinUIOp::create(B, L, A, Bv));
  case BuiltinOp::Max:
    if (F)
      return arith::MaxNumFOp::create(B, L, A, Bv);
    return S ? Value(arith::MaxSIOp::create(B, L, A, Bv))
             : Value(arith::MaxUIOp::create(B, L, A, Bv));
  case BuiltinOp::Abs:
    if (F)
      return math::AbsFOp::create(B, L, A);
    return S ? Value(math::AbsIOp::create(B, L, A)) : A;
  case BuiltinOp::Fma:
    if (F)
      return math::FmaOp::create(B, L, A, Bv, Args[2]);
    return arith::AddIOp::create(B, L, arith::MulIOp::create(B, L, A, Bv),
                                 Args[2]);
  case BuiltinOp::Floor:
  case BuiltinOp::Ceil:
  case BuiltinOp::Trunc:
  case BuiltinOp::Round:
    if (!F)
      return A; // integers are already whole
    switch (E->Builtin) {
    case BuiltinOp::Floor:
      return math::FloorOp::create(B, L, A);
    case BuiltinOp::Ceil:
      return math::CeilOp::create(B, L, A);
    case BuiltinOp::Trunc:
      return math::TruncOp::create(B, L, A);
    default:
      return math::RoundEvenOp::create(B, L, A);
    }
  case BuiltinOp::PopCount:
  case BuiltinOp::CountLeadingZeros:
  case BuiltinOp::CountTrailingZeros:
    if (F) {
      fail("builtin '" + getBuiltinName(E->Builtin) + "' needs integers");
      return nullptr;
    }
    if (E->Builtin == BuiltinOp::PopCount)
      return math::CtPopOp::create(B, L, A);
    if (E->Builtin == BuiltinOp::CountLeadingZeros)
      return math::CountLeadingZerosOp::create(B, L, A);
    return math::CountTrailingZerosOp::create(B, L, A);
  case BuiltinOp::IsNan:
  case BuiltinOp::IsInf:
  case BuiltinOp::IsFinite: {
    if (!F) // integers are always finite numbers
      return constInt(L, getValueType(E->Ty),
                      E->Builtin == BuiltinOp::IsFinite ? 1 : 0);
    // Compares rather than math.isnan/isinf (which have no LLVM lowering):
    // NaN is unordered with itself; |a| == inf; finite is |a| < inf.
    if (E->Builtin == BuiltinOp::IsNan)
      return arith::CmpFOp::create(B, L, arith::CmpFPredicate::UNO, A, A);
    Value Mag = math::AbsFOp::create(B, L, A);
    Value Inf = constFloat(L, T, std::numeric_limits<double>::infinity());
    return arith::CmpFOp::create(B, L,
                                 E->Builtin == BuiltinOp::IsInf
                                     ? arith::CmpFPredicate::OEQ
                                     : arith::CmpFPredicate::OLT,
                                 Mag, Inf);
  }
  case BuiltinOp::Asin: case BuiltinOp::Acos: case BuiltinOp::Atan:
  case BuiltinOp::Atan2: case BuiltinOp::Sinh: case BuiltinOp::Cosh:
  case BuiltinOp::Asinh: case BuiltinOp::Acosh: case BuiltinOp::Atanh:
  case BuiltinOp::Exp2: case BuiltinOp::Expm1: case BuiltinOp::Log2:
  case BuiltinOp::Log10: case BuiltinOp::Log1p: case BuiltinOp::Cbrt:
  case BuiltinOp::Erf: case BuiltinOp::Erfc: case BuiltinOp::Rsqrt:
  case BuiltinOp::CopySign:
    if (!F) {
      fail("builtin '" + getBuiltinName(E->Builtin) + "' needs floats");
      return nullptr;
    }
    switch (E->Builtin) {
    case BuiltinOp::Asin: return math::AsinOp::create(B, L, A);
    case BuiltinOp::Acos: return math::AcosOp::create(B, L, A);
    case BuiltinOp::Atan: return math::AtanOp::create(B, L, A);
    case BuiltinOp::Atan2: return math::Atan2Op::create(B, L, A, Bv);
    case BuiltinOp::Sinh: return math::SinhOp::create(B, L, A);
    case BuiltinOp::Cosh: return math::CoshOp::create(B, L, A);
    case BuiltinOp::Asinh: return math::AsinhOp::create(B, L, A);
    case BuiltinOp::Acosh: return math::AcoshOp::create(B, L, A);
    case BuiltinOp::Atanh: return math::AtanhOp::create(B, L, A);
    case BuiltinOp::Exp2: return math::Exp2Op::create(B, L, A);
    case BuiltinOp::Expm1: return math::ExpM1Op::create(B, L, A);
    case BuiltinOp::Log2: return math::Log2Op::create(B, L, A);
    case BuiltinOp::Log10: return math::Log10Op::create(B, L, A);
    case BuiltinOp::Log1p: return math::Log1pOp::create(B, L, A);
    case BuiltinOp::Cbrt: return math::CbrtOp::create(B, L, A);
    case BuiltinOp::Erf: return math::ErfOp::create(B, L, A);
    case BuiltinOp::Erfc: return math::ErfcOp::create(B, L, A);
    case BuiltinOp::Rsqrt: return math::RsqrtOp::create(B, L, A);
    default: return math::CopySignOp::create(B, L, A, Bv);
    }
  case BuiltinOp::Sqrt:
  case BuiltinOp::Exp:
  case BuiltinOp::Log:
  case BuiltinOp::Sin:
  case BuiltinOp::Cos:
  case BuiltinOp::Tan:
  case BuiltinOp::Tanh:
    if (!F) {
      fail("builtin '" + getBuiltinName(E->Builtin) + "' needs floats");
      return nullptr;
    }
    switch (E->Builtin) {
    case BuiltinOp::Sqrt:
      return math::SqrtOp::create(B, L, A);
    case BuiltinOp::Exp:
      return math::ExpOp::create(B, L, A);
    case BuiltinOp::Log:
      return math::LogOp::create(B, L, A);
    case BuiltinOp::Sin:
      return math::SinOp::create(B, L, A);
    case BuiltinOp::Cos:
      return math::CosOp::create(B, L, A);
    case BuiltinOp::Tan:
      return math::TanOp::create(B, L, A);
    default:
      return math::TanhOp::create(B, L, A);
    }
  default:
    fail("builtin '" + getBuiltinName(E->Builtin) + "' is not lowered");
    return nullptr;
  }
}

Value MLIRGen::genCompare(const cir::Expr *E, llvm::ArrayRef<Value> Args) {
  mlir::Location L = getLoc(E->Range);
  const PrimType *PT = asPrim(E->Ops[0]->Ty);
  if (!PT) {
    fail("comparison of non-machine types");
    return nullptr;
  }
  if (isFloatDType(PT->Elem)) {
    arith::CmpFPredicate Pred;
    switch (E->Builtin) {
    case BuiltinOp::Eq: Pred = arith::CmpFPredicate::OEQ; break;
    case BuiltinOp::Ne: Pred = arith::CmpFPredicate::UNE; break;
    case BuiltinOp::Lt: Pred = arith::CmpFPredicate::OLT; break;
    case BuiltinOp::Le: Pred = arith::CmpFPredicate::OLE; break;
    case BuiltinOp::Gt: Pred = arith::CmpFPredicate::OGT; break;
    default: Pred = arith::CmpFPredicate::OGE; break;
    }
    return arith::CmpFOp::create(B, L, Pred, Args[0], Args[1]);
  }
  bool S = isSigned(PT->Elem);
  arith::CmpIPredicate Pred;
  switch (E->Builtin) {
  case BuiltinOp::Eq: Pred = arith::CmpIPredicate::eq; break;
  case BuiltinOp::Ne: Pred = arith::CmpIPredicate::ne; break;
  case BuiltinOp::Lt: Pred = S ? arith::CmpIPredicate::slt : arith::CmpIPredicate::ult; break;
  case BuiltinOp::Le: Pred = S ? arith::CmpIPredicate::sle : arith::CmpIPredicate::ule; break;
  case BuiltinOp::Gt: Pred = S ? arith::CmpIPredicate::sgt : arith::CmpIPredicate::ugt; break;
  default: Pred = S ? arith::CmpIPredicate::sge : arith::CmpIPredicate::uge; break;
  }
  return arith::CmpIOp::create(B, L, Pred, Args[0], Args[1]);
}

Value MLIRGen::genCast(mlir::Location L, Value V, DType From, DType To,
                       mlir::Type ToTy) {
  mlir::Type FromE = getElemType(From), ToE = getElemType(To);
  if (FromE == ToE)
    return V; // int8 <-> uint8: the same bits
  // bfloat16 converts only to and from float32 (as integer bit operations,
  // MathApprox.cpp): anything else goes through float32, which holds every
  // bfloat16 exactly.
  if ((To == DType::BFloat16 || From == DType::BFloat16) &&
      From != DType::Float32 && To != DType::Float32 && To != DType::Bool) {
    mlir::Type F32 = withElement(V.getType(), B.getF32Type());
    Value Mid = genCast(L, V, From, DType::Float32, F32);
    return genCast(L, Mid, DType::Float32, To, ToTy);
  }
  bool FF = isFloatDType(From), TF = isFloatDType(To);
  mlir::Type T = V.getType();
  if (To == DType::Bool) {
    if (FF)
      return arith::CmpFOp::create(B, L, arith::CmpFPredicate::UNE, V,
                                   constFloat(L, T, 0));
    return arith::CmpIOp::create(B, L, arith::CmpIPredicate::ne, V,
                                 constInt(L, T, 0));
  }
  unsigned FromBits = FromE.getIntOrFloatBitWidth(),
           ToBits = ToE.getIntOrFloatBitWidth();
  if (FF && TF) {
    if (FromBits < ToBits)
      return arith::ExtFOp::create(B, L, ToTy, V);
    if (FromBits > ToBits)
      return arith::TruncFOp::create(B, L, ToTy, V);
    // float16 <-> bfloat16 goes through float32.
    Value Wide = arith::ExtFOp::create(B, L, withElement(T, B.getF32Type()), V);
    return arith::TruncFOp::create(B, L, ToTy, Wide);
  }
  if (!FF && !TF) {
    if (FromBits < ToBits)
      return isSigned(From) ? Value(arith::ExtSIOp::create(B, L, ToTy, V))
                            : Value(arith::ExtUIOp::create(B, L, ToTy, V));
    if (FromBits > ToBits)
      return arith::TruncIOp::create(B, L, ToTy, V);
    return V;
  }
  if (TF)
    return isSigned(From) ? Value(arith::SIToFPOp::create(B, L, ToTy, V))
                          : Value(arith::UIToFPOp::create(B, L, ToTy, V));
  return isSigned(To) ? Value(arith::FPToSIOp::create(B, L, ToTy, V))
                      : Value(arith::FPToUIOp::create(B, L, ToTy, V));
}

/// Exponentiation by squaring, lane by lane; lanes with exponent <= 0 give 1.
Value MLIRGen::genIntPow(mlir::Location L, Value Base, Value Exp, bool Signed) {
  mlir::Type T = Base.getType();
  mlir::Block *Header = newBlock(), *Body = newBlock(), *Exit = newBlock();
  Header->addArguments({T, T, T}, {L, L, L});
  Exit->addArgument(T, L);
  cf::BranchOp::create(B, L, Header,
                       mlir::ValueRange{constInt(L, T, 1), Base, Exp});

  B.setInsertionPointToEnd(Header);
  Value Result = Header->getArgument(0), Cur = Header->getArgument(1),
        E = Header->getArgument(2);
  Value Zero = constInt(L, T, 0);
  Value Positive = arith::CmpIOp::create(
      B, L, Signed ? arith::CmpIPredicate::sgt : arith::CmpIPredicate::ugt, E,
      Zero);
  Value Any = Positive;
  if (mlir::isa<mlir::VectorType>(T))
    Any = mlir::vector::ReductionOp::create(
        B, L, mlir::vector::CombiningKind::OR, Positive);
  cf::CondBranchOp::create(B, L, Any, Body, mlir::ValueRange(), Exit,
                           mlir::ValueRange{Result});

  B.setInsertionPointToEnd(Body);
  Value One = constInt(L, T, 1);
  Value Odd = arith::CmpIOp::create(B, L, arith::CmpIPredicate::ne,
                                    arith::AndIOp::create(B, L, E, One), Zero);
  Value Take = arith::AndIOp::create(B, L, Odd, Positive);
  Value NewResult = arith::SelectOp::create(
      B, L, Take, arith::MulIOp::create(B, L, Result, Cur), Result);
  Value NewCur = arith::MulIOp::create(B, L, Cur, Cur);
  Value NewE = arith::ShRUIOp::create(B, L, E, One);
  // Lanes already done keep a non-positive exponent.
  NewE = arith::SelectOp::create(B, L, Positive, NewE, E);
  cf::BranchOp::create(B, L, Header,
                       mlir::ValueRange{NewResult, NewCur, NewE});

  B.setInsertionPointToEnd(Exit);
  return Exit->getArgument(0);
}

Value MLIRGen::genReduce(const cir::Expr *E, Value V) {
  mlir::Location L = getLoc(E->Range);
  if (!mlir::isa<mlir::VectorType>(V.getType()))
    return V;
  const PrimType *PT = asPrim(E->Ops[0]->Ty);
  bool F = isFloatDType(PT->Elem), S = isSigned(PT->Elem);
  using mlir::vector::CombiningKind;
  CombiningKind K;
  switch (E->Builtin) {
  case BuiltinOp::ReduceAdd: K = CombiningKind::ADD; break;
  case BuiltinOp::ReduceMul: K = CombiningKind::MUL; break;
  case BuiltinOp::ReduceMin:
    K = F ? CombiningKind::MINNUMF : S ? CombiningKind::MINSI : CombiningKind::MINUI;
    break;
  case BuiltinOp::ReduceMax:
    K = F ? CombiningKind::MAXNUMF : S ? CombiningKind::MAXSI : CombiningKind::MAXUI;
    break;
  case BuiltinOp::ReduceAnd: K = CombiningKind::AND; break;
  default: K = CombiningKind::OR; break;
  }
  if (F && (K == CombiningKind::AND || K == CombiningKind::OR)) {
    fail("bitwise reduction of floats");
    return nullptr;
  }
  if (F && K == CombiningKind::ADD) {
    // Start from -0.0 (the identity of fadd) so that a sum of negative
    // zeros stays -0.0, as lane-by-lane addition gives.
    mlir::Type ET = mlir::cast<mlir::VectorType>(V.getType()).getElementType();
    Value NegZero = mlir::arith::ConstantOp::create(
        B, L, ET, B.getFloatAttr(ET, -0.0));
    return mlir::vector::ReductionOp::create(B, L, K, V, NegZero);
  }
  return mlir::vector::ReductionOp::create(B, L, K, V);
}

Value MLIRGen::genSizeOf(mlir::Location L, mlir::Type T) {
  Value Null = LLVM::ZeroOp::create(B, L, PtrTy);
  Value End = LLVM::GEPOp::create(B, L, PtrTy, T, Null,
                                  llvm::ArrayRef<LLVM::GEPArg>{1});
  return LLVM::PtrToIntOp::create(B, L, I64, End);
}

Value MLIRGen::genExternalCall(const cir::Expr *E, llvm::ArrayRef<Value> Args) {
  if (E->Params.empty() || E->Params[0].K != ComptimeValue::Kind::String) {
    fail("external_call without a symbol name");
    return nullptr;
  }
  llvm::SmallVector<Value> Passed;
  for (Value V : Args)
    if (V)
      Passed.push_back(V);
  mlir::Location L = getLoc(E->Range);
  Value R = callC(L, E->Params[0].Str, getValueType(E->Ty), Passed);
  if (E->Ty && E->Ty->getKind() == TypeKind::Never && isLive()) {
    // Declared `-> Never`: the C function does not return.
    if (mlir::Operation *Fn = Symbols.lookup(E->Params[0].Str))
      markNoReturn(Fn);
    LLVM::UnreachableOp::create(B, L);
    terminate();
  }
  return R;
}

Value MLIRGen::callC(mlir::Location L, llvm::StringRef Name, mlir::Type Result,
                     llvm::ArrayRef<Value> Args) {
  llvm::SmallVector<mlir::Type> ArgTys;
  for (Value V : Args)
    ArgTys.push_back(V.getType());
  auto FnTy = LLVM::LLVMFunctionType::get(
      Result ? Result : LLVM::LLVMVoidType::get(&Ctx), ArgTys);
  mlir::Operation *&Existing = Symbols[Name];
  auto Fn = mlir::dyn_cast_or_null<LLVM::LLVMFuncOp>(Existing);
  if (Existing && !Fn) {
    fail("external symbol '" + Name + "' is also a Mojo function");
    return Result ? Value(LLVM::PoisonOp::create(B, L, Result)) : Value();
  }
  if (!Fn) {
    mlir::OpBuilder::InsertionGuard Guard(B);
    B.setInsertionPointToStart(Module.getBody());
    // No location: a declaration made inside a function with debug info
    // must not carry that function's subprogram.
    Fn = LLVM::LLVMFuncOp::create(B, B.getUnknownLoc(), Name, FnTy);
    applyRuntimeAttrs(Fn);
    Existing = Fn;
  }
  LLVM::CallOp Call;
  if (Fn.getFunctionType() == FnTy) {
    Call = LLVM::CallOp::create(B, L, Fn, Args);
  } else {
    // The same C symbol called with another signature (as C allows): call
    // through its address.
    llvm::SmallVector<Value> Operands{LLVM::AddressOfOp::create(B, L, Fn)};
    Operands.append(Args.begin(), Args.end());
    Call = LLVM::CallOp::create(B, L, FnTy, Operands);
  }
  return Result ? Call.getResult() : Value();
}

/// Appends the scalar leaves of T (in memory order) with their GEP paths;
/// a struct lowered to its only field (Unwrapped) adds no index.
static void collectLeaves(const Program &P, Type T,
                          llvm::function_ref<bool(Type)> Unwrapped,
                          llvm::SmallVectorImpl<int32_t> &Path,
                          llvm::SmallVectorImpl<std::pair<Type, llvm::SmallVector<int32_t>>> &Out) {
  if (Out.size() > 16)
    return;
  auto It = P.Layouts.find(T);
  if (T->getKind() == TypeKind::Struct && It != P.Layouts.end()) {
    if (Unwrapped(T)) {
      Out.push_back({T, llvm::SmallVector<int32_t>(Path.begin(), Path.end())});
      return;
    }
    for (auto [I, Field] : llvm::enumerate(It->second.Fields)) {
      Path.push_back(static_cast<int32_t>(I));
      collectLeaves(P, Field, Unwrapped, Path, Out);
      Path.pop_back();
    }
    return;
  }
  Out.push_back({T, llvm::SmallVector<int32_t>(Path.begin(), Path.end())});
}

std::pair<Value, Value> MLIRGen::getErrorMessage(mlir::Location L,
                                                 Value Slot) {
  // The message is the Error's first field: a StringLiteral, or a String
  // whose first pointer and the integer after it are the data and length
  // (docs/codegen.md, "Errors").
  mlir::Type MT = getErrorMemType();
  auto Address = [&](llvm::ArrayRef<int32_t> Path) -> Value {
    llvm::SmallVector<LLVM::GEPArg> Indices{0};
    for (int32_t I : Path)
      Indices.push_back(I);
    return LLVM::GEPOp::create(B, L, PtrTy, MT, Slot, Indices);
  };
  auto FromString = [&](Value Addr) -> std::pair<Value, Value> {
    Value Str = LLVM::LoadOp::create(B, L, getStringType(), Addr);
    return {LLVM::ExtractValueOp::create(B, L, Str, 0),
            LLVM::ExtractValueOp::create(B, L, Str, 1)};
  };
  if (!P.ErrorType)
    return FromString(Address({0}));
  llvm::SmallVector<int32_t> Path;
  llvm::SmallVector<std::pair<Type, llvm::SmallVector<int32_t>>> Leaves;
  collectLeaves(
      P, P.ErrorType, [this](Type T) { return isUnwrapped(T); }, Path, Leaves);
  for (size_t I = 0; I < Leaves.size(); ++I) {
    Type T = Leaves[I].first;
    if (T->getKind() == TypeKind::StringLiteral)
      return FromString(Address(Leaves[I].second));
    if (T->getKind() != TypeKind::Pointer || I + 1 == Leaves.size())
      continue;
    // A scalar integer leaf: a PrimType or a struct unwrapped to one (Int).
    if (!mlir::isa<mlir::IntegerType>(getMemType(Leaves[I + 1].first)))
      continue;
    Value Data = LLVM::LoadOp::create(B, L, PtrTy, Address(Leaves[I].second));
    Value Len = LLVM::LoadOp::create(B, L, getMemType(Leaves[I + 1].first),
                                     Address(Leaves[I + 1].second));
    if (Len.getType() != I64)
      Len = arith::ExtSIOp::create(B, L, I64, Len);
    return {Data, Len};
  }
  Value Unknown = genStringConst(L, "(error message not printable)");
  return {LLVM::ExtractValueOp::create(B, L, Unknown, 0),
          LLVM::ExtractValueOp::create(B, L, Unknown, 1)};
}

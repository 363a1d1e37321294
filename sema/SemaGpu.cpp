//===- SemaGpu.cpp - Kernel launches and the GPU builtins -----------------===//
//
// `__builtin.gpu_launch[kernel](ctx, gx, gy, gz, bx, by, bz, shared, args...)`
// (what DeviceContext.enqueue_function expands to) instantiates the kernel
// twice: for the cpu device (host code run by gpu/runtime) and for the GPU
// target of --target-accelerator. Everything the kernel calls inherits that
// target (instantiateFunction), so `comptime if is_nvidia_gpu()` in the
// library picks the right code per instance. Arguments go through their
// `_to_device_type()` (DeviceBuffer -> its pointer) and a pointer-holding
// struct converts bit for bit to another (UnsafePointer -> Pointer).
//
//===----------------------------------------------------------------------===//
#include "sema/SemaImpl.h"

using namespace ignis;
using namespace ignis::sema;
using cir::BuiltinOp;

/// The GPU target of --target-accelerator (Host when it is "cpu").
static cir::TargetKind gpuTarget(llvm::StringRef Accel, std::string &Arch) {
  auto [Vendor, Chip] = Accel.split(':');
  Arch = Chip.str();
  if (Vendor == "nvidia")
    return cir::TargetKind::Nvptx;
  if (Vendor == "amdgpu" || Vendor == "amd")
    return cir::TargetKind::Amdgpu;
  return cir::TargetKind::Host;
}

/// A struct whose only storage is one pointer (Pointer, UnsafePointer):
/// that pointer's type, else null.
static const PointerType *pointerStorage(Sema &S, Type T) {
  if (auto *P = llvm::dyn_cast<PointerType>(T))
    return P;
  if (!llvm::isa<StructType>(T))
    return nullptr;
  StructInfo *SI = S.getStructInfo(T);
  if (!SI || SI->FieldTypes.size() != 1)
    return nullptr;
  return llvm::dyn_cast<PointerType>(SI->FieldTypes[0]);
}

cir::Expr *Sema::checkGpuLaunch(const CallExpr *CE,
                                llvm::ArrayRef<Argument> Params) {
  SourceRange R = CE->getRange();
  if (Params.size() != 1) {
    Diags.report(R, DiagID::err_gpu_builtin)
        << "gpu_launch" << "takes one kernel parameter";
    return errorExpr(R);
  }
  ComptimeValue KV = evalComptime(Params[0].Value, *FS->Ctx);
  if (!KV.isValid())
    return errorExpr(R);
  // A module-level function: a Function value, or (SemaFunctionValues.cpp)
  // a closure that captures nothing and has no defining function. A nested
  // function that captures no run-time value (it may name the enclosing
  // function's compile-time values) is a kernel too, checked in its
  // definer's context.
  const FuncDecl *F = nullptr;
  const ClosureInfo *Nested = nullptr;
  llvm::StringRef Captures;
  llvm::SmallVector<ComptimeValue, 2> Bound; // `kernel[dtype, 4]`
  if (KV.K == ComptimeValue::Kind::Function)
    F = static_cast<const FuncDecl *>(KV.Ptr);
  else if (KV.K == ComptimeValue::Kind::Closure) {
    auto *C = static_cast<const ClosureInfo *>(KV.Ptr);
    // (A module-level function bound with closure parameters passes their
    // captures as extra kernel arguments; a nested one cannot.)
    if (!C->Definer && !C->Captured.empty())
      Captures = C->Names.front();
    for (const ClosureInfo *D : C->Deps)
      if (C->Definer && !D->Captured.empty() && Captures.empty())
        Captures = D->Names.front();
    if (Captures.empty()) {
      F = C->Decl;
      Bound.assign(C->BoundParams.begin(), C->BoundParams.end());
      if (C->Definer)
        Nested = C;
    }
  }
  if (!F) {
    std::string What = "this value";
    if (!Captures.empty())
      What = ("a nested function that captures '" + Captures + "'").str();
    Diags.report(Params[0].Value->getRange(), DiagID::err_gpu_kernel_not_function)
        << What;
    return errorExpr(R);
  }
  CallArgs Raw;
  Raw.CallRange = R;
  if (!collectCallArgs(CE->Args, Raw))
    return errorExpr(R);
  if (Raw.Values.size() < 8) {
    Diags.report(R, DiagID::err_gpu_builtin)
        << "gpu_launch" << "needs a context, six dimensions and the shared memory size";
    return errorExpr(R);
  }
  cir::Expr *E = makeExpr(cir::ExprKind::Builtin, Types.getPrim(DType::Index), R);
  E->Builtin = BuiltinOp::GpuLaunch;
  E->Ops.push_back(materialize(Raw.Values[0]));
  for (unsigned I = 1; I < 8; ++I) {
    cir::Expr *V = materialize(Raw.Values[I]);
    if (V->Ty->isError())
      return errorExpr(R);
    E->Ops.push_back(convert(V, Types.getPrim(DType::Index), Raw.Ranges[I]));
  }
  // The kernel's arguments: listed, or one `*args` pack (a tuple) spread.
  llvm::SmallVector<cir::Expr *, 8> KArgs;
  llvm::SmallVector<SourceRange, 8> KRanges;
  for (unsigned I = 8; I < Raw.Values.size(); ++I) {
    cir::Expr *V = materialize(Raw.Values[I]);
    if (V->Ty->isError())
      return errorExpr(R);
    if (auto *TT = llvm::dyn_cast<TupleType>(V->Ty);
        TT && Raw.Values.size() == 9) {
      cir::Expr *Base = borrowValue(V);
      for (unsigned J = 0; J < TT->Elements.size(); ++J) {
        cir::Expr *G = makeExpr(cir::ExprKind::TupleGet, TT->Elements[J], V->Range);
        G->Ops.push_back(Base);
        G->Index = J;
        // As `args[i]` reads it: an element with a lifecycle is copied out.
        if (Base->isPlace() && !getLifecycle(G->Ty).TrivialCopy)
          G = makeCopy(G, V->Range);
        KArgs.push_back(G);
        KRanges.push_back(Raw.Ranges[I]);
      }
      continue;
    }
    KArgs.push_back(V);
    KRanges.push_back(Raw.Ranges[I]);
  }
  size_t Want = 0;
  for (const ParamDecl &P : F->Args.Params)
    if (P.Convention != ArgConvention::Out)
      ++Want;
  if (Want != KArgs.size()) {
    Diags.report(R, DiagID::err_gpu_kernel_arg_count)
        << F->Name.Name << (int64_t)Want << (int64_t)KArgs.size();
    return errorExpr(R);
  }
  InstContext KCtx;
  if (Nested)
    KCtx = Nested->Ctx;
  else
    KCtx.Module = DeclModule.lookup(F);
  CallArgs Args;
  Args.CallRange = R;
  unsigned I = 0;
  for (const ParamDecl &P : F->Args.Params) {
    if (P.Convention == ArgConvention::Out)
      continue;
    cir::Expr *V = KArgs[I];
    SourceRange AR = KRanges[I++];
    // DevicePassable: the value the device sees.
    if (llvm::isa<StructType>(V->Ty))
      if (StructInfo *SI = getStructInfo(V->Ty);
          SI && SI->Methods.count("_to_device_type")) {
        CallArgs None;
        None.CallRange = AR;
        V = callMethod(V, "_to_device_type", None, AR);
        if (!V || V->Ty->isError())
          return errorExpr(R);
      }
    // (A parametric kernel's parameter types are known once it is bound.)
    Type PT = P.Type && !llvm::isa<StarExpr>(P.Type) && !F->Params.Present
                  ? resolveType(P.Type, KCtx)
                  : nullptr;
    if (PT && !PT->isError() && PT != V->Ty) {
      const PointerType *From = pointerStorage(*this, V->Ty);
      const PointerType *To = pointerStorage(*this, PT);
      if (From && To) {
        cir::Expr *Ptr = llvm::isa<PointerType>(V->Ty) ? V : fieldOf(V, 0, AR);
        cir::Expr *Cast = makeExpr(cir::ExprKind::Builtin, To, AR);
        Cast->Builtin = BuiltinOp::PtrCast;
        Cast->Ops.push_back(Ptr);
        Cast->Params.push_back(ComptimeValue::makeType(To->Pointee));
        if (llvm::isa<PointerType>(PT)) {
          V = Cast;
        } else {
          V = makeExpr(cir::ExprKind::StructInit, PT, AR);
          V->Ops.push_back(Cast);
        }
      }
    }
    Args.Values.push_back(V);
    Args.Names.push_back("");
    Args.Ranges.push_back(AR);
  }

  auto Instantiate = [&](cir::TargetKind T) -> cir::Expr * {
    std::optional<cir::TargetKind> Saved = ForcedTarget;
    ForcedTarget = T;
    CallArgs Copy = Args;
    cir::Expr *Call = callFunctions({F}, F->Name.Name, Copy, KCtx, Bound, R);
    ForcedTarget = Saved;
    if (!Call || Call->Ty->isError())
      return nullptr;
    if (Call->Kind != cir::ExprKind::Call)
      return nullptr;
    if (Call->Callee->Raises) {
      Diags.report(R, DiagID::err_gpu_kernel_raises) << F->Name.Name;
      return nullptr;
    }
    if (Call->Callee->Result && Call->Callee->Result != Types.getNone()) {
      Diags.report(R, DiagID::err_gpu_kernel_result) << F->Name.Name;
      return nullptr;
    }
    Call->Callee->IsKernel = true;
    return Call;
  };
  cir::Expr *Cpu = Instantiate(cir::TargetKind::CpuDevice);
  if (!Cpu)
    return errorExpr(R);
  cir::Program::Kernel K;
  K.Cpu = Cpu->Callee;
  K.Name = F->Name.Name.str();
  cir::TargetKind GT = gpuTarget(Opts.Accelerator, K.Arch);
  if (GT != cir::TargetKind::Host) {
    cir::Expr *Gpu = Instantiate(GT);
    if (!Gpu)
      return errorExpr(R);
    K.Gpu = Gpu->Callee;
    K.GpuTarget = GT;
  }
  // One kernel record per distinct instance.
  unsigned Index = Prog.Kernels.size();
  for (unsigned J = 0; J < Prog.Kernels.size(); ++J)
    if (Prog.Kernels[J].Cpu == K.Cpu)
      Index = J;
  if (Index == Prog.Kernels.size())
    Prog.Kernels.push_back(std::move(K));
  E->Index = Index;
  E->Callee = Cpu->Callee;
  E->Ops.append(Cpu->Ops.begin(), Cpu->Ops.end());
  E->ArgByAddress.assign(8, false);
  E->ArgByAddress.append(Cpu->ArgByAddress.begin(), Cpu->ArgByAddress.end());
  return E;
}

bool Sema::checkGpuBuiltin(cir::Expr *E) {
  SourceRange R = E->Range;
  llvm::StringRef Name = cir::getBuiltinName(E->Builtin);
  auto Bad = [&](llvm::StringRef Why) {
    Diags.report(R, DiagID::err_gpu_builtin) << Name << Why;
    return false;
  };
  auto TypeParam = [&](size_t I) -> Type {
    return I < E->Params.size() && E->Params[I].K == ComptimeValue::Kind::Type
               ? E->Params[I].Ty
               : nullptr;
  };
  switch (E->Builtin) {
  case BuiltinOp::LlvmIntrinsic:
    if (E->Params.empty() || E->Params[0].K != ComptimeValue::Kind::String)
      return Bad("needs the intrinsic's name as its first parameter");
    if (E->Params.size() > 1) {
      if (Type T = TypeParam(1))
        E->Ty = T;
      else if (E->Params[1].K != ComptimeValue::Kind::None)
        return Bad("takes the result type as its second parameter");
    }
    // Parameters after the result type are the intrinsic's immediate
    // operands (immarg: llvm.prefetch's rw, locality, cache), passed as i32
    // constants after the arguments.
    for (size_t I = 2; I < E->Params.size(); ++I)
      if (E->Params[I].K != ComptimeValue::Kind::Int)
        return Bad("takes only compile-time Int immediates after the result type");
    for (cir::Expr *&A : E->Ops)
      A = materialize(A);
    return true;
  case BuiltinOp::SharedAlloc: {
    Type T = TypeParam(0);
    if (!T || E->Params.size() != 2 || E->Params[1].K != ComptimeValue::Kind::Int ||
        E->Params[1].Int <= 0 || !E->Ops.empty())
      return Bad("takes a type and a positive count, and no arguments");
    E->Ty = Types.getPointer(T, /*AddressSpace=*/3);
    return true;
  }
  case BuiltinOp::DynamicShared: {
    Type T = TypeParam(0);
    if (!T || !E->Ops.empty())
      return Bad("takes a type and no arguments");
    E->Ty = Types.getPointer(T, /*AddressSpace=*/3);
    return true;
  }
  case BuiltinOp::AddrSpaceCast: {
    auto *P = E->Ops.size() == 1 ? llvm::dyn_cast<PointerType>(E->Ops[0]->Ty) : nullptr;
    if (!P || E->Params.size() != 1 || E->Params[0].K != ComptimeValue::Kind::Int ||
        E->Params[0].Int < 0 || E->Params[0].Int > 255)
      return Bad("takes an address space number and a pointer");
    E->Ty = Types.getPointer(P->Pointee, static_cast<unsigned>(E->Params[0].Int));
    return true;
  }
  case BuiltinOp::AtomicRMW: case BuiltinOp::AtomicCmpXchg:
  case BuiltinOp::AtomicLoad: case BuiltinOp::AtomicStore: {
    unsigned N = E->Builtin == BuiltinOp::AtomicCmpXchg ? 3
                 : E->Builtin == BuiltinOp::AtomicLoad  ? 1 : 2;
    if (E->Ops.size() != N)
      return Bad("has the wrong number of arguments");
    auto *P = llvm::dyn_cast<PointerType>(E->Ops[0]->Ty);
    auto *Elem = P ? llvm::dyn_cast<PrimType>(P->Pointee) : nullptr;
    if (!Elem || Elem->Width != 1)
      return Bad("needs a pointer to a scalar");
    if (E->Builtin == BuiltinOp::AtomicRMW) {
      static const char *Ops[] = {"add", "sub", "max", "min", "xchg", "and", "or", "xor"};
      if (E->Params.size() != 1 || E->Params[0].K != ComptimeValue::Kind::String ||
          !llvm::is_contained(llvm::ArrayRef<const char *>(Ops), E->Params[0].Str))
        return Bad("takes one of add, sub, max, min, xchg, and, or, xor");
    }
    for (unsigned I = 1; I < N; ++I) {
      E->Ops[I] = convert(E->Ops[I], Elem, E->Ops[I]->Range);
      if (E->Ops[I]->Ty->isError())
        return false;
    }
    E->Ty = E->Builtin == BuiltinOp::AtomicStore ? Types.getNone() : Type(Elem);
    return true;
  }
  default:
    return false;
  }
}

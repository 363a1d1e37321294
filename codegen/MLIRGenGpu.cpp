//===- MLIRGenGpu.cpp - Kernels, launches and the GPU builtins ------------===//
//
// A launch (`__builtin.gpu_launch`, sema/SemaGpu.cpp) becomes a call to the
// runtime's ignis_gpu_launch (gpu/runtime/ignis_gpu_runtime.h) with an
// IgnisKernel descriptor and an array of pointers to the argument values
// (CUDA's kernelParams convention). The descriptor names:
//  - `ignis_kernel_N$cpu(ptr args)`, which loads the arguments and calls the
//    kernel's cpu-device instance (host code the runtime runs per thread);
//  - the GPU image (PTX or HSACO, built from the device module) and the
//    entry `ignis_kernel_N`, a by-value wrapper around the GPU instance.
// Shared memory is a per-block runtime allocation on the cpu device and an
// address-space-3 global on a GPU. In cpu-device code every load and store
// that does not address the function's own frame is checked by the runtime
// (out-of-bounds device memory, races on shared memory).
//
//===----------------------------------------------------------------------===//
#include "codegen/MLIRGen.h"

#include "llvm/ADT/SetVector.h"
#include "llvm/Support/Path.h"

using namespace ignis;
using namespace ignis::cir;
namespace LLVM = mlir::LLVM;
namespace arith = mlir::arith;
namespace func = mlir::func;
using mlir::Value;

/// The symbol a func.call or a direct llvm.call names, or "".
static llvm::StringRef calleeName(mlir::Operation *Op) {
  if (auto C = mlir::dyn_cast<func::CallOp>(Op))
    return C.getCallee();
  if (auto C = mlir::dyn_cast<LLVM::CallOp>(Op); C && C.getCallee())
    return *C.getCallee();
  return "";
}

static std::string kernelSymbol(unsigned Index) {
  return "ignis_kernel_" + std::to_string(Index);
}

Value MLIRGen::coerceAddressSpace(mlir::Location L, Value V, mlir::Type To) {
  if (!V || V.getType() == To || !mlir::isa<LLVM::LLVMPointerType>(V.getType()) ||
      !mlir::isa<LLVM::LLVMPointerType>(To))
    return V;
  return LLVM::AddrSpaceCastOp::create(B, L, To, V);
}

Value MLIRGen::cString(mlir::Location L, llvm::StringRef S) {
  genStringConst(L, S); // creates the NUL-terminated global once
  return LLVM::AddressOfOp::create(B, L, Strings[S]);
}

//===----------------------------------------------------------------------===//
// Builtins
//===----------------------------------------------------------------------===//

static LLVM::AtomicBinOp atomicOp(llvm::StringRef Name, DType D) {
  bool Float = isFloatDType(D), Signed = isSignedIntDType(D);
  if (Name == "add")
    return Float ? LLVM::AtomicBinOp::fadd : LLVM::AtomicBinOp::add;
  if (Name == "sub")
    return Float ? LLVM::AtomicBinOp::fsub : LLVM::AtomicBinOp::sub;
  if (Name == "max")
    return Float ? LLVM::AtomicBinOp::fmax
                 : Signed ? LLVM::AtomicBinOp::max : LLVM::AtomicBinOp::umax;
  if (Name == "min")
    return Float ? LLVM::AtomicBinOp::fmin
                 : Signed ? LLVM::AtomicBinOp::min : LLVM::AtomicBinOp::umin;
  if (Name == "and")
    return LLVM::AtomicBinOp::_and;
  if (Name == "or")
    return LLVM::AtomicBinOp::_or;
  if (Name == "xor")
    return LLVM::AtomicBinOp::_xor;
  return LLVM::AtomicBinOp::xchg;
}

Value MLIRGen::genGpuBuiltin(const cir::Expr *E, llvm::ArrayRef<Value> Args) {
  mlir::Location L = getLoc(E->Range);
  for (Value V : Args)
    if (!V) {
      fail("builtin '" + getBuiltinName(E->Builtin) + "' is missing operands");
      return nullptr;
    }
  bool OnGpu = isDeviceModule();
  switch (E->Builtin) {
  case BuiltinOp::LlvmIntrinsic: {
    mlir::Type R = getValueType(E->Ty);
    mlir::StringAttr Name = B.getStringAttr(E->Params[0].Str);
    if (E->Params[0].Str == "llvm.amdgcn.dispatch.ptr" ||
        E->Params[0].Str == "llvm.amdgcn.implicitarg.ptr") {
      // These return constant-space (4) pointers: the library sees a flat one.
      Value P = LLVM::CallIntrinsicOp::create(
                    B, L, LLVM::LLVMPointerType::get(&Ctx, 4), Name, Args)
                    .getResult(0);
      return LLVM::AddrSpaceCastOp::create(B, L, PtrTy, P);
    }
    llvm::SmallVector<Value, 8> Operands(Args.begin(), Args.end());
    for (size_t I = 2; I < E->Params.size(); ++I)
      Operands.push_back(LLVM::ConstantOp::create(
          B, L, B.getI32Type(), B.getI32IntegerAttr(E->Params[I].Int)));
    if (!R) {
      LLVM::CallIntrinsicOp::create(B, L, Name, Operands);
      return nullptr;
    }
    auto VT = llvm::dyn_cast<mlir::VectorType>(R);
    if (VT && E->Params[0].Str.starts_with("llvm.nvvm.mma.")) {
      // The mma intrinsics return each register of the fragment as a field
      // of a literal struct; the library asks for them as one SIMD value.
      llvm::SmallVector<mlir::Type, 8> Fields(VT.getNumElements(),
                                              VT.getElementType());
      auto ST = LLVM::LLVMStructType::getLiteral(&Ctx, Fields);
      Value Regs =
          LLVM::CallIntrinsicOp::create(B, L, ST, Name, Operands).getResult(0);
      Value V = LLVM::PoisonOp::create(B, L, VT);
      for (unsigned I = 0; I < Fields.size(); ++I) {
        Value F = LLVM::ExtractValueOp::create(B, L, Regs, I);
        Value Idx = LLVM::ConstantOp::create(B, L, B.getI32Type(),
                                             B.getI32IntegerAttr(I));
        V = LLVM::InsertElementOp::create(B, L, V, F, Idx);
      }
      return V;
    }
    return LLVM::CallIntrinsicOp::create(B, L, R, Name, Operands).getResult(0);
  }
  case BuiltinOp::SharedAlloc: {
    mlir::Type ET = getMemType(E->Params[0].Ty);
    int64_t Count = E->Params[1].Int;
    std::string Name = "ignis_shared_" + std::to_string(SharedSites++);
    auto ArrTy = LLVM::LLVMArrayType::get(ET, static_cast<unsigned>(Count));
    uint64_t Align = std::max<uint64_t>(16, DL->getTypeABIAlignment(ET));
    mlir::OpBuilder::InsertionGuard Guard(B);
    LLVM::GlobalOp G;
    {
      mlir::OpBuilder::InsertionGuard Inner(B);
      B.setInsertionPointToStart(Module.getBody());
      if (OnGpu) {
        // Block-shared storage: a global in the shared address space.
        G = LLVM::GlobalOp::create(B, L, ArrTy, /*isConstant=*/false,
                                   LLVM::Linkage::Internal, Name,
                                   mlir::Attribute(), Align, /*addrSpace=*/3);
      } else {
        // A site the runtime keys the block's allocation by.
        G = LLVM::GlobalOp::create(B, L, B.getI8Type(), /*isConstant=*/true,
                                   LLVM::Linkage::Internal, Name,
                                   B.getI8IntegerAttr(0), 1);
      }
    }
    if (OnGpu) // a `!llvm.ptr<3>`, as the pointer's type says
      return LLVM::AddressOfOp::create(
          B, L, LLVM::LLVMPointerType::get(&Ctx, 3), G.getSymName());
    Value Site = LLVM::AddressOfOp::create(B, L, G);
    Value Bytes = constI64(L, DL->getTypeSize(ArrTy).getFixedValue());
    return callC(L, "ignis_gpu_cpu_shared", PtrTy,
                 {Site, Bytes, constI64(L, static_cast<int64_t>(Align))});
  }
  case BuiltinOp::DynamicShared: {
    if (!OnGpu)
      return callC(L, "ignis_gpu_cpu_dynamic_shared", PtrTy, {});
    llvm::StringRef Name = "ignis_dynamic_shared";
    if (!Module.lookupSymbol(Name)) {
      mlir::OpBuilder::InsertionGuard Guard(B);
      B.setInsertionPointToStart(Module.getBody());
      LLVM::GlobalOp::create(B, L, LLVM::LLVMArrayType::get(B.getI8Type(), 0),
                             /*isConstant=*/false, LLVM::Linkage::External,
                             Name, mlir::Attribute(), 16, /*addrSpace=*/3);
    }
    return LLVM::AddressOfOp::create(B, L, LLVM::LLVMPointerType::get(&Ctx, 3),
                                     Name);
  }
  case BuiltinOp::AddrSpaceCast: {
    mlir::Type To = getValueType(E->Ty);
    if (Args[0].getType() == To)
      return Args[0]; // host code: every space is generic
    return LLVM::AddrSpaceCastOp::create(B, L, To, Args[0]);
  }
  case BuiltinOp::AtomicRMW: {
    auto *P = llvm::cast<PointerType>(E->Ops[0]->Ty);
    DType D = llvm::cast<PrimType>(P->Pointee)->Elem;
    return LLVM::AtomicRMWOp::create(B, L, atomicOp(E->Params[0].Str, D),
                                     Args[0], Args[1],
                                     LLVM::AtomicOrdering::seq_cst);
  }
  case BuiltinOp::AtomicCmpXchg: {
    auto Op = LLVM::AtomicCmpXchgOp::create(B, L, Args[0], Args[1], Args[2],
                                            LLVM::AtomicOrdering::seq_cst,
                                            LLVM::AtomicOrdering::seq_cst);
    return LLVM::ExtractValueOp::create(B, L, Op, 0);
  }
  case BuiltinOp::AtomicLoad: {
    mlir::Type T = getValueType(E->Ty);
    unsigned Align = DL->getTypeABIAlignment(T);
    return LLVM::LoadOp::create(B, L, T, Args[0], Align, /*isVolatile=*/false,
                                /*isNonTemporal=*/false, /*isInvariant=*/false,
                                /*isInvariantGroup=*/false,
                                LLVM::AtomicOrdering::seq_cst);
  }
  case BuiltinOp::AtomicStore: {
    unsigned Align = DL->getTypeABIAlignment(Args[1].getType());
    LLVM::StoreOp::create(B, L, Args[1], Args[0], Align, /*isVolatile=*/false,
                          /*isNonTemporal=*/false, /*isInvariantGroup=*/false,
                          LLVM::AtomicOrdering::seq_cst);
    return nullptr;
  }
  default:
    fail("not a GPU builtin");
    return nullptr;
  }
}

//===----------------------------------------------------------------------===//
// Launches (host)
//===----------------------------------------------------------------------===//

Value MLIRGen::genGpuLaunch(const cir::Expr *E) {
  mlir::Location L = getLoc(E->Range);
  if (isDeviceModule()) {
    // Kernels cannot launch kernels (no dynamic parallelism): the host
    // code that does is removed from the device module after lowering.
    LLVM::UnreachableOp::create(B, L);
    terminate();
    return nullptr;
  }
  llvm::SmallVector<Value, 8> Vals;
  for (const cir::Expr *Op : E->Ops) {
    Vals.push_back(genValue(Op));
    if (!isLive())
      return nullptr;
  }
  if (Vals.size() < 8 || !Vals[0]) {
    fail("gpu_launch is missing operands");
    return nullptr;
  }
  for (unsigned I = 1; I < 8; ++I)
    if (Vals[I].getType() != I64)
      Vals[I] = arith::IndexCastOp::create(B, L, I64, Vals[I]);
  // The argument array: a pointer to each value (in its own slot).
  size_t N = Vals.size() - 8;
  auto ArrTy = LLVM::LLVMArrayType::get(PtrTy, std::max<size_t>(N, 1));
  Value Arr = createEntryAlloca(ArrTy);
  for (size_t I = 0; I < N; ++I) {
    Value V = Vals[8 + I];
    if (!V)
      continue; // None-typed argument: nothing to pass
    Value Slot = createEntryAlloca(V.getType());
    LLVM::StoreOp::create(B, L, V, Slot);
    Value At = LLVM::GEPOp::create(B, L, PtrTy, ArrTy, Arr,
                                   llvm::ArrayRef<LLVM::GEPArg>{0, static_cast<int32_t>(I)});
    LLVM::StoreOp::create(B, L, Slot, At);
  }
  Value Desc = LLVM::AddressOfOp::create(B, L, PtrTy,
                                         kernelSymbol(E->Index) + "$desc");
  return callC(L, "ignis_gpu_launch", I64,
               {Vals[0], Desc, Vals[1], Vals[2], Vals[3], Vals[4], Vals[5],
                Vals[6], Vals[7], Arr});
}

//===----------------------------------------------------------------------===//
// Kernel entries and descriptors
//===----------------------------------------------------------------------===//

// IgnisKernel.flags (gpu/runtime/ignis_gpu_runtime.h).
static constexpr int64_t IgnisKernelNeedsFibers = 1, IgnisKernelBlockEntry = 2,
                         IgnisKernelRegions = 4;

/// Whether anything in M calls F (then F cannot be rewritten in place).
static bool calledFrom(mlir::ModuleOp M, func::FuncOp F) {
  bool Found = false;
  M.walk([&](mlir::Operation *Op) {
    if (!Found && calleeName(Op) == F.getName())
      Found = true;
  });
  return Found;
}

void MLIRGen::emitKernelEntries() {
  for (unsigned KI = 0; KI < P.Kernels.size(); ++KI) {
    const cir::Program::Kernel &K = P.Kernels[KI];
    const Function *Inst = isDeviceModule() ? K.Gpu : K.Cpu;
    if (!Inst)
      continue;
    func::FuncOp Callee = Funcs.lookup(Inst);
    if (!Callee) {
      fail("kernel '" + K.Name + "' was not declared");
      return;
    }
    mlir::Location L = getLoc(Inst->Loc);
    std::string Sym = kernelSymbol(KI);
    mlir::OpBuilder::InsertionGuard Guard(B);
    B.setInsertionPointToEnd(Module.getBody());
    // The passed parameters in order, with how the callee takes each.
    struct Param {
      mlir::Type ValTy;
      bool ByAddress;
    };
    llvm::SmallVector<Param, 8> Params;
    for (const Local *Lc : Inst->Params) {
      if (!isPassedParam(*Inst, Lc))
        continue;
      bool ByAddr = isByAddress(Lc) || isReadByAddress(*Inst, Lc);
      mlir::Type T = getValueType(Lc->Ty);
      if (!T && !ByAddr)
        continue;
      Params.push_back({T ? T : getMemType(Lc->Ty), ByAddr});
    }
    if (isDeviceModule()) {
      // `ignis_kernel_N(args by value)`: the GPU entry. A struct holding
      // only a pointer (UnsafePointer, Pointer) is passed as the pointer, so
      // the back end sees a kernel pointer argument (global memory on
      // NVIDIA: `ld.global`).
      auto PointerOnly = [](mlir::Type T) -> mlir::Type {
        auto ST = mlir::dyn_cast<LLVM::LLVMStructType>(T);
        if (ST && ST.getBody().size() == 1 &&
            mlir::isa<LLVM::LLVMPointerType>(ST.getBody()[0]))
          return ST.getBody()[0];
        return nullptr;
      };
      llvm::SmallVector<mlir::Type, 8> Tys;
      for (const Param &Pm : Params)
        Tys.push_back(PointerOnly(Pm.ValTy) ? PointerOnly(Pm.ValTy) : Pm.ValTy);
      auto FnTy = LLVM::LLVMFunctionType::get(LLVM::LLVMVoidType::get(&Ctx), Tys);
      auto Fn = LLVM::LLVMFuncOp::create(B, L, Sym, FnTy);
      Fn->setAttr("ignis.kernel", B.getUnitAttr());
      mlir::Block *Body = Fn.addEntryBlock(B);
      B.setInsertionPointToStart(Body);
      llvm::SmallVector<Value, 8> Args;
      for (unsigned I = 0; I < Params.size(); ++I) {
        Value V = Body->getArgument(I);
        if (PointerOnly(Params[I].ValTy)) {
          Value S = LLVM::UndefOp::create(B, L, Params[I].ValTy);
          V = LLVM::InsertValueOp::create(B, L, S, V, llvm::ArrayRef<int64_t>{0});
        }
        if (Params[I].ByAddress) {
          Value One = constI64(L, 1);
          Value Slot = LLVM::AllocaOp::create(B, L, PtrTy, Params[I].ValTy, One);
          LLVM::StoreOp::create(B, L, V, Slot);
          V = Slot;
        }
        Args.push_back(V);
      }
      func::CallOp::create(B, L, Callee, Args);
      LLVM::ReturnOp::create(B, L, mlir::ValueRange{});
      continue;
    }
    // How the cpu device runs it: a block entry (no collectives), region
    // steps (barriers only, split here), or fibers.
    KernelCollectives KC = kernelCollectives(Callee);
    bool AnyByAddress = llvm::any_of(Params, [](const Param &Pm) { return Pm.ByAddress; });
    int64_t FrameSize = -1;
    if (KC.Barrier && !KC.Warp && !AnyByAddress) {
      auto Known = RegionFrames.find(Callee);
      if (Known != RegionFrames.end()) {
        FrameSize = Known->second;
      } else if (!calledFrom(Module, Callee)) {
        FrameSize = splitKernelAtBarriers(Callee);
        if (FrameSize > 0)
          RegionFrames[Callee] = FrameSize;
      }
    }
    bool Regions = FrameSize > 0;
    int64_t Flags = KC.Barrier || KC.Warp
                        ? (Regions ? IgnisKernelRegions : IgnisKernelNeedsFibers)
                        : IgnisKernelBlockEntry;
    // `ignis_kernel_N$cpu(ptr args)`: the cpu device's entry;
    // `ignis_kernel_N$cpu(ptr args, i64 resume, ptr frame) -> i64` for regions.
    auto FnTy = Regions ? LLVM::LLVMFunctionType::get(I64, {PtrTy, I64, PtrTy})
                        : LLVM::LLVMFunctionType::get(LLVM::LLVMVoidType::get(&Ctx), {PtrTy});
    auto Entry = LLVM::LLVMFuncOp::create(B, L, Sym + "$cpu", FnTy);
    Entry.setLinkage(LLVM::Linkage::Internal);
    {
      mlir::OpBuilder::InsertionGuard Inner(B);
      mlir::Block *Body = Entry.addEntryBlock(B);
      B.setInsertionPointToStart(Body);
      llvm::SmallVector<Value, 8> Args;
      auto ArrTy = LLVM::LLVMArrayType::get(PtrTy, std::max<size_t>(Params.size(), 1));
      for (unsigned I = 0; I < Params.size(); ++I) {
        Value At = LLVM::GEPOp::create(B, L, PtrTy, ArrTy, Body->getArgument(0),
                                       llvm::ArrayRef<LLVM::GEPArg>{0, static_cast<int32_t>(I)});
        Value Slot = LLVM::LoadOp::create(B, L, PtrTy, At);
        Value V = LLVM::LoadOp::create(B, L, Params[I].ValTy, Slot);
        if (Flags == IgnisKernelBlockEntry) {
          Args.push_back(V); // copied per thread by the loop
          continue;
        }
        if (Params[I].ByAddress) {
          // Each thread its own copy, on its own stack, as a GPU thread
          // has its parameters (a closure's captures are passed this way).
          Value Own = LLVM::AllocaOp::create(B, L, PtrTy, Params[I].ValTy,
                                             constI64(L, 1));
          LLVM::StoreOp::create(B, L, V, Own);
          V = Own;
        }
        Args.push_back(V);
      }
      if (Flags == IgnisKernelBlockEntry) {
        llvm::SmallVector<bool, 8> ByAddress;
        for (const Param &Pm : Params)
          ByAddress.push_back(Pm.ByAddress);
        emitCpuBlockLoop(L, Callee, Args, ByAddress);
      } else if (Regions) {
        Args.push_back(Body->getArgument(1));
        Args.push_back(Body->getArgument(2));
        Value Next = func::CallOp::create(B, L, Callee, Args).getResult(0);
        LLVM::ReturnOp::create(B, L, Next);
      } else {
        func::CallOp::create(B, L, Callee, Args);
        LLVM::ReturnOp::create(B, L, mlir::ValueRange{});
      }
    }
    // The descriptor (gpu/runtime/ignis_gpu_runtime.h's IgnisKernel).
    bool HasImage = !DeviceImage.empty() && K.Gpu;
    bool Nv = K.GpuTarget == cir::TargetKind::Nvptx;
    mlir::Type Fields[] = {PtrTy, PtrTy, I64, PtrTy, PtrTy, I64, PtrTy, PtrTy, I64, I64};
    auto DescTy = LLVM::LLVMStructType::getLiteral(&Ctx, Fields);
    // Referenced before the image global exists: create it first.
    if (HasImage && !Module.lookupSymbol("ignis_gpu_image")) {
      std::string Data = DeviceImage;
      Data.push_back('\0');
      auto ImgTy = LLVM::LLVMArrayType::get(B.getI8Type(), Data.size());
      auto G = LLVM::GlobalOp::create(B, L, ImgTy, /*isConstant=*/true,
                                      LLVM::Linkage::Internal, "ignis_gpu_image",
                                      B.getStringAttr(Data), 16);
      (void)G;
    }
    auto Desc = LLVM::GlobalOp::create(B, L, DescTy, /*isConstant=*/true,
                                       LLVM::Linkage::Internal, Sym + "$desc",
                                       mlir::Attribute(), 8);
    mlir::Block *Init = B.createBlock(&Desc.getInitializerRegion());
    B.setInsertionPointToStart(Init);
    Value Null = LLVM::ZeroOp::create(B, L, PtrTy);
    auto C64 = [&](int64_t V) -> Value {
      return LLVM::ConstantOp::create(B, L, I64, B.getI64IntegerAttr(V));
    };
    Value Zero = C64(0);
    Value D = LLVM::UndefOp::create(B, L, DescTy);
    auto Set = [&](unsigned I, Value V) {
      D = LLVM::InsertValueOp::create(B, L, D, V, llvm::ArrayRef<int64_t>{I});
    };
    Set(0, cString(L, K.Name));
    Set(1, LLVM::AddressOfOp::create(B, L, Entry));
    Set(2, C64(Flags));
    Value Img = HasImage ? Value(LLVM::AddressOfOp::create(B, L, PtrTy, "ignis_gpu_image")) : Null;
    Value ImgSize = HasImage ? C64(DeviceImage.size() + 1) : Zero;
    Value SymStr = HasImage ? cString(L, Sym) : Null;
    Set(3, Nv ? SymStr : Null);
    Set(4, Nv ? Img : Null);
    Set(5, Nv ? ImgSize : Zero);
    Set(6, Nv ? Null : SymStr);
    Set(7, Nv ? Null : Img);
    Set(8, Nv ? Zero : ImgSize);
    Set(9, C64(Regions ? FrameSize : 0));
    LLVM::ReturnOp::create(B, L, D);
  }
}

//===----------------------------------------------------------------------===//
// cpu-device memory checks
//===----------------------------------------------------------------------===//

/// Whether Addr is (an offset into) this frame's stack or a global.
static bool isFrameOrGlobal(Value Addr) {
  for (unsigned Depth = 0; Depth < 16; ++Depth) {
    mlir::Operation *Def = Addr.getDefiningOp();
    if (!Def)
      return false; // an argument: memory the caller chose
    if (mlir::isa<LLVM::AllocaOp, LLVM::AddressOfOp>(Def))
      return true;
    auto GEP = mlir::dyn_cast<LLVM::GEPOp>(Def);
    if (!GEP)
      return false;
    Addr = GEP.getBase();
  }
  return false;
}

void MLIRGen::instrumentCpuDeviceAccesses() {
  for (const Function *F : P.Functions) {
    if (F->Target != cir::TargetKind::CpuDevice || F->IsExternal || F->InLibrary)
      continue;
    func::FuncOp Op = Funcs.lookup(F);
    if (!Op || Op.getBody().empty())
      continue;
    llvm::SmallVector<mlir::Operation *, 16> Accesses;
    Op.walk([&](mlir::Operation *A) {
      if (mlir::isa<LLVM::LoadOp, LLVM::StoreOp, LLVM::AtomicRMWOp,
                    LLVM::AtomicCmpXchgOp>(A))
        Accesses.push_back(A);
    });
    for (mlir::Operation *A : Accesses) {
      Value Addr, Val;
      int64_t Kind = 0;
      mlir::Type T;
      if (auto Ld = mlir::dyn_cast<LLVM::LoadOp>(A)) {
        Addr = Ld.getAddr();
        T = Ld.getType();
        Kind = Ld.getOrdering() != LLVM::AtomicOrdering::not_atomic ? 2 : 0;
      } else if (auto St = mlir::dyn_cast<LLVM::StoreOp>(A)) {
        Addr = St.getAddr();
        T = St.getValue().getType();
        Kind = St.getOrdering() != LLVM::AtomicOrdering::not_atomic ? 2 : 1;
      } else if (auto RMW = mlir::dyn_cast<LLVM::AtomicRMWOp>(A)) {
        Addr = RMW.getPtr();
        T = RMW.getVal().getType();
        Kind = 2;
      } else {
        auto CX = mlir::cast<LLVM::AtomicCmpXchgOp>(A);
        Addr = CX.getPtr();
        T = CX.getVal().getType();
        Kind = 2;
      }
      if (isFrameOrGlobal(Addr))
        continue;
      mlir::Location L = A->getLoc();
      std::string Where = "<unknown>";
      // FILE:LINE:COL with the file's name only, as call_location and the
      // bounds-check messages name it.
      mlir::FileLineColLoc FL = mlir::dyn_cast<mlir::FileLineColLoc>(L);
      if (!FL)
        FL = L->findInstanceOf<mlir::FileLineColLoc>();
      if (FL)
        Where = (llvm::sys::path::filename(FL.getFilename().getValue()) + ":" +
                 llvm::Twine(FL.getLine()) + ":" + llvm::Twine(FL.getColumn()))
                    .str();
      B.setInsertionPoint(A);
      Value Size = constI64(L, DL->getTypeSize(T).getFixedValue());
      callC(L, "ignis_gpu_cpu_check", nullptr,
            {Addr, Size, constI64(L, Kind), cString(L, Where)});
    }
  }
}

/// cpu-device code reads the running thread's record directly
/// (IgnisCpuThreadState, gpu/runtime/ignis_gpu_runtime.h): indices become
/// loads, and an access inside a range the check accepted before skips the
/// call. The record's address is fetched once per function.
void MLIRGen::inlineCpuDeviceFastPaths() {
  constexpr int64_t RecentOffset = 14 * 8, RecentCount = 4;
  for (const Function *F : P.Functions) {
    if (F->Target != cir::TargetKind::CpuDevice || F->IsExternal)
      continue;
    func::FuncOp Op = Funcs.lookup(F);
    if (!Op || Op.getBody().empty())
      continue;
    llvm::SmallVector<LLVM::CallOp, 8> Indices, Checks;
    Op.walk([&](LLVM::CallOp C) {
      if (!C.getCallee())
        return;
      llvm::StringRef N = *C.getCallee();
      if (N == "ignis_gpu_cpu_index")
        Indices.push_back(C);
      else if (N == "ignis_gpu_cpu_check" || N == "ignis_gpu_cpu_check_at")
        Checks.push_back(C);
    });
    if (Indices.empty() && Checks.empty())
      continue;
    mlir::Location FL = Op.getLoc();
    B.setInsertionPointToStart(&Op.getBody().front());
    Value State = callC(FL, "ignis_gpu_cpu_state", PtrTy, {});
    // The same address for every call on an OS thread (a block's fibers
    // share their worker): LLVM may merge the calls of inlined functions.
    if (auto Decl = mlir::dyn_cast_or_null<LLVM::LLVMFuncOp>(
            Symbols.lookup("ignis_gpu_cpu_state"))) {
      auto None = LLVM::ModRefInfo::NoModRef;
      Decl.setMemoryEffectsAttr(LLVM::MemoryEffectsAttr::get(
          &Ctx, {None, None, None, None, None, None}));
      Decl.setWillReturn(true);
      Decl.setNoUnwind(true);
      // The whole record may be read anywhere: loads of it can be hoisted.
      Decl.setResultAttr(0, LLVM::LLVMDialect::getDereferenceableAttrName(),
                         B.getI64IntegerAttr(sizeof(int64_t) * 25));
      Decl.setResultAttr(0, LLVM::LLVMDialect::getNonNullAttrName(),
                         B.getUnitAttr());
      Decl.setResultAttr(0, LLVM::LLVMDialect::getAlignAttrName(),
                         B.getI64IntegerAttr(8));
    }
    // The access checks are declared read-only: what they write is the
    // runtime's own memory (the race shadow, the fault record: a faulting
    // thread never returns) and the record's recent ranges, whose stale
    // copies stay valid for the whole launch (buffers are freed only after
    // it). So LLVM may keep the ranges and indices in registers across the
    // checks, and out of the loop over a block's threads. (Declaring the
    // truth, inaccessible memory written, makes LLVM assume every location
    // is clobbered.) Not willreturn: a check is never removed.
    for (llvm::StringRef Name : {"ignis_gpu_cpu_check", "ignis_gpu_cpu_check_at"})
      if (auto Decl = mlir::dyn_cast_or_null<LLVM::LLVMFuncOp>(Symbols.lookup(Name))) {
        auto Ref = LLVM::ModRefInfo::Ref, None = LLVM::ModRefInfo::NoModRef;
        Decl.setMemoryEffectsAttr(LLVM::MemoryEffectsAttr::get(
            &Ctx, {Ref, Ref, LLVM::ModRefInfo::ModRef, None, None, None}));
      }
    for (LLVM::CallOp C : Indices) {
      B.setInsertionPoint(C);
      Value At = LLVM::GEPOp::create(B, C.getLoc(), PtrTy, I64, State,
                                     mlir::ValueRange{C.getOperand(0)});
      Value V = loadState(C.getLoc(), I64, At);
      C.getResult().replaceAllUsesWith(V);
      C.erase();
    }
    for (LLVM::CallOp C : Checks) {
      mlir::Location L = C.getLoc();
      mlir::Block *Blk = C->getBlock();
      mlir::Block *After = Blk->splitBlock(C);
      mlir::Block *Slow = new mlir::Block();
      Op.getBody().getBlocks().insert(mlir::Region::iterator(After), Slow);
      // The fast test, before the split: the recent ranges one after
      // another, leaving at the first that holds the access (an access site
      // keeps hitting the same one, so the branches predict well and few
      // values are live).
      B.setInsertionPointToEnd(Blk);
      Value Addr = LLVM::PtrToIntOp::create(B, L, I64, C.getOperand(0));
      Value End = arith::AddIOp::create(B, L, Addr, C.getOperand(1));
      for (int64_t I = 0; I < RecentCount; ++I) {
        auto Field = [&](int64_t Offset) -> Value {
          Value At = LLVM::GEPOp::create(
              B, L, PtrTy, B.getI8Type(), State,
              llvm::ArrayRef<LLVM::GEPArg>{static_cast<int32_t>(Offset)});
          return loadState(L, I64, At);
        };
        Value Lo = Field(RecentOffset + 16 * I), Hi = Field(RecentOffset + 16 * I + 8);
        Value Ok = arith::AndIOp::create(
            B, L,
            arith::CmpIOp::create(B, L, arith::CmpIPredicate::uge, Addr, Lo),
            arith::CmpIOp::create(B, L, arith::CmpIPredicate::ule, End, Hi));
        mlir::Block *Next = Slow;
        if (I + 1 < RecentCount) {
          Next = new mlir::Block();
          Op.getBody().getBlocks().insert(mlir::Region::iterator(Slow), Next);
        }
        mlir::cf::CondBranchOp::create(B, L, Ok, After, mlir::ValueRange{}, Next,
                                       mlir::ValueRange{});
        if (Next != Slow)
          B.setInsertionPointToEnd(Next);
      }
      // The runtime's check only off the fast path.
      C->moveBefore(Slow, Slow->end());
      B.setInsertionPointToEnd(Slow);
      mlir::cf::BranchOp::create(B, L, After);
    }
  }
}

mlir::OwningOpRef<mlir::ModuleOp>
ignis::buildDeviceModule(mlir::MLIRContext &Ctx, const cir::Program &P,
                         const SourceManager &SM, cir::TargetKind Target,
                         std::string &Error) {
  loadCodegenDialects(Ctx);
  MLIRGen Gen(Ctx, P, SM);
  Gen.setDeviceTarget(Target);
  return Gen.run(Error);
}

/// The host-only call a kernel reaches first, as "LOC: kernel 'k' calls
/// 'sym' (k -> f -> g)", or "" when every kernel can run on the GPU.
std::string ignis::findHostOnlyCall(mlir::ModuleOp M, const cir::Program &P,
                                    bool Nvidia) {
  llvm::StringMap<std::string> Display;
  for (const cir::Function *F : P.Functions)
    Display[F->Name] = F->DisplayName;
  for (unsigned KI = 0; KI < P.Kernels.size(); ++KI)
    Display[kernelSymbol(KI)] = P.Kernels[KI].Name;
  auto Allowed = [&](llvm::StringRef Name) {
    // What DeviceCompile.cpp gives a device meaning.
    return Name == "ignis_rt_abort" || Name == "ignis_rt_panic_bounds" ||
           Name == "memcpy" || Name == "memmove" || Name == "memset" ||
           (Nvidia && Name == "vprintf");
  };
  for (unsigned KI = 0; KI < P.Kernels.size(); ++KI) {
    mlir::Operation *Entry = M.lookupSymbol(kernelSymbol(KI));
    if (!Entry)
      continue;
    // Breadth-first over calls, remembering who reached each function.
    llvm::DenseMap<mlir::Operation *, mlir::Operation *> Parent{{Entry, nullptr}};
    llvm::SmallVector<mlir::Operation *, 16> Queue{Entry};
    for (size_t I = 0; I < Queue.size(); ++I) {
      mlir::Operation *Fn = Queue[I];
      std::string Found;
      Fn->walk([&](mlir::Operation *Op) {
        if (!Found.empty())
          return;
        llvm::StringRef Callee = calleeName(Op);
        if (Callee.empty())
          return;
        mlir::Operation *Target = M.lookupSymbol(Callee);
        if (!Target)
          return;
        bool Declared = Target->getRegion(0).empty();
        if (!Declared) {
          if (Parent.try_emplace(Target, Fn).second)
            Queue.push_back(Target);
          return;
        }
        if (Allowed(Callee))
          return;
        std::string Where;
        if (auto FL = Op->getLoc()->findInstanceOf<mlir::FileLineColLoc>())
          Where = (llvm::sys::path::filename(FL.getFilename().getValue()) + ":" +
                   llvm::Twine(FL.getLine()) + ":" + llvm::Twine(FL.getColumn()) + ": ")
                      .str();
        // The chain from the kernel down to the caller.
        llvm::SmallVector<std::string, 8> Chain;
        // (The entry wrapper itself is left out: it bears the kernel's name too.)
        for (mlir::Operation *At = Fn; At && At != Entry; At = Parent.lookup(At)) {
          llvm::StringRef Sym = mlir::SymbolTable::getSymbolName(At).getValue();
          auto It = Display.find(Sym);
          Chain.push_back(It != Display.end() ? It->second : Sym.str());
        }
        std::string Path;
        for (auto It = Chain.rbegin(); It != Chain.rend(); ++It)
          Path += (Path.empty() ? "" : " -> ") + *It;
        Found = Where + "kernel '" + P.Kernels[KI].Name + "' calls '" +
                Callee.str() + "', which exists only on the host (" + Path + ")";
      });
      if (!Found.empty())
        return Found;
    }
  }
  return "";
}

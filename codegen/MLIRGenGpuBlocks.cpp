//===- MLIRGenGpuBlocks.cpp - cpu-device kernels run a block at a time ----===//
//
// The cpu device's kernel entries that spare the runtime a call per thread:
//  - a kernel without collectives gets a block entry: the loop over the
//    block's threads is compiled into `ignis_kernel_N$cpu`, with the
//    arguments loaded once per block and the thread index a loop variable
//    (IGNIS_KERNEL_BLOCK_ENTRY);
//  - a kernel whose only collectives are block barriers, all in its own body
//    (after inlining the functions that hold them), is split at them into
//    regions (IGNIS_KERNEL_REGIONS): it becomes a step function that runs a
//    thread from a resume point to its next barrier, with its locals and the
//    values live across a barrier in a per-thread frame, and the runtime
//    runs each region as a loop over the block's threads (as POCL's
//    work-item loops do). Anything else keeps fibers.
//
//===----------------------------------------------------------------------===//
#include "codegen/MLIRGen.h"

#include "mlir/IR/Dominance.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/Matchers.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/SetVector.h"

using namespace ignis;
namespace LLVM = mlir::LLVM;
namespace arith = mlir::arith;
namespace func = mlir::func;
namespace cf = mlir::cf;
using mlir::Value;

// IgnisCpuThreadState's layout (gpu/runtime/ignis_gpu_runtime.h).
static constexpr int64_t ThreadLinearOffset = 14 * 8 + 4 * 16;
static constexpr int64_t BlockLinearOffset = ThreadLinearOffset + 8;
static constexpr int64_t StopBlockOffset = BlockLinearOffset + 8;

static llvm::StringRef calleeOf(mlir::Operation *Op) {
  if (auto C = mlir::dyn_cast<func::CallOp>(Op))
    return C.getCallee();
  if (auto C = mlir::dyn_cast<LLVM::CallOp>(Op); C && C.getCallee())
    return *C.getCallee();
  return "";
}

static bool isBarrierCall(llvm::StringRef N) {
  return N == "ignis_gpu_cpu_barrier_at" || N == "ignis_gpu_cpu_barrier";
}
/// Collectives that need fibers: warp ones (a value exchanged mid-region),
/// the warp mma, and cluster barriers (blocks wait for each other).
static bool isWarpCall(llvm::StringRef N) {
  return N == "ignis_gpu_cpu_syncwarp" || N == "ignis_gpu_cpu_shuffle" ||
         N == "ignis_gpu_cpu_vote" || N == "ignis_gpu_cpu_warp_mma" ||
         N == "ignis_gpu_cpu_cluster_arrive" ||
         N == "ignis_gpu_cpu_cluster_wait" ||
         N == "ignis_gpu_cpu_cluster_wait_at";
}

MLIRGen::KernelCollectives MLIRGen::kernelCollectives(mlir::Operation *Root) {
  KernelCollectives R;
  llvm::SetVector<mlir::Operation *> Work;
  Work.insert(Root);
  for (size_t I = 0; I < Work.size(); ++I) {
    Work[I]->walk([&](mlir::Operation *Op) {
      llvm::StringRef Callee = calleeOf(Op);
      if (Callee.empty())
        return;
      R.Barrier |= isBarrierCall(Callee);
      R.Warp |= isWarpCall(Callee);
      if (mlir::Operation *F = Module.lookupSymbol(Callee))
        if (!F->getRegion(0).empty())
          Work.insert(F);
    });
  }
  return R;
}

mlir::ArrayAttr MLIRGen::cpuStateTag() {
  if (!CpuStateTag) {
    if (!TBAARoot)
      TBAARoot = LLVM::TBAARootAttr::get(&Ctx, B.getStringAttr("Ignis TBAA"));
    // A sibling of every memory class: kernels never reach the record
    // through their own pointers.
    auto Desc = LLVM::TBAATypeDescriptorAttr::get(
        &Ctx, "cpu thread state", {LLVM::TBAAMemberAttr::get(TBAARoot, 0)});
    CpuStateTag = B.getArrayAttr({LLVM::TBAATagAttr::get(Desc, Desc, 0)});
  }
  return CpuStateTag;
}

Value MLIRGen::loadState(mlir::Location L, mlir::Type T, Value At) {
  auto Ld = LLVM::LoadOp::create(B, L, T, At);
  Ld.setTBAATags(cpuStateTag());
  return Ld;
}

void MLIRGen::storeState(mlir::Location L, Value V, Value At) {
  LLVM::StoreOp::create(B, L, V, At).setTBAATags(cpuStateTag());
}

Value MLIRGen::stateField(mlir::Location L, Value State, int64_t Offset) {
  return LLVM::GEPOp::create(B, L, PtrTy, B.getI8Type(), State,
                             llvm::ArrayRef<LLVM::GEPArg>{static_cast<int32_t>(Offset)});
}

void MLIRGen::emitCpuBlockLoop(mlir::Location L, func::FuncOp Callee,
                               llvm::ArrayRef<Value> Params,
                               llvm::ArrayRef<bool> ByAddress) {
  mlir::Region &R = *B.getInsertionBlock()->getParent();
  Value State = callC(L, "ignis_gpu_cpu_state", PtrTy, {});
  auto Index = [&](int64_t I) { return stateField(L, State, I * 8); };
  Value Bx = loadState(L, I64, Index(6));
  Value By = loadState(L, I64, Index(7));
  Value Bz = loadState(L, I64, Index(8));
  Value BlockLin = loadState(L, I64, stateField(L, State, BlockLinearOffset));
  Value StopPtr = loadState(L, PtrTy, stateField(L, State, StopBlockOffset));
  Value X0 = Index(0), X1 = Index(1), X2 = Index(2), Lane = Index(12),
        Warp = Index(13), Lin = stateField(L, State, ThreadLinearOffset);
  // Each thread its own copy of a by-address parameter, as a GPU thread
  // has its parameters (a closure's captures are passed this way).
  llvm::SmallVector<Value, 8> Own;
  for (unsigned I = 0; I < Params.size(); ++I)
    Own.push_back(ByAddress[I] ? Value(LLVM::AllocaOp::create(
                                     B, L, PtrTy, Params[I].getType(),
                                     constI64(L, 1)))
                               : Value());
  Value Zero = constI64(L, 0), One = constI64(L, 1);
  auto Loc = [&](unsigned N) { return llvm::SmallVector<mlir::Location>(N, L); };
  mlir::Block *ZHead = B.createBlock(&R, R.end(), {I64}, Loc(1));
  mlir::Block *ZBody = B.createBlock(&R, R.end());
  mlir::Block *YHead = B.createBlock(&R, R.end(), {I64}, Loc(1));
  mlir::Block *YBody = B.createBlock(&R, R.end());
  mlir::Block *XHead = B.createBlock(&R, R.end(), {I64}, Loc(1));
  mlir::Block *XBody = B.createBlock(&R, R.end());
  mlir::Block *Exit = B.createBlock(&R, R.end());
  B.setInsertionPointToEnd(&R.front());
  cf::BranchOp::create(B, L, ZHead, mlir::ValueRange{Zero});
  auto Lt = [&](Value A, Value C) {
    return arith::CmpIOp::create(B, L, arith::CmpIPredicate::slt, A, C);
  };
  // z
  B.setInsertionPointToEnd(ZHead);
  Value Z = ZHead->getArgument(0);
  cf::CondBranchOp::create(B, L, Lt(Z, Bz), ZBody, mlir::ValueRange{}, Exit,
                           mlir::ValueRange{});
  B.setInsertionPointToEnd(ZBody);
  storeState(L, Z, X2);
  cf::BranchOp::create(B, L, YHead, mlir::ValueRange{Zero});
  // y
  B.setInsertionPointToEnd(YHead);
  Value Y = YHead->getArgument(0);
  Value ZNext = arith::AddIOp::create(B, L, Z, One);
  cf::CondBranchOp::create(B, L, Lt(Y, By), YBody, mlir::ValueRange{}, ZHead,
                           mlir::ValueRange{ZNext});
  B.setInsertionPointToEnd(YBody);
  // Threads of a block after a faulted one stop, as the runtime's loop
  // does, checked once per row of threads (a check per thread would keep
  // LLVM from holding the access check's ranges in registers).
  mlir::Block *Row0 = B.createBlock(&R, mlir::Region::iterator(XHead));
  B.setInsertionPointToEnd(YBody);
  Value Stop = LLVM::LoadOp::create(B, L, I64, StopPtr, 8, false, false, false,
                                    false, LLVM::AtomicOrdering::monotonic);
  cf::CondBranchOp::create(B, L, Lt(Stop, BlockLin), Exit, mlir::ValueRange{},
                           Row0, mlir::ValueRange{});
  B.setInsertionPointToEnd(Row0);
  storeState(L, Y, X1);
  Value Row = arith::MulIOp::create(
      B, L, arith::AddIOp::create(B, L, arith::MulIOp::create(B, L, Z, By), Y),
      Bx);
  cf::BranchOp::create(B, L, XHead, mlir::ValueRange{Zero});
  // x: one GPU thread
  B.setInsertionPointToEnd(XHead);
  Value X = XHead->getArgument(0);
  Value YNext = arith::AddIOp::create(B, L, Y, One);
  cf::CondBranchOp::create(B, L, Lt(X, Bx), XBody, mlir::ValueRange{}, YHead,
                           mlir::ValueRange{YNext});
  B.setInsertionPointToEnd(XBody);
  Value ThreadLin = arith::AddIOp::create(B, L, Row, X);
  storeState(L, X, X0);
  storeState(L, arith::AndIOp::create(B, L, ThreadLin, constI64(L, 31)), Lane);
  storeState(L, arith::ShRSIOp::create(B, L, ThreadLin, constI64(L, 5)), Warp);
  storeState(L, ThreadLin, Lin);
  llvm::SmallVector<Value, 8> Args;
  for (unsigned I = 0; I < Params.size(); ++I) {
    if (!ByAddress[I]) {
      Args.push_back(Params[I]);
      continue;
    }
    LLVM::StoreOp::create(B, L, Params[I], Own[I]);
    Args.push_back(Own[I]);
  }
  func::CallOp::create(B, L, Callee, Args);
  cf::BranchOp::create(B, L, XHead,
                       mlir::ValueRange{arith::AddIOp::create(B, L, X, One)});
  B.setInsertionPointToEnd(Exit);
  LLVM::ReturnOp::create(B, L, mlir::ValueRange{});
}

//===----------------------------------------------------------------------===//
// Splitting a kernel at its barriers
//===----------------------------------------------------------------------===//

/// Inlines each call in F to a function that (transitively) calls a
/// collective, so that F's barriers are F's own calls. False when one
/// cannot be inlined (recursion, a callee with results it cannot map).
static bool inlineBarrierCallees(mlir::ModuleOp M, func::FuncOp F) {
  // One call inlined per round; a bound on them stops mutual recursion.
  llvm::DenseMap<mlir::Operation *, bool> Reaches;
  for (unsigned Round = 0; Round < 1024; ++Round) {
    func::CallOp Call;
    F.walk([&](func::CallOp C) {
      if (Call)
        return;
      auto G = M.lookupSymbol<func::FuncOp>(C.getCallee());
      if (!G || G.getBody().empty())
        return;
      if (auto Known = Reaches.find(G); Known != Reaches.end()) {
        if (Known->second)
          Call = C;
        return;
      }
      bool Has = false;
      llvm::SetVector<mlir::Operation *> Work;
      Work.insert(G);
      for (size_t I = 0; I < Work.size() && !Has; ++I)
        Work[I]->walk([&](mlir::Operation *Op) {
          llvm::StringRef N = calleeOf(Op);
          if (N.empty())
            return;
          Has |= isBarrierCall(N) || isWarpCall(N);
          if (mlir::Operation *H = M.lookupSymbol(N))
            if (!H->getRegion(0).empty())
              Work.insert(H);
        });
      Reaches[G] = Has;
      if (Has)
        Call = C;
    });
    if (!Call)
      return true;
    auto G = M.lookupSymbol<func::FuncOp>(Call.getCallee());
    if (G == F || Call->getParentOp() != F.getOperation())
      return false;
    // Split at the call, clone G's blocks in between, returns branch on.
    mlir::Location CallLoc = Call.getLoc();
    mlir::Block *Before = Call->getBlock();
    mlir::Block *After = Before->splitBlock(Call);
    for (mlir::Type T : Call.getResultTypes())
      After->addArgument(T, Call.getLoc());
    mlir::IRMapping Map;
    mlir::Region &Body = G.getBody();
    for (auto [A, V] : llvm::zip(Body.getArguments(), Call.getOperands()))
      Map.map(A, V);
    Body.cloneInto(F.getCallableRegion(), mlir::Region::iterator(After), Map);
    mlir::Block *Entry = Map.lookup(&Body.front());
    // The cloned entry's arguments were mapped: drop them.
    Entry->eraseArguments(0, Entry->getNumArguments());
    // Debug info as an inliner gives it: each location inlined at the call;
    // the callee's variable records are dropped.
    for (mlir::Block &Blk : Body) {
      llvm::SmallVector<mlir::Operation *, 4> Dbg;
      Map.lookup(&Blk)->walk([&](mlir::Operation *Op) {
        if (mlir::isa<LLVM::DbgDeclareOp, LLVM::DbgValueOp, LLVM::DbgLabelOp>(Op))
          Dbg.push_back(Op);
        else
          Op->setLoc(mlir::CallSiteLoc::get(Op->getLoc(), CallLoc));
      });
      for (mlir::Operation *Op : Dbg)
        Op->erase();
    }
    mlir::OpBuilder B(Call);
    for (mlir::Block &Blk : Body) {
      mlir::Block *New = Map.lookup(&Blk);
      auto Ret = mlir::dyn_cast<func::ReturnOp>(New->getTerminator());
      if (!Ret)
        continue;
      B.setInsertionPoint(Ret);
      cf::BranchOp::create(B, Ret.getLoc(), After, Ret.getOperands());
      Ret.erase();
    }
    for (auto [R, A] : llvm::zip(Call.getResults(), After->getArguments()))
      R.replaceAllUsesWith(A);
    Call.erase();
    // The split left Before without a terminator.
    B.setInsertionPointToEnd(Before);
    cf::BranchOp::create(B, CallLoc, Entry);
  }
  return false;
}

static bool isRematerializable(mlir::Operation *Op) {
  return Op && Op->getNumOperands() == 0 && Op->getNumRegions() == 0 &&
         mlir::isa<arith::ConstantOp, LLVM::ConstantOp, LLVM::AddressOfOp,
                   LLVM::ZeroOp, LLVM::UndefOp, LLVM::PoisonOp>(Op);
}

int64_t MLIRGen::splitKernelAtBarriers(func::FuncOp F) {
  mlir::OpBuilder::InsertionGuard Guard(B);
  mlir::Location L = F.getLoc();
  if (F.getFunctionType().getNumResults() != 0 || F.getBody().empty())
    return -1;
  if (!inlineBarrierCallees(Module, F))
    return -1;
  // Every collective is now F's own: barriers at F's top level only.
  llvm::SmallVector<LLVM::CallOp, 8> Barriers;
  bool Bad = false;
  F.walk([&](mlir::Operation *Op) {
    llvm::StringRef N = calleeOf(Op);
    if (N.empty())
      return;
    if (isWarpCall(N) || N == "ignis_gpu_cpu_barrier")
      Bad = true;
    else if (N == "ignis_gpu_cpu_barrier_at") {
      auto C = mlir::dyn_cast<LLVM::CallOp>(Op);
      if (!C || Op->getParentOp() != F.getOperation())
        Bad = true;
      else
        Barriers.push_back(C);
    } else if (mlir::Operation *G = Module.lookupSymbol(N)) {
      if (!G->getRegion(0).empty() && (kernelCollectives(G).Barrier ||
                                       kernelCollectives(G).Warp))
        Bad = true;
    }
  });
  if (Bad || Barriers.empty())
    return -1;
  // Allocas of a constant size become slots of the frame.
  llvm::SmallVector<LLVM::AllocaOp, 16> Allocas;
  F.walk([&](LLVM::AllocaOp A) { Allocas.push_back(A); });
  for (LLVM::AllocaOp A : Allocas) {
    mlir::IntegerAttr N;
    if (!mlir::matchPattern(A.getArraySize(), mlir::m_Constant(&N)) ||
        A.getType() != PtrTy)
      return -1;
  }
  // The new signature: (params..., resume, frame) -> next resume point.
  mlir::Region &R = F.getBody();
  mlir::Block *Old = &R.front();
  llvm::SmallVector<mlir::Type, 8> Ins(F.getArgumentTypes());
  Ins.push_back(I64);
  Ins.push_back(PtrTy);
  F.setType(B.getFunctionType(Ins, {I64}));
  llvm::SmallVector<mlir::Location, 8> Locs(Ins.size(), L);
  mlir::Block *Entry = B.createBlock(&R, R.begin(), Ins, Locs);
  for (unsigned I = 0; I < Old->getNumArguments(); ++I)
    Old->getArgument(I).replaceAllUsesWith(Entry->getArgument(I));
  Old->eraseArguments(0, Old->getNumArguments());
  Value Resume = Entry->getArgument(Ins.size() - 2);
  Value Frame = Entry->getArgument(Ins.size() - 1);
  int64_t FrameSize = 0;
  auto Slot = [&](uint64_t Bytes, uint64_t Align) -> Value {
    Align = std::max<uint64_t>(Align, 1);
    FrameSize = static_cast<int64_t>((static_cast<uint64_t>(FrameSize) + Align - 1) &
                                     ~(Align - 1));
    mlir::OpBuilder::InsertionGuard G(B);
    B.setInsertionPointToEnd(Entry);
    Value P = stateField(L, Frame, FrameSize);
    FrameSize += static_cast<int64_t>(Bytes);
    return P;
  };
  for (LLVM::AllocaOp A : Allocas) {
    mlir::IntegerAttr N;
    (void)mlir::matchPattern(A.getArraySize(), mlir::m_Constant(&N));
    mlir::Type T = A.getElemType();
    uint64_t Bytes = DL->getTypeSize(T).getFixedValue() *
                     static_cast<uint64_t>(N.getInt());
    uint64_t Align = std::max<uint64_t>(A.getAlignment().value_or(0),
                                        DL->getTypeABIAlignment(T));
    Value P = Slot(Bytes, Align);
    A.getResult().replaceAllUsesWith(P);
    A.erase();
  }
  // Returns: -1, the thread exited.
  llvm::SmallVector<func::ReturnOp, 4> Returns;
  F.walk([&](func::ReturnOp Ret) { Returns.push_back(Ret); });
  for (func::ReturnOp Ret : Returns) {
    B.setInsertionPoint(Ret);
    func::ReturnOp::create(B, Ret.getLoc(), mlir::ValueRange{constI64(Ret.getLoc(), -1)});
    Ret.erase();
  }
  // Each barrier: arrive, return its resume point; the rest of its block is
  // that point's region.
  llvm::SmallVector<llvm::APInt, 8> Cases;
  llvm::SmallVector<mlir::Block *, 8> Dests;
  for (unsigned I = 0; I < Barriers.size(); ++I) {
    LLVM::CallOp C = Barriers[I];
    mlir::Location CL = C.getLoc();
    mlir::Block *Cont = C->getBlock()->splitBlock(C->getNextNode());
    B.setInsertionPoint(C);
    callC(CL, "ignis_gpu_cpu_barrier_arrive", nullptr,
          llvm::SmallVector<Value, 3>(C.getArgOperands()));
    B.setInsertionPointToEnd(C->getBlock());
    func::ReturnOp::create(B, CL, mlir::ValueRange{constI64(CL, I + 1)});
    C.erase();
    Cases.push_back(llvm::APInt(64, I + 1));
    Dests.push_back(Cont);
  }
  // Values used where their definition no longer dominates: constants are
  // made again in the entry, anything else goes through a frame slot.
  mlir::DominanceInfo Dom(F);
  llvm::MapVector<Value, llvm::SmallVector<mlir::OpOperand *, 4>> Broken;
  F.walk([&](mlir::Operation *Op) {
    for (mlir::OpOperand &U : Op->getOpOperands()) {
      Value V = U.get();
      if (mlir::Operation *D = V.getDefiningOp(); D && D->getBlock() == Entry)
        continue;
      if (auto A = mlir::dyn_cast<mlir::BlockArgument>(V); A && A.getOwner() == Entry)
        continue;
      if (!Dom.properlyDominates(V, Op))
        Broken[V].push_back(&U);
    }
  });
  for (auto &[V, Uses] : Broken) {
    mlir::Operation *D = V.getDefiningOp();
    if (isRematerializable(D)) {
      B.setInsertionPointToEnd(Entry);
      Value C = B.clone(*D)->getResult(0);
      for (mlir::OpOperand *U : Uses)
        U->set(C);
      continue;
    }
    mlir::Type T = V.getType();
    Value P = Slot(DL->getTypeSize(T).getFixedValue(),
                   DL->getTypeABIAlignment(T));
    if (D)
      B.setInsertionPointAfter(D);
    else
      B.setInsertionPointToStart(mlir::cast<mlir::BlockArgument>(V).getOwner());
    LLVM::StoreOp::create(B, V.getLoc(), V, P);
    for (mlir::OpOperand *U : Uses) {
      B.setInsertionPoint(U->getOwner());
      U->set(LLVM::LoadOp::create(B, V.getLoc(), T, P));
    }
  }
  // The entry: to the start, or to the region after barrier `resume`.
  B.setInsertionPointToEnd(Entry);
  llvm::SmallVector<mlir::ValueRange, 8> NoArgs(Dests.size(), mlir::ValueRange{});
  cf::SwitchOp::create(B, L, Resume, Old, mlir::ValueRange{},
                       Cases, Dests, NoArgs);
  return std::max<int64_t>(FrameSize, 1);
}

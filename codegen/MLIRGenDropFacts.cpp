//===- MLIRGenDropFacts.cpp - Known drop flags and error cleanup chains ---===//
//
// Most drop flags have a value known where the code is emitted: a
// temporary is set when made and cleared when it ends, in straight-line
// code. Destroying such a value needs no test, and the error exit of a
// raising call can destroy exactly what is alive there. The exits are
// chains (as landing pads are): one cleanup block per value, the newest
// first, each going on to the block for the next older value, so the
// raising calls that share their older live values share the end of their
// chains: n raising calls with k live values cost about n + k blocks, not
// n * k, and no flag is tested that is known.
//
//===----------------------------------------------------------------------===//
#include "codegen/MLIRGen.h"

using namespace ignis;
using namespace mlir;

/// A chain tests at most this many flags of unknown value; past that, the
/// one shared exit that tests every flag is smaller than per-call chains.
static constexpr unsigned MaxTestedInChain = 8;

std::optional<bool> MLIRGen::knownFlag(Value Flag) {
  if (!isLive() || B.getInsertionBlock() != FactsBlock)
    return std::nullopt;
  auto It = Facts.find(Flag);
  if (It == Facts.end())
    return std::nullopt;
  return It->second;
}

void MLIRGen::noteFlag(Value Flag, bool On) {
  if (!isLive())
    return;
  TouchedFlags.push_back(Flag);
  if (On && SetFlagIndex.try_emplace(Flag, SetFlags.size()).second)
    SetFlags.push_back(Flag);
  if (B.getInsertionBlock() != FactsBlock) {
    FactsBlock = B.getInsertionBlock();
    Facts.clear();
  }
  Facts[Flag] = On;
}

MLIRGen::FlagFacts MLIRGen::currentFacts() {
  if (!isLive() || B.getInsertionBlock() != FactsBlock)
    return FlagFacts();
  return Facts;
}

void MLIRGen::resumeFacts(FlagFacts F, mlir::Block *Blk) {
  FactsBlock = Blk;
  Facts = std::move(F);
}

MLIRGen::FlagFacts MLIRGen::mergeFacts(const FlagFacts &A,
                                       const FlagFacts &Bv) {
  FlagFacts Both;
  for (auto &[Flag, On] : A) {
    auto It = Bv.find(Flag);
    if (It != Bv.end() && It->second == On)
      Both[Flag] = On;
  }
  return Both;
}

bool MLIRGen::canChainCleanups() {
  FlagFacts Known = currentFacts();
  unsigned Tested = 0;
  for (const cir::Local *Var : CurFn->Locals)
    if (Value Flag = DropFlags.lookup(Var); Flag && !Known.count(Flag))
      if (++Tested > MaxTestedInChain)
        return false;
  return true;
}

mlir::Block *MLIRGen::getErrorChain(Location L) {
  if (!canChainCleanups())
    return nullptr;
  if (!ErrorChainTail) {
    mlir::OpBuilder::InsertionGuard Guard(B);
    mlir::Block *SavedBlock = FactsBlock;
    FlagFacts Saved = std::move(Facts);
    ErrorChainTail = newBlock();
    B.setInsertionPointToEnd(ErrorChainTail);
    emitErrorReturn(L);
    FactsBlock = SavedBlock;
    Facts = std::move(Saved);
  }
  return getCleanupChain(L, ErrorChainTail, nullptr);
}

mlir::Block *MLIRGen::getCleanupChain(Location L, mlir::Block *Tail,
                                      mlir::Type ArgTy) {
  FlagFacts Known = currentFacts();
  // Building blocks elsewhere must not disturb the facts of this point.
  mlir::Block *SavedBlock = FactsBlock;
  FlagFacts Saved = std::move(Facts);
  mlir::OpBuilder::InsertionGuard Guard(B);
  // From the oldest value (destroyed last) to the newest (destroyed first).
  mlir::Block *Next = Tail;
  for (const cir::Local *Var : CurFn->Locals) {
    Value Flag = DropFlags.lookup(Var);
    if (!Flag)
      continue;
    auto It = Known.find(Flag);
    if (It != Known.end() && !It->second)
      continue; // not alive at this exit
    // A `deinit` argument still whole ends field by field; keep its test.
    bool Deinit = Var->Convention == ArgConvention::Deinit;
    bool Test = It == Known.end() || Deinit;
    mlir::Block *&Node = CleanupNodes[{Var, unsigned(Test), Next}];
    if (!Node) {
      Node = newBlock();
      // A return's chain passes the result along.
      llvm::SmallVector<Value, 1> Pass;
      if (ArgTy)
        Pass.push_back(Node->addArgument(ArgTy, L));
      B.setInsertionPointToEnd(Node);
      if (Test) {
        Value On = LLVM::LoadOp::create(B, L, I1, Flag);
        mlir::Block *Do = newBlock();
        cf::CondBranchOp::create(B, L, On, Do, ValueRange{}, Next, Pass);
        B.setInsertionPointToEnd(Do);
      }
      if (Deinit)
        destroyFieldsOf(Var, {});
      else
        genDestroyAt(Var->Ty, Addresses[Var]);
      if (isLive()) {
        cf::BranchOp::create(B, L, Next, Pass);
        terminate();
      }
    }
    Next = Node;
  }
  FactsBlock = SavedBlock;
  Facts = std::move(Saved);
  return Next;
}

bool MLIRGen::inLoop() const {
  return llvm::any_of(Scopes, [](const Scope &S) { return S.K == Scope::Loop; });
}

void MLIRGen::noteExitUse(mlir::Block *Shared) {
  auto It = PendingExitOf.find(Shared);
  if (It == PendingExitOf.end())
    return;
  PendingExit &PE = PendingExits[It->second];
  PE.SetCount = SetFlags.size();
  PE.All |= inLoop();
}

void MLIRGen::fillPendingExits() {
  mlir::OpBuilder::InsertionGuard Guard(B);
  mlir::Location L = getLoc(CurFn->Loc);
  for (const PendingExit &PE : PendingExits) {
    B.setInsertionPointToEnd(PE.Blk);
    FactsBlock = nullptr; // nothing is known where several paths meet
    destroyAllFlagged(L, PE.All, PE.SetCount);
    emitErrorReturn(L);
  }
  PendingExits.clear();
  PendingExitOf.clear();
}

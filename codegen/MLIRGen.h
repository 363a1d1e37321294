//===- MLIRGen.h - Checked program -> MLIR module (internal to codegen/) --===//
//
// Included only by codegen/*.cpp: it pulls in the MLIR headers. Everything
// outside codegen/ goes through codegen/Codegen.h.
//
//===----------------------------------------------------------------------===//
#ifndef IGNIS_CODEGEN_MLIRGEN_H
#define IGNIS_CODEGEN_MLIRGEN_H

#include "sema/CIR.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Interfaces/DataLayoutInterfaces.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include <string>

namespace ignis {

class DebugInfoBuilder;

/// What a load or store touches, for TBAA (MLIRGenTBAA.cpp): None (no tag),
/// element memory, or one header field of MemoryClasses.def.
enum class MemoryClass : unsigned {
  None,
  Element,
#define IGNIS_HEADER_FIELD(Id, File, Struct, Field, NonNeg) Id,
#include "codegen/MemoryClasses.def"
  Count
};
constexpr unsigned NumMemoryClasses = static_cast<unsigned>(MemoryClass::Count);

/// Loads the dialects MLIRGen emits into Ctx.
void loadCodegenDialects(mlir::MLIRContext &Ctx);

/// Builds the module for P (not yet verified). Returns null with Error set
/// when P holds something codegen cannot lower (an Error expression, an
/// unknown type): a sema bug, reported as an internal error.
mlir::OwningOpRef<mlir::ModuleOp> buildModule(mlir::MLIRContext &Ctx,
                                              const cir::Program &P,
                                              const SourceManager &SM,
                                              std::string &Error,
                                              bool DebugInfo = false,
                                              bool Optimized = false,
                                              llvm::StringRef DeviceImage = "");

/// The first call a kernel makes (directly or through what it calls) to a
/// function that exists only on the host, located and with the call chain;
/// "" when the kernels can be compiled for the GPU.
std::string findHostOnlyCall(mlir::ModuleOp M, const cir::Program &P,
                             bool Nvidia);

/// The device half of a program with kernels (codegen/MLIRGenGpu.cpp):
/// every function, with a by-value `ignis_kernel_N` entry per kernel for
/// Target (Nvptx or Amdgpu); unreachable functions are removed later.
mlir::OwningOpRef<mlir::ModuleOp>
buildDeviceModule(mlir::MLIRContext &Ctx, const cir::Program &P,
                  const SourceManager &SM, cir::TargetKind Target,
                  std::string &Error);

/// Lowers one checked program. Split over MLIRGen.cpp (types, functions,
/// statements, expressions) and MLIRGenBuiltins.cpp (Builtins.def).
class MLIRGen {
public:
  MLIRGen(mlir::MLIRContext &Ctx, const cir::Program &P,
          const SourceManager &SM);
  ~MLIRGen();
  /// -g: describe the program for debuggers (codegen/DebugInfo.h).
  void enableDebugInfo(bool Optimized);
  /// Builds a device module for T instead of the host program.
  void setDeviceTarget(cir::TargetKind T) { ModTarget = T; }
  /// The GPU image (PTX text or HSACO) the kernel descriptors point to.
  void setDeviceImage(std::string Image) { DeviceImage = std::move(Image); }
  mlir::OwningOpRef<mlir::ModuleOp> run(std::string &Error);

private:
  // --- Types (MLIRGen.cpp) --------------------------------------------------
  /// The SSA type of a value of T; null for None and Never (no value).
  mlir::Type getValueType(Type T);
  /// The in-memory type of T: the value type, or an empty struct for None.
  mlir::Type getMemType(Type T);
  /// The greatest `@align(N)` of T's struct layouts, fields and elements
  /// (0: none): stack slots and heap blocks of T get at least that.
  uint64_t getDeclaredAlign(Type T);
  /// True for a struct lowered to its only field's type (a scalar or a
  /// vector): FieldRef/FieldGet 0 is the struct itself, StructInit its operand.
  bool isUnwrapped(Type T);
  mlir::Type getElemType(DType D);
  mlir::LLVM::LLVMStructType getStringType();
  mlir::Type getErrorMemType();
  mlir::Type getErrorMemType(Type ErrTy) {
    return ErrTy ? getMemType(ErrTy) : getErrorMemType();
  }
  mlir::FunctionType getFunctionType(const cir::Function &F);
  static bool isPassedParam(const cir::Function &F, const cir::Local *L);
  static bool isByAddress(const cir::Local *L);
  /// A read (or default, imm, borrowed) param of a struct type larger than
  /// 16 bytes: passed as a readonly pointer to the caller's place or to a
  /// temporary, not as a first-class aggregate.
  bool isReadByAddress(const cir::Function &F, const cir::Local *L);
  /// nonnull, noundef, dereferenceable(size) and, for `mut`, noalias on a
  /// by-address param (argument ArgNo of Op).
  void setByAddressParamAttrs(mlir::func::FuncOp Op, unsigned ArgNo,
                              const cir::Local *L);
  // --- Alias information (MLIRGenTBAA.cpp) ---------------------------------
  /// The memory class of a place: a header field, element memory, or None.
  MemoryClass classifyPlace(const cir::Expr *Place);
  /// The class of field Index of StructTy when it is a header field.
  MemoryClass getHeaderFieldClass(Type StructTy, size_t Index);
  /// The `tbaa` attribute of an access to class C (null for None).
  mlir::ArrayAttr getTBAATag(MemoryClass C);
  /// Tags a load or store of AccessTy in class C.
  void tagAccess(mlir::Operation *Op, MemoryClass C, mlir::Type AccessTy);
  /// After a load of V from class C: `llvm.assume(V >= 0)` for the lengths
  /// MemoryClasses.def marks NonNegative.
  void assumeClassFacts(mlir::Value V, MemoryClass C, mlir::Location L);
  /// Whether T (a struct, or a struct of structs) holds a length that
  /// MemoryClasses.def marks NonNegative: such values (a Span) are passed
  /// `read` by address, so the callee's load of the length keeps its
  /// assume (isReadByAddress).
  bool holdsNonNegativeLength(Type T);
  /// The local at the root of a place (through FieldRefs); null for Deref.
  static const cir::Local *getRootLocal(const cir::Expr *Place);
  /// Fills LocalUses for the current function's body.
  void collectLocalUses(const cir::StmtList &Stmts);
  void collectLocalUses(const cir::Expr *E);
  /// Whether evaluating E may write Root through a by-address argument.
  static bool mayWriteLocal(const cir::Expr *E, const cir::Local *Root);
  /// The address passed for argument I of call E to a read-by-address param.
  bool constantKey(const cir::Expr *E, std::string &Key);
  mlir::Value genConstantGlobal(const cir::Expr *E, llvm::StringRef Key);
  mlir::Value genReadArgAddress(const cir::Expr *E, unsigned I);

  // --- Functions and statements ---------------------------------------------
  void declareFunction(const cir::Function &F);
  void emitFunction(const cir::Function &F);
  /// The implicit return (or unreachable) after a body that falls off.
  void emitFunctionEnd(const cir::Function &F, mlir::Location FnLoc);
  void emitMainWrapper(const cir::Function &Main);
  void emitStmts(const cir::StmtList &Stmts);
  void emitStmt(const cir::Stmt &S);
  void emitIf(const cir::Stmt &S);
  void emitLoop(const cir::Stmt &S);
  void emitTry(const cir::Stmt &S);
  void emitRaise(const cir::Stmt &S);
  void emitReturn(mlir::Location L, mlir::Value V);
  /// The destructions and the return of emitReturn, where the code goes.
  void emitReturnExit(mlir::Location L, mlir::Value V, bool All = true,
                      size_t SetCount = 0);
  /// Branches to the handler catching an error now in its slot, or returns
  /// the failure to the caller; runs the finally blocks on the way.
  void emitPropagate(mlir::Location L);
  /// Emits the finally bodies of the scopes above Depth, innermost first.
  void emitCleanupsDownTo(size_t Depth);
  /// Where a raising callee writes its Error: the innermost handler's slot,
  /// else this function's own error out-parameter.
  mlir::Value getErrorDestination(mlir::Location L);
  mlir::Block *newBlock();
  /// Continues emission in B, or marks the code unreachable (erasing B)
  /// when nothing branches to it.
  bool enterBlock(mlir::Block *B);
  bool isLive() const { return B.getInsertionBlock() != nullptr; }
  void terminate() { B.clearInsertionPoint(); }
  void branchTo(mlir::Location L, mlir::Block *Dest);
  /// Keeps blocks in source order: a join block goes after the blocks
  /// created while emitting the branches that reach it.
  void moveToEnd(mlir::Block *Blk);
  mlir::Value createEntryAlloca(mlir::Type T);

  // --- Expressions ----------------------------------------------------------
  mlir::Value genValue(const cir::Expr *E);
  mlir::Value genAddress(const cir::Expr *E);
  mlir::Value genCall(const cir::Expr *E);
  mlir::Value genStringConst(mlir::Location L, llvm::StringRef S);
  mlir::Value genShortCircuit(const cir::Expr *E, bool IsAnd);
  mlir::Value genConditional(const cir::Expr *E);
  mlir::Value genAggregate(const cir::Expr *E);
  mlir::Value load(mlir::Location L, Type T, mlir::Value Addr);
  /// V as a To: an address in a specific space (shared memory) where a
  /// generic one is expected (a `mut` argument, a `ref` result) is cast;
  /// anything else is returned unchanged.
  mlir::Value coerceAddressSpace(mlir::Location L, mlir::Value V, mlir::Type To);
  mlir::Value constInt(mlir::Location L, mlir::Type T, int64_t V);
  mlir::Value constFloat(mlir::Location L, mlir::Type T, double V);
  mlir::Value constI64(mlir::Location L, int64_t V);
  mlir::Location getLoc(SourceLoc Loc);
  mlir::Location getLoc(SourceRange R) { return getLoc(R.Begin); }
  void fail(const llvm::Twine &Message);

  // --- Builtins and the runtime (MLIRGenBuiltins.cpp) -----------------------
  mlir::Value genBuiltin(const cir::Expr *E);
  mlir::Value genArith(const cir::Expr *E, llvm::ArrayRef<mlir::Value> Args);
  mlir::Value genCompare(const cir::Expr *E, llvm::ArrayRef<mlir::Value> Args);
  mlir::Value genCast(mlir::Location L, mlir::Value V, DType From, DType To,
                      mlir::Type ToTy);
  mlir::Value genIntPow(mlir::Location L, mlir::Value Base, mlir::Value Exp,
                        bool Signed);
  mlir::Value genReduce(const cir::Expr *E, mlir::Value V);
  mlir::Value genSizeOf(mlir::Location L, mlir::Type T);
  /// `parallel_for[func](n)` through the runtime's pool (MLIRGenParallel.cpp).
  mlir::Value genParallelFor(const cir::Expr *E);
  /// Runtime closure values and calls through them (MLIRGenClosures.cpp).
  mlir::Value genMakeClosure(const cir::Expr *E);
  mlir::Value genCallClosure(const cir::Expr *E);
  /// GPU builtins and launches (MLIRGenGpu.cpp).
  mlir::Value genGpuBuiltin(const cir::Expr *E, llvm::ArrayRef<mlir::Value> Args);
  mlir::Value genGpuLaunch(const cir::Expr *E);
  /// A NUL-terminated constant string's address.
  mlir::Value cString(mlir::Location L, llvm::StringRef S);
  /// Host: each kernel's cpu-device entry and its IgnisKernel descriptor.
  /// Device: each kernel's by-value entry.
  void emitKernelEntries();
  /// Host: ignis_gpu_cpu_check before every load/store of cpu-device code
  /// that does not address the function's own stack.
  void instrumentCpuDeviceAccesses();
  void inlineCpuDeviceFastPaths();
  /// cpu-device block entries and kernels split at barriers
  /// (MLIRGenGpuBlocks.cpp).
  struct KernelCollectives {
    bool Barrier = false, Warp = false;
  };
  KernelCollectives kernelCollectives(mlir::Operation *Root);
  mlir::Value stateField(mlir::Location L, mlir::Value State, int64_t Offset);
  /// The TBAA tag of IgnisCpuThreadState's fields, and accesses with it.
  mlir::ArrayAttr cpuStateTag();
  mlir::ArrayAttr CpuStateTag;
  mlir::Value loadState(mlir::Location L, mlir::Type T, mlir::Value At);
  void storeState(mlir::Location L, mlir::Value V, mlir::Value At);
  /// At the insertion point (the end of a cpu entry's first block, after
  /// the arguments' loads): the loop over the block's threads calling Callee.
  void emitCpuBlockLoop(mlir::Location L, mlir::func::FuncOp Callee,
                        llvm::ArrayRef<mlir::Value> Params,
                        llvm::ArrayRef<bool> ByAddress);
  /// Rewrites kernel F into a region step function (see
  /// IGNIS_KERNEL_REGIONS); returns its frame size, or -1 (F unchanged)
  /// when F must run on fibers.
  int64_t splitKernelAtBarriers(mlir::func::FuncOp F);
  /// Kernels already split, with their frame sizes.
  llvm::DenseMap<mlir::Operation *, int64_t> RegionFrames;
  bool isDeviceModule() const {
    return ModTarget == cir::TargetKind::Nvptx || ModTarget == cir::TargetKind::Amdgpu;
  }
  cir::TargetKind ModTarget = cir::TargetKind::Host;
  std::string DeviceImage;
  unsigned SharedSites = 0;

  // --- Lifecycles (MLIRGenLifecycle.cpp) ------------------------------------
  /// Ends the lifetime of the value of type T at Addr: calls its __del__ or
  /// destroys its fields.
  void genDestroyAt(Type T, mlir::Value Addr);
  /// genDestroyAt's member-wise destruction, for a type without __del__.
  void genDestroyFieldsAt(Type T, mlir::Value Addr);
  /// How many __del__ calls destroying a value of type T makes (member-wise
  /// destruction counted through; capped at Cap).
  unsigned countDestroyCalls(Type T, unsigned Cap);
  /// One private function per type without __del__ that destroys many
  /// members: every place such a value ends calls it instead of repeating
  /// the member-wise calls (a raising function's error paths had them at
  /// each raising call).
  mlir::func::FuncOp getOutlinedDestroy(Type T);
  llvm::DenseMap<Type, mlir::func::FuncOp> OutlinedDestroys;
  /// A copy of the value of type T at Addr (copy constructors, member-wise).
  mlir::Value genCopyAt(Type T, mlir::Value Addr);
  mlir::Value genCopy(const cir::Expr *E);
  mlir::Value genMove(const cir::Expr *E);
  void emitAssign(const cir::Stmt &S);
  void emitDestroy(const cir::Stmt &S);
  /// Calls a one-argument lifecycle function (copy/move constructor,
  /// destructor) on the value at Addr; returns its result.
  mlir::Value callLifecycle(const cir::Function *F, mlir::Value Addr);
  /// Drop flags: one i1 per local whose value needs destruction, set while
  /// it holds a value.
  void createDropFlags(const cir::Function &F);
  void setDropFlag(mlir::Location L, const cir::Local *Var, bool On);
  /// `if flag: destroy; flag = false` for Var.
  void destroyIfFlagged(mlir::Location L, const cir::Local *Var);
  /// If the i1 at Flag is set: clear it and run Destroy (a no-op for a null
  /// Flag or dead code). The one shape of every flagged destruction.
  /// Closure environments (MLIRGenClosures.cpp): an entry-block array of
  /// pointers holding the addresses of Ops from slot FirstSlot on (null in
  /// dead code), and the loads of Count of them back in a trampoline.
  mlir::Value packCaptures(mlir::Location L, llvm::ArrayRef<cir::Expr *> Ops,
                           unsigned FirstSlot);
  void unpackCaptures(mlir::Location L, mlir::Value Obj, unsigned FirstSlot,
                      unsigned Count, llvm::SmallVectorImpl<mlir::Value> &Args);
  void ifFlagged(mlir::Location L, mlir::Value Flag,
                    llvm::function_ref<void()> Destroy);
  /// On the way out of the function (return, error): every live value.
  /// Destroys every flagged local (only those of the first SetCount
  /// SetFlags, unless All).
  void destroyAllFlagged(mlir::Location L, bool All = true,
                         size_t SetCount = 0);
  mlir::Value genAddressOfField(const cir::Local *Var, size_t Index);
  /// `if flag: destroy the fields of Var (not Skip[i])` for `deinit` args.
  void destroyFieldsIfFlagged(mlir::Location L, const cir::Local *Var,
                              llvm::ArrayRef<bool> Skip);
  mlir::Value genExternalCall(const cir::Expr *E,
                              llvm::ArrayRef<mlir::Value> Args);
  /// Declares (once) and calls a C function; Result null means void.
  mlir::Value callC(mlir::Location L, llvm::StringRef Name, mlir::Type Result,
                    llvm::ArrayRef<mlir::Value> Args);
  /// (data, length) of an Error value, for the unhandled-error message.
  std::pair<mlir::Value, mlir::Value> getErrorMessage(mlir::Location L,
                                                      mlir::Value Slot);

  struct Scope {
    enum Kind { Loop, Handler, Finally } K;
    mlir::Block *Break = nullptr, *Continue = nullptr; // Loop
    mlir::Value ErrorSlot;                             // Handler
    mlir::Block *HandlerBlock = nullptr;               // Handler
    const cir::Stmt *Try = nullptr;                    // Finally
    Type ErrTy = nullptr; // Handler: the error type it catches (null: Error)
    /// Finally: the error exit shared by the raising calls inside it.
    mlir::Block *SharedErrorExit = nullptr;
  };
  /// Typed errors: the type of the slot an error raised here goes to
  /// (null: Error), and the conversion of a typed error to an Error where
  /// it propagates through a bare `raises`.
  Type getErrorDestinationType();
  bool emitErrorConversion(mlir::Location L, Type From, mlir::Value FromSlot,
                           mlir::Value ToSlot);

  mlir::MLIRContext &Ctx;
  const cir::Program &P;
  const SourceManager &SM;
  mlir::OpBuilder B;
  mlir::ModuleOp Module;
  mlir::Type PtrTy, I1, I32, I64;
  llvm::DenseMap<const cir::Function *, mlir::func::FuncOp> Funcs;
  /// The function's shared error exit (emitPropagate), or null.
  mlir::Block *ErrorExit = nullptr;
  /// The function's shared return (emitReturn outside any `finally`): the
  /// result comes as its argument. Null until the first return.
  mlir::Block *ReturnExit = nullptr;
  /// Return statements in the function's body (collectLocalUses).
  unsigned ReturnStmts = 0;
  llvm::StringMap<mlir::LLVM::GlobalOp> Strings;
  /// Read-only constant arguments by value (genConstantGlobal).
  llvm::StringMap<mlir::LLVM::GlobalOp> ConstantGlobals;
  /// Every function symbol created so far (func.func and llvm.func
  /// declarations): Module.lookupSymbol is a linear scan.
  llvm::StringMap<mlir::Operation *> Symbols;
  llvm::DenseMap<Type, mlir::Type> TypeCache;
  /// Sizes for isReadByAddress (the default layout: C sizes of the
  /// scalars, enough for a threshold).
  std::optional<mlir::DataLayout> DL;
  std::string Error;
  /// Non-null with -g.
  std::unique_ptr<DebugInfoBuilder> DI;

  // Per function.
  const cir::Function *CurFn = nullptr;
  mlir::func::FuncOp CurOp;
  mlir::Block *Entry = nullptr;
  mlir::Value One; // i64 1 in the entry block, for allocas
  mlir::Value ErrorOut;
  llvm::DenseMap<const cir::Local *, mlir::Value> Addresses;
  llvm::DenseMap<const cir::Local *, mlir::Value> DropFlags;
  /// A raising `__init__`: one flag per field of `out self` that needs
  /// destruction, set once the field is assigned (null for other fields);
  /// an error leaving the function destroys the flagged fields.
  llvm::SmallVector<mlir::Value, 4> OutFieldFlags;
  void setOutFieldFlags(mlir::Location L, const cir::Expr *Target);
  void destroyOutFields(mlir::Location L);

  // What is known about the drop flags where code is being emitted
  // (MLIRGenDropFacts.cpp): set and cleared flags within a block, carried
  // into the blocks whose only predecessor is that block (the two sides of
  // an `if`, of a raising call, of a flag test) and merged at an `if`'s
  // join. Known flags need no test; error exits become cleanup chains.
  using FlagFacts = llvm::DenseMap<mlir::Value, bool>;
  mlir::Block *FactsBlock = nullptr; // the block Facts describe the end of
  FlagFacts Facts;
  /// true/false when the flag's value at the insertion point is known.
  std::optional<bool> knownFlag(mlir::Value Flag);
  void noteFlag(mlir::Value Flag, bool On);
  /// The facts at the insertion point (empty when nothing is known).
  FlagFacts currentFacts();
  /// Blk (the new insertion block) starts with F.
  void resumeFacts(FlagFacts F, mlir::Block *Blk);
  /// The facts true on both of two paths.
  static FlagFacts mergeFacts(const FlagFacts &A, const FlagFacts &Bv);
  /// The error exit of a raising call outside any handler and `finally`:
  /// a chain of cleanup blocks, newest value first, each destroying one
  /// value (testing its flag only when unknown) and going on to the next;
  /// the chains of different calls share their common older part. Null
  /// when too little is known (the shared flag-testing exit is smaller).
  mlir::Block *getErrorChain(mlir::Location L);
  /// Whether few enough flags are unknown here for a chain to pay.
  bool canChainCleanups();
  /// The chain to Tail for the values alive here (a return's passes the
  /// result, of type ArgTy, null for none, along).
  mlir::Block *getCleanupChain(mlir::Location L, mlir::Block *Tail,
                               mlir::Type ArgTy);
  /// (local, flag tested, next block) -> its cleanup block.
  llvm::DenseMap<std::tuple<const cir::Local *, unsigned, mlir::Block *>,
                 mlir::Block *>
      CleanupNodes;
  /// The ends of the chains: a raising __init__'s fields, then the error
  /// return; the normal return of the result.
  mlir::Block *ErrorChainTail = nullptr, *ReturnChainTail = nullptr;
  /// The return itself, after the cleanups.
  void emitReturnOnly(mlir::Location L, mlir::Value V);
  /// Every flag stored true so far, in order of its first store, and its
  /// index: outside loops, no other flag can be set where code is emitted.
  llvm::SmallVector<mlir::Value> SetFlags;
  llvm::DenseMap<mlir::Value, unsigned> SetFlagIndex;
  bool inLoop() const;
  /// Every flag noted, in order (a loop forgets the facts of those noted
  /// while it was emitted).
  llvm::SmallVector<mlir::Value> TouchedFlags;
  /// An exit shared by several places (a `finally`'s error exit, or the one
  /// without chains) destroys what may be alive at any of them: filled in
  /// at the end of the function with the flags set before its last use
  /// (every flag if a use is in a loop).
  struct PendingExit {
    mlir::Block *Blk;
    size_t SetCount = 0;
    bool All = false;
  };
  llvm::SmallVector<PendingExit, 2> PendingExits;
  llvm::DenseMap<mlir::Block *, unsigned> PendingExitOf;
  void noteExitUse(mlir::Block *Shared);
  void fillPendingExits();
  /// Returns the error after the values are destroyed (or aborts, in a
  /// function that does not raise).
  void emitErrorReturn(mlir::Location L);
  /// The fields of Var (not Skip[i]), for a `deinit` argument.
  void destroyFieldsOf(const cir::Local *Var, llvm::ArrayRef<bool> Skip);
  /// How the body uses each local's place beyond reading it.
  enum LocalUse : uint8_t { AddressEscapes = 1, Written = 2 };
  llvm::DenseMap<const cir::Local *, uint8_t> LocalUses;
  std::vector<Scope> Scopes;
  mlir::LLVM::TBAARootAttr TBAARoot;
  mlir::ArrayAttr TBAATags[NumMemoryClasses];
  llvm::DenseMap<Type, bool> HoldsLength;
};

} // namespace ignis

#endif

//===- Interpreter.h - Running checked CIR at compile time ----------------===//
//
// The comptime interpreter evaluates checked CIR functions (sema/CIR.h) while
// the program is being checked: `comptime N = fib(20)`, `comptime for i in
// range(count())`, parameters computed by calls. Values are trees (scalars
// and vectors as APInt/double lanes, structs and tuples as aggregates,
// pointers into an interpreter heap), so String and List work too. External
// calls (I/O, FFI) are not evaluable. Steps, memory and call depth are
// budgeted: running out is a located diagnostic with the call chain as notes,
// never a hang.
//
//===----------------------------------------------------------------------===//
#ifndef IGNIS_SEMA_INTERPRETER_H
#define IGNIS_SEMA_INTERPRETER_H

#include "frontend/Diagnostics.h"
#include "sema/CIR.h"
#include "llvm/ADT/APInt.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdint>
#include <map>
#include <memory>
#include <vector>

namespace ignis {
namespace sema {

class Sema;

/// Budgets of one compile-time evaluation.
struct InterpreterLimits {
  uint64_t MaxSteps = 50000000;  // statements executed plus calls made
  unsigned MaxDepth = 512;       // nested calls
  uint64_t MaxMemory = 1u << 24; // heap values allocated
};

/// Aggregate element storage comes from per-size free lists
/// (InterpreterPool.cpp): even an Int is an aggregate (a struct of one
/// lane), so an evaluation makes and drops millions of small arrays.
void *allocateElems(size_t Count, size_t Size);
void deallocateElems(void *P, size_t Count, size_t Size);

template <typename T> struct ElemAllocator {
  using value_type = T;
  ElemAllocator() = default;
  template <typename U> ElemAllocator(const ElemAllocator<U> &) {}
  T *allocate(size_t N) { return static_cast<T *>(allocateElems(N, sizeof(T))); }
  void deallocate(T *P, size_t N) { deallocateElems(P, N, sizeof(T)); }
  friend bool operator==(const ElemAllocator &, const ElemAllocator &) {
    return true;
  }
  friend bool operator!=(const ElemAllocator &, const ElemAllocator &) {
    return false;
  }
};

/// One value at compile time.
struct IValue {
  enum class Kind : uint8_t { Undef, Int, Float, Pointer, Aggregate, String, None };
  Kind K = Kind::Undef;
  llvm::SmallVector<llvm::APInt, 1> Ints; // Int lanes (bool is 1 bit)
  llvm::SmallVector<double, 1> Floats;    // Float lanes
  // Pointer: heap block (0: not a heap block) and element index; Target
  // addresses a single value (a local or a field) when Block is 0.
  uint32_t Block = 0;
  int64_t Index = 0;
  IValue *Target = nullptr;
  // Pointer into the elements of the aggregate Target (an inline array):
  // Index counts elements of Target->Elems.
  bool InElems = false;
  std::vector<IValue, ElemAllocator<IValue>> Elems; // fields, tuple elements
  llvm::StringRef Str;       // StringLiteral bytes

  // Copies and moves are most of the interpreter's work: a value holds one
  // of the three arrays, most often one lane or one field, and only what it
  // holds is copied (element by element where the sizes already agree).
  IValue() = default;
  IValue(const IValue &O) { *this = O; }
  IValue(IValue &&O) noexcept { *this = std::move(O); }
  IValue &operator=(const IValue &O) {
    if (this == &O)
      return *this;
    copyScalars(O);
    copyArray(Ints, O.Ints);
    copyArray(Floats, O.Floats);
    copyArray(Elems, O.Elems);
    return *this;
  }
  IValue &operator=(IValue &&O) noexcept {
    if (this == &O)
      return *this;
    copyScalars(O);
    moveArray(Ints, O.Ints);
    moveArray(Floats, O.Floats);
    if (!O.Elems.empty() || !Elems.empty())
      Elems = std::move(O.Elems);
    return *this;
  }

  /// Empties the value in place, as `*this = IValue()` with K set, keeping
  /// the arrays' storage for what is written next.
  void reset(Kind NewK = Kind::Undef) {
    K = NewK;
    Ints.clear();
    Floats.clear();
    Elems.clear();
    Block = 0;
    Index = 0;
    Target = nullptr;
    InElems = false;
    Str = llvm::StringRef();
  }

private:
  void copyScalars(const IValue &O) {
    K = O.K;
    Block = O.Block;
    Index = O.Index;
    Target = O.Target;
    InElems = O.InElems;
    Str = O.Str;
  }
  template <typename A> static void copyArray(A &D, const A &S) {
    if (S.size() == 1 && D.size() == 1)
      D[0] = S[0];
    else if (!S.empty() || !D.empty())
      D = S;
  }
  template <typename A> static void moveArray(A &D, A &S) {
    if (S.size() == 1 && D.size() == 1)
      D[0] = std::move(S[0]);
    else if (!S.empty() || !D.empty())
      D = std::move(S);
  }
};

class Interpreter {
public:
  Interpreter(Sema &S, InterpreterLimits Limits);
  ~Interpreter();

  /// Runs Fn (no arguments) for the compile-time expression at Where and
  /// stores its result. Reports and returns false on failure.
  bool run(cir::Function *Fn, SourceRange Where, IValue &Result);

  /// The heap bytes a String-like pointer addresses (for results).
  bool readBytes(const IValue &Ptr, int64_t Length, std::string &Out);
  /// The value Index elements after the heap pointer Ptr, or null.
  const IValue *peek(const IValue &Ptr, int64_t Index) const;

private:
  struct Frame;
  enum class Flow : uint8_t { Normal, Break, Continue, Return, Raise, Fail };

  Flow execList(const cir::StmtList &L, Frame &F);
  Flow exec(const cir::Stmt *S, Frame &F);
  bool eval(const cir::Expr *E, Frame &F, IValue &Out);
  LLVM_ATTRIBUTE_NOINLINE bool evalOther(const cir::Expr *E, Frame &F,
                                         IValue &Out);
  IValue *place(const cir::Expr *E, Frame &F);
  LLVM_ATTRIBUTE_NOINLINE IValue *placeSlow(const cir::Expr *E, Frame &F);
  LLVM_ATTRIBUTE_NOINLINE IValue *fieldOfUnset(const cir::Expr *E,
                                               IValue &Base);
  bool call(const cir::Expr *E, Frame &F, IValue &Out);
  bool builtin(const cir::Expr *E, Frame &F, IValue &Out);
  /// Appends V's bytes to a memo key; false when V holds a pointer (not
  /// memoisable). InterpreterMemo.cpp.
  static bool memoKey(const IValue &V, llvm::SmallVectorImpl<char> &Key);
  static bool memoizable(const IValue &V);
  template <typename T>
  static void appendRaw(llvm::SmallVectorImpl<char> &Key, const T &X) {
    Key.append(reinterpret_cast<const char *>(&X),
               reinterpret_cast<const char *>(&X) + sizeof(T));
  }
  bool memoryCall(llvm::StringRef Sym, const cir::Expr *E, Frame &F,
                  IValue &Out);
  bool arith(cir::BuiltinOp Op, const cir::Expr *E,
             llvm::ArrayRef<const IValue *> A, IValue &Out);
  IValue *deref(const IValue &Ptr, const cir::Expr *At);
  bool truthy(const IValue &V);
  /// V as read with type T through a bitcast pointer: integer bits read as
  /// a float of the same width (or the reverse) are reinterpreted.
  void reinterpretReadAs(IValue &V, Type T);
  IValue zeroOf(Type T);
  /// A value of type T with zero lanes, made once per type (zeroOf); the
  /// reference stays valid for the interpreter's life.
  const IValue &zeroCached(Type T);
  /// Adds a heap block; returns its number.
  uint32_t addBlock(std::unique_ptr<std::vector<IValue>> Block);
  /// Claims the frame of the next call (frames are reused, not allocated).
  Frame &claimFrame();
  /// Memoisation pays only for calls that run long: a leaf like
  /// `Int.__add__` in a loop of a million steps would fill Memo with a
  /// million keys, each built and looked up for nothing. Per function: how
  /// many calls ran, and whether any ran long enough to remember.
  struct MemoStats {
    unsigned Calls = 0;
    bool AnyLong = false;
  };
  /// What a call needs to know about its callee, worked out at its first
  /// call (InterpreterCallPlan.cpp).
  struct FnPlan {
    /// Bits by local index: the parameters the body only reads, and the
    /// locals whose address it takes (all bits past 64 locals).
    uint64_t ReadOnlyParams = 0;
    uint64_t AddressTaken = 0;
    /// The locals that are not parameters, with their zero values.
    llvm::SmallVector<std::pair<unsigned, const IValue *>, 4> LocalZeros;
    MemoStats Memo;
    /// A memberwise constructor (`self.a = a; self.b = b`, nothing else):
    /// the struct is built from the arguments without a frame. By
    /// parameter: the field it is stored in, or -1 (only evaluated).
    bool FieldInit = false;
    llvm::SmallVector<int, 4> FieldOfParam;
    const IValue *InitZero = nullptr;
    unsigned BodySteps = 0; // statements the body would have executed
  };
  /// And about one call site.
  struct SitePlan {
    FnPlan *Callee = nullptr;
    /// Bits by argument: the arguments the callee reads in place.
    uint64_t InPlace = 0;
    bool AnyByAddress = false;
  };
  FnPlan &fnPlan(const cir::Function *Fn);
  void findFieldInit(const cir::Function &Fn, FnPlan &Plan);
  /// Runs a call of a memberwise constructor (FnPlan::FieldInit).
  bool callFieldInit(const cir::Expr *E, Frame &Caller, const FnPlan &Plan,
                     IValue &Out);
  SitePlan sitePlan(const cir::Expr *Call, const cir::Function *Caller);
  /// Counts a step; false (reported) past the budget or after a failure.
  bool step(SourceRange At) {
    if (LLVM_LIKELY(!Failed && ++Steps <= Limits.MaxSteps))
      return true;
    return outOfSteps(At);
  }
  LLVM_ATTRIBUTE_NOINLINE bool outOfSteps(SourceRange At);
  std::string current() const;
  /// Reports DiagID at At with the call chain as notes; returns false.
  bool fail(SourceRange At, DiagID ID, llvm::ArrayRef<std::string> Args);

  Sema &S;
  InterpreterLimits Limits;
  uint64_t Steps = 0;
  uint64_t Memory = 0;
  bool Failed = false;
  std::vector<std::unique_ptr<std::vector<IValue>>> Heap; // [0] unused
  /// Heap blocks by the address of their first element, so `&x` of a heap
  /// element finds its block without a scan (AddressOf).
  std::map<const IValue *, uint32_t> BlockAt;
  llvm::DenseMap<Type, std::unique_ptr<IValue>> Zeros;
  std::vector<std::unique_ptr<Frame>> Frames; // reused, by call depth
  unsigned FramesInUse = 0;
  llvm::DenseMap<const cir::Function *, std::unique_ptr<FnPlan>> FnPlans;
  llvm::DenseMap<const cir::Expr *, SitePlan> SitePlans;
  llvm::SmallPtrSet<const cir::Function *, 8> PlansInProgress;
  std::vector<Frame *> Stack;
  IValue Raised;
  bool Raising = false; // an error raised by a callee is propagating
  std::vector<std::unique_ptr<IValue>> Temporaries;
  llvm::StringMap<IValue> Memo; // results of pure calls (call())
  bool Memoize = true;
  SourceRange Where;
};

} // namespace sema
} // namespace ignis

#endif

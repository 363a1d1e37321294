//===- CIR.h - The checked program: what sema hands to codegen ------------===//
//
// CIR is a typed tree per instantiated function, with every name resolved,
// every overload chosen, every implicit conversion explicit and every
// operator a call or a builtin. `for` loops are already desugared to
// `__iter__`/`__has_next__`/`__next__` calls; `comptime if` keeps only the
// taken branch. Codegen (codegen/MLIRGen.cpp) lowers it to MLIR; the comptime
// interpreter (issue 5) will evaluate it.
//
// Values and places: LocalRef, FieldRef and Deref denote memory locations
// (places); codegen takes their address where a place is needed (assignment,
// `mut` arguments) and loads from them where a value is needed.
//
//===----------------------------------------------------------------------===//
#ifndef IGNIS_SEMA_CIR_H
#define IGNIS_SEMA_CIR_H

#include "frontend/AST.h"
#include "frontend/SourceManager.h"
#include "sema/Types.h"
#include "llvm/ADT/APInt.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include <string>
#include <vector>

namespace ignis {
namespace cir {

enum class BuiltinOp : uint8_t {
#define BUILTIN(Enumerator, Name, NumArgs, Description) Enumerator,
#include "sema/Builtins.def"
};
llvm::StringRef getBuiltinName(BuiltinOp Op);
bool lookupBuiltin(llvm::StringRef Name, BuiltinOp &Out);

struct Function;

/// What a function instance is compiled for. Host is the program itself;
/// the others are kernels and what they call: CpuDevice runs on the host
/// under the runtime's cpu device (gpu/runtime), Nvptx and Amdgpu go to a
/// gpu.module. `is_gpu()` and the std.sys.info queries answer per target.
enum class TargetKind : uint8_t { Host, CpuDevice, Nvptx, Amdgpu };

/// A variable of a function: an argument or a local. Each has one stack
/// slot in codegen (mem2reg removes them).
struct Local {
  llvm::StringRef Name;
  Type Ty = nullptr;
  SourceLoc Loc;
  bool IsParam = false;
  /// A temporary whose parts were all moved out (tuple unpacking): never
  /// destroyed as a whole.
  bool NoDestroy = false;
  /// `ref x = place`: the local holds the place's address and the name x
  /// stands for the place itself.
  bool IsRefBinding = false;
  /// For params: how the caller passes it. Mut/Inout/Ref params hold the
  /// caller's address; Read/Var/Default/Owned/Deinit hold a value.
  ArgConvention Convention = ArgConvention::Default;
  unsigned Index = 0;
};

enum class ExprKind : uint8_t {
  IntConst,    // Int: an integer constant of PrimType Ty
  FloatConst,  // Float: a float constant of PrimType Ty
  StringConst, // Str: bytes of a string literal; Ty is the StringLiteral type
  NoneConst,   // the None value
  LocalRef,    // place: Var
  FieldRef,    // place: field Index of the struct place Ops[0]
  FieldGet,    // value: field Index of the struct value Ops[0]
  Deref,       // place: the memory Ops[0] (a pointer value) points to
  AddressOf,   // value: the address of the place Ops[0] (a PointerType)
  StructInit,  // value: struct Ty built from Ops (one per field, in order)
  TupleInit,   // value: tuple Ty built from Ops
  TupleGet,    // value: element Index of the tuple value Ops[0]
  Call,        // value: Callee(Ops); ArgByAddress[i] passes Ops[i]'s address
  Builtin,     // value: Builtin(Ops) with Params (cast dtype, splat width...)
  And,         // value: short-circuit Ops[0] and Ops[1] (both Bool-storage i1)
  Or,          // value: short-circuit or
  Conditional, // value: Ops[0] ? Ops[1] : Ops[2] (Ops[0] is i1)
  Copy,        // value: a copy of the place Ops[0]: Callee(place) when the
               // type has a copy constructor, else member by member
  Move,        // value: the place Ops[0] transferred out (`x^`); the place is
               // uninitialised after. Callee: a user move constructor or null
  Error,       // stands for an expression that failed to check
};

struct Expr {
  ExprKind Kind;
  Type Ty = nullptr;
  SourceRange Range;
  llvm::SmallVector<Expr *, 2> Ops;
  // Payload (by kind).
  llvm::APInt Int;
  double Float = 0;
  /// A FloatLiteral's FloatConst: its exact value is Int / FloatDen
  /// (sema/ExactFloat.h); zero where only the double is known.
  llvm::APInt FloatDen;
  llvm::StringRef Str;
  Local *Var = nullptr;
  unsigned Index = 0;
  Function *Callee = nullptr;
  llvm::SmallVector<bool, 2> ArgByAddress;
  BuiltinOp Builtin = BuiltinOp::Add;
  /// Builtin parameters: cast/alloc target type, splat width (as Int),
  /// external_call symbol (as String) and result type.
  llvm::SmallVector<ComptimeValue, 2> Params;

  Expr(ExprKind K, Type Ty, SourceRange R) : Kind(K), Ty(Ty), Range(R) {}
  bool isPlace() const {
    return Kind == ExprKind::LocalRef || Kind == ExprKind::FieldRef ||
           Kind == ExprKind::Deref;
  }
};

enum class StmtKind : uint8_t {
  Eval,     // evaluate Value, discard it
  Assign,   // store Value into the place Target
  If,       // Cond ? Then : Else
  Loop,     // while Cond: Body; then Else if the loop ended without break
  Break,
  Continue,
  Return,   // Value may be null
  Raise,    // raise Value (an Error)
  Try,      // Body; on error bind ErrorVar and run Handler; Else; Finally
  Block,    // Body (a nested scope)
  Destroy,  // end the lifetime of the local Target (if its drop flag is set)
};

struct Stmt;
using StmtList = std::vector<Stmt *>;

struct Stmt {
  StmtKind Kind;
  SourceRange Range;
  Expr *Target = nullptr;
  Expr *Value = nullptr;
  Expr *Cond = nullptr;
  StmtList Body;     // If: then; Loop/Try/Block: body
  StmtList Else;     // If: else; Loop: else; Try: else
  StmtList Handler;  // Try: the except block (may be empty with no handler)
  StmtList Finally;  // Try: finally
  Local *ErrorVar = nullptr; // Try: the `except e` variable, or null
  /// Try with a handler: the type its body raises (null: the stdlib's
  /// Error); the handler's slot and `except e` have it.
  Type ErrorTy = nullptr;
  bool HasHandler = false;
  /// Loop: statements evaluated before each test of Cond (temporaries).
  StmtList Prelude;
  /// Part of the statement after it (temporaries, print's pieces): the
  /// values it uses last are destroyed after that statement.
  bool Grouped = false;
  /// Assign: the target holds no value yet (a field of `out self` before its
  /// first assignment): store without destroying the old value.
  bool InitOnly = false;
  /// Destroy of a `deinit` argument: destroy its fields (not __del__),
  /// except those moved out (SkipFields[i]).
  bool FieldsOnly = false;
  llvm::SmallVector<bool, 4> SkipFields;

  Stmt(StmtKind K, SourceRange R) : Kind(K), Range(R) {}
};

/// One instantiated function (a concrete parameter set).
struct Function {
  /// Unique symbol name: `main` for the entry point, else a mangled name.
  std::string Name;
  /// How users wrote it, for diagnostics and debug info: `add[Int]`.
  std::string DisplayName;
  const FuncDecl *Decl = nullptr;
  SourceLoc Loc;
  std::vector<Local *> Params;
  std::vector<Local *> Locals; // every Local, params first
  /// Result type; None for functions returning nothing. `out self`
  /// constructors return the constructed value.
  Type Result = nullptr;
  /// The Local holding the `out` result, if any (returned at the end).
  Local *OutParam = nullptr;
  bool Raises = false;
  /// `raises T`: the error type (null: the stdlib's Error).
  Type ErrorType = nullptr;
  /// `-> ref [origin] T`: Result is a PointerType to T; calls are places.
  bool ReturnsRef = false;
  /// Declared only: the body comes from the runtime (external_call) or
  /// another module.
  bool IsExternal = false;
  /// Body checked (false while in progress, to break recursion).
  bool IsChecked = false;
  /// The target this instance was checked for (its reflection answers).
  TargetKind Target = TargetKind::Host;
  /// A kernel entry (named by a launch): codegen gives it a by-value
  /// wrapper for the device and a descriptor for the runtime.
  bool IsKernel = false;
  /// Defined in the standard library (the cpu device's access checks name
  /// the caller's line instead: the library checks with call_location).
  bool InLibrary = false;
  StmtList Body;
};

/// The whole checked program: every reachable function, entry point first.
class Program {
public:
  explicit Program(TypeContext &Types) : Types(Types) {}
  Program(const Program &) = delete;

  TypeContext &Types;
  std::vector<Function *> Functions;
  Function *Main = nullptr;
  /// The type that `raise` carries (the stdlib's Error struct), if defined.
  Type ErrorType = nullptr;
  /// Typed error -> Error conversions (`_error_from_typed[T]`), used where
  /// a typed error propagates through a bare `raises` (type erasure).
  llvm::DenseMap<Type, Function *> ErrorConversions;

  /// Every kernel a launch names: its instance for the cpu device and,
  /// unless the accelerator is `cpu`, for the GPU target. A GpuLaunch
  /// builtin's Index points here.
  struct Kernel {
    Function *Cpu = nullptr;
    Function *Gpu = nullptr;
    TargetKind GpuTarget = TargetKind::Nvptx;
    /// The chip: "sm_90", "gfx942".
    std::string Arch;
    /// As the user wrote it, for the runtime's messages.
    std::string Name;
  };
  std::vector<Kernel> Kernels;

  /// Field names and types of every struct type used (one entry per
  /// instantiation).
  struct StructLayout {
    std::vector<llvm::StringRef> Names;
    std::vector<Type> Fields;
    /// `@align(N)`: the least alignment of its values (0: none declared).
    /// Offsets and the size keep the fields' natural alignment.
    uint64_t Align = 0;
  };
  llvm::DenseMap<Type, StructLayout> Layouts;

  /// How values of a type are copied and destroyed (sema fills it for every
  /// struct and tuple type whose values the program holds).
  struct Lifecycle {
    Function *Copy = nullptr; // __init__(out self, *, copy: Self)
    Function *Move = nullptr; // __init__(out self, *, deinit take: Self)
    Function *Del = nullptr;  // __del__(deinit self) / __deinit__
    /// Some part has a destructor: values need a Destroy at their end.
    bool NeedsDestroy = false;
    /// Copying is a bitwise copy (no copy constructor anywhere inside).
    bool TrivialCopy = true;
    bool Copyable = true;
    bool ImplicitlyCopyable = true;
  };
  llvm::DenseMap<Type, Lifecycle> Lifecycles;
  /// The lifecycle of T (trivial for types not in Lifecycles).
  const Lifecycle &getLifecycle(Type T) const {
    static const Lifecycle Trivial;
    auto It = Lifecycles.find(T);
    return It == Lifecycles.end() ? Trivial : It->second;
  }
  bool needsDestroy(Type T) const { return getLifecycle(T).NeedsDestroy; }

  template <typename T, typename... Args> T *create(Args &&...As) {
    Owned.push_back(std::make_unique<Holder<T>>(std::forward<Args>(As)...));
    return &static_cast<Holder<T> *>(Owned.back().get())->Value;
  }

private:
  struct HolderBase {
    virtual ~HolderBase() = default;
  };
  template <typename T> struct Holder : HolderBase {
    template <typename... Args> Holder(Args &&...As) : Value(std::forward<Args>(As)...) {}
    T Value;
  };
  std::vector<std::unique_ptr<HolderBase>> Owned;
};

/// `--emit=sema`: a stable text form of the checked program.
void printProgram(llvm::raw_ostream &OS, const Program &P);

} // namespace cir
} // namespace ignis

#endif

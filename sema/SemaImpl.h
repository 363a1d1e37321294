//===- SemaImpl.h - The checker's state, shared by the Sema*.cpp files ----===//
//
// Private to sema/. One Sema object checks one program: it loads modules,
// resolves names, evaluates parameters, instantiates each (declaration,
// parameter set) once, and writes CIR. The files split by area:
//   SemaModules.cpp  loading, imports, module-level names
//   SemaTypes.cpp    type expressions and compile-time values
//   SemaStructs.cpp  struct instantiation, members, traits
//   SemaCalls.cpp    overloads, inference, conversions, instantiation
//   SemaExpr.cpp     expressions
//   SemaStmt.cpp     statements and function bodies
//
//===----------------------------------------------------------------------===//
#ifndef IGNIS_SEMA_SEMAIMPL_H
#define IGNIS_SEMA_SEMAIMPL_H

#include "frontend/AST.h"
#include "frontend/Diagnostics.h"
#include "sema/CIR.h"
#include "sema/ExactFloat.h"
#include "sema/Sema.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include <deque>
#include <map>
#include <optional>
#include <memory>

namespace ignis {
namespace sema {

struct ModuleInfo;

/// What a name denotes.
struct Symbol {
  enum class Kind : uint8_t {
    None,
    Local,      // a variable of the function being checked
    Value,      // a compile-time value (a bound parameter, an evaluated alias)
    Overloads,  // one or more functions
    Struct,
    Trait,
    Comptime,   // a comptime declaration, evaluated on use
    Module,
    Builtins,   // the `__builtin` namespace
  };
  Kind K = Kind::None;
  cir::Local *Local = nullptr;
  ComptimeValue Value;
  llvm::SmallVector<const FuncDecl *, 1> Funcs;
  const StructDecl *Struct = nullptr;
  const TraitDecl *Trait = nullptr;
  const ComptimeDecl *Comptime = nullptr;
  ModuleInfo *Module = nullptr;
  /// The module whose scope the declaration's own names resolve in.
  ModuleInfo *Owner = nullptr;
  /// Where it was declared (for redefinition notes).
  SourceLoc Loc;
};

struct ModuleInfo {
  std::string Name; // dotted: "std.math"
  std::string Path; // the file
  ModuleDecl *AST = nullptr;
  llvm::StringMap<Symbol> Names;
  bool NamesCollected = false;
  bool ImportsResolved = false;
};

/// Bindings in force while checking a declaration: the module for lookup,
/// the struct instance (`Self`) and the parameter values.
struct InstContext {
  ModuleInfo *Module = nullptr;
  Type SelfType = nullptr;
  /// Set for instances made for a kernel (and what it calls): the callee
  /// of a function checked for a device inherits its target.
  cir::TargetKind Target = cir::TargetKind::Host;
  llvm::StringMap<ComptimeValue> Params;
  /// Parametric comptime declarations of the function being checked
  /// (`comptime AddOne[a: Int] = a + 1` in a body), evaluated on use with
  /// these bindings.
  llvm::StringMap<const ComptimeDecl *> LocalAliases;
};

/// A struct instantiation: its layout and members.
struct StructInfo {
  Type Ty = nullptr;
  const StructDecl *Decl = nullptr;
  InstContext Ctx;
  std::vector<llvm::StringRef> FieldNames;
  std::vector<Type> FieldTypes;
  llvm::StringMap<llvm::SmallVector<const FuncDecl *, 1>> Methods;
  llvm::StringMap<const ComptimeDecl *> Comptimes;
  /// Traits it declares (for default methods and conformance checks).
  std::vector<const TraitDecl *> Traits;
  bool Fieldwise = false;
  /// `@align(N)`: the least alignment of its values (0: none declared).
  uint64_t DeclaredAlign = 0;
  bool LayoutDone = false;
  bool InProgress = false;
};

/// The function whose body is being checked.
struct FunctionState {
  cir::Function *Fn = nullptr;
  const InstContext *Ctx = nullptr;
  std::vector<llvm::StringMap<cir::Local *>> Scopes;
  unsigned LoopDepth = 0;
  unsigned TryDepth = 0;
  /// The handlers that errors raised here go to, innermost last: the error
  /// type each has settled on (null until the first raising operation) and
  /// whether it is fixed (a `with` statement's, always Error).
  struct ErrorScope {
    Type Ty = nullptr;
    bool Fixed = false;
    SourceRange First;
  };
  llvm::SmallVector<ErrorScope, 2> ErrorScopes;
  /// The error variables of the `except` blocks being checked, innermost
  /// last: what a bare `raise` raises again.
  llvm::SmallVector<cir::Local *, 2> HandlerErrors;
  /// Comprehensions being checked, innermost last (SemaComprehensions.cpp).
  struct Comprehension {
    const ComprehensionExpr *Expr = nullptr;
    cir::Local *Result = nullptr;
  };
  llvm::SmallVector<Comprehension, 1> Comprehensions;
  /// Locals that hold `read` arguments (assignments are errors).
  llvm::DenseMap<cir::Local *, bool> ReadOnly;
  /// Parameters and local comptime values (a copy the body may extend).
  InstContext LocalCtx;
  /// Statements an expression needs to run first (print, temporaries);
  /// the statement being checked emits them before itself.
  cir::StmtList Pending;
};

/// A nested function defined in a function body (SemaClosures.cpp). Its
/// instances take one extra by-address argument per captured variable; a
/// call site passes the places: the definer's locals (by-reference
/// captures, or hidden copies made where the closure is defined), or the
/// caller's own forwarded closure arguments.
struct ClosureInfo {
  const FuncDecl *Decl = nullptr;
  std::string Name; // unique: `inner#3`
  cir::Function *Definer = nullptr;
  std::vector<cir::Local *> Captured; // places in Definer, one per capture
  std::vector<llvm::StringRef> Names; // how the body names them
  /// Per capture: the closure owns its value (a copy or a move), rather
  /// than referring to the definer's variable.
  std::vector<bool> Owned;
  /// Per capture: `read` (a reference the closure may not write through).
  std::vector<bool> ReadOnly;
  InstContext Ctx;                    // the definer's bindings + itself
  unsigned Id = 0;
  /// The closures whose environments its instances need: itself and
  /// (transitively) the closures its body names.
  std::vector<const ClosureInfo *> Deps;
  /// A module-level function named with parameters (`kernel[4]`): the
  /// parameters every call passes first.
  llvm::SmallVector<ComptimeValue, 2> BoundParams;
};

/// Arguments of a call after checking, before matching.
struct CallArgs {
  llvm::SmallVector<cir::Expr *, 4> Values;
  llvm::SmallVector<llvm::StringRef, 4> Names; // "" for positional
  llvm::SmallVector<SourceRange, 4> Ranges;
  /// The receiver of a method call (a place when possible), else null.
  cir::Expr *Self = nullptr;
  SourceRange CallRange;
};

/// The parameter an argument of `Name[args]` binds: by name for keyword
/// arguments, else the next positional one (PL.Params.size() if none).
/// `mut=` given to a struct with an `origin` parameter and no `mut` one
/// (UnsafePointer, Pointer, Span): origins and so their mutability are not
/// tracked, and the argument is accepted and ignored.
bool isUntrackedMutArg(const ParamList &PL, const Argument &A);
size_t findParamSlot(const ParamList &PL, const Argument &A,
                     size_t &NextPositional);

class Sema;
/// An integer literal's value as a double (APInt::roundToDouble returns 0
/// for small values in the 65-bit APInts literals and parameters use).
inline double literalToDouble(const llvm::APInt &V) {
  return V.getSignificantBits() <= 64 ? static_cast<double>(V.getSExtValue())
                                      : V.roundToDouble(/*isSigned=*/true);
}

/// Binds `f[a, k=b]` to F's parameters in Ctx; a failure message, or ""
/// (SemaParamBinding.cpp).
std::string bindExplicitParams(Sema &S, const FuncDecl *F,
                               llvm::ArrayRef<ComptimeValue> Explicit,
                               llvm::ArrayRef<llvm::StringRef> Names,
                               InstContext &Ctx);

/// The parameter under which an instance records the type of its argument
/// Name when the declared type does not fix it (`x: SIMD`, `x: Some[T]`):
/// `type_of(x)` and `x.dtype` in the signature read it.
inline std::string argTypeKey(llvm::StringRef Name) {
  return ("__argtype_" + Name).str();
}

/// The parameter under which an instance records whether its `ref`
/// argument Name is bound mutably (SemaRefMutability.cpp).
inline std::string refMutKey(llvm::StringRef Name) {
  return ("__refmut_" + Name).str();
}

/// Binds the names IsParam accepts (and Out lacks) in the type pattern
/// Pattern from Actual, looking names up in Lookup; through parametric
/// comptime aliases too (SemaParamInference.cpp).
void inferFromPattern(Sema &S, const Expr *Pattern, const ComptimeValue &Actual,
                      const InstContext &Lookup,
                      llvm::function_ref<bool(llvm::StringRef)> IsParam,
                      llvm::StringMap<ComptimeValue> &Out, unsigned Depth = 0);

/// The struct of a partially bound type `SIMD[DType.float32, _]`, or null
/// (SemaPartialTypes.cpp).
const StructDecl *partiallyBoundStruct(Sema &S, const Expr *E,
                                       const InstContext &Ctx);
/// "" when Actual is an instance of the partially bound Pattern, else the
/// spelling of what was expected.
std::string matchPartialType(Sema &S, const Expr *Pattern, Type Actual,
                             const InstContext &Ctx);

/// Whether a generic `@implicit` constructor `__init__[T](out self, v: T)`
/// accepts a From (its `where` clause holds for T = From).
bool acceptsGenericImplicit(Sema &S, const FuncDecl *F, const ParamDecl *Arg,
                            const InstContext &OwnerCtx, Type From);

/// `*args: *Ts` (SemaVariadicPack.cpp): whether P is such a pack, binding
/// Ts to the argument types, and the tuple type args has inside.
bool heterogeneousPack(const FuncDecl *F, const ParamDecl &P);
void bindHeterogeneousPack(Sema &S, const FuncDecl *F, const ParamDecl &P,
                           struct CallArgs &Args, llvm::ArrayRef<int> ArgIdx,
                           InstContext &Ctx);
Type heterogeneousPackType(Sema &S, const ParamDecl &P, const InstContext &Ctx);
/// `__mlir_type`, `__mlir_op`, `__mlir_attr` (Mojo's inline MLIR): reports
/// that it is not supported and returns true; false for any other name.
bool reportInlineMlir(Sema &S, llvm::StringRef Name, SourceRange R);
/// A collection struct by name: from the prelude, or through
/// std/builtin/prelude_imports.mojo's private `_Name` (SemaLiterals.cpp).
const StructDecl *findCollection(Sema &S, llvm::StringRef Name);
/// The exact value of an expression of int and float literals alone
/// (+ - * / **, unary minus), or invalid (SemaFloatLiterals.cpp).
ExactFloat exactLiteralTree(const Expr *E);
/// How P is passed: as declared, except that a read argument the result
/// refers into (`-> ref[self.x] T`) is passed by address (SemaCalls.cpp).
ArgConvention effectiveConvention(const FuncDecl *F, const ParamDecl &P);
/// `OwnedKwargsDict[V]`, the type of `**kwargs: V` inside the function.
Type kwargsDictType(Sema &S, const ParamDecl &P, const InstContext &Ctx);
/// `len(args)` or `args.__len__()` of the current function's `*args: *Ts`:
/// the number of its arguments (known at compile time). Sets Handled.
ComptimeValue heterogeneousPackLength(Sema &S, const CallExpr *C,
                                      const InstContext &Ctx, bool &Handled);

/// A struct built from constants only (a struct parameter used as a value):
/// its fields can be read without building it (SemaParamValues.cpp).
bool isConstantStruct(const cir::Expr *E);

class Sema {
public:
  Sema(const SemaOptions &Opts, SourceManager &SM, ASTContext &AST,
       TypeContext &Types, DiagnosticEngine &Diags, cir::Program &Prog);

  bool run(unsigned MainBuffer);
  /// Tools: checks the deferred bodies (SemaOptions::Deferred) whose
  /// declaration Pick accepts, then what they instantiated.
  void checkDeferred(llvm::function_ref<bool(const FuncDecl *)> Pick);
  /// Whether F (of the main file) was instantiated as a non-generic
  /// function by the pass over the main file's declarations.
  bool isCheckedAtTopLevel(const FuncDecl *F) const {
    return TopLevelDecls.contains(F);
  }
  /// Takes Fn's body off the worklist or the deferred list (the
  /// interpreter checks what it is about to run); false if it is on neither.
  bool takePendingBody(const cir::Function *Fn,
                       std::pair<cir::Function *, InstContext> &Out);
  bool isGenericFunction(const FuncDecl *F, const InstContext &Ctx);

  //===--- Modules (SemaModules.cpp) ------------------------------------===//
  ModuleInfo *loadModuleFile(llvm::StringRef Path, llvm::StringRef Name);
  ModuleInfo *importModule(llvm::ArrayRef<Ident> Path, unsigned Level,
                           ModuleInfo *From, SourceRange Range);
  void collectNames(ModuleInfo *M);
  void resolveImports(ModuleInfo *M);
  void addName(ModuleInfo *M, llvm::StringRef Name, Symbol S);
  /// Module scope, then the prelude (auto-imported builtins).
  Symbol lookupGlobal(ModuleInfo *M, llvm::StringRef Name);
  /// Locals, parameters, Self, module names, prelude.
  Symbol lookup(llvm::StringRef Name, SourceLoc Loc);
  void suggestName(llvm::StringRef Name, SourceLoc Loc);
  /// The module E names (`m`, `a.b.c` through imports), or null.
  ModuleInfo *resolveModule(const Expr *E, const InstContext &Ctx);
  bool checkDecorators(llvm::ArrayRef<Decorator> Ds);

  //===--- Types and compile-time values (SemaTypes.cpp) ----------------===//
  Type resolveType(const Expr *E, const InstContext &Ctx);
  /// Evaluates a parameter expression (Int, Bool, DType, type ...).
  ComptimeValue evalComptime(const Expr *E, const InstContext &Ctx);
  ComptimeValue evalComptimeDecl(const ComptimeDecl *D, const InstContext &Ctx);
  /// Args with each `*pack` spread into one positional argument per element
  /// (SemaParamPacks.cpp); nullopt after a located error.
  bool isTypeValuedExpr(const Expr *E); // SemaCalls.cpp
  cir::Expr *checkStructField(const CallExpr *C,
                              llvm::ArrayRef<Argument> Params);
  std::optional<llvm::ArrayRef<Argument>>
  expandParamPacks(llvm::ArrayRef<Argument> Args, const InstContext &Ctx);
  Type typeOfValue(const ComptimeValue &V);
  /// Whether V fits the declared type of parameter P (reports if not).
  bool checkParamKind(const ParamDecl &P, const ComptimeValue &V,
                      SourceRange Range);
  /// The struct type for `Decl[Args]` (defaults filled in).
  Type instantiateStructType(const StructDecl *Decl,
                             llvm::ArrayRef<Argument> Args,
                             const InstContext &Ctx, SourceRange Range);
  /// Resolves a name in a declaration context (no locals).
  Symbol lookupIn(const InstContext &Ctx, llvm::StringRef Name);
  std::string typeName(Type T) const { return Types.getName(T); }

  //===--- Structs (SemaStructs.cpp) ------------------------------------===//
  StructInfo *getStructInfo(Type T);
  void checkTraitConformance(StructInfo *SI);
  /// Methods named Name on T, including trait default methods.
  llvm::SmallVector<const FuncDecl *, 2> findMethods(Type T, llvm::StringRef Name);
  int findField(Type T, llvm::StringRef Name);
  bool conformsTo(Type T, const TraitDecl *Trait);
  cir::Expr *checkRaisingNext(cir::Local *It, SourceRange R, cir::Stmt *Loop,
                             cir::Local *&Done);
  /// The builtin struct types the compiler needs by name (Int, Bool, ...).
  Type getPreludeStruct(llvm::StringRef Name);
  Type getIntType() { return getPreludeStruct("Int"); }
  Type getBoolType() { return getPreludeStruct("Bool"); }
  /// The primitive (storage) type of a scalar-like struct, or null.
  const PrimType *getStoragePrim(Type T);

  //===--- Calls (SemaCalls.cpp) ----------------------------------------===//
  cir::Expr *checkCall(const CallExpr *C);
  cir::Expr *callFunctions(llvm::ArrayRef<const FuncDecl *> Funcs,
                           llvm::StringRef Name, CallArgs &Args,
                           const InstContext &OwnerCtx,
                           llvm::ArrayRef<ComptimeValue> ExplicitParams,
                           SourceRange Range);
  cir::Expr *constructStruct(Type T, CallArgs &Args, SourceRange Range);
  /// Reports a `mut` argument that overlaps another argument of the call.
  void checkMutExclusivity(cir::Expr *Call, const FuncDecl *F);
  /// `VariadicList[T]` over the call arguments ArgIdx (for `*args: T`).
  cir::Expr *makeVariadicList(Type ListTy, llvm::ArrayRef<int> ArgIdx,
                              CallArgs &Args, SourceRange Range);
  /// The `OwnedKwargsDict[V]` a `**kwargs: V` argument holds, built from
  /// the call's keyword arguments ArgIdx (SemaVariadicPack.cpp).
  cir::Expr *makeKwargsDict(Type DictTy, llvm::ArrayRef<int> ArgIdx,
                            CallArgs &Args, SourceRange Range);
  /// The tuple `*args: *Ts` holds, built from the call arguments.
  cir::Expr *makeHeterogeneousPack(Type TupleTy, llvm::ArrayRef<int> ArgIdx,
                                   CallArgs &Args, SourceRange Range);
  cir::Expr *callMethod(cir::Expr *Receiver, llvm::StringRef Name,
                        CallArgs &Args, SourceRange Range, bool Quiet = false,
                        llvm::ArrayRef<ComptimeValue> ExplicitParams = {});
  /// `Pair(1, 2)` for `struct Pair[T]`: the instance of Decl whose method
  /// Method (a constructor, or a static method called as `Pair.make(...)`)
  /// accepts Args, or null after a located error.
  Type inferStructParams(const StructDecl *Decl, CallArgs &Args,
                         SourceRange Range,
                         llvm::StringRef Method = "__init__");
  void inferStructParamValue(const StructDecl *Decl, const Expr *A,
                             const ComptimeValue &V, InstContext &Ctx);
  Type inferFromResultType(const FuncDecl *F, const Expr *OutType,
                           llvm::ArrayRef<const Expr *> Patterns,
                           llvm::ArrayRef<llvm::StringRef> Names,
                           CallArgs &Args, const InstContext &DeclCtx);
  void inferStructParam(const StructDecl *Decl, const Expr *Pattern,
                        Type Actual, InstContext &Ctx);
  cir::Function *instantiateFunction(const FuncDecl *F, const InstContext &Ctx);
  /// Converts E to type To; reports and returns an error expr on failure.
  cir::Expr *convert(cir::Expr *E, Type To, SourceRange Range);
  /// The cost of converting From to To, or -1 when impossible.
  int conversionCost(cir::Expr *E, Type To);
  /// Call arguments written as non-empty list literals (`Layout([4, 4],
  /// [4, 1])`): rebuilt as the parameter's type when a list literal builds
  /// it (SemaLiterals.cpp).
  llvm::DenseMap<const cir::Expr *, const ListExpr *> ListLiteralArgs;
  /// Whether a list literal can become a value of T: T is not a
  /// collection and one of its constructors takes `*elements`.
  bool listLiteralBuilds(Type T);
  /// Gives literals their default type (Int, Float64, String).
  cir::Expr *materialize(cir::Expr *E);
  /// The type materialize gives E, without converting it: inference reads
  /// it, and a literal too large for its default type (2**64-1 binding T
  /// where another argument already makes T a UInt64) is no error yet.
  Type materializedType(cir::Expr *E);
  /// `FloatLiteral.nan.is_nan()`: a FloatLiteral's query answered at compile
  /// time, or null when Name is no such query (SemaFloatLiterals.cpp).
  cir::Expr *foldLiteralMethod(cir::Expr *Receiver, llvm::StringRef Name,
                               size_t NumArgs, SourceRange R);
  cir::Expr *checkBuiltinCall(const CallExpr *C, llvm::StringRef Name,
                              llvm::ArrayRef<Argument> SubscriptParams);
  cir::Expr *checkPrintCall(const CallExpr *C);
  /// `constrained[cond, msg]()` and `rebind[T](x)` (SemaParamForms.cpp).
  cir::Expr *checkParamFormCall(const CallExpr *C, bool &Handled);
  /// Deprecation warnings already given (once per source place, not per
  /// instantiation).
  llvm::SmallPtrSet<const void *, 8> WarnedOnce;
  /// The keyword names of the explicit parameters checkCall evaluated last
  /// ("" for positional ones); callFunctions takes them over.
  llvm::SmallVector<llvm::StringRef, 4> ExplicitParamNames;
  /// `p.a` of a struct value parameter, `values[i]` of a variadic
  /// parameter (SemaParamValues.cpp).
  ComptimeValue structValueField(const ComptimeValue &V, const MemberExpr *M);
  ComptimeValue listElement(const ComptimeValue &List, const SubscriptExpr *S,
                            const InstContext &Ctx);
  /// `Self.Ts[i]` and `len(values)` in compile-time expressions.
  ComptimeValue evalListForm(const Expr *E, const InstContext &Ctx, bool &Handled);
  /// `values[i]` and `len(values)` of a variadic parameter, else Handled
  /// is false.
  cir::Expr *checkParamValueExpr(const Expr *E, bool &Handled);
  cir::Expr *checkTypeSubscript(const SubscriptExpr *S, bool &Handled);
  /// The CIR constant for a compile-time value (SemaExpr.cpp).
  cir::Expr *valueOfComptime(const ComptimeValue &V, SourceRange R);
  /// `__builtin.address_of(place)` and `__builtin.uninit[T]()`
  /// (SemaMemoryBuiltins.cpp).
  cir::Expr *checkMemoryBuiltin(cir::BuiltinOp Op, llvm::ArrayRef<cir::Expr *> Args,
                                llvm::ArrayRef<ComptimeValue> Params,
                                SourceRange R);
  /// `__builtin.array[T, n]`: inline storage for n values of T.
  ComptimeValue resolveArrayStorage(const Expr *E, const Expr *Elem,
                                    const Expr *Count, const InstContext &Ctx);
  /// A place holding E: E itself when it is a place, else a new temporary
  /// initialised by a pending statement.
  cir::Expr *materializeToPlace(cir::Expr *E);
  /// Builds `Bool(value)` from an i1 expression.
  cir::Expr *wrapBool(cir::Expr *I1, SourceRange R);
  /// The i1 inside a Bool value.
  cir::Expr *unwrapBool(cir::Expr *B);
  /// A constant of scalar-like type T (Int, Float64, SIMD...).
  cir::Expr *makeScalarConst(Type T, const cir::Expr *Literal, SourceRange R);

  //===--- Lifecycles (SemaLifecycle.cpp) -------------------------------===//
  /// Copy/move/destroy of T's values (computed once, kept in Prog).
  const cir::Program::Lifecycle &getLifecycle(Type T);
  /// Whether struct T lists Name among its traits (directly or refined).
  bool declaresTrait(Type T, llvm::StringRef Name);
  /// The traits E names, through `&` and comptime aliases of compositions,
  /// appended to Out; false where a part is not a trait (SemaTraitBounds.cpp).
  bool collectTraitBounds(const Expr *E, const InstContext &Ctx,
                          llvm::SmallVectorImpl<const TraitDecl *> &Out,
                          unsigned Depth = 0);
  /// Locals and `var`/`deinit` arguments: the function owns their values.
  bool isOwnedLocal(const cir::Local *L) const;
  /// E at a position that takes ownership (initialisers, `var` arguments,
  /// returns): a place becomes a copy (ImplicitlyCopyable types), or a move
  /// of a local when AllowMove; otherwise a diagnostic.
  cir::Expr *consumeValue(cir::Expr *E, SourceRange R, bool AllowMove = false);
  /// E at a borrowing position: an rvalue that needs destruction becomes a
  /// temporary (destroyed after the statement).
  cir::Expr *borrowValue(cir::Expr *E);
  /// An explicit copy of Place (`.copy()`, `T(copy=x)`).
  cir::Expr *makeCopy(cir::Expr *Place, SourceRange R);
  cir::Expr *checkTransfer(const TransferExpr *T);

  //===--- Caller locations, asserts, slices (safety) -------------------===//
  /// Whether F receives the location of each call to it as a hidden last
  /// argument: an `@always_inline` function whose body calls
  /// `__builtin.call_location()` (SemaCallLocation.cpp).
  bool usesCallLocation(const FuncDecl *F);
  llvm::DenseMap<const FuncDecl *, bool> CallLocationUsers;
  /// `__builtin.call_location()` in a body.
  cir::Expr *checkCallLocation(const CallExpr *C);
  /// A `_SourceLocation` value for the call at R (file, line, column).
  cir::Expr *makeSourceLocation(SourceRange R);
  /// The hidden location argument of a call to Callee: the call's own
  /// location, or for `call_location()` the caller's (SemaCallLocation.cpp).
  cir::Expr *callerLocationArgument(const cir::Function *Callee, SourceRange R);
  /// The `-D ASSERT=` mode: "safe" (default), "all", "none" or "warn".
  llvm::StringRef assertMode();
  /// `a:b:c` inside a subscript: a `Slice` value (SemaSlice.cpp).
  cir::Expr *checkSlice(const SliceExpr *S);

  //===--- Expressions (SemaExpr.cpp) -----------------------------------===//
  cir::Expr *checkExpr(const Expr *E);
  cir::Expr *checkExprNode(const Expr *E);
  cir::Expr *checkExprAs(const Expr *E, Type To);
  cir::Expr *checkCondition(const Expr *E);
  cir::Expr *checkName(const NameExpr *N);
  cir::Expr *checkMember(const MemberExpr *M);
  cir::Expr *checkBinary(const BinaryExpr *B);
  cir::Expr *checkUnary(const UnaryExpr *U);
  cir::Expr *checkCompare(const CompareExpr *C);
  cir::Expr *checkSubscript(const SubscriptExpr *S);
  cir::Expr *checkIntLiteral(const IntLiteralExpr *L);
  /// `[a, b]`, `{a, b}`, `{k: v}` (SemaLiterals.cpp).
  /// Expected: the type the context asks for (a declared type), or null.
  cir::Expr *originMutability(const CallExpr *C, SourceRange R);
  //===--- `ref` argument mutability (SemaRefMutability.cpp) --------------===//
  /// Whether place V may be written through (its origin is mutable).
  bool placeIsMutable(const cir::Expr *V);
  /// `origin_of(x, ...).mut` as a compile-time Bool (invalid after an error).
  ComptimeValue originMutabilityValue(const CallExpr *C);
  /// A call binding A to `ref` argument P of F: records A's mutability in
  /// Ctx when F's instances may observe it.
  void bindRefMutability(const FuncDecl *F, const ParamDecl &P,
                         const cir::Expr *A, InstContext &Ctx);
  llvm::DenseMap<const FuncDecl *, bool> ObservesRefMutability;
  cir::Expr *checkCollectionLiteral(const Expr *E, Type Expected = nullptr);
  cir::Expr *applyBinaryOperator(llvm::StringRef Dunder, llvm::StringRef RDunder,
                                 llvm::StringRef Spelling, cir::Expr *L,
                                 cir::Expr *R, SourceRange Range);
  cir::Expr *toBool(cir::Expr *E);
  /// `==`/`!=` between tuples of the same length (SemaTupleOps.cpp); null
  /// for other operands.
  /// A tuple whose elements share one type, copied into an
  /// `InlineArray[T, n]` (to iterate the values of a variadic parameter);
  /// null when the elements differ.
  cir::Expr *tupleAsArray(cir::Expr *Tuple, SourceRange Range);
  cir::Expr *compareTuples(llvm::StringRef Spelling, cir::Expr *L,
                           cir::Expr *R, SourceRange Range);
  cir::Expr *errorExpr(SourceRange R);
  cir::Expr *makeExpr(cir::ExprKind K, Type Ty, SourceRange R);
  cir::Expr *fieldOf(cir::Expr *Base, unsigned Index, SourceRange R);
  cir::Expr *makeLocalRef(cir::Local *L, SourceRange R);

  //===--- Statements (SemaStmt.cpp) ------------------------------------===//
  void checkFunctionBody(cir::Function *Fn, const FuncDecl *F,
                         const InstContext &Ctx);
  void checkBlock(Block B, cir::StmtList &Out);
  void checkStmt(const Stmt *S, cir::StmtList &Out);
  void checkAssign(const Expr *Target, cir::Expr *Value, SourceRange R,
                   cir::StmtList &Out, bool AllowDeclare);
  /// `Target = Value` where Target is checked as Place already.
  void assignToPlace(const Expr *Target, cir::Expr *Place, cir::Expr *Value,
                     SourceRange R, cir::StmtList &Out);
  void checkFor(const ForStmt *F, cir::StmtList &Out);
  cir::Local *declareLocal(llvm::StringRef Name, Type Ty, SourceLoc Loc);
  cir::Local *newLocal(llvm::StringRef Name, Type Ty, SourceLoc Loc);
  cir::Stmt *makeStmt(cir::StmtKind K, SourceRange R);
  /// `with` items Index.. around W's body (SemaWith.cpp).
  void checkWithItems(const WithStmt *W, size_t Index, SourceRange R,
                      cir::StmtList &Out);
  void noteRaisingCall(cir::Function *Callee, SourceRange R);
  /// checkExpr, except that an empty `[]` or `{}` becomes \p Expected's
  /// default value when it is a collection type (SemaLiterals.cpp).
  cir::Expr *checkExprExpecting(const Expr *E, Type Expected);
  /// Call arguments typed by their parameter (SemaTypedArgs.cpp): `{...}`,
  /// an empty `[]` or `{}`. They are collected as placeholders and built
  /// once the callee is chosen.
  bool isContextTypedLiteral(const Expr *E);
  cir::Expr *deferContextTypedArg(const Expr *E);
  /// The literal a placeholder stands for, or null for any other argument.
  const Expr *deferredArgSource(const cir::Expr *A) const;
  /// Whether a constructor of struct T (or its field-wise one) has the
  /// shape of the literal's arguments: their number and keywords.
  bool literalFitsStruct(const Expr *E, Type T);
  /// Why the placeholder cannot take ParamTy ("" when it can).
  std::string deferredArgMismatch(const cir::Expr *A, Type ParamTy);
  cir::Expr *buildDeferredArg(const cir::Expr *A, Type ParamTy);
  /// A `{a, b}` placeholder checked as the set literal it also is (once);
  /// null for other placeholders.
  cir::Expr *naturalDeferredArg(const cir::Expr *A);
  cir::Expr *naturalDeferredArgIfChecked(const cir::Expr *A) const;
  /// Whether a declared argument type still names a parameter of F to
  /// infer (`x: T`, `s: Set[T]`, `Some[W]`, a bare generic struct).
  bool mentionsUnboundParam(const FuncDecl *F, const Expr *TypeExpr,
                            const InstContext &Ctx);
  llvm::DenseMap<const cir::Expr *, const Expr *> DeferredArgs;
  llvm::DenseMap<const cir::Expr *, cir::Expr *> DeferredNatural;
  cir::Expr *checkComprehension(const ComprehensionExpr *C);
  bool isComprehensionAdd(const CallExpr *CE) const;
  cir::Expr *checkComprehensionAdd(const CallExpr *CE);
  void checkRefBinding(const VarDecl *V, SourceRange R, cir::StmtList &Out);
  /// Binds the name \p Name (a hidden pointer) to \p Place; an rvalue gets
  /// a temporary that lives as long as the function's locals.
  void bindRef(Ident Name, cir::Expr *Place, SourceRange R, cir::StmtList &Out);
  /// `a = b = v` (also `var x = y = v`, `ref a = var b = v`): right to
  /// left, each target from the value; a `ref` target binds to the target
  /// on its right when that is a name.
  void checkAssignChain(const AssignStmt *A, SourceRange R, cir::StmtList &Out);
  /// Typed errors (SemaErrors.cpp): the type an error raised here must have
  /// (the innermost handler's, else the function's), recording \p Raised
  /// as what the innermost handler catches; false after a diagnostic.
  bool noteRaisedType(Type Raised, SourceRange R);
  Type errorTypeOf(const cir::Function *Fn) const;
  Type resolveRaisesType(const FuncDecl *F, const InstContext &Ctx, bool &Raises);
  cir::Expr *convertRaisedValue(cir::Expr *V, SourceRange R);
  void requireErrorConversion(Type From, SourceRange R);
  bool blockAlwaysReturns(const cir::StmtList &L);

  //===--- Generic bodies checked uninstantiated (SemaGenericCheck.cpp) -===//
  /// Checks every generic function and method of the main file (of every
  /// module with IGNIS_CHECK_GENERIC_BODIES=all) once, parameters opaque.
  void checkGenericBodies();
  void checkGenericBodiesOf(ModuleInfo *M);
  /// One generic function or method; Outer: the enclosing struct's opaque
  /// parameters (and Self). Reports what the filters keep.
  void checkGenericBody(const FuncDecl *F, const InstContext &Base,
                        const llvm::StringSet<> &Outer);
  void checkOpaqueFunction(const FuncDecl *F, const InstContext &Base);
  ComptimeValue opaqueParamValue(const ParamDecl &P, const InstContext &Ctx);
  /// While an opaque check runs: the names bound to opaque values (the
  /// parameters, what is computed from them) and whether control flow
  /// depended on them (a missing return is then not provable).
  struct OpaqueState {
    llvm::StringSet<> Names;
    bool DependentFlow = false;
    /// Arguments typed by a type parameter whose traits are all known
    /// (`x: T`, `T: Copyable & Sized`): the members those traits declare.
    struct BoundMembers {
      llvm::StringRef TypeName;
      llvm::StringSet<> Members;
    };
    llvm::StringMap<BoundMembers> ArgMembers;
  };
  /// An expression computed from an opaque value (an operand of the error
  /// type) is itself dependent: its overload, and so its type, is unknown.
  cir::Expr *opaqueResult(cir::Expr *E);
  /// Reports `x.m` on such an argument when no trait of its type declares m.
  void checkOpaqueMember(const MemberExpr *M);
  OpaqueState *Opaque = nullptr;
  /// Whether E names an opaque value (false outside an opaque check).
  bool isOpaqueDependent(const Expr *E);
  /// Hooks of checkStmt/checkFor: true when the statement was handled as
  /// dependent (all branches, or the body once, checked; nothing emitted).
  bool checkOpaqueComptimeIf(const IfStmt *I, const ComptimeValue &Cond);
  bool checkOpaqueComptimeFor(const ForStmt *F, llvm::StringRef Target,
                              bool ValuesKnown);
  /// A body's `comptime x = ...` that depends on an opaque value is bound
  /// as unknown (V becomes invalid).
  void bindOpaqueComptimeDecl(const ComptimeDecl *C, ComptimeValue &V);

  //===--- Resolution index for tools (SemaIndex.cpp) -------------------===//
  /// Record into Opts.Index (no-ops when it is null).
  void indexReference(SourceRange Use, const Symbol &S);
  void indexLocal(const cir::Local *L);
  /// The main module's names and the prelude's public ones.
  void indexGlobals();

  SemaOptions Opts;
  SourceManager &SM;
  ASTContext &AST;
  TypeContext &Types;
  DiagnosticEngine &Diags;
  cir::Program &Prog;

  std::map<std::string, std::unique_ptr<ModuleInfo>> ModulesByPath;
  ModuleInfo *Prelude = nullptr;
  ModuleInfo *MainModule = nullptr;
  llvm::DenseMap<const Decl *, ModuleInfo *> DeclModule;
  llvm::DenseMap<Type, std::unique_ptr<StructInfo>> StructInfos;
  std::map<std::string, cir::Function *> FunctionInstances;
  std::deque<std::pair<cir::Function *, InstContext>> Worklist;
  /// Tools: bodies left unchecked (SemaOptions::Deferred) until asked for.
  std::vector<std::pair<cir::Function *, InstContext>> DeferredBodies;
  llvm::DenseSet<const FuncDecl *> DeferredDecls;
  /// The non-generic instances made by the pass over the main file.
  llvm::DenseSet<const cir::Function *> TopLevelInstances;
  llvm::DenseSet<const FuncDecl *> TopLevelDecls;
  llvm::DenseMap<const cir::Function *, const InstContext *> FunctionContexts;
  std::vector<std::unique_ptr<InstContext>> OwnedContexts;
  /// Non-null while checking a function body.
  FunctionState *FS = nullptr;
  llvm::DenseMap<const ComptimeDecl *, ComptimeValue> ComptimeCache;
  llvm::SmallPtrSet<const ComptimeDecl *, 4> ComptimeInProgress;
  /// Set while trying operator overloads: failures are not reported.
  bool QuietCalls = false;
  /// The declaration each instantiated function came from.
  llvm::DenseMap<const cir::Function *, const FuncDecl *> FunctionDecls;
  unsigned InstantiationDepth = 0;

  //===--- Compile-time interpreter (InterpreterSema.cpp) ---------------===//
  // Owned by the comptime work (issue 5).
  /// Checks E as CIR in a throwaway function and runs it at compile time.
  /// Expected: the declared type (`comptime t: InlineArray[Int64, 3] =
  /// [...]`) the value is checked against, or null.
  ComptimeValue evalWithInterpreter(const Expr *E, const InstContext &Ctx,
                                    Type Expected = nullptr);
  /// `-D` definitions and target facts for std.sys (`__builtin` helpers).
  /// `__builtin.struct_field_count[T]`, `struct_field_name[T, i]`,
  /// `struct_field_types[T]`, `struct_field_index[T, "name"]`,
  /// `struct_field_offset[T, i or "name"]`, `is_struct[T]`
  /// (InterpreterStructFields.cpp).
  ComptimeValue evalStructReflection(const Expr *E, llvm::StringRef Name,
                                     llvm::ArrayRef<Argument> Args,
                                     const InstContext &Ctx);
  ComptimeValue evalReflection(const Expr *E, llvm::StringRef Name,
                               llvm::ArrayRef<Argument> Args,
                               const InstContext &Ctx, bool &Handled);
  /// Where each instantiation was first requested, and by which function.
  struct InstantiationSite {
    const cir::Function *Requester = nullptr;
    SourceRange CallSite;
  };
  llvm::DenseMap<const cir::Function *, InstantiationSite> InstantiationSites;
  /// Trait methods with a body used as a struct's default implementation.
  llvm::DenseSet<const FuncDecl *> TraitDefaults;
  bool isInstantiation(const cir::Function *Fn) const;
  /// Called by callFunctions after instantiateFunction (SemaCalls.cpp).
  void recordInstantiationSite(const cir::Function *Fn, SourceRange Range);
  /// Adds "in instantiation of" notes after an error (capped).
  void noteInstantiationChain();
  struct ErrorHookGuard {
    DiagnosticEngine *D = nullptr;
    ~ErrorHookGuard() {
      if (D)
        D->setErrorHook(nullptr, nullptr);
    }
  } HookGuard;
  unsigned ComptimeEvalDepth = 0;
  /// The values `comptime for` unrolls over: `range(...)` with compile-time
  /// bounds, or a tuple/list literal of compile-time values.
  bool comptimeForValues(const Expr *Iter, const InstContext &Ctx,
                         llvm::SmallVectorImpl<ComptimeValue> &Out);

  //===--- Closures (SemaClosures.cpp) ----------------------------------===//
  /// A `def` statement in a function body: binds its name to a closure.
  void checkNestedFunction(const FuncDecl *F, cir::StmtList &Out);
  /// Calls closure V (`f(args)`, `f[w](args)`).
  cir::Expr *callClosure(const ComptimeValue &V, const CallExpr *C,
                         llvm::ArrayRef<Argument> Explicit);
  /// instantiateFunction: one by-address parameter per capture of every
  /// closure bound in Ctx.
  void addClosureEnvParams(cir::Function *Fn, const FuncDecl *F,
                           const InstContext &Ctx);
  /// callFunctions: passes the callee's closure environments.
  void appendClosureEnvArgs(cir::Expr *Call, SourceRange Range);
  /// The places holding closure C's captures in the function being checked
  /// (its definer's, or forwarded environment parameters), or null.
  const std::vector<cir::Local *> *closureEnvPlaces(const ClosureInfo *C);
  /// `var g = f` with f a closure (SemaClosureCopies.cpp): binds g to a copy
  /// of f with its own copies of f's owned captures; false when Init names
  /// no closure (an ordinary initialiser).
  bool copyClosureInto(const NameExpr *Target, const Expr *Init, SourceRange R,
                       cir::StmtList &Out);
  /// `__builtin.parallel_for[func](n)`: a ParallelFor builtin whose Callee
  /// is func's instance and whose Ops are n and func's environment.
  /// Checks call arguments into Out (false after a located error).
  bool collectCallArgs(llvm::ArrayRef<Argument> In, CallArgs &Out);
  /// Calls Fn on every function F's body may call (InterpreterSema.cpp).
  void collectCallees(const cir::Function &F,
                      llvm::function_ref<void(const cir::Function *)> Fn);
  /// GPU builtins (SemaGpu.cpp): a launch instantiates its kernel for the
  /// cpu device and the GPU target; the others get their result type.
  cir::Expr *checkGpuLaunch(const CallExpr *C, llvm::ArrayRef<Argument> Params);
  bool checkGpuBuiltin(cir::Expr *E);
  cir::Expr *checkParallelFor(const CallExpr *C, llvm::ArrayRef<Argument> Params);
  /// Why closure value V does not fit parameter P's function type, or "".
  std::string closureParamMismatch(const ParamDecl &P, const ComptimeValue &V);
  std::string closureTypeMismatch(const FunctionTypeExpr *FT,
                                  llvm::StringRef Name, const ComptimeValue &V);
  /// `def(Int) -> Int` as a type: a runtime closure (pointer to its
  /// trampoline and captured places).
  Type resolveFunctionType(const FunctionTypeExpr *FT, const InstContext &Ctx);
  /// Closure V passed as a call argument: a MakeClosure builtin.
  cir::Expr *makeRuntimeClosure(const ComptimeValue &V, SourceRange R);
  /// `f(args)` where f is a runtime closure value: a CallClosure builtin.
  cir::Expr *callRuntimeClosure(cir::Expr *F, const CallExpr *C);
  /// Set while checking a call argument that is a bare name.
  bool ClosureArgument = false;
  /// Call arguments that name a closure (or module function), with that
  /// closure: an argument whose declared type is a function-typed type
  /// parameter (`[F: def(Int) -> None](f: F)`) binds F and `f` to it at
  /// compile time instead of passing a runtime value (SemaClosureArgs.cpp).
  llvm::DenseMap<const cir::Expr *, ComptimeValue> ClosureArgValues;
  /// A closure argument that cannot be a runtime value (raising or
  /// parametric): an error unless a closure-typed parameter takes it.
  cir::Expr *deferredClosureArg(const ComptimeValue &V, SourceRange R,
                                bool Parametric);
  /// Whether argument P of F is bound to a closure at compile time in Ctx.
  bool isClosureBoundArg(const FuncDecl *F, const ParamDecl &P,
                         const InstContext &Ctx);
  /// The function type a closure-typed parameter of F declares for the
  /// argument P (`F: Copyable & def(Int) -> None`), or null.
  const FunctionTypeExpr *closureTypeParamOf(const FuncDecl *F,
                                             const ParamDecl &P);
  /// The function type written on argument P of F when a closure passed
  /// there binds at compile time: it names F's parameters or raises.
  const FunctionTypeExpr *genericFunctionArgType(const FuncDecl *F,
                                                 const ParamDecl &P);
  /// Binds argument P (of type FT) to closure V in Ctx and infers F's
  /// parameters from V's signature; why it does not fit, or "".
  std::string bindFunctionArg(const FuncDecl *F, const FunctionTypeExpr *FT,
                              const ParamDecl &P, const ComptimeValue &V,
                              InstContext &Ctx);
  /// Reports a deferred closure argument used as a runtime value; false then.
  bool checkNotDeferredClosure(const cir::Expr *A);
  /// Why A, a deferred closure argument, cannot be passed at run time; ""
  /// for any other expression.
  std::string deferredClosureWhy(const cir::Expr *A);
  /// Set while a launch instantiates its kernel for a device target.
  std::optional<cir::TargetKind> ForcedTarget;
  std::vector<std::unique_ptr<ClosureInfo>> Closures;
  /// Module functions used as compile-time values (SemaFunctionValues.cpp).
  llvm::DenseMap<const FuncDecl *, ClosureInfo *> FunctionClosures;
  ComptimeValue functionAsComptime(const Symbol &S, SourceRange R);
  /// `f[params]` as a compile-time value: f with its parameters bound
  /// (`enqueue_function[kernel[dtype, 4]]`).
  ComptimeValue functionWithParams(const Symbol &S, const SubscriptExpr *E,
                                   const InstContext &Ctx);
  llvm::StringMap<ClosureInfo *> BoundFunctionClosures;
  /// `__functions_in_module()`: the module's functions, as a list.
  ComptimeValue functionsInModule(const InstContext &Ctx);
  /// `__builtin.function_name[f]`: the name of a function value.
  /// With Linkage, `__builtin.function_linkage_name[f]`: its symbol.
  ComptimeValue functionNameOf(const Expr *E, llvm::ArrayRef<Argument> Args,
                               const InstContext &Ctx, bool Linkage = false);
  /// The environment parameters of closure instances captured `read`.
  llvm::DenseSet<const cir::Local *> ReadOnlyCaptures;
  llvm::DenseMap<const cir::Function *,
                 std::vector<std::pair<const ClosureInfo *,
                                       std::vector<cir::Local *>>>>
      ClosureEnvs;
};

/// The bytes and alignment of a value of T in memory (InterpreterReflection.cpp).
void sizeAlign(Sema &S, Type T, uint64_t &Size, uint64_t &Align);
/// The greatest `@align(N)` of T, its fields and elements (0: none). It
/// raises align_of and allocations' alignment, not offsets or sizes.
uint64_t declaredAlign(Sema &S, Type T);

} // namespace sema
} // namespace ignis

#endif

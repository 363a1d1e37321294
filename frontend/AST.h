//===- AST.h - The syntax tree the parser builds and sema reads -----------===//
//
// Nodes live in an ASTContext arena and are never destroyed individually, so
// every member is trivially destructible (StringRef/ArrayRef into the arena or
// the source buffer). Kinds come from ASTNodes.def; isa/cast/dyn_cast work
// through classof (no RTTI). Every node has a source range.
//
//===----------------------------------------------------------------------===//
#ifndef IGNIS_FRONTEND_AST_H
#define IGNIS_FRONTEND_AST_H

#include "frontend/SourceManager.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Allocator.h"
#include "llvm/Support/Casting.h"
#include <cstring>

namespace ignis {

enum class NodeKind : uint8_t {
#define EXPR(Name) Name##Expr,
#include "frontend/ASTNodes.def"
#define STMT(Name) Name##Stmt,
#include "frontend/ASTNodes.def"
#define DECL(Name) Name##Decl,
#include "frontend/ASTNodes.def"
};

llvm::StringRef getNodeKindName(NodeKind K);

class Node {
public:
  NodeKind getKind() const { return Kind; }
  SourceRange getRange() const { return Range; }
  SourceLoc getStartLoc() const { return Range.Begin; }
  SourceLoc getEndLoc() const { return Range.End; }
  void setRange(SourceRange R) { Range = R; }

protected:
  Node(NodeKind K, SourceRange R) : Kind(K), Range(R) {}

private:
  NodeKind Kind;
  SourceRange Range;
};

class Expr : public Node {
protected:
  using Node::Node;

public:
  static bool classof(const Node *N);
};

class Stmt : public Node {
protected:
  using Node::Node;

public:
  static bool classof(const Node *N);
};

/// An identifier with where it was written.
struct Ident {
  llvm::StringRef Name;
  SourceLoc Loc;
  bool isValid() const { return !Name.empty(); }
  SourceRange getRange() const {
    return {Loc, Loc.getAdvanced(Name.size())};
  }
};

//===----------------------------------------------------------------------===//
// Operators and conventions
//===----------------------------------------------------------------------===//

enum class UnaryOp : uint8_t { Neg, Pos, Invert, Not, Await };
enum class BinaryOp : uint8_t {
  Add, Sub, Mul, Div, FloorDiv, Mod, Pow, MatMul,
  Shl, Shr, BitAnd, BitOr, BitXor, And, Or
};
enum class CompareOp : uint8_t { Eq, Ne, Lt, Le, Gt, Ge, Is, IsNot, In, NotIn };

llvm::StringRef getSpelling(UnaryOp Op);
llvm::StringRef getSpelling(BinaryOp Op);
llvm::StringRef getSpelling(CompareOp Op);

/// How an argument is passed (LANGUAGE.md §2). Owned/Inout/Borrowed are the
/// legacy spellings, kept so that sema can suggest the new ones.
enum class ArgConvention : uint8_t {
  Default, Read, Imm, Mut, Var, Out, Ref, Deinit, Owned, Inout, Borrowed
};
llvm::StringRef getSpelling(ArgConvention C);

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

/// Placeholder for an expression that failed to parse.
class ErrorExpr : public Expr {
public:
  explicit ErrorExpr(SourceRange R) : Expr(NodeKind::ErrorExpr, R) {}
  static bool classof(const Node *N) { return N->getKind() == NodeKind::ErrorExpr; }
};

class NameExpr : public Expr {
public:
  NameExpr(SourceRange R, llvm::StringRef Name, bool Backtick)
      : Expr(NodeKind::NameExpr, R), Name(Name), Backtick(Backtick) {}
  llvm::StringRef Name;
  /// Written as `...` (the backticks are not part of Name).
  bool Backtick;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::NameExpr; }
};

/// Integer literal; Text is the spelling as written (sema computes the
/// arbitrary-precision value).
class IntLiteralExpr : public Expr {
public:
  IntLiteralExpr(SourceRange R, llvm::StringRef Text)
      : Expr(NodeKind::IntLiteralExpr, R), Text(Text) {}
  llvm::StringRef Text;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::IntLiteralExpr; }
};

class FloatLiteralExpr : public Expr {
public:
  FloatLiteralExpr(SourceRange R, llvm::StringRef Text)
      : Expr(NodeKind::FloatLiteralExpr, R), Text(Text) {}
  llvm::StringRef Text;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::FloatLiteralExpr; }
};

/// One or more adjacent string literals; Value is decoded and concatenated.
class StringLiteralExpr : public Expr {
public:
  StringLiteralExpr(SourceRange R, llvm::StringRef Value, unsigned NumPieces)
      : Expr(NodeKind::StringLiteralExpr, R), Value(Value), NumPieces(NumPieces) {}
  llvm::StringRef Value;
  unsigned NumPieces;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::StringLiteralExpr; }
};

/// A piece of a t-string: literal Text, or a Field expression.
struct TStringPart {
  llvm::StringRef Text;
  Expr *Field = nullptr;
  char Conversion = 0;
  llvm::StringRef FormatSpec;
};

class TStringExpr : public Expr {
public:
  TStringExpr(SourceRange R, llvm::ArrayRef<TStringPart> Parts)
      : Expr(NodeKind::TStringExpr, R), Parts(Parts) {}
  llvm::ArrayRef<TStringPart> Parts;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::TStringExpr; }
};

class BoolLiteralExpr : public Expr {
public:
  BoolLiteralExpr(SourceRange R, bool Value)
      : Expr(NodeKind::BoolLiteralExpr, R), Value(Value) {}
  bool Value;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::BoolLiteralExpr; }
};

class NoneLiteralExpr : public Expr {
public:
  explicit NoneLiteralExpr(SourceRange R) : Expr(NodeKind::NoneLiteralExpr, R) {}
  static bool classof(const Node *N) { return N->getKind() == NodeKind::NoneLiteralExpr; }
};

class EllipsisExpr : public Expr {
public:
  explicit EllipsisExpr(SourceRange R) : Expr(NodeKind::EllipsisExpr, R) {}
  static bool classof(const Node *N) { return N->getKind() == NodeKind::EllipsisExpr; }
};

class TupleExpr : public Expr {
public:
  TupleExpr(SourceRange R, llvm::ArrayRef<Expr *> Elements, bool Parenthesized)
      : Expr(NodeKind::TupleExpr, R), Elements(Elements), Parenthesized(Parenthesized) {}
  llvm::ArrayRef<Expr *> Elements;
  bool Parenthesized;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::TupleExpr; }
};

class ListExpr : public Expr {
public:
  ListExpr(SourceRange R, llvm::ArrayRef<Expr *> Elements)
      : Expr(NodeKind::ListExpr, R), Elements(Elements) {}
  llvm::ArrayRef<Expr *> Elements;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::ListExpr; }
};

class SetExpr : public Expr {
public:
  SetExpr(SourceRange R, llvm::ArrayRef<Expr *> Elements)
      : Expr(NodeKind::SetExpr, R), Elements(Elements) {}
  llvm::ArrayRef<Expr *> Elements;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::SetExpr; }
};

class DictExpr : public Expr {
public:
  DictExpr(SourceRange R, llvm::ArrayRef<Expr *> Keys, llvm::ArrayRef<Expr *> Values)
      : Expr(NodeKind::DictExpr, R), Keys(Keys), Values(Values) {}
  llvm::ArrayRef<Expr *> Keys, Values;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::DictExpr; }
};

/// `for Target in Iter if Cond...` inside a comprehension.
struct ComprehensionClause {
  Expr *Target = nullptr;
  Expr *Iter = nullptr;
  llvm::ArrayRef<Expr *> Conditions;
};

class ComprehensionExpr : public Expr {
public:
  enum class Form : uint8_t { List, Set, Dict, Generator };
  ComprehensionExpr(SourceRange R, Form F, Expr *Element, Expr *Value,
                    llvm::ArrayRef<ComprehensionClause> Clauses)
      : Expr(NodeKind::ComprehensionExpr, R), TheForm(F), Element(Element),
        Value(Value), Clauses(Clauses) {}
  Form TheForm;
  /// The element, or the key of a dict comprehension.
  Expr *Element;
  /// The value of a dict comprehension, else null.
  Expr *Value;
  llvm::ArrayRef<ComprehensionClause> Clauses;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::ComprehensionExpr; }
};

class UnaryExpr : public Expr {
public:
  UnaryExpr(SourceRange R, UnaryOp Op, Expr *Operand)
      : Expr(NodeKind::UnaryExpr, R), Op(Op), Operand(Operand) {}
  UnaryOp Op;
  Expr *Operand;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::UnaryExpr; }
};

class BinaryExpr : public Expr {
public:
  BinaryExpr(SourceRange R, BinaryOp Op, SourceLoc OpLoc, Expr *LHS, Expr *RHS)
      : Expr(NodeKind::BinaryExpr, R), Op(Op), OpLoc(OpLoc), LHS(LHS), RHS(RHS) {}
  BinaryOp Op;
  SourceLoc OpLoc;
  Expr *LHS, *RHS;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::BinaryExpr; }
};

/// `a < b <= c`: Operands has one more element than Ops.
class CompareExpr : public Expr {
public:
  CompareExpr(SourceRange R, llvm::ArrayRef<Expr *> Operands,
              llvm::ArrayRef<CompareOp> Ops, llvm::ArrayRef<SourceLoc> OpLocs)
      : Expr(NodeKind::CompareExpr, R), Operands(Operands), Ops(Ops), OpLocs(OpLocs) {}
  llvm::ArrayRef<Expr *> Operands;
  llvm::ArrayRef<CompareOp> Ops;
  llvm::ArrayRef<SourceLoc> OpLocs;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::CompareExpr; }
};

/// `Then if Cond else Else`.
class ConditionalExpr : public Expr {
public:
  ConditionalExpr(SourceRange R, Expr *Then, Expr *Cond, Expr *Else)
      : Expr(NodeKind::ConditionalExpr, R), Then(Then), Cond(Cond), Else(Else) {}
  Expr *Then, *Cond, *Else;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::ConditionalExpr; }
};

/// One argument of a call or a subscript: `x`, `name=x`, `*xs`, `**kw`.
struct Argument {
  enum class Form : uint8_t { Positional, Keyword, Star, StarStar };
  Form TheForm = Form::Positional;
  Ident Name;
  Expr *Value = nullptr;
  SourceRange Range;
};

class CallExpr : public Expr {
public:
  CallExpr(SourceRange R, Expr *Callee, llvm::ArrayRef<Argument> Args)
      : Expr(NodeKind::CallExpr, R), Callee(Callee), Args(Args) {}
  Expr *Callee;
  llvm::ArrayRef<Argument> Args;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::CallExpr; }
};

/// `{value = x}` or `{a, key = b}`: a brace initialiser with at least one
/// keyword entry (without one, `{a, b}` is a SetExpr and sema decides from
/// the expected type whether it initialises a struct).
class InitListExpr : public Expr {
public:
  InitListExpr(SourceRange R, llvm::ArrayRef<Argument> Args)
      : Expr(NodeKind::InitListExpr, R), Args(Args) {}
  llvm::ArrayRef<Argument> Args;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::InitListExpr; }
};

/// `Base[args]`: indexing, slicing and parameter binding (`List[Int]`,
/// `p[unsafe_offset=i]`) share this node; sema tells them apart.
class SubscriptExpr : public Expr {
public:
  SubscriptExpr(SourceRange R, Expr *Base, llvm::ArrayRef<Argument> Args)
      : Expr(NodeKind::SubscriptExpr, R), Base(Base), Args(Args) {}
  Expr *Base;
  llvm::ArrayRef<Argument> Args;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::SubscriptExpr; }
};

/// `lo:hi:step` inside a subscript; any part may be null.
class SliceExpr : public Expr {
public:
  SliceExpr(SourceRange R, Expr *Lower, Expr *Upper, Expr *Step)
      : Expr(NodeKind::SliceExpr, R), Lower(Lower), Upper(Upper), Step(Step) {}
  Expr *Lower, *Upper, *Step;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::SliceExpr; }
};

class MemberExpr : public Expr {
public:
  MemberExpr(SourceRange R, Expr *Base, Ident Member, bool Backtick)
      : Expr(NodeKind::MemberExpr, R), Base(Base), Member(Member), Backtick(Backtick) {}
  Expr *Base;
  Ident Member;
  bool Backtick;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::MemberExpr; }
};

/// `x^`: ownership transfer.
class TransferExpr : public Expr {
public:
  TransferExpr(SourceRange R, Expr *Operand)
      : Expr(NodeKind::TransferExpr, R), Operand(Operand) {}
  Expr *Operand;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::TransferExpr; }
};

/// `name := value`.
class WalrusExpr : public Expr {
public:
  WalrusExpr(SourceRange R, Ident Target, Expr *Value)
      : Expr(NodeKind::WalrusExpr, R), Target(Target), Value(Value) {}
  Ident Target;
  Expr *Value;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::WalrusExpr; }
};

/// `var x` / `ref x` inside an assignment target: `(var a, var b) = t`,
/// `a, ref b = t`, `var x = y = v`. Convention is Var or Ref.
class BindingExpr : public Expr {
public:
  BindingExpr(SourceRange R, ArgConvention Convention, Ident Name)
      : Expr(NodeKind::BindingExpr, R), Convention(Convention), Name(Name) {}
  ArgConvention Convention;
  Ident Name;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::BindingExpr; }
};

/// `*x` (unpacking, variadic types `*Ts`) or `**x`.
class StarExpr : public Expr {
public:
  StarExpr(SourceRange R, Expr *Operand, bool Double)
      : Expr(NodeKind::StarExpr, R), Operand(Operand), Double(Double) {}
  Expr *Operand;
  bool Double;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::StarExpr; }
};

/// `comptime(expr)`: forces compile-time evaluation.
class ComptimeExpr : public Expr {
public:
  ComptimeExpr(SourceRange R, Expr *Operand)
      : Expr(NodeKind::ComptimeExpr, R), Operand(Operand) {}
  Expr *Operand;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::ComptimeExpr; }
};

/// `ref [origin] T` in a result or function-type position.
class RefTypeExpr : public Expr {
public:
  RefTypeExpr(SourceRange R, llvm::ArrayRef<Expr *> Origins, Expr *Type)
      : Expr(NodeKind::RefTypeExpr, R), Origins(Origins), Type(Type) {}
  /// Empty when written `ref T` without an origin.
  llvm::ArrayRef<Expr *> Origins;
  Expr *Type;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::RefTypeExpr; }
};

//===----------------------------------------------------------------------===//
// Parameter lists: `[T: AnyType, //, n: Int = 4]` and `(self, x: Int, *, y)`
//===----------------------------------------------------------------------===//

/// One entry of a compile-time parameter list or a runtime argument list.
struct ParamDecl {
  enum class Form : uint8_t { Normal, Variadic, KwVariadic };
  Form TheForm = Form::Normal;
  ArgConvention Convention = ArgConvention::Default;
  /// Origins of `ref [a, b] x`.
  llvm::ArrayRef<Expr *> Origins;
  /// Empty for unnamed entries of a function type (`fn(Int) -> Int`).
  Ident Name;
  Expr *Type = nullptr;
  Expr *Default = nullptr;
  /// Legacy per-parameter constraint `n: Int where n > 0 = 1`.
  Expr *Where = nullptr;
  SourceRange Range;
};

struct ParamList {
  llvm::ArrayRef<ParamDecl> Params;
  SourceRange Range;
  /// Whether the brackets were written at all.
  bool Present = false;
  /// Entries before this index come before `//` (infer-only), or -1.
  int InferOnlyEnd = -1;
  /// Entries before this index come before `/` (positional-only), or -1.
  int PositionalOnlyEnd = -1;
  /// Entries from this index on come after a bare `*` (keyword-only), or -1.
  int KeywordOnlyStart = -1;
};

/// The effects written after an argument list: `raises [E]`, `capturing
/// [origins]`, `escaping`.
struct FunctionEffects {
  bool Raises = false;
  bool Thin = false;
  bool Unified = false;
  /// `abi("C")`: the string argument, else null.
  Expr *Abi = nullptr;
  Expr *RaisesType = nullptr;
  bool Capturing = false;
  llvm::ArrayRef<Expr *> CaptureOrigins;
  bool Escaping = false;
};

/// `def(Int, String) raises capturing [_] -> Bool`, a function type.
class FunctionTypeExpr : public Expr {
public:
  FunctionTypeExpr(SourceRange R) : Expr(NodeKind::FunctionTypeExpr, R) {}
  bool IsFn = false;
  ParamList Params;
  ParamList Args;
  FunctionEffects Effects;
  Expr *Result = nullptr;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::FunctionTypeExpr; }
};

class FuncDecl;

/// `lambda (x: Int) raises -> Int: x + 1`: an anonymous nested function (Fn,
/// named `lambda@LINE:COL`, whose body returns the expression when a result
/// type is written and evaluates it otherwise) used as a value.
class LambdaExpr : public Expr {
public:
  LambdaExpr(SourceRange R, FuncDecl *Fn) : Expr(NodeKind::LambdaExpr, R), Fn(Fn) {}
  FuncDecl *Fn;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::LambdaExpr; }
};

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

using Block = llvm::ArrayRef<Stmt *>;

/// How a compile-time construct was spelled: plain (runtime), `comptime`,
/// the legacy `@parameter` decorator, or the legacy `__comptime_assert`.
enum class ComptimeSpelling : uint8_t { None, Comptime, ParameterDecorator, Legacy };

class ExprStmt : public Stmt {
public:
  ExprStmt(SourceRange R, Expr *E) : Stmt(NodeKind::ExprStmt, R), E(E) {}
  Expr *E;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::ExprStmt; }
};

/// `a = b = value`; Targets in source order.
class AssignStmt : public Stmt {
public:
  AssignStmt(SourceRange R, llvm::ArrayRef<Expr *> Targets, Expr *Value)
      : Stmt(NodeKind::AssignStmt, R), Targets(Targets), Value(Value) {}
  llvm::ArrayRef<Expr *> Targets;
  Expr *Value;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::AssignStmt; }
};

class AugAssignStmt : public Stmt {
public:
  AugAssignStmt(SourceRange R, BinaryOp Op, Expr *Target, Expr *Value)
      : Stmt(NodeKind::AugAssignStmt, R), Op(Op), Target(Target), Value(Value) {}
  BinaryOp Op;
  Expr *Target, *Value;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::AugAssignStmt; }
};


/// `if`; an `elif` chain is an IfStmt (IsElif) alone in Else.
class IfStmt : public Stmt {
public:
  IfStmt(SourceRange R) : Stmt(NodeKind::IfStmt, R) {}
  Expr *Cond = nullptr;
  Block Then;
  Block Else;
  bool IsElif = false;
  ComptimeSpelling Comptime = ComptimeSpelling::None;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::IfStmt; }
};

class WhileStmt : public Stmt {
public:
  WhileStmt(SourceRange R) : Stmt(NodeKind::WhileStmt, R) {}
  Expr *Cond = nullptr;
  Block Body;
  Block Else;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::WhileStmt; }
};

class ForStmt : public Stmt {
public:
  ForStmt(SourceRange R) : Stmt(NodeKind::ForStmt, R) {}
  /// `for ref x in`, `for var x in`, or plain.
  ArgConvention Binding = ArgConvention::Default;
  Expr *Target = nullptr;
  Expr *Iter = nullptr;
  Block Body;
  Block Else;
  ComptimeSpelling Comptime = ComptimeSpelling::None;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::ForStmt; }
};

class BreakStmt : public Stmt {
public:
  explicit BreakStmt(SourceRange R) : Stmt(NodeKind::BreakStmt, R) {}
  static bool classof(const Node *N) { return N->getKind() == NodeKind::BreakStmt; }
};

class ContinueStmt : public Stmt {
public:
  explicit ContinueStmt(SourceRange R) : Stmt(NodeKind::ContinueStmt, R) {}
  static bool classof(const Node *N) { return N->getKind() == NodeKind::ContinueStmt; }
};

class PassStmt : public Stmt {
public:
  explicit PassStmt(SourceRange R) : Stmt(NodeKind::PassStmt, R) {}
  static bool classof(const Node *N) { return N->getKind() == NodeKind::PassStmt; }
};

class ReturnStmt : public Stmt {
public:
  ReturnStmt(SourceRange R, Expr *Value) : Stmt(NodeKind::ReturnStmt, R), Value(Value) {}
  Expr *Value;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::ReturnStmt; }
};

class RaiseStmt : public Stmt {
public:
  RaiseStmt(SourceRange R, Expr *Value, Expr *Cause)
      : Stmt(NodeKind::RaiseStmt, R), Value(Value), Cause(Cause) {}
  Expr *Value, *Cause;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::RaiseStmt; }
};

struct ExceptClause {
  Expr *Type = nullptr;
  Ident Name;
  Block Body;
  SourceRange Range;
};

class TryStmt : public Stmt {
public:
  TryStmt(SourceRange R) : Stmt(NodeKind::TryStmt, R) {}
  Block Body;
  llvm::ArrayRef<ExceptClause> Handlers;
  Block Else;
  Block Finally;
  bool HasElse = false, HasFinally = false;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::TryStmt; }
};

struct WithItem {
  Expr *Context = nullptr;
  Expr *Target = nullptr;
};

class WithStmt : public Stmt {
public:
  WithStmt(SourceRange R) : Stmt(NodeKind::WithStmt, R) {}
  llvm::ArrayRef<WithItem> Items;
  Block Body;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::WithStmt; }
};

/// `assert c, msg`; `comptime assert` (and legacy `__comptime_assert`) have
/// Comptime set.
class AssertStmt : public Stmt {
public:
  AssertStmt(SourceRange R, Expr *Cond, Expr *Message, ComptimeSpelling CT)
      : Stmt(NodeKind::AssertStmt, R), Cond(Cond), Message(Message),
        Comptime(CT) {}
  Expr *Cond, *Message;
  ComptimeSpelling Comptime;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::AssertStmt; }
};

/// `del a, b[i]`; also the legacy `__disable_del x` (DisableDel).
class DelStmt : public Stmt {
public:
  DelStmt(SourceRange R, llvm::ArrayRef<Expr *> Targets)
      : Stmt(NodeKind::DelStmt, R), Targets(Targets) {}
  llvm::ArrayRef<Expr *> Targets;
  bool DisableDel = false;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::DelStmt; }
};

/// `global a, b` or `nonlocal a`.
class GlobalStmt : public Stmt {
public:
  GlobalStmt(SourceRange R, llvm::ArrayRef<Ident> Names, bool Nonlocal)
      : Stmt(NodeKind::GlobalStmt, R), Names(Names), Nonlocal(Nonlocal) {}
  llvm::ArrayRef<Ident> Names;
  bool Nonlocal;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::GlobalStmt; }
};

/// A dotted module path `a.b.c`.
using ModulePath = llvm::ArrayRef<Ident>;

struct ImportItem {
  ModulePath Path;
  Ident Alias;
};

/// `import a.b as c, d`.
class ImportStmt : public Stmt {
public:
  ImportStmt(SourceRange R, llvm::ArrayRef<ImportItem> Items)
      : Stmt(NodeKind::ImportStmt, R), Items(Items) {}
  llvm::ArrayRef<ImportItem> Items;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::ImportStmt; }
};

struct ImportName {
  Ident Name;
  Ident Alias;
};

/// `from ..a.b import x as y, z` or `from a import *`.
class FromImportStmt : public Stmt {
public:
  FromImportStmt(SourceRange R) : Stmt(NodeKind::FromImportStmt, R) {}
  /// Number of leading dots (relative import).
  unsigned Level = 0;
  ModulePath Path;
  llvm::ArrayRef<ImportName> Names;
  bool IsStar = false;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::FromImportStmt; }
};

//===----------------------------------------------------------------------===//
// Declarations
//===----------------------------------------------------------------------===//

/// `@name`, `@name.attr`, `@name(args)`.
struct Decorator {
  Expr *E = nullptr;
  SourceRange Range;
};

class Decl : public Stmt {
protected:
  Decl(NodeKind K, SourceRange R) : Stmt(K, R) {}

public:
  Ident Name;
  llvm::ArrayRef<Decorator> Decorators;
  static bool classof(const Node *N);
};

/// `var x: T = v`, `ref x = v`, or an annotated assignment `x: T = v` in a
/// def body. Target is a NameExpr or a TupleExpr of names (`var a, b = ...`).
class VarDecl : public Decl {
public:
  enum class Form : uint8_t { Var, Ref, Annotated };
  VarDecl(SourceRange R) : Decl(NodeKind::VarDecl, R) {}
  Form TheForm = Form::Var;
  Expr *Target = nullptr;
  Expr *Type = nullptr;
  Expr *Init = nullptr;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::VarDecl; }
};

/// One entry of a capture list `{mut a, b, c^}`; an entry with only a
/// convention (`{read}`) sets the default for everything else captured.
struct Capture {
  ArgConvention Convention = ArgConvention::Default;
  Ident Name;
  bool Transfer = false;
  SourceRange Range;
};

class FuncDecl : public Decl {
public:
  FuncDecl(SourceRange R) : Decl(NodeKind::FuncDecl, R) {}
  /// Spelled with the legacy `fn` keyword.
  bool IsFn = false;
  bool IsAsync = false;
  ParamList Params;
  ParamList Args;
  bool HasCaptureList = false;
  llvm::ArrayRef<Capture> Captures;
  FunctionEffects Effects;
  /// May be a RefTypeExpr for `-> ref [o] T`.
  Expr *Result = nullptr;
  Expr *Where = nullptr;
  Block Body;
  /// False for a declaration without a body (`def f(self): ...` in a trait
  /// is written with an ellipsis body and has HasBody = true and one stmt).
  bool HasBody = true;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::FuncDecl; }
};

/// An entry of a struct's or trait's trait list, with an optional condition
/// (`Copyable where conforms_to(T, Copyable)`).
struct TraitRef {
  Expr *Type = nullptr;
  Expr *Where = nullptr;
};

class StructDecl : public Decl {
public:
  StructDecl(SourceRange R) : Decl(NodeKind::StructDecl, R) {}
  ParamList Params;
  llvm::ArrayRef<TraitRef> Traits;
  Expr *Where = nullptr;
  Block Body;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::StructDecl; }
};

class TraitDecl : public Decl {
public:
  TraitDecl(SourceRange R) : Decl(NodeKind::TraitDecl, R) {}
  ParamList Params;
  llvm::ArrayRef<TraitRef> Parents;
  Expr *Where = nullptr;
  Block Body;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::TraitDecl; }
};

/// `__extension Name(Traits): body`: members added to an existing type
/// (parsed; sema reports it as unsupported).
class ExtensionDecl : public Decl {
public:
  ExtensionDecl(SourceRange R) : Decl(NodeKind::ExtensionDecl, R) {}
  llvm::ArrayRef<TraitRef> Traits;
  Block Body;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::ExtensionDecl; }
};

/// `__mlir_region name(args): body` inside a function: an MLIR region for
/// an inline MLIR operation (parsed; sema reports it as unsupported).
class MlirRegionDecl : public Decl {
public:
  MlirRegionDecl(SourceRange R) : Decl(NodeKind::MlirRegionDecl, R) {}
  ParamList Args;
  Block Body;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::MlirRegionDecl; }
};

/// `comptime NAME[params]: T = value` (also the legacy `alias`). Value is
/// null for a trait requirement `comptime T: AnyType`.
class ComptimeDecl : public Decl {
public:
  ComptimeDecl(SourceRange R) : Decl(NodeKind::ComptimeDecl, R) {}
  bool IsAlias = false;
  ParamList Params;
  Expr *Type = nullptr;
  /// `comptime X: Iterator where cond = ...`.
  Expr *Where = nullptr;
  Expr *Value = nullptr;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::ComptimeDecl; }
};

class ModuleDecl : public Decl {
public:
  ModuleDecl(SourceRange R) : Decl(NodeKind::ModuleDecl, R) {}
  unsigned BufferID = 0;
  Block Body;
  static bool classof(const Node *N) { return N->getKind() == NodeKind::ModuleDecl; }
};

inline bool Expr::classof(const Node *N) {
  return N->getKind() <= NodeKind::RefTypeExpr;
}
inline bool Stmt::classof(const Node *N) {
  return N->getKind() >= NodeKind::ExprStmt;
}
inline bool Decl::classof(const Node *N) {
  return N->getKind() >= NodeKind::VarDecl;
}

//===----------------------------------------------------------------------===//
// ASTContext: the arena every node of a compilation lives in
//===----------------------------------------------------------------------===//

class ASTContext {
public:
  ASTContext() = default;
  ASTContext(const ASTContext &) = delete;
  ASTContext &operator=(const ASTContext &) = delete;

  template <typename T, typename... Args> T *create(Args &&...As) {
    static_assert(std::is_trivially_destructible_v<T>,
                  "AST nodes are never destroyed");
    return new (Alloc.Allocate(sizeof(T), alignof(T)))
        T(std::forward<Args>(As)...);
  }
  template <typename T> llvm::ArrayRef<T> copy(llvm::ArrayRef<T> Items) {
    if (Items.empty())
      return {};
    T *Mem = static_cast<T *>(Alloc.Allocate(sizeof(T) * Items.size(), alignof(T)));
    std::uninitialized_copy(Items.begin(), Items.end(), Mem);
    return {Mem, Items.size()};
  }
  llvm::StringRef copyString(llvm::StringRef S) {
    if (S.empty())
      return {};
    char *Mem = static_cast<char *>(Alloc.Allocate(S.size(), 1));
    std::memcpy(Mem, S.data(), S.size());
    return {Mem, S.size()};
  }
  size_t getBytesAllocated() const { return Alloc.getBytesAllocated(); }

private:
  llvm::BumpPtrAllocator Alloc;
};

} // namespace ignis

#endif

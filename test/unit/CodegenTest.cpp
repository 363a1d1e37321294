//===- CodegenTest.cpp - Checked programs built by hand, lowered and run --===//
//
// Each test builds a small cir::Program the way sema would, checks that the
// generated MLIR verifies, and runs `main` with the ORC JIT (exit status and
// output), so codegen is tested without the frontend or the stdlib.
//
//===----------------------------------------------------------------------===//
#include "codegen/Codegen.h"
#include "frontend/AST.h"
#include "frontend/SourceManager.h"
#include "sema/CIR.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"
#include <gtest/gtest.h>

using namespace ignis;

namespace {
// frontend/AST.h has its own Expr and Stmt: these names mean CIR's here.
using cir::BuiltinOp;
using cir::ExprKind;
using cir::Function;
using cir::Local;
using cir::Program;
using cir::StmtKind;
using cir::StmtList;
using Expr = cir::Expr;
using Stmt = cir::Stmt;

/// Builds CIR the way sema does, with short helpers for tests.
class ProgramBuilder {
public:
  TypeContext Types;
  Program P{Types};
  Type Int = Types.getPrim(DType::Index);
  Type Bool = Types.getPrim(DType::Bool);
  Type F64 = Types.getPrim(DType::Float64);
  Type None = Types.getNone();

  Function *function(llvm::StringRef Name, Type Result, bool Raises = false) {
    auto *F = P.create<Function>();
    F->Name = Name.str();
    F->DisplayName = Name.str();
    F->Result = Result;
    F->Raises = Raises;
    F->IsChecked = true;
    P.Functions.push_back(F);
    if (Name == "main")
      P.Main = F;
    return F;
  }
  Local *local(Function *F, llvm::StringRef Name, Type Ty) {
    auto *L = P.create<Local>();
    L->Name = Name;
    L->Ty = Ty;
    L->Index = F->Locals.size();
    F->Locals.push_back(L);
    return L;
  }
  Local *param(Function *F, llvm::StringRef Name, Type Ty,
               ArgConvention Conv = ArgConvention::Read) {
    Local *L = local(F, Name, Ty);
    L->IsParam = true;
    L->Convention = Conv;
    F->Params.push_back(L);
    return L;
  }

  Expr *expr(ExprKind K, Type Ty, llvm::ArrayRef<Expr *> Ops = {}) {
    auto *E = P.create<Expr>(K, Ty, SourceRange());
    E->Ops.assign(Ops.begin(), Ops.end());
    return E;
  }
  Expr *integer(int64_t V, Type Ty = nullptr) {
    Expr *E = expr(ExprKind::IntConst, Ty ? Ty : Int);
    E->Int = llvm::APInt(64, V, /*isSigned=*/true);
    return E;
  }
  Expr *floating(double V) {
    Expr *E = expr(ExprKind::FloatConst, F64);
    E->Float = V;
    return E;
  }
  Expr *string(llvm::StringRef S) {
    Expr *E = expr(ExprKind::StringConst, Types.getStringLiteral());
    E->Str = S;
    return E;
  }
  Expr *ref(Local *L) {
    Expr *E = expr(ExprKind::LocalRef, L->Ty);
    E->Var = L;
    return E;
  }
  Expr *field(Expr *Base, unsigned Index, Type Ty) {
    Expr *E = expr(ExprKind::FieldRef, Ty, {Base});
    E->Index = Index;
    return E;
  }
  Expr *builtin(BuiltinOp Op, Type Ty, llvm::ArrayRef<Expr *> Ops) {
    Expr *E = expr(ExprKind::Builtin, Ty, Ops);
    E->Builtin = Op;
    return E;
  }
  Expr *externalCall(llvm::StringRef Symbol, Type Ty,
                     llvm::ArrayRef<Expr *> Ops) {
    Expr *E = builtin(BuiltinOp::ExternalCall, Ty, Ops);
    E->Params.push_back(ComptimeValue::makeString(Symbol));
    E->Params.push_back(ComptimeValue::makeType(Ty));
    return E;
  }
  Expr *call(Function *Callee, llvm::ArrayRef<Expr *> Ops) {
    Expr *E = expr(ExprKind::Call, Callee->Result, Ops);
    E->Callee = Callee;
    for (const Local *L : Callee->Params)
      E->ArgByAddress.push_back(L->Convention == ArgConvention::Mut);
    return E;
  }
  Expr *add(Expr *A, Expr *B) { return builtin(BuiltinOp::Add, A->Ty, {A, B}); }
  Expr *less(Expr *A, Expr *B) { return builtin(BuiltinOp::Lt, Bool, {A, B}); }

  Stmt *stmt(StmtKind K) { return P.create<Stmt>(K, SourceRange()); }
  Stmt *assign(Expr *Target, Expr *Value) {
    Stmt *S = stmt(StmtKind::Assign);
    S->Target = Target;
    S->Value = Value;
    return S;
  }
  Stmt *assign(Local *L, Expr *Value) { return assign(ref(L), Value); }
  Stmt *eval(Expr *Value) {
    Stmt *S = stmt(StmtKind::Eval);
    S->Value = Value;
    return S;
  }
  Stmt *ret(Expr *Value = nullptr) {
    Stmt *S = stmt(StmtKind::Return);
    S->Value = Value;
    return S;
  }
  Stmt *ifStmt(Expr *Cond, StmtList Then, StmtList Else = {}) {
    Stmt *S = stmt(StmtKind::If);
    S->Cond = Cond;
    S->Body = std::move(Then);
    S->Else = std::move(Else);
    return S;
  }
  Stmt *loop(Expr *Cond, StmtList Body, StmtList Else = {}) {
    Stmt *S = stmt(StmtKind::Loop);
    S->Cond = Cond;
    S->Body = std::move(Body);
    S->Else = std::move(Else);
    return S;
  }

  /// `struct Error: var message: StringLiteral` as the stdlib would have.
  Type defineError() {
    ErrorDecl.Name.Name = "Error";
    Type T = Types.getStruct(&ErrorDecl, {});
    P.Layouts[T] = {{"message"}, {Types.getStringLiteral()}};
    P.ErrorType = T;
    return T;
  }
  Expr *makeError(llvm::StringRef Message) {
    return expr(ExprKind::StructInit, P.ErrorType, {string(Message)});
  }
  /// print(S) through the runtime: ignis_rt_write(data, length).
  Stmt *print(llvm::StringRef S) {
    Type Ptr = Types.getPointer(Types.getPrim(DType::UInt8));
    Expr *Str = string(S);
    return eval(externalCall(
        "ignis_rt_write", None,
        {builtin(BuiltinOp::StringData, Ptr, {Str}),
         builtin(BuiltinOp::StringLength, Int, {Str})}));
  }

  StructDecl ErrorDecl{SourceRange()};
  StructDecl PointDecl{SourceRange()};
};

struct RunResult {
  int Status = -1;
  std::string MLIR;
};

RunResult compileAndRun(const Program &P, unsigned OptLevel = 2) {
  RunResult R;
  SourceManager SM;
  CodegenOptions Opts;
  Opts.OptLevel = OptLevel;
  CodeGenerator Gen(Opts);
  bool Generated = Gen.generate(P, SM);
  llvm::raw_string_ostream OS(R.MLIR);
  Gen.printMLIR(OS);
  EXPECT_TRUE(Generated) << Gen.getError() << "\n" << R.MLIR;
  if (!Generated)
    return R;
  EXPECT_TRUE(Gen.lower()) << Gen.getError();
  R.Status = Gen.run({"test"});
  EXPECT_GE(R.Status, 0) << Gen.getError();
  return R;
}

TEST(CodegenTest, MainReturnsSumAsExitStatus) {
  ProgramBuilder B;
  Function *Main = B.function("main", B.Int);
  Local *X = B.local(Main, "x", B.Int);
  Main->Body = {B.assign(X, B.add(B.integer(40), B.integer(2))),
                B.ret(B.ref(X))};
  for (unsigned O : {0u, 2u, 3u})
    EXPECT_EQ(compileAndRun(B.P, O).Status, 42) << "at -O" << O;
}

TEST(CodegenTest, ExternalCallPrints) {
  ProgramBuilder B;
  Function *Main = B.function("main", B.None);
  Main->Body = {B.print("hello, "), B.print("world\n")};
  testing::internal::CaptureStdout();
  RunResult R = compileAndRun(B.P);
  std::string Out = testing::internal::GetCapturedStdout();
  EXPECT_EQ(R.Status, 0);
  EXPECT_EQ(Out, "hello, world\n");
  EXPECT_NE(R.MLIR.find("llvm.call @ignis_rt_write"), std::string::npos)
      << R.MLIR;
}

TEST(CodegenTest, CallsPassMutArgumentsByAddress) {
  ProgramBuilder B;
  // def bump(mut x: Int, by: Int): x = x + by
  Function *Bump = B.function("bump", B.None);
  Local *X = B.param(Bump, "x", B.Int, ArgConvention::Mut);
  Local *By = B.param(Bump, "by", B.Int);
  Bump->Body = {B.assign(X, B.add(B.ref(X), B.ref(By)))};
  Function *Main = B.function("main", B.Int);
  Local *N = B.local(Main, "n", B.Int);
  Main->Body = {B.assign(N, B.integer(5)),
                B.eval(B.call(Bump, {B.ref(N), B.integer(3)})),
                B.eval(B.call(Bump, {B.ref(N), B.integer(4)})),
                B.ret(B.ref(N))};
  EXPECT_EQ(compileAndRun(B.P).Status, 12);
}

TEST(CodegenTest, WhileLoopWithBreakAndElse) {
  ProgramBuilder B;
  // i = 0; s = 0
  // while i < 10: i += 1; if i == 7: break; s += i   else: s += 1000
  // (then the same loop without the break: its else runs)
  Function *Main = B.function("main", B.Int);
  Local *I = B.local(Main, "i", B.Int);
  Local *S = B.local(Main, "s", B.Int);
  auto MakeLoop = [&](int64_t BreakAt) {
    return B.loop(
        B.less(B.ref(I), B.integer(10)),
        {B.assign(I, B.add(B.ref(I), B.integer(1))),
         B.ifStmt(B.builtin(BuiltinOp::Eq, B.Bool, {B.ref(I), B.integer(BreakAt)}),
                  {B.stmt(StmtKind::Break)}),
         B.ifStmt(B.builtin(BuiltinOp::Eq, B.Bool, {B.ref(I), B.integer(2)}),
                  {B.stmt(StmtKind::Continue)}),
         B.assign(S, B.add(B.ref(S), B.ref(I)))},
        {B.assign(S, B.add(B.ref(S), B.integer(100)))});
  };
  Main->Body = {B.assign(I, B.integer(0)), B.assign(S, B.integer(0)),
                MakeLoop(7), // 1+3+4+5+6 = 19, no else
                B.assign(I, B.integer(0)),
                MakeLoop(99), // + 53 (1+3+...+10) + 100 from else
                B.ret(B.ref(S))};
  EXPECT_EQ(compileAndRun(B.P).Status, 19 + 53 + 100);
}

TEST(CodegenTest, StructFieldsReadAndWritten) {
  ProgramBuilder B;
  B.PointDecl.Name.Name = "Point";
  Type Point = B.Types.getStruct(&B.PointDecl, {});
  B.P.Layouts[Point] = {{"x", "y"}, {B.Int, B.Int}};
  Function *Main = B.function("main", B.Int);
  Local *Pt = B.local(Main, "p", Point);
  // p = Point(3, 4); p.y = 10; return p.x + p.y (read as a FieldGet of
  // the loaded value and as a FieldRef place)
  Expr *Init = B.expr(ExprKind::StructInit, Point, {B.integer(3), B.integer(4)});
  Expr *GetX = B.expr(ExprKind::FieldGet, B.Int, {B.ref(Pt)});
  GetX->Index = 0;
  Main->Body = {B.assign(Pt, Init),
                B.assign(B.field(B.ref(Pt), 1, B.Int), B.integer(10)),
                B.ret(B.add(GetX, B.field(B.ref(Pt), 1, B.Int)))};
  EXPECT_EQ(compileAndRun(B.P).Status, 13);
}

/// def fails(flag: Bool) raises -> Int: if flag: raise Error(msg); return 1
static Function *defineFails(ProgramBuilder &B) {
  B.defineError();
  Function *Fails = B.function("fails", B.Int, /*Raises=*/true);
  Local *Flag = B.param(Fails, "flag", B.Bool);
  Stmt *Raise = B.stmt(StmtKind::Raise);
  Raise->Value = B.makeError("boom");
  Fails->Body = {B.ifStmt(B.ref(Flag), {Raise}), B.ret(B.integer(1))};
  return Fails;
}

TEST(CodegenTest, RaiseCaughtByTryWithFinally) {
  ProgramBuilder B;
  Function *Fails = defineFails(B);
  Function *Main = B.function("main", B.Int);
  Local *R = B.local(Main, "r", B.Int);
  Local *E = B.local(Main, "e", B.P.ErrorType);
  Local *Len = B.local(Main, "len", B.Int);
  // try: r = fails(True) except e: r = 7; len = len(e.message)
  // else: r = 50   finally: r += 100
  auto MakeTry = [&](bool Flag) {
    Stmt *Try = B.stmt(StmtKind::Try);
    Try->HasHandler = true;
    Try->ErrorVar = E;
    Try->Body = {B.assign(R, B.call(Fails, {B.integer(Flag, B.Bool)}))};
    Expr *Message = B.field(B.ref(E), 0, B.Types.getStringLiteral());
    Try->Handler = {
        B.assign(R, B.integer(7)),
        B.assign(Len, B.builtin(BuiltinOp::StringLength, B.Int, {Message}))};
    Try->Else = {B.assign(R, B.add(B.ref(R), B.integer(50)))};
    Try->Finally = {B.assign(R, B.add(B.ref(R), B.integer(100)))};
    return Try;
  };
  Local *Sum = B.local(Main, "sum", B.Int);
  Main->Body = {B.assign(Len, B.integer(0)), MakeTry(true),
                B.assign(Sum, B.ref(R)), // 107
                MakeTry(false),          // 1 + 50 + 100
                B.ret(B.add(B.add(B.ref(Sum), B.ref(R)), B.ref(Len)))};
  EXPECT_EQ(compileAndRun(B.P).Status, 107 + 151 + 4);
}

TEST(CodegenTest, ErrorsPropagateThroughRaisingCallers) {
  ProgramBuilder B;
  Function *Fails = defineFails(B);
  // def middle() raises -> Int: try: return fails(True) finally: print
  Function *Middle = B.function("middle", B.Int, /*Raises=*/true);
  Stmt *Try = B.stmt(StmtKind::Try);
  Try->Body = {B.ret(B.call(Fails, {B.integer(1, B.Bool)}))};
  Try->Finally = {B.print("finally ran\n")};
  Middle->Body = {Try};
  Function *Main = B.function("main", B.Int);
  Local *E = B.local(Main, "e", B.P.ErrorType);
  Stmt *Outer = B.stmt(StmtKind::Try);
  Outer->HasHandler = true;
  Outer->ErrorVar = E;
  Outer->Body = {B.ret(B.call(Middle, {}))};
  Outer->Handler = {B.ret(B.integer(9))};
  Main->Body = {Outer};
  testing::internal::CaptureStdout();
  RunResult R = compileAndRun(B.P);
  EXPECT_EQ(testing::internal::GetCapturedStdout(), "finally ran\n");
  EXPECT_EQ(R.Status, 9);
}

TEST(CodegenTest, UnhandledErrorInMainExitsWithOne) {
  ProgramBuilder B;
  Function *Fails = defineFails(B);
  Function *Main = B.function("main", B.None, /*Raises=*/true);
  Main->Body = {B.print("before\n"),
                B.eval(B.call(Fails, {B.integer(1, B.Bool)})),
                B.print("not reached\n")};
  testing::internal::CaptureStdout();
  testing::internal::CaptureStderr();
  RunResult R = compileAndRun(B.P);
  std::string Err = testing::internal::GetCapturedStderr();
  std::string Out = testing::internal::GetCapturedStdout();
  EXPECT_EQ(R.Status, 1);
  EXPECT_EQ(Out, "before\n");
  EXPECT_EQ(Err, "Unhandled exception caught during execution: boom\n");
}

TEST(CodegenTest, PythonDivisionAndShifts) {
  ProgramBuilder B;
  Function *Main = B.function("main", B.Int);
  auto Op = [&](BuiltinOp K, int64_t X, int64_t Y, Type T = nullptr) {
    T = T ? T : B.Int;
    return B.builtin(K, T, {B.integer(X, T), B.integer(Y, T)});
  };
  Local *Ok = B.local(Main, "ok", B.Int);
  int64_t Bit = 1;
  StmtList Body = {B.assign(Ok, B.integer(0))};
  auto Check = [&](Expr *E, int64_t Expected) {
    Type T = E->Ty;
    Expr *Cast = B.builtin(BuiltinOp::Cast, B.Int, {E});
    Body.push_back(B.ifStmt(
        B.builtin(BuiltinOp::Eq, B.Bool, {T == B.Int ? E : Cast, B.integer(Expected)}),
        {B.assign(Ok, B.builtin(BuiltinOp::BitOr, B.Int,
                                {B.ref(Ok), B.integer(Bit)}))}));
    Bit <<= 1;
  };
  Type U8 = B.Types.getPrim(DType::UInt8), I8 = B.Types.getPrim(DType::Int8);
  Check(Op(BuiltinOp::Floordiv, -7, 2), -4);
  Check(Op(BuiltinOp::Mod, -7, 2), 1);
  Check(Op(BuiltinOp::Mod, 7, -2), -1);
  Check(Op(BuiltinOp::Div, -7, 2), -3);
  Check(Op(BuiltinOp::Shr, -16, 2, I8), -4);
  Check(Op(BuiltinOp::Shr, 0xF0, 2, U8), 0x3C);
  Check(Op(BuiltinOp::Pow, 3, 4), 81);
  Main->Body = Body;
  Main->Body.push_back(B.ret(B.ref(Ok)));
  EXPECT_EQ(compileAndRun(B.P).Status, (1 << 7) - 1);
}

TEST(CodegenTest, VectorsAndFloatCasts) {
  ProgramBuilder B;
  Type V4 = B.Types.getPrim(DType::Float32, 4);
  Type F32 = B.Types.getPrim(DType::Float32);
  Function *Main = B.function("main", B.Int);
  // reduce_add(splat[4](2.5) * splat[4](3.0)) = 30.0 -> Int 30; + floor(2.7)
  auto Splat = [&](double V) {
    Expr *F = B.builtin(BuiltinOp::Cast, F32, {B.floating(V)});
    return B.builtin(BuiltinOp::Splat, V4, {F});
  };
  Expr *Prod = B.builtin(BuiltinOp::Mul, V4, {Splat(2.5), Splat(3.0)});
  Expr *Sum = B.builtin(BuiltinOp::ReduceAdd, F32, {Prod});
  Expr *Floor = B.builtin(BuiltinOp::Floor, B.F64, {B.floating(2.7)});
  Expr *Sqrt = B.builtin(BuiltinOp::Sqrt, B.F64, {B.floating(16.0)});
  Expr *Tan = B.builtin(BuiltinOp::Tan, B.F64, {B.floating(0.0)});
  auto ToInt = [&](Expr *E) { return B.builtin(BuiltinOp::Cast, B.Int, {E}); };
  Main->Body = {B.ret(B.add(B.add(ToInt(Sum), ToInt(Floor)),
                            B.add(ToInt(Sqrt), ToInt(Tan))))};
  EXPECT_EQ(compileAndRun(B.P).Status, 30 + 2 + 4 + 0);
}

TEST(CodegenTest, HeapMemoryThroughTheRuntime) {
  ProgramBuilder B;
  Type Ptr = B.Types.getPointer(B.Int);
  Function *Main = B.function("main", B.Int);
  Local *P = B.local(Main, "p", Ptr);
  Expr *Alloc = B.builtin(BuiltinOp::Alloc, Ptr, {B.integer(4)});
  Alloc->Params.push_back(ComptimeValue::makeType(B.Int));
  auto At = [&](int64_t I) {
    return B.builtin(BuiltinOp::Offset, Ptr, {B.ref(P), B.integer(I)});
  };
  Expr *Deref3 = B.expr(ExprKind::Deref, B.Int, {At(3)});
  Main->Body = {B.assign(P, Alloc),
                B.eval(B.builtin(BuiltinOp::Store, B.None, {At(0), B.integer(20)})),
                B.assign(Deref3, B.integer(22)),
                B.ret(B.add(B.builtin(BuiltinOp::Load, B.Int, {At(0)}),
                            B.builtin(BuiltinOp::Load, B.Int, {At(3)})))};
  // (no free: also checks that the program's exit does not depend on it)
  EXPECT_EQ(compileAndRun(B.P).Status, 42);
}

TEST(CodegenTest, ErrorExpressionIsAnInternalError) {
  ProgramBuilder B;
  Function *Main = B.function("main", B.Int);
  Main->Body = {B.ret(B.expr(ExprKind::Error, B.Int))};
  SourceManager SM;
  CodeGenerator Gen({});
  EXPECT_FALSE(Gen.generate(B.P, SM));
  EXPECT_NE(Gen.getError().find("failed to check"), std::string::npos);
}

TEST(CodegenTest, ObjectFileLinksIntoAnExecutable) {
  if (!llvm::sys::findProgramByName("clang-22") &&
      !llvm::sys::findProgramByName("cc"))
    GTEST_SKIP() << "no C compiler driver to link with";
  if (findRuntimeLibrary().empty())
    GTEST_SKIP() << "runtime library not found";
  ProgramBuilder B;
  Function *Main = B.function("main", B.Int);
  Main->Body = {B.print("linked\n"), B.ret(B.integer(3))};
  SourceManager SM;
  CodeGenerator Gen({});
  ASSERT_TRUE(Gen.generate(B.P, SM)) << Gen.getError();
  ASSERT_TRUE(Gen.lower()) << Gen.getError();
  llvm::SmallString<128> Obj, Exe, Out;
  ASSERT_FALSE(llvm::sys::fs::createTemporaryFile("codegen-test", "o", Obj));
  ASSERT_FALSE(llvm::sys::fs::createTemporaryFile("codegen-test", "", Exe));
  ASSERT_FALSE(llvm::sys::fs::createTemporaryFile("codegen-test", "txt", Out));
  {
    std::error_code EC;
    llvm::raw_fd_ostream OS(Obj, EC);
    ASSERT_FALSE(EC);
    ASSERT_TRUE(Gen.emitFile(OS, OutputFileKind::Object)) << Gen.getError();
  }
  std::string Error;
  ASSERT_TRUE(linkExecutable(Obj, Exe, Error)) << Error;
  std::optional<llvm::StringRef> Redirects[] = {std::nullopt, Out.str(),
                                                std::nullopt};
  int Status = llvm::sys::ExecuteAndWait(Exe, {Exe}, std::nullopt, Redirects);
  EXPECT_EQ(Status, 3);
  auto Text = llvm::MemoryBuffer::getFile(Out);
  ASSERT_TRUE(bool(Text));
  EXPECT_EQ((*Text)->getBuffer(), "linked\n");
  for (auto &Path : {Obj, Exe, Out})
    llvm::sys::fs::remove(Path);
}

} // namespace

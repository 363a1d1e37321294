//===- CIRPrinter.cpp - `--emit=sema`: the checked program as text --------===//
//
// One function a block, statements indented, expressions in prefix form
// with their types: `call Int.__add__(local x, (const 1 : __prim[...]))`.
//
//===----------------------------------------------------------------------===//
#include "sema/CIR.h"
#include "llvm/Support/raw_ostream.h"

#include "llvm/ADT/SmallString.h"

namespace ignis {
namespace cir {
namespace {
class CIRPrinter {
public:
  CIRPrinter(llvm::raw_ostream &OS, const Program &P) : OS(OS), P(P) {}

  void printFunction(const Function &F) {
    OS << "def " << F.DisplayName << " (" << F.Name << ")(";
    for (size_t I = 0; I < F.Params.size(); ++I) {
      const Local *L = F.Params[I];
      OS << (I ? ", " : "");
      if (L->Convention != ArgConvention::Default)
        OS << getSpelling(L->Convention) << ' ';
      OS << L->Name << ": " << P.Types.getName(L->Ty);
    }
    OS << ')' << (F.Raises ? " raises" : "");
    if (F.ErrorType)
      OS << ' ' << P.Types.getName(F.ErrorType);
    OS << " -> "
       << P.Types.getName(F.Result) << ":\n";
    printList(F.Body, 1);
  }

private:
  void printList(const StmtList &L, unsigned Indent) {
    if (L.empty()) {
      OS.indent(Indent * 2) << "pass\n";
      return;
    }
    for (const Stmt *S : L)
      printStmt(*S, Indent);
  }

  /// `else:`/`finally:` and its block, when the block is not empty.
  void printClause(llvm::StringRef Keyword, const StmtList &L, unsigned Indent) {
    if (L.empty())
      return;
    OS.indent(Indent * 2) << Keyword << ":\n";
    printList(L, Indent + 1);
  }

  void printStmt(const Stmt &S, unsigned Indent) {
    OS.indent(Indent * 2);
    switch (S.Kind) {
    case StmtKind::Eval:
      printExpr(*S.Value);
      OS << '\n';
      return;
    case StmtKind::Assign:
      printExpr(*S.Target);
      OS << " = ";
      printExpr(*S.Value);
      OS << '\n';
      return;
    case StmtKind::If:
    case StmtKind::Loop:
      if (!S.Prelude.empty()) {
        OS << "loop prelude:\n";
        printList(S.Prelude, Indent + 1);
        OS.indent(Indent * 2);
      }
      OS << (S.Kind == StmtKind::If ? "if " : "while ");
      printExpr(*S.Cond);
      OS << ":\n";
      printList(S.Body, Indent + 1);
      printClause("else", S.Else, Indent);
      return;
    case StmtKind::Break:
      OS << "break\n";
      return;
    case StmtKind::Continue:
      OS << "continue\n";
      return;
    case StmtKind::Return:
      OS << "return";
      if (S.Value) {
        OS << ' ';
        printExpr(*S.Value);
      }
      OS << '\n';
      return;
    case StmtKind::Raise:
      OS << "raise ";
      printExpr(*S.Value);
      OS << '\n';
      return;
    case StmtKind::Try:
      OS << "try:\n";
      printList(S.Body, Indent + 1);
      if (S.HasHandler) {
        OS.indent(Indent * 2) << "except"
                              << (S.ErrorVar ? " " + S.ErrorVar->Name.str() : "")
                              << ":\n";
        printList(S.Handler, Indent + 1);
      }
      printClause("else", S.Else, Indent);
      printClause("finally", S.Finally, Indent);
      return;
    case StmtKind::Block:
      OS << "block:\n";
      printList(S.Body, Indent + 1);
      return;
    case StmtKind::Destroy:
      OS << (S.FieldsOnly ? "destroy fields of " : "destroy ");
      printExpr(*S.Target);
      OS << '\n';
      return;
    }
  }

  void printOps(const Expr &E, size_t From = 0) {
    OS << '(';
    for (size_t I = From; I < E.Ops.size(); ++I) {
      OS << (I > From ? ", " : "");
      if (I < E.ArgByAddress.size() && E.ArgByAddress[I])
        OS << '&';
      printExpr(*E.Ops[I]);
    }
    OS << ')';
  }

  void printExpr(const Expr &E) {
    switch (E.Kind) {
    case ExprKind::IntConst: {
      llvm::SmallString<32> S;
      E.Int.toString(S, 10, /*Signed=*/E.Int.getBitWidth() > 1);
      OS << S << " : " << P.Types.getName(E.Ty);
      return;
    }
    case ExprKind::FloatConst:
      OS << E.Float << " : " << P.Types.getName(E.Ty);
      return;
    case ExprKind::StringConst:
      OS << '"';
      OS.write_escaped(E.Str);
      OS << '"';
      return;
    case ExprKind::NoneConst:
      OS << "None";
      return;
    case ExprKind::LocalRef:
      OS << E.Var->Name;
      return;
    case ExprKind::FieldRef:
    case ExprKind::FieldGet: {
      printExpr(*E.Ops[0]);
      const auto It = P.Layouts.find(E.Ops[0]->Ty);
      if (It != P.Layouts.end() && E.Index < It->second.Names.size())
        OS << '.' << It->second.Names[E.Index];
      else
        OS << '.' << E.Index;
      return;
    }
    case ExprKind::Deref:
      OS << "deref ";
      printExpr(*E.Ops[0]);
      return;
    case ExprKind::AddressOf:
      OS << "addressof ";
      printExpr(*E.Ops[0]);
      return;
    case ExprKind::StructInit:
      OS << P.Types.getName(E.Ty) << '{';
      for (size_t I = 0; I < E.Ops.size(); ++I) {
        OS << (I ? ", " : "");
        printExpr(*E.Ops[I]);
      }
      OS << '}';
      return;
    case ExprKind::TupleInit:
      OS << "tuple";
      printOps(E);
      return;
    case ExprKind::TupleGet:
      printExpr(*E.Ops[0]);
      OS << '[' << E.Index << ']';
      return;
    case ExprKind::Call:
      OS << "call " << E.Callee->DisplayName;
      printOps(E);
      return;
    case ExprKind::Builtin:
      OS << "__builtin." << getBuiltinName(E.Builtin);
      if (!E.Params.empty()) {
        OS << '[';
        for (size_t I = 0; I < E.Params.size(); ++I) {
          const ComptimeValue &V = E.Params[I];
          OS << (I ? ", " : "");
          if (V.K == ComptimeValue::Kind::Int)
            OS << V.Int;
          else if (V.K == ComptimeValue::Kind::String)
            OS << '"' << V.Str << '"';
          else if (V.K == ComptimeValue::Kind::DType)
            OS << "DType." << getDTypeName(V.DT);
          else if (V.K == ComptimeValue::Kind::Type)
            OS << P.Types.getName(V.Ty);
          else
            OS << "None";
        }
        OS << ']';
      }
      printOps(E);
      return;
    case ExprKind::And:
    case ExprKind::Or:
      OS << '(';
      printExpr(*E.Ops[0]);
      OS << (E.Kind == ExprKind::And ? " and " : " or ");
      printExpr(*E.Ops[1]);
      OS << ')';
      return;
    case ExprKind::Conditional:
      OS << '(';
      printExpr(*E.Ops[1]);
      OS << " if ";
      printExpr(*E.Ops[0]);
      OS << " else ";
      printExpr(*E.Ops[2]);
      OS << ')';
      return;
    case ExprKind::Copy:
      OS << "copy ";
      printExpr(*E.Ops[0]);
      return;
    case ExprKind::Move:
      printExpr(*E.Ops[0]);
      OS << '^';
      return;
    case ExprKind::Error:
      OS << "<error>";
      return;
    }
  }

  llvm::raw_ostream &OS;
  const Program &P;
};
} // namespace

void printProgram(llvm::raw_ostream &OS, const Program &P) {
  CIRPrinter Printer(OS, P);
  bool First = true;
  for (const Function *F : P.Functions) {
    if (!First)
      OS << '\n';
    First = false;
    Printer.printFunction(*F);
  }
}
} // namespace cir
} // namespace ignis

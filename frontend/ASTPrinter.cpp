//===- ASTPrinter.cpp - `--emit=ast`: a stable indented dump of the tree --===//
//
// One node a line: `label: KindName details <line:col>`, children indented
// by two spaces. Labels name a child's role (type:, value:, cond:...).
//
//===----------------------------------------------------------------------===//
#include "frontend/AST.h"
#include "frontend/Parser.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

using namespace ignis;

namespace {
class ASTPrinter {
public:
  ASTPrinter(llvm::raw_ostream &OS, const SourceManager &SM) : OS(OS), SM(SM) {}

  void printStmt(const Stmt *S, llvm::StringRef Label = {});
  void printExpr(const Expr *E, llvm::StringRef Label = {});

private:
  llvm::raw_ostream &line(llvm::StringRef Label, const Node *N) {
    OS.indent(Indent);
    if (!Label.empty())
      OS << Label << ": ";
    OS << getNodeKindName(N->getKind());
    return OS;
  }
  void loc(SourceLoc L) {
    LineColumn LC = SM.getLineColumn(L);
    OS << " <" << LC.Line << ':' << LC.Column << ">\n";
  }
  void label(llvm::StringRef Text) {
    OS.indent(Indent) << Text << '\n';
  }
  void quoted(llvm::StringRef S) {
    OS << " \"";
    OS.write_escaped(S);
    OS << '"';
  }
  struct Nest {
    ASTPrinter &P;
    explicit Nest(ASTPrinter &P) : P(P) { P.Indent += 2; }
    ~Nest() { P.Indent -= 2; }
  };
  void printBlock(llvm::StringRef Label, Block B) {
    label(Label);
    Nest N(*this);
    for (const Stmt *S : B)
      printStmt(S);
  }
  void printExprs(llvm::ArrayRef<Expr *> Es) {
    for (const Expr *E : Es)
      printExpr(E);
  }
  void printArgs(llvm::ArrayRef<Argument> Args);
  void printParamList(llvm::StringRef Label, const ParamList &L);
  void printEffects(const FunctionEffects &E);
  void printDecorators(llvm::ArrayRef<Decorator> Ds) {
    for (const Decorator &D : Ds)
      printExpr(D.E, "decorator");
  }

  llvm::raw_ostream &OS;
  const SourceManager &SM;
  unsigned Indent = 0;
};
} // namespace

void ASTPrinter::printArgs(llvm::ArrayRef<Argument> Args) {
  for (const Argument &A : Args) {
    switch (A.TheForm) {
    case Argument::Form::Positional:
      printExpr(A.Value);
      break;
    case Argument::Form::Keyword:
      printExpr(A.Value, ("kw '" + A.Name.Name + "'").str());
      break;
    case Argument::Form::Star:
      printExpr(A.Value, "*");
      break;
    case Argument::Form::StarStar:
      printExpr(A.Value, "**");
      break;
    }
  }
}

void ASTPrinter::printParamList(llvm::StringRef Label, const ParamList &L) {
  if (!L.Present)
    return;
  OS.indent(Indent) << Label;
  if (L.InferOnlyEnd >= 0)
    OS << " infer_only=" << L.InferOnlyEnd;
  if (L.PositionalOnlyEnd >= 0)
    OS << " positional_only=" << L.PositionalOnlyEnd;
  if (L.KeywordOnlyStart >= 0)
    OS << " keyword_only_from=" << L.KeywordOnlyStart;
  OS << '\n';
  Nest N(*this);
  for (const ParamDecl &P : L.Params) {
    OS.indent(Indent) << "Param";
    if (P.Name.isValid())
      OS << " '" << P.Name.Name << "'";
    if (P.Convention != ArgConvention::Default)
      OS << ' ' << getSpelling(P.Convention);
    if (P.TheForm == ParamDecl::Form::Variadic)
      OS << " variadic";
    if (P.TheForm == ParamDecl::Form::KwVariadic)
      OS << " kw_variadic";
    loc(P.Range.Begin);
    Nest N2(*this);
    for (const Expr *O : P.Origins)
      printExpr(O, "origin");
    if (P.Type)
      printExpr(P.Type, "type");
    if (P.Where)
      printExpr(P.Where, "where");
    if (P.Default)
      printExpr(P.Default, "default");
  }
}

void ASTPrinter::printEffects(const FunctionEffects &E) {
  if (E.Raises)
    OS << " raises";
  if (E.Capturing)
    OS << " capturing";
  if (E.Escaping)
    OS << " escaping";
  if (E.Thin)
    OS << " thin";
  if (E.Unified)
    OS << " unified";
}

void ASTPrinter::printExpr(const Expr *E, llvm::StringRef Label) {
  if (!E) {
    OS.indent(Indent);
    if (!Label.empty())
      OS << Label << ": ";
    OS << "<none>\n";
    return;
  }
  line(Label, E);
  switch (E->getKind()) {
  case NodeKind::ErrorExpr:
  case NodeKind::NoneLiteralExpr:
  case NodeKind::EllipsisExpr:
    loc(E->getStartLoc());
    return;
  case NodeKind::NameExpr: {
    auto *N = llvm::cast<NameExpr>(E);
    OS << " '" << N->Name << "'" << (N->Backtick ? " backtick" : "");
    loc(E->getStartLoc());
    return;
  }
  case NodeKind::IntLiteralExpr:
    OS << ' ' << llvm::cast<IntLiteralExpr>(E)->Text;
    loc(E->getStartLoc());
    return;
  case NodeKind::FloatLiteralExpr:
    OS << ' ' << llvm::cast<FloatLiteralExpr>(E)->Text;
    loc(E->getStartLoc());
    return;
  case NodeKind::StringLiteralExpr:
    quoted(llvm::cast<StringLiteralExpr>(E)->Value);
    loc(E->getStartLoc());
    return;
  case NodeKind::BoolLiteralExpr:
    OS << (llvm::cast<BoolLiteralExpr>(E)->Value ? " True" : " False");
    loc(E->getStartLoc());
    return;
  case NodeKind::TStringExpr: {
    loc(E->getStartLoc());
    Nest N(*this);
    for (const TStringPart &P : llvm::cast<TStringExpr>(E)->Parts) {
      if (!P.Field) {
        OS.indent(Indent) << "text";
        quoted(P.Text);
        OS << '\n';
        continue;
      }
      std::string L = "field";
      if (P.Conversion)
        L += std::string(" !") + P.Conversion;
      if (!P.FormatSpec.empty())
        L += (" :" + P.FormatSpec).str();
      printExpr(P.Field, L);
    }
    return;
  }
  case NodeKind::TupleExpr: {
    auto *T = llvm::cast<TupleExpr>(E);
    OS << (T->Parenthesized ? " parens" : "");
    loc(E->getStartLoc());
    Nest N(*this);
    printExprs(T->Elements);
    return;
  }
  case NodeKind::ListExpr: {
    loc(E->getStartLoc());
    Nest N(*this);
    printExprs(llvm::cast<ListExpr>(E)->Elements);
    return;
  }
  case NodeKind::SetExpr: {
    loc(E->getStartLoc());
    Nest N(*this);
    printExprs(llvm::cast<SetExpr>(E)->Elements);
    return;
  }
  case NodeKind::DictExpr: {
    auto *D = llvm::cast<DictExpr>(E);
    loc(E->getStartLoc());
    Nest N(*this);
    for (size_t I = 0; I < D->Keys.size(); ++I) {
      printExpr(D->Keys[I], "key");
      printExpr(D->Values[I], "value");
    }
    return;
  }
  case NodeKind::InitListExpr: {
    loc(E->getStartLoc());
    Nest N(*this);
    printArgs(llvm::cast<InitListExpr>(E)->Args);
    return;
  }
  case NodeKind::ComprehensionExpr: {
    auto *C = llvm::cast<ComprehensionExpr>(E);
    static const char *Forms[] = {"list", "set", "dict", "generator"};
    OS << ' ' << Forms[static_cast<int>(C->TheForm)];
    loc(E->getStartLoc());
    Nest N(*this);
    printExpr(C->Element, "element");
    if (C->Value)
      printExpr(C->Value, "value");
    for (const ComprehensionClause &Cl : C->Clauses) {
      printExpr(Cl.Target, "for");
      printExpr(Cl.Iter, "in");
      for (const Expr *Cond : Cl.Conditions)
        printExpr(Cond, "if");
    }
    return;
  }
  case NodeKind::UnaryExpr: {
    auto *U = llvm::cast<UnaryExpr>(E);
    OS << " '" << getSpelling(U->Op) << "'";
    loc(E->getStartLoc());
    Nest N(*this);
    printExpr(U->Operand);
    return;
  }
  case NodeKind::BinaryExpr: {
    auto *B = llvm::cast<BinaryExpr>(E);
    OS << " '" << getSpelling(B->Op) << "'";
    loc(E->getStartLoc());
    Nest N(*this);
    printExpr(B->LHS);
    printExpr(B->RHS);
    return;
  }
  case NodeKind::CompareExpr: {
    auto *C = llvm::cast<CompareExpr>(E);
    for (CompareOp Op : C->Ops)
      OS << " '" << getSpelling(Op) << "'";
    loc(E->getStartLoc());
    Nest N(*this);
    printExprs(C->Operands);
    return;
  }
  case NodeKind::ConditionalExpr: {
    auto *C = llvm::cast<ConditionalExpr>(E);
    loc(E->getStartLoc());
    Nest N(*this);
    printExpr(C->Then, "then");
    printExpr(C->Cond, "cond");
    printExpr(C->Else, "else");
    return;
  }
  case NodeKind::CallExpr: {
    auto *C = llvm::cast<CallExpr>(E);
    loc(E->getStartLoc());
    Nest N(*this);
    printExpr(C->Callee, "callee");
    printArgs(C->Args);
    return;
  }
  case NodeKind::SubscriptExpr: {
    auto *S = llvm::cast<SubscriptExpr>(E);
    loc(E->getStartLoc());
    Nest N(*this);
    printExpr(S->Base, "base");
    printArgs(S->Args);
    return;
  }
  case NodeKind::SliceExpr: {
    auto *S = llvm::cast<SliceExpr>(E);
    loc(E->getStartLoc());
    Nest N(*this);
    printExpr(S->Lower, "lower");
    printExpr(S->Upper, "upper");
    printExpr(S->Step, "step");
    return;
  }
  case NodeKind::MemberExpr: {
    auto *M = llvm::cast<MemberExpr>(E);
    OS << " '" << M->Member.Name << "'" << (M->Backtick ? " backtick" : "");
    loc(E->getStartLoc());
    Nest N(*this);
    printExpr(M->Base);
    return;
  }
  case NodeKind::TransferExpr: {
    loc(E->getStartLoc());
    Nest N(*this);
    printExpr(llvm::cast<TransferExpr>(E)->Operand);
    return;
  }
  case NodeKind::WalrusExpr: {
    auto *W = llvm::cast<WalrusExpr>(E);
    OS << " '" << W->Target.Name << "'";
    loc(E->getStartLoc());
    Nest N(*this);
    printExpr(W->Value);
    return;
  }
  case NodeKind::BindingExpr: {
    auto *B = llvm::cast<BindingExpr>(E);
    OS << " " << getSpelling(B->Convention) << " '" << B->Name.Name << "'";
    loc(E->getStartLoc());
    return;
  }
  case NodeKind::StarExpr: {
    auto *S = llvm::cast<StarExpr>(E);
    OS << (S->Double ? " '**'" : " '*'");
    loc(E->getStartLoc());
    Nest N(*this);
    printExpr(S->Operand);
    return;
  }
  case NodeKind::ComptimeExpr: {
    loc(E->getStartLoc());
    Nest N(*this);
    printExpr(llvm::cast<ComptimeExpr>(E)->Operand);
    return;
  }
  case NodeKind::RefTypeExpr: {
    auto *R = llvm::cast<RefTypeExpr>(E);
    loc(E->getStartLoc());
    Nest N(*this);
    for (const Expr *O : R->Origins)
      printExpr(O, "origin");
    printExpr(R->Type, "type");
    return;
  }
  case NodeKind::LambdaExpr: {
    loc(E->getStartLoc());
    Nest N(*this);
    printStmt(llvm::cast<LambdaExpr>(E)->Fn, "function");
    return;
  }
  case NodeKind::FunctionTypeExpr: {
    auto *F = llvm::cast<FunctionTypeExpr>(E);
    OS << (F->IsFn ? " fn" : " def");
    printEffects(F->Effects);
    loc(E->getStartLoc());
    Nest N(*this);
    printParamList("Params", F->Params);
    printParamList("Args", F->Args);
    if (F->Effects.RaisesType)
      printExpr(F->Effects.RaisesType, "raises");
    if (F->Effects.Abi)
      printExpr(F->Effects.Abi, "abi");
    for (const Expr *O : F->Effects.CaptureOrigins)
      printExpr(O, "capturing");
    if (F->Result)
      printExpr(F->Result, "result");
    return;
  }
  default:
    loc(E->getStartLoc());
    return;
  }
}

static llvm::StringRef comptimeSuffix(ComptimeSpelling CT) {
  switch (CT) {
  case ComptimeSpelling::None: return "";
  case ComptimeSpelling::Comptime: return " comptime";
  case ComptimeSpelling::ParameterDecorator: return " @parameter";
  case ComptimeSpelling::Legacy: return " __comptime_assert";
  }
  return "";
}

void ASTPrinter::printStmt(const Stmt *S, llvm::StringRef Label) {
  line(Label, S);
  switch (S->getKind()) {
  case NodeKind::ExprStmt: {
    loc(S->getStartLoc());
    Nest N(*this);
    printExpr(llvm::cast<ExprStmt>(S)->E);
    return;
  }
  case NodeKind::AssignStmt: {
    auto *A = llvm::cast<AssignStmt>(S);
    loc(S->getStartLoc());
    Nest N(*this);
    for (const Expr *T : A->Targets)
      printExpr(T, "target");
    printExpr(A->Value, "value");
    return;
  }
  case NodeKind::AugAssignStmt: {
    auto *A = llvm::cast<AugAssignStmt>(S);
    OS << " '" << getSpelling(A->Op) << "='";
    loc(S->getStartLoc());
    Nest N(*this);
    printExpr(A->Target, "target");
    printExpr(A->Value, "value");
    return;
  }
  case NodeKind::IfStmt: {
    auto *I = llvm::cast<IfStmt>(S);
    OS << (I->IsElif ? " elif" : "") << comptimeSuffix(I->Comptime);
    loc(S->getStartLoc());
    Nest N(*this);
    printExpr(I->Cond, "cond");
    printBlock("Then", I->Then);
    if (!I->Else.empty())
      printBlock("Else", I->Else);
    return;
  }
  case NodeKind::WhileStmt: {
    auto *W = llvm::cast<WhileStmt>(S);
    loc(S->getStartLoc());
    Nest N(*this);
    printExpr(W->Cond, "cond");
    printBlock("Body", W->Body);
    if (!W->Else.empty())
      printBlock("Else", W->Else);
    return;
  }
  case NodeKind::ForStmt: {
    auto *F = llvm::cast<ForStmt>(S);
    if (F->Binding != ArgConvention::Default)
      OS << ' ' << getSpelling(F->Binding);
    OS << comptimeSuffix(F->Comptime);
    loc(S->getStartLoc());
    Nest N(*this);
    printExpr(F->Target, "target");
    printExpr(F->Iter, "iter");
    printBlock("Body", F->Body);
    if (!F->Else.empty())
      printBlock("Else", F->Else);
    return;
  }
  case NodeKind::BreakStmt:
  case NodeKind::ContinueStmt:
  case NodeKind::PassStmt:
    loc(S->getStartLoc());
    return;
  case NodeKind::ReturnStmt: {
    loc(S->getStartLoc());
    Nest N(*this);
    if (const Expr *V = llvm::cast<ReturnStmt>(S)->Value)
      printExpr(V);
    return;
  }
  case NodeKind::RaiseStmt: {
    auto *R = llvm::cast<RaiseStmt>(S);
    loc(S->getStartLoc());
    Nest N(*this);
    if (R->Value)
      printExpr(R->Value);
    if (R->Cause)
      printExpr(R->Cause, "from");
    return;
  }
  case NodeKind::TryStmt: {
    auto *T = llvm::cast<TryStmt>(S);
    loc(S->getStartLoc());
    Nest N(*this);
    printBlock("Body", T->Body);
    for (const ExceptClause &C : T->Handlers) {
      OS.indent(Indent) << "Except";
      if (C.Name.isValid())
        OS << " '" << C.Name.Name << "'";
      loc(C.Range.Begin);
      Nest N2(*this);
      if (C.Type)
        printExpr(C.Type, "type");
      printBlock("Body", C.Body);
    }
    if (T->HasElse)
      printBlock("Else", T->Else);
    if (T->HasFinally)
      printBlock("Finally", T->Finally);
    return;
  }
  case NodeKind::WithStmt: {
    auto *W = llvm::cast<WithStmt>(S);
    loc(S->getStartLoc());
    Nest N(*this);
    for (const WithItem &I : W->Items) {
      printExpr(I.Context, "item");
      if (I.Target)
        printExpr(I.Target, "as");
    }
    printBlock("Body", W->Body);
    return;
  }
  case NodeKind::AssertStmt: {
    auto *A = llvm::cast<AssertStmt>(S);
    OS << comptimeSuffix(A->Comptime);
    loc(S->getStartLoc());
    Nest N(*this);
    printExpr(A->Cond, "cond");
    if (A->Message)
      printExpr(A->Message, "message");
    return;
  }
  case NodeKind::DelStmt: {
    auto *D = llvm::cast<DelStmt>(S);
    OS << (D->DisableDel ? " __disable_del" : "");
    loc(S->getStartLoc());
    Nest N(*this);
    printExprs(D->Targets);
    return;
  }
  case NodeKind::GlobalStmt: {
    auto *G = llvm::cast<GlobalStmt>(S);
    OS << (G->Nonlocal ? " nonlocal" : "");
    for (const Ident &I : G->Names)
      OS << " '" << I.Name << "'";
    loc(S->getStartLoc());
    return;
  }
  case NodeKind::ImportStmt: {
    auto *I = llvm::cast<ImportStmt>(S);
    for (const ImportItem &It : I->Items) {
      OS << (&It == I->Items.begin() ? " " : ", ");
      for (size_t K = 0; K < It.Path.size(); ++K)
        OS << (K ? "." : "") << It.Path[K].Name;
      if (It.Alias.isValid())
        OS << " as " << It.Alias.Name;
    }
    loc(S->getStartLoc());
    return;
  }
  case NodeKind::FromImportStmt: {
    auto *F = llvm::cast<FromImportStmt>(S);
    OS << ' ' << std::string(F->Level, '.');
    for (size_t K = 0; K < F->Path.size(); ++K)
      OS << (K ? "." : "") << F->Path[K].Name;
    OS << " import";
    if (F->IsStar)
      OS << " *";
    for (const ImportName &N : F->Names) {
      OS << (&N == F->Names.begin() ? " " : ", ") << N.Name.Name;
      if (N.Alias.isValid())
        OS << " as " << N.Alias.Name;
    }
    loc(S->getStartLoc());
    return;
  }
  case NodeKind::VarDecl: {
    auto *V = llvm::cast<VarDecl>(S);
    static const char *Forms[] = {"var", "ref", "annotated"};
    OS << ' ' << Forms[static_cast<int>(V->TheForm)];
    loc(S->getStartLoc());
    Nest N(*this);
    printExpr(V->Target, "target");
    if (V->Type)
      printExpr(V->Type, "type");
    if (V->Init)
      printExpr(V->Init, "init");
    return;
  }
  case NodeKind::FuncDecl: {
    auto *F = llvm::cast<FuncDecl>(S);
    OS << " '" << F->Name.Name << "'" << (F->IsFn ? " fn" : "")
       << (F->IsAsync ? " async" : "");
    printEffects(F->Effects);
    loc(S->getStartLoc());
    Nest N(*this);
    printDecorators(F->Decorators);
    printParamList("Params", F->Params);
    printParamList("Args", F->Args);
    if (F->HasCaptureList) {
      label("Captures");
      Nest N2(*this);
      for (const Capture &C : F->Captures) {
        OS.indent(Indent) << "Capture";
        if (C.Convention != ArgConvention::Default)
          OS << ' ' << getSpelling(C.Convention);
        if (C.Name.isValid())
          OS << " '" << C.Name.Name << "'";
        if (C.Transfer)
          OS << " ^";
        loc(C.Range.Begin);
      }
    }
    if (F->Effects.RaisesType)
      printExpr(F->Effects.RaisesType, "raises");
    if (F->Effects.Abi)
      printExpr(F->Effects.Abi, "abi");
    for (const Expr *O : F->Effects.CaptureOrigins)
      printExpr(O, "capturing");
    if (F->Result)
      printExpr(F->Result, "result");
    if (F->Where)
      printExpr(F->Where, "where");
    printBlock("Body", F->Body);
    return;
  }
  case NodeKind::StructDecl:
  case NodeKind::TraitDecl: {
    bool IsStruct = S->getKind() == NodeKind::StructDecl;
    auto *D = llvm::cast<Decl>(S);
    OS << " '" << D->Name.Name << "'";
    loc(S->getStartLoc());
    Nest N(*this);
    printDecorators(D->Decorators);
    const ParamList &PL = IsStruct ? llvm::cast<StructDecl>(S)->Params
                                   : llvm::cast<TraitDecl>(S)->Params;
    llvm::ArrayRef<TraitRef> Traits = IsStruct
                                          ? llvm::cast<StructDecl>(S)->Traits
                                          : llvm::cast<TraitDecl>(S)->Parents;
    const Expr *Where = IsStruct ? llvm::cast<StructDecl>(S)->Where
                                 : llvm::cast<TraitDecl>(S)->Where;
    printParamList("Params", PL);
    for (const TraitRef &T : Traits) {
      printExpr(T.Type, "trait");
      if (T.Where) {
        Nest N2(*this);
        printExpr(T.Where, "where");
      }
    }
    if (Where)
      printExpr(Where, "where");
    printBlock("Body", IsStruct ? llvm::cast<StructDecl>(S)->Body
                                : llvm::cast<TraitDecl>(S)->Body);
    return;
  }
  case NodeKind::ExtensionDecl: {
    auto *E = llvm::cast<ExtensionDecl>(S);
    OS << " '" << E->Name.Name << "'";
    loc(S->getStartLoc());
    Nest N(*this);
    for (const TraitRef &T : E->Traits)
      printExpr(T.Type, "trait");
    printBlock("Body", E->Body);
    return;
  }
  case NodeKind::MlirRegionDecl: {
    auto *R = llvm::cast<MlirRegionDecl>(S);
    OS << " '" << R->Name.Name << "'";
    loc(S->getStartLoc());
    Nest N(*this);
    printParamList("Args", R->Args);
    printBlock("Body", R->Body);
    return;
  }
  case NodeKind::ComptimeDecl: {
    auto *C = llvm::cast<ComptimeDecl>(S);
    OS << " '" << C->Name.Name << "'" << (C->IsAlias ? " alias" : "");
    loc(S->getStartLoc());
    Nest N(*this);
    printParamList("Params", C->Params);
    printDecorators(C->Decorators);
    if (C->Type)
      printExpr(C->Type, "type");
    if (C->Where)
      printExpr(C->Where, "where");
    if (C->Value)
      printExpr(C->Value, "value");
    return;
  }
  case NodeKind::ModuleDecl: {
    auto *M = llvm::cast<ModuleDecl>(S);
    // The file name only, so output does not depend on the working folder.
    OS << " '" << llvm::sys::path::filename(M->Name.Name) << "'\n";
    Nest N(*this);
    for (const Stmt *Sub : M->Body)
      printStmt(Sub);
    return;
  }
  default:
    loc(S->getStartLoc());
    return;
  }
}

void ignis::printAST(llvm::raw_ostream &OS, const SourceManager &SM,
                     const ModuleDecl *Module) {
  ASTPrinter(OS, SM).printStmt(Module);
}

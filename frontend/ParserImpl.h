//===- ParserImpl.h - The parser's state, shared by the Parse*.cpp files --===//
//
// Private to frontend/: other phases use Parser.h. The parser reads the
// TokenBuffer of one file and builds nodes in an ASTContext. Each Parse*.cpp
// file holds one grammar area (statements, declarations, expressions).
//
//===----------------------------------------------------------------------===//
#ifndef IGNIS_FRONTEND_PARSERIMPL_H
#define IGNIS_FRONTEND_PARSERIMPL_H

#include "frontend/AST.h"
#include "frontend/Diagnostics.h"
#include "frontend/Lexer.h"
#include "frontend/Token.h"
#include "llvm/ADT/SmallVector.h"

namespace ignis {

class Parser {
public:
  Parser(ASTContext &Ctx, const SourceManager &SM, DiagnosticEngine &Diags,
         TokenBuffer Tokens);

  ModuleDecl *parseModule(unsigned BufferID);
  /// Parses the tokens as a single expression (t-string fields).
  Expr *parseFragmentExpr();

  //===--- Token access (Parser.cpp) ----------------------------------===//
  const Token &tok() const { return Toks[Pos]; }
  const Token &peek(unsigned N = 1) const {
    size_t I = Pos + N;
    return I < Toks.size() ? Toks[I] : Toks.back();
  }
  TokenKind kind() const { return Toks[Pos].Kind; }
  bool is(TokenKind K) const { return Toks[Pos].Kind == K; }
  llvm::StringRef text(const Token &T) const;
  SourceLoc consume();
  bool consumeIf(TokenKind K);
  /// End of the previous token: where a missing token is reported.
  SourceLoc prevEnd() const;
  SourceLoc startOfCurrent() const { return tok().Loc; }
  SourceRange rangeFrom(SourceLoc Begin) const { return {Begin, prevEnd()}; }

  //===--- Diagnostics and recovery (Parser.cpp) ----------------------===//
  /// Reports unless this statement already has an error, the error limit
  /// was reached, or the location follows an unclosed bracket the lexer
  /// already reported.
  bool canReport(SourceLoc Loc) const;
  DiagnosticBuilder error(SourceLoc Loc, DiagID ID);
  DiagnosticBuilder error(SourceRange R, DiagID ID);
  void note(SourceLoc Loc, DiagID ID, llvm::StringRef Arg);
  /// Describes the current token for "found %0": "'foo'", "newline", ...
  std::string describe(const Token &T) const;
  /// Consumes K or reports "expected <What>" (What defaults to the token
  /// spelling in quotes). Returns whether K was there.
  bool expect(TokenKind K, llvm::StringRef What = {});
  /// Skips the rest of the current logical line (and a block opened by it).
  void skipToNextStatement();
  bool atStatementEnd() const;
  /// Whether the current token can begin an expression.
  bool startsExpression(const Token &T) const;
  /// Guards against unbounded recursion on adversarial input.
  bool enterNesting();
  /// Counts one more link of a chain the tree nests (and sema recurses)
  /// along: postfix operations `f()()` / `a.b.c` (limit MaxNestingDepth),
  /// left-associative operators `a + b + ...` (MaxOperatorChain); false
  /// (after an error) past the limit.
  bool continueChain(unsigned &Length, unsigned Max);
  static constexpr unsigned MaxNestingDepth = 200;
  static constexpr unsigned MaxOperatorChain = 1000;
  void leaveNesting() { --Depth; }

  //===--- Statements (ParseStmt.cpp) ---------------------------------===//
  /// Appends the statements of one line (or one compound statement).
  void parseStatement(llvm::SmallVectorImpl<Stmt *> &Out);
  /// `: NEWLINE INDENT stmts DEDENT` or `: simple; simple NEWLINE`.
  /// What names the construct for "expected ':' after %0".
  Block parseBlock(llvm::StringRef What);
  Block parseSuite(llvm::StringRef What);
  /// `else:`/`finally:` after a compound statement: parses the block into
  /// Out when the keyword K is there.
  bool parseOptionalClause(TokenKind K, llvm::StringRef What, Block &Out);
  void parseStatementsUntilDedent(llvm::SmallVectorImpl<Stmt *> &Out);
  void parseSimpleStatements(llvm::SmallVectorImpl<Stmt *> &Out);
  Stmt *parseSimpleStatement();
  Stmt *parseExprOrAssignStmt();
  /// The `= target = ... = value` rest of an assignment whose targets so
  /// far are Firsts; parses with AllowBindings.
  Stmt *parseAssignChain(SourceLoc Begin, llvm::ArrayRef<Expr *> Firsts);
  Stmt *parseIfStmt(SourceLoc Begin, ComptimeSpelling CT, bool IsElif);
  Stmt *parseWhileStmt();
  Stmt *parseForStmt(SourceLoc Begin, ComptimeSpelling CT);
  Stmt *parseTryStmt();
  Stmt *parseWithStmt();
  Stmt *parseReturnStmt();
  Stmt *parseRaiseStmt();
  Stmt *parseAssertStmt(SourceLoc Begin, bool IsComptime);
  Stmt *parseImportStmt();
  Stmt *parseFromImportStmt();
  Stmt *parseDelStmt();
  Stmt *parseGlobalStmt();
  void parseStrayClause(llvm::SmallVectorImpl<Stmt *> &Out);
  Expr *parseCondition(llvm::StringRef What);
  bool parseModulePath(llvm::SmallVectorImpl<Ident> &Out);

  //===--- Declarations (ParseDecl.cpp) -------------------------------===//
  Stmt *parseDecorated();
  Stmt *parseFuncDecl(SourceLoc Begin, llvm::ArrayRef<Decorator> Decos);
  Expr *parseLambdaExpr();
  Stmt *parseStructDecl(SourceLoc Begin, llvm::ArrayRef<Decorator> Decos);
  Stmt *parseTraitDecl(SourceLoc Begin, llvm::ArrayRef<Decorator> Decos);
  Stmt *parseExtensionDecl(SourceLoc Begin);
  Stmt *parseMlirRegionDecl(SourceLoc Begin);
  Stmt *parseComptimeDecl(SourceLoc Begin, bool IsAlias);
  void bindUnboundAliasParams(ComptimeDecl *D);
  void bindSomeTypeLists(FuncDecl *F);
  Stmt *parseVarDecl(SourceLoc Begin, VarDecl::Form Form);
  /// Parses `[...]` (Square) or `(...)`; Close is the closing token kind.
  ParamList parseParamList(TokenKind Close, bool IsFunctionType);
  bool parseParam(ParamDecl &P, bool IsFunctionType);
  /// A contextual keyword used as a convention at the current position.
  bool atConvention(ArgConvention &C) const;
  void parseEffects(FunctionEffects &E, bool AllowCaptureList,
                    FuncDecl *F);
  bool parseCaptureList(llvm::SmallVectorImpl<Capture> &Out);
  void parseTraitList(llvm::SmallVectorImpl<TraitRef> &Out);
  Expr *parseResultType();
  bool parseIdent(Ident &Out, llvm::StringRef What);

  //===--- Expressions (ParseExpr.cpp) --------------------------------===//
  /// A full expression (conditional, no tuple, no walrus).
  Expr *parseExpr();
  /// `a, b, c` as a tuple when there is a comma; allows `*x` items.
  Expr *parseExprList(bool AllowStar = true);
  /// An expression where `x := v` is allowed (conditions, arguments).
  Expr *parseNamedExpr();
  Expr *parseTypeExpr();
  Expr *parseOr();
  Expr *parseAnd();
  Expr *parseNot();
  Expr *parseComparison();
  Expr *parseBinary(unsigned MinPrec);
  Expr *parseUnary();
  Expr *parsePower();
  Expr *parsePostfix(Expr *Base);
  Expr *parseAtom();
  Expr *parseParenExpr();
  Expr *parseListExpr();
  Expr *parseBraceExpr();
  Expr *parseStringExpr();
  Expr *parseTStringExpr();
  Expr *parseFunctionTypeExpr();
  Expr *parseStarOrExpr();
  bool parseArguments(TokenKind Close, llvm::SmallVectorImpl<Argument> &Out,
                      bool IsSubscript);
  Expr *parseSubscriptItem();
  Expr *parseComprehension(SourceLoc Begin, ComprehensionExpr::Form Form,
                           Expr *Element, Expr *Value, TokenKind Close);
  Expr *makeError(SourceLoc Loc);

  ASTContext &Ctx;
  const SourceManager &SM;
  DiagnosticEngine &Diags;
  TokenBuffer TB;
  llvm::ArrayRef<Token> Toks;
  size_t Pos = 0;
  /// The text of the buffer the tokens come from, and its first location.
  const char *BufferData = nullptr;
  uint32_t BufferBase = 0;
  unsigned Depth = 0;
  /// Set after an error in the current statement; cleared at the next one.
  bool StmtHasError = false;
  /// Parser errors at or after this location are follow-on errors of an
  /// unclosed bracket the lexer reported (invalid when there is none).
  SourceLoc SuppressFrom;
  /// Lexer diagnostics, sorted by location, replayed into Diags just before
  /// the first parser diagnostic that follows them, so that the output is in
  /// source order.
  std::vector<Diagnostic> LexerDiags;
  size_t NextLexerDiag = 0;
  void replayLexerDiags(SourceLoc UpTo);

  /// Inside a def body (for implicit declarations and 'return' checks).
  unsigned FunctionDepth = 0;
  /// While parsing the sides of an assignment statement: `var x` and
  /// `ref x` parse as BindingExprs (sema rejects them outside a target).
  bool AllowBindings = false;
};

} // namespace ignis

#endif

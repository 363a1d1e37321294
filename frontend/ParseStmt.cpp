//===- ParseStmt.cpp - Statements, blocks and statement-level recovery ----===//
#include "frontend/ParserImpl.h"

using namespace ignis;

namespace {
struct StmtNestingGuard {
  Parser &P;
  bool OK;
  explicit StmtNestingGuard(Parser &P) : P(P), OK(P.enterNesting()) {}
  ~StmtNestingGuard() {
    if (OK)
      P.leaveNesting();
  }
};
} // namespace

static bool isText(const Parser &P, const Token &T, llvm::StringRef S) {
  return T.is(TokenKind::identifier) && P.text(T) == S;
}

void Parser::parseStatement(llvm::SmallVectorImpl<Stmt *> &Out) {
  StmtHasError = false;
  StmtNestingGuard G(*this);
  if (!G.OK) {
    skipToNextStatement();
    return;
  }
  SourceLoc Begin = tok().Loc;
  Stmt *S = nullptr;
  switch (kind()) {
  case TokenKind::indent: {
    error(Begin, DiagID::err_nested_indent);
    consume();
    // Parse the stray block anyway so its contents are checked.
    parseStatementsUntilDedent(Out);
    consumeIf(TokenKind::dedent);
    return;
  }
  case TokenKind::at:
    S = parseDecorated();
    break;
  case TokenKind::kw_def:
  case TokenKind::kw_fn:
    S = parseFuncDecl(Begin, {});
    break;
  case TokenKind::kw_async:
    if (peek().is(TokenKind::kw_def) || peek().is(TokenKind::kw_fn)) {
      S = parseFuncDecl(Begin, {});
      break;
    }
    parseSimpleStatements(Out);
    return;
  case TokenKind::kw_struct:
  case TokenKind::kw_class:
    S = parseStructDecl(Begin, {});
    break;
  case TokenKind::kw_trait:
    S = parseTraitDecl(Begin, {});
    break;
  case TokenKind::kw_if:
    S = parseIfStmt(Begin, ComptimeSpelling::None, false);
    break;
  case TokenKind::kw_while:
    S = parseWhileStmt();
    break;
  case TokenKind::kw_for:
    S = parseForStmt(Begin, ComptimeSpelling::None);
    break;
  case TokenKind::kw_try:
    S = parseTryStmt();
    break;
  case TokenKind::kw_with:
    S = parseWithStmt();
    break;
  case TokenKind::kw_else:
  case TokenKind::kw_elif:
  case TokenKind::kw_except:
  case TokenKind::kw_finally:
    parseStrayClause(Out);
    return;
  case TokenKind::kw_comptime:
    if (peek().is(TokenKind::kw_if)) {
      consume();
      S = parseIfStmt(Begin, ComptimeSpelling::Comptime, false);
      break;
    }
    if (peek().is(TokenKind::kw_for)) {
      consume();
      S = parseForStmt(Begin, ComptimeSpelling::Comptime);
      break;
    }
    parseSimpleStatements(Out);
    return;
  case TokenKind::identifier:
    if (isText(*this, tok(), "__extension") && isIdentifierLike(peek().Kind)) {
      S = parseExtensionDecl(Begin);
      break;
    }
    if (isText(*this, tok(), "__mlir_region") &&
        isIdentifierLike(peek().Kind)) {
      S = parseMlirRegionDecl(Begin);
      break;
    }
    parseSimpleStatements(Out);
    return;
  default:
    parseSimpleStatements(Out);
    return;
  }
  if (S)
    Out.push_back(S);
}

void Parser::parseSimpleStatements(llvm::SmallVectorImpl<Stmt *> &Out) {
  while (true) {
    if (Stmt *S = parseSimpleStatement())
      Out.push_back(S);
    if (!consumeIf(TokenKind::semi))
      break;
    if (is(TokenKind::newline) || is(TokenKind::eof))
      break;
  }
  if (consumeIf(TokenKind::newline) || is(TokenKind::eof) ||
      is(TokenKind::dedent))
    return;
  if (!StmtHasError) {
    if (is(TokenKind::equal) )
      error(tok().Loc, DiagID::err_expected_but_found)
          << "end of statement" << describe(tok());
    else
      error(tok().Loc, DiagID::err_expected_but_found)
          << "end of statement" << describe(tok());
  }
  skipToNextStatement();
}

Stmt *Parser::parseSimpleStatement() {
  SourceLoc Begin = tok().Loc;
  switch (kind()) {
  case TokenKind::kw_pass:
    consume();
    return Ctx.create<PassStmt>(rangeFrom(Begin));
  case TokenKind::kw_break:
    consume();
    return Ctx.create<BreakStmt>(rangeFrom(Begin));
  case TokenKind::kw_continue:
    consume();
    return Ctx.create<ContinueStmt>(rangeFrom(Begin));
  case TokenKind::kw_return:
    return parseReturnStmt();
  case TokenKind::kw_raise:
    return parseRaiseStmt();
  case TokenKind::kw_assert:
    consume();
    return parseAssertStmt(Begin, false);
  case TokenKind::kw_import:
    return parseImportStmt();
  case TokenKind::kw_from:
    return parseFromImportStmt();
  case TokenKind::kw_del:
    return parseDelStmt();
  case TokenKind::kw_global:
  case TokenKind::kw_nonlocal:
    return parseGlobalStmt();
  case TokenKind::kw_var:
    consume();
    return parseVarDecl(Begin, VarDecl::Form::Var);
  case TokenKind::kw_ref:
    // `ref x = expr` binds a reference; otherwise `ref` is a plain name.
    if (isIdentifierLike(peek().Kind) &&
        (peek(2).is(TokenKind::equal) || peek(2).is(TokenKind::colon))) {
      consume();
      return parseVarDecl(Begin, VarDecl::Form::Ref);
    }
    break;
  case TokenKind::kw_comptime:
    if (peek().is(TokenKind::kw_assert)) {
      consume();
      consume();
      return parseAssertStmt(Begin, true);
    }
    if (isIdentifierLike(peek().Kind)) {
      consume();
      return parseComptimeDecl(Begin, false);
    }
    break;
  case TokenKind::kw_alias:
    if (isIdentifierLike(peek().Kind)) {
      Diags.report(tok().getRange(), DiagID::warn_alias_deprecated);
      consume();
      return parseComptimeDecl(Begin, true);
    }
    break;
  case TokenKind::identifier:
    if (isText(*this, tok(), "__comptime_assert") &&
        startsExpression(peek())) {
      consume();
      auto *S = static_cast<AssertStmt *>(parseAssertStmt(Begin, true));
      S->Comptime = ComptimeSpelling::Legacy;
      return S;
    }
    if (isText(*this, tok(), "__disable_del") &&
        isIdentifierLike(peek().Kind)) {
      consume();
      Expr *Target = parseExpr();
      auto *S = Ctx.create<DelStmt>(rangeFrom(Begin),
                                    Ctx.copy(llvm::ArrayRef<Expr *>(Target)));
      S->DisableDel = true;
      return S;
    }
    break;
  default:
    break;
  }
  if (!startsExpression(tok()) && !is(TokenKind::star) &&
      !is(TokenKind::error)) {
    error(tok().getRange(), DiagID::err_expected_statement) << describe(tok());
    return nullptr;
  }
  return parseExprOrAssignStmt();
}

/// Names the construct for "cannot assign to %0", or returns empty if E
/// may be assigned to.
static llvm::StringRef describeBadTarget(Expr *E) {
  switch (E->getKind()) {
  case NodeKind::NameExpr:
  case NodeKind::MemberExpr:
  case NodeKind::SubscriptExpr:
  case NodeKind::ErrorExpr:
  case NodeKind::BindingExpr:
    return {};
  case NodeKind::StarExpr:
    return describeBadTarget(llvm::cast<StarExpr>(E)->Operand);
  case NodeKind::TupleExpr:
    for (Expr *Sub : llvm::cast<TupleExpr>(E)->Elements)
      if (llvm::StringRef D = describeBadTarget(Sub); !D.empty())
        return D;
    return {};
  case NodeKind::ListExpr:
    for (Expr *Sub : llvm::cast<ListExpr>(E)->Elements)
      if (llvm::StringRef D = describeBadTarget(Sub); !D.empty())
        return D;
    return {};
  case NodeKind::CallExpr:
    // A call returning `ref [...]` can be assigned to; sema checks it.
    return {};
  case NodeKind::IntLiteralExpr:
  case NodeKind::FloatLiteralExpr:
  case NodeKind::StringLiteralExpr:
  case NodeKind::TStringExpr:
  case NodeKind::BoolLiteralExpr:
  case NodeKind::NoneLiteralExpr:
    return "a literal";
  case NodeKind::CompareExpr:
    return "a comparison";
  case NodeKind::TransferExpr:
    return "a transferred value";
  default:
    return "an expression";
  }
}

static bool getAugmentedOp(TokenKind K, BinaryOp &Op) {
  switch (K) {
  case TokenKind::plusequal: Op = BinaryOp::Add; return true;
  case TokenKind::minusequal: Op = BinaryOp::Sub; return true;
  case TokenKind::starequal: Op = BinaryOp::Mul; return true;
  case TokenKind::starstarequal: Op = BinaryOp::Pow; return true;
  case TokenKind::slashequal: Op = BinaryOp::Div; return true;
  case TokenKind::slashslashequal: Op = BinaryOp::FloorDiv; return true;
  case TokenKind::percentequal: Op = BinaryOp::Mod; return true;
  case TokenKind::atequal: Op = BinaryOp::MatMul; return true;
  case TokenKind::ampequal: Op = BinaryOp::BitAnd; return true;
  case TokenKind::pipeequal: Op = BinaryOp::BitOr; return true;
  case TokenKind::caretequal: Op = BinaryOp::BitXor; return true;
  case TokenKind::lesslessequal: Op = BinaryOp::Shl; return true;
  case TokenKind::greatergreaterequal: Op = BinaryOp::Shr; return true;
  default: return false;
  }
}

Stmt *Parser::parseAssignChain(SourceLoc Begin,
                               llvm::ArrayRef<Expr *> Firsts) {
  bool SavedBindings = AllowBindings;
  AllowBindings = true;
  llvm::SmallVector<Expr *, 2> Targets(Firsts.begin(), Firsts.end());
  Expr *Value = nullptr;
  while (consumeIf(TokenKind::equal)) {
    Value = parseExprList();
    if (is(TokenKind::equal))
      Targets.push_back(Value);
  }
  AllowBindings = SavedBindings;
  for (Expr *T : Targets)
    if (llvm::StringRef D = describeBadTarget(T); !D.empty())
      error(T->getRange(), DiagID::err_invalid_assign_target) << D;
  return Ctx.create<AssignStmt>(rangeFrom(Begin),
                                Ctx.copy(llvm::ArrayRef<Expr *>(Targets)),
                                Value);
}

Stmt *Parser::parseExprOrAssignStmt() {
  SourceLoc Begin = tok().Loc;
  bool SavedBindings = AllowBindings;
  AllowBindings = true;
  Expr *First = parseExprList();
  AllowBindings = SavedBindings;
  BinaryOp AugOp;
  if (is(TokenKind::equal))
    return parseAssignChain(Begin, {First});
  if (getAugmentedOp(kind(), AugOp)) {
    consume();
    if (llvm::StringRef D = describeBadTarget(First);
        !D.empty() || llvm::isa<TupleExpr>(First))
      error(First->getRange(), DiagID::err_invalid_assign_target)
          << (D.empty() ? llvm::StringRef("a tuple with an augmented assignment") : D);
    Expr *Value = parseExprList();
    return Ctx.create<AugAssignStmt>(rangeFrom(Begin), AugOp, First, Value);
  }
  if (is(TokenKind::colon) && (llvm::isa<NameExpr>(First) ||
                               llvm::isa<MemberExpr>(First) ||
                               llvm::isa<SubscriptExpr>(First))) {
    // `x: Int = 1` declares x.
    consume();
    auto *V = Ctx.create<VarDecl>(SourceRange(Begin));
    V->TheForm = VarDecl::Form::Annotated;
    V->Target = First;
    if (auto *N = llvm::dyn_cast<NameExpr>(First))
      V->Name = {N->Name, N->getStartLoc()};
    V->Type = parseTypeExpr();
    if (consumeIf(TokenKind::equal))
      V->Init = parseExprList();
    V->setRange(rangeFrom(Begin));
    return V;
  }
  return Ctx.create<ExprStmt>(rangeFrom(Begin), First);
}

Block Parser::parseBlock(llvm::StringRef What) {
  if (!consumeIf(TokenKind::colon)) {
    SourceLoc Loc = prevEnd();
    error(Loc, DiagID::err_expected_colon_after) << What;
    // Recover: drop the rest of the line but keep an indented body.
    while (!is(TokenKind::newline) && !is(TokenKind::eof) &&
           !is(TokenKind::dedent))
      consume();
  }
  return parseSuite(What);
}

Block Parser::parseSuite(llvm::StringRef What) {
  llvm::SmallVector<Stmt *, 8> Body;
  if (consumeIf(TokenKind::newline)) {
    if (!is(TokenKind::indent)) {
      error(tok().Loc, DiagID::err_expected_indented_block) << What;
      return {};
    }
    consume();
    parseStatementsUntilDedent(Body);
    consumeIf(TokenKind::dedent);
  } else if (is(TokenKind::eof) || is(TokenKind::dedent)) {
    error(prevEnd(), DiagID::err_expected_indented_block) << What;
  } else {
    parseSimpleStatements(Body);
  }
  return Ctx.copy(llvm::ArrayRef<Stmt *>(Body));
}

void Parser::parseStatementsUntilDedent(llvm::SmallVectorImpl<Stmt *> &Out) {
  while (!is(TokenKind::dedent) && !is(TokenKind::eof) &&
         !Diags.hasReachedErrorLimit()) {
    size_t Before = Pos;
    if (consumeIf(TokenKind::newline))
      continue;
    parseStatement(Out);
    if (Pos == Before)
      consume();
  }
}

Expr *Parser::parseCondition(llvm::StringRef What) {
  (void)What;
  Expr *Cond = parseNamedExpr();
  if (is(TokenKind::equal)) {
    // `if x = 1:` is almost always a typo for `==`.
    error(tok().getRange(), DiagID::err_assign_in_condition);
    SourceLoc OpLoc = consume();
    Expr *RHS = parseExpr();
    SourceLoc Locs[] = {OpLoc};
    Expr *Ops[] = {Cond, RHS};
    CompareOp Kinds[] = {CompareOp::Eq};
    Cond = Ctx.create<CompareExpr>(
        SourceRange(Cond->getStartLoc(), prevEnd()),
        Ctx.copy(llvm::ArrayRef<Expr *>(Ops)),
        Ctx.copy(llvm::ArrayRef<CompareOp>(Kinds)),
        Ctx.copy(llvm::ArrayRef<SourceLoc>(Locs)));
  }
  return Cond;
}

Stmt *Parser::parseIfStmt(SourceLoc Begin, ComptimeSpelling CT, bool IsElif) {
  consume(); // 'if' or 'elif'
  auto *S = Ctx.create<IfStmt>(SourceRange(Begin));
  S->Comptime = CT;
  S->IsElif = IsElif;
  S->Cond = parseCondition(IsElif ? "'elif' condition" : "'if' condition");
  S->Then = parseBlock(IsElif ? "'elif' condition" : "'if' condition");
  if (is(TokenKind::kw_elif)) {
    SourceLoc ElifLoc = tok().Loc;
    StmtHasError = false;
    Stmt *Elif = parseIfStmt(ElifLoc, CT, true);
    S->Else = Ctx.copy(llvm::ArrayRef<Stmt *>(Elif));
  } else {
    parseOptionalClause(TokenKind::kw_else, "'else'", S->Else);
  }
  S->setRange(rangeFrom(Begin));
  return S;
}

bool Parser::parseOptionalClause(TokenKind K, llvm::StringRef What,
                                 Block &Out) {
  if (!is(K))
    return false;
  consume();
  StmtHasError = false; // A new clause: its own errors count again.
  Out = parseBlock(What);
  return true;
}

Stmt *Parser::parseWhileStmt() {
  SourceLoc Begin = consume();
  auto *S = Ctx.create<WhileStmt>(SourceRange(Begin));
  S->Cond = parseCondition("'while' condition");
  S->Body = parseBlock("'while' condition");
  parseOptionalClause(TokenKind::kw_else, "'else'", S->Else);
  S->setRange(rangeFrom(Begin));
  return S;
}

Stmt *Parser::parseForStmt(SourceLoc Begin, ComptimeSpelling CT) {
  consume(); // 'for'
  auto *S = Ctx.create<ForStmt>(SourceRange(Begin));
  S->Comptime = CT;
  if ((is(TokenKind::kw_ref) || is(TokenKind::kw_var)) &&
      isIdentifierLike(peek().Kind)) {
    S->Binding = is(TokenKind::kw_ref) ? ArgConvention::Ref : ArgConvention::Var;
    consume();
  }
  SourceLoc TBegin = tok().Loc;
  llvm::SmallVector<Expr *, 2> Targets;
  do {
    if (is(TokenKind::star)) {
      SourceLoc SB = consume();
      Expr *Op = parseBinary(1);
      Targets.push_back(Ctx.create<StarExpr>(rangeFrom(SB), Op, false));
    } else {
      Targets.push_back(parseBinary(1));
    }
  } while (consumeIf(TokenKind::comma) && !is(TokenKind::kw_in));
  S->Target = Targets.size() == 1
                  ? Targets[0]
                  : Ctx.create<TupleExpr>(rangeFrom(TBegin),
                                          Ctx.copy(llvm::ArrayRef<Expr *>(Targets)),
                                          false);
  for (Expr *T : Targets)
    if (llvm::StringRef D = describeBadTarget(T); !D.empty())
      error(T->getRange(), DiagID::err_invalid_assign_target) << D;
  if (expect(TokenKind::kw_in, "'in' after 'for' target"))
    S->Iter = parseExprList();
  else
    S->Iter = makeError(tok().Loc);
  S->Body = parseBlock("'for' clause");
  parseOptionalClause(TokenKind::kw_else, "'else'", S->Else);
  S->setRange(rangeFrom(Begin));
  return S;
}

Stmt *Parser::parseTryStmt() {
  SourceLoc Begin = consume();
  auto *S = Ctx.create<TryStmt>(SourceRange(Begin));
  S->Body = parseBlock("'try'");
  llvm::SmallVector<ExceptClause, 2> Handlers;
  while (is(TokenKind::kw_except)) {
    StmtHasError = false;
    ExceptClause C;
    SourceLoc CBegin = consume();
    if (!is(TokenKind::colon)) {
      Expr *E = parseExpr();
      if (consumeIf(TokenKind::kw_as)) {
        C.Type = E;
        parseIdent(C.Name, "name after 'as'");
      } else if (auto *N = llvm::dyn_cast<NameExpr>(E)) {
        // Mojo: `except e:` binds the raised error to e.
        C.Name = {N->Name, N->getStartLoc()};
      } else {
        C.Type = E;
      }
    }
    C.Body = parseBlock("'except' clause");
    C.Range = rangeFrom(CBegin);
    Handlers.push_back(C);
  }
  S->Handlers = Ctx.copy(llvm::ArrayRef<ExceptClause>(Handlers));
  S->HasElse = parseOptionalClause(TokenKind::kw_else, "'else'", S->Else);
  S->HasFinally =
      parseOptionalClause(TokenKind::kw_finally, "'finally'", S->Finally);
  if (Handlers.empty() && !S->HasFinally)
    error(tok().Loc, DiagID::err_expected_but_found)
        << "'except' or 'finally' after 'try' block" << describe(tok());
  S->setRange(rangeFrom(Begin));
  return S;
}

Stmt *Parser::parseWithStmt() {
  SourceLoc Begin = consume();
  auto *S = Ctx.create<WithStmt>(SourceRange(Begin));
  llvm::SmallVector<WithItem, 2> Items;
  do {
    WithItem I;
    I.Context = parseExpr();
    if (consumeIf(TokenKind::kw_as))
      I.Target = parseBinary(1);
    Items.push_back(I);
  } while (consumeIf(TokenKind::comma));
  S->Items = Ctx.copy(llvm::ArrayRef<WithItem>(Items));
  S->Body = parseBlock("'with' items");
  S->setRange(rangeFrom(Begin));
  return S;
}

Stmt *Parser::parseReturnStmt() {
  SourceLoc Begin = consume();
  Expr *Value = atStatementEnd() ? nullptr : parseExprList();
  return Ctx.create<ReturnStmt>(rangeFrom(Begin), Value);
}

Stmt *Parser::parseRaiseStmt() {
  SourceLoc Begin = consume();
  Expr *Value = nullptr, *Cause = nullptr;
  if (!atStatementEnd()) {
    Value = parseExpr();
    if (consumeIf(TokenKind::kw_from))
      Cause = parseExpr();
  }
  return Ctx.create<RaiseStmt>(rangeFrom(Begin), Value, Cause);
}

Stmt *Parser::parseAssertStmt(SourceLoc Begin, bool IsComptime) {
  Expr *Cond = parseExpr();
  Expr *Msg = nullptr;
  if (consumeIf(TokenKind::comma))
    Msg = parseExpr();
  return Ctx.create<AssertStmt>(rangeFrom(Begin), Cond, Msg,
                                IsComptime ? ComptimeSpelling::Comptime
                                           : ComptimeSpelling::None);
}

bool Parser::parseModulePath(llvm::SmallVectorImpl<Ident> &Out) {
  do {
    Ident Part;
    if (!parseIdent(Part, "module name"))
      return false;
    Out.push_back(Part);
  } while (consumeIf(TokenKind::period));
  return true;
}

Stmt *Parser::parseImportStmt() {
  SourceLoc Begin = consume();
  llvm::SmallVector<ImportItem, 2> Items;
  do {
    llvm::SmallVector<Ident, 4> Path;
    if (!parseModulePath(Path))
      break;
    ImportItem I;
    I.Path = Ctx.copy(llvm::ArrayRef<Ident>(Path));
    if (consumeIf(TokenKind::kw_as))
      parseIdent(I.Alias, "name after 'as'");
    Items.push_back(I);
  } while (consumeIf(TokenKind::comma));
  return Ctx.create<ImportStmt>(rangeFrom(Begin),
                                Ctx.copy(llvm::ArrayRef<ImportItem>(Items)));
}

Stmt *Parser::parseFromImportStmt() {
  SourceLoc Begin = consume();
  auto *S = Ctx.create<FromImportStmt>(SourceRange(Begin));
  while (is(TokenKind::period) || is(TokenKind::ellipsis)) {
    S->Level += is(TokenKind::period) ? 1 : 3;
    consume();
  }
  llvm::SmallVector<Ident, 4> Path;
  if (!is(TokenKind::kw_import) || S->Level == 0)
    parseModulePath(Path);
  S->Path = Ctx.copy(llvm::ArrayRef<Ident>(Path));
  if (!expect(TokenKind::kw_import, "'import' after module name")) {
    S->setRange(rangeFrom(Begin));
    return S;
  }
  if (consumeIf(TokenKind::star)) {
    S->IsStar = true;
  } else {
    bool Paren = false;
    SourceLoc Open = tok().Loc;
    if (consumeIf(TokenKind::l_paren))
      Paren = true;
    llvm::SmallVector<ImportName, 4> Names;
    do {
      if (Paren && is(TokenKind::r_paren))
        break;
      ImportName N;
      if (!parseIdent(N.Name, "name to import"))
        break;
      if (consumeIf(TokenKind::kw_as))
        parseIdent(N.Alias, "name after 'as'");
      Names.push_back(N);
    } while (consumeIf(TokenKind::comma));
    if (Paren && !consumeIf(TokenKind::r_paren)) {
      bool Reported = canReport(tok().Loc);
      expect(TokenKind::r_paren);
      if (Reported)
        note(Open, DiagID::note_to_match_this, "(");
    }
    S->Names = Ctx.copy(llvm::ArrayRef<ImportName>(Names));
  }
  S->setRange(rangeFrom(Begin));
  return S;
}

Stmt *Parser::parseDelStmt() {
  SourceLoc Begin = consume();
  llvm::SmallVector<Expr *, 2> Targets;
  do {
    Targets.push_back(parseBinary(1));
  } while (consumeIf(TokenKind::comma) && !atStatementEnd());
  return Ctx.create<DelStmt>(rangeFrom(Begin),
                             Ctx.copy(llvm::ArrayRef<Expr *>(Targets)));
}

Stmt *Parser::parseGlobalStmt() {
  bool Nonlocal = is(TokenKind::kw_nonlocal);
  SourceLoc Begin = consume();
  llvm::SmallVector<Ident, 2> Names;
  do {
    Ident N;
    if (!parseIdent(N, "name"))
      break;
    Names.push_back(N);
  } while (consumeIf(TokenKind::comma));
  return Ctx.create<GlobalStmt>(rangeFrom(Begin),
                                Ctx.copy(llvm::ArrayRef<Ident>(Names)),
                                Nonlocal);
}

void Parser::parseStrayClause(llvm::SmallVectorImpl<Stmt *> &Out) {
  const Token &T = tok();
  llvm::StringRef Word = text(T);
  llvm::StringRef Opener =
      (T.is(TokenKind::kw_except) || T.is(TokenKind::kw_finally)) ? "try"
                                                                  : "if";
  error(T.getRange(), DiagID::err_stray_else) << Word << Opener;
  consume();
  // Parse the clause's header and body so that they produce no more errors.
  if (!is(TokenKind::colon))
    (void)parseExpr();
  if (consumeIf(TokenKind::kw_as))
    (void)parseExpr();
  Block B = parseBlock("'" + Word.str() + "'");
  Out.append(B.begin(), B.end());
}

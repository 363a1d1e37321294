//===- Parser.cpp - Token access, error reporting and recovery ------------===//
#include "frontend/Parser.h"
#include "frontend/ParserImpl.h"
#include "llvm/ADT/STLExtras.h"

using namespace ignis;

/// Deeper nesting than this is reported instead of risking the stack.

Parser::Parser(ASTContext &Ctx, const SourceManager &SM,
               DiagnosticEngine &Diags, TokenBuffer Tokens)
    : Ctx(Ctx), SM(SM), Diags(Diags), TB(std::move(Tokens)) {
  if (TB.Tokens.empty() || TB.Tokens.back().Kind != TokenKind::eof) {
    Token Eof;
    Eof.Kind = TokenKind::eof;
    Eof.Loc = TB.Tokens.empty() ? SourceLoc() : TB.Tokens.back().getEndLoc();
    TB.Tokens.push_back(Eof);
  }
  Toks = TB.Tokens;
  if (unsigned Id = SM.findBuffer(Toks.front().Loc)) {
    BufferData = SM.getBufferText(Id).data();
    BufferBase = SM.getBufferStart(Id).getRaw();
  }
  // The lexer reported a bracket that is never closed: everything after it
  // was joined into one line, so parser errors past it are only noise.
  if (Toks.back().Flags & TF_Invalid) {
    llvm::SmallVector<SourceLoc, 16> Open;
    for (const Token &T : Toks) {
      switch (T.Kind) {
      case TokenKind::l_paren:
      case TokenKind::l_square:
      case TokenKind::l_brace:
        Open.push_back(T.Loc);
        break;
      case TokenKind::r_paren:
      case TokenKind::r_square:
      case TokenKind::r_brace:
        if (!Open.empty())
          Open.pop_back();
        break;
      default:
        break;
      }
    }
    if (!Open.empty())
      SuppressFrom = Open.front().getAdvanced(1);
  }
}

llvm::StringRef Parser::text(const Token &T) const {
  // All tokens come from one buffer: index it directly instead of asking
  // the SourceManager (a search over buffers) for every identifier.
  if (!T.Loc.isValid())
    return {};
  return llvm::StringRef(BufferData + (T.Loc.getRaw() - BufferBase), T.Length);
}

SourceLoc Parser::consume() {
  SourceLoc L = tok().Loc;
  if (Pos + 1 < Toks.size())
    ++Pos;
  return L;
}

bool Parser::consumeIf(TokenKind K) {
  if (!is(K))
    return false;
  consume();
  return true;
}

SourceLoc Parser::prevEnd() const {
  // Zero-length layout tokens (newline, indent, dedent) do not count: a
  // missing ':' belongs after the last real token.
  for (size_t I = Pos; I > 0; --I) {
    const Token &T = Toks[I - 1];
    if (T.Kind == TokenKind::indent || T.Kind == TokenKind::dedent ||
        T.Kind == TokenKind::newline)
      continue;
    return T.getEndLoc();
  }
  return tok().Loc;
}

bool Parser::canReport(SourceLoc Loc) const {
  if (StmtHasError || Diags.hasReachedErrorLimit())
    return false;
  if (SuppressFrom.isValid() && SuppressFrom <= Loc)
    return false;
  if (tok().Kind == TokenKind::eof && (tok().Flags & TF_Invalid))
    return false;
  // The lexer already reported the invalid token itself.
  if (tok().Kind == TokenKind::error && Loc == tok().Loc)
    return false;
  return true;
}

DiagnosticBuilder Parser::error(SourceLoc Loc, DiagID ID) {
  return error(SourceRange(Loc), ID);
}

void Parser::replayLexerDiags(SourceLoc UpTo) {
  while (NextLexerDiag < LexerDiags.size() &&
         (!UpTo.isValid() || LexerDiags[NextLexerDiag].Loc <= UpTo))
    Diags.replay(LexerDiags[NextLexerDiag++]);
}

DiagnosticBuilder Parser::error(SourceRange R, DiagID ID) {
  bool Report = canReport(R.Begin);
  if (Report)
    replayLexerDiags(R.Begin);
  StmtHasError = true;
  return DiagnosticBuilder(Report ? &Diags : nullptr, ID, R.Begin, R);
}

void Parser::note(SourceLoc Loc, DiagID ID, llvm::StringRef Arg) {
  // Notes follow the error just reported (or are dropped with it).
  if (Diags.hasReachedErrorLimit())
    return;
  Diags.report(Loc, ID) << Arg;
}

std::string Parser::describe(const Token &T) const {
  switch (T.Kind) {
  case TokenKind::eof:
    return "end of file";
  case TokenKind::newline:
    return "end of line";
  case TokenKind::indent:
    return "indented block";
  case TokenKind::dedent:
    return "end of block";
  case TokenKind::integer_literal:
  case TokenKind::float_literal:
  case TokenKind::string_literal:
  case TokenKind::tstring_literal:
    return getTokenSpelling(T.Kind).str();
  case TokenKind::error:
    return "invalid token";
  default:
    break;
  }
  llvm::StringRef Text = text(T);
  if (Text.size() > 32)
    Text = Text.take_front(32);
  return ("'" + Text + "'").str();
}

bool Parser::expect(TokenKind K, llvm::StringRef What) {
  if (consumeIf(K))
    return true;
  std::string Desc = What.empty()
                         ? ("'" + getTokenSpelling(K) + "'").str()
                         : What.str();
  // A missing token at the end of a line is reported where it belongs:
  // right after the previous token.
  SourceLoc Loc = (is(TokenKind::newline) || is(TokenKind::eof) ||
                   is(TokenKind::dedent) || is(TokenKind::indent))
                      ? prevEnd()
                      : tok().Loc;
  error(Loc, DiagID::err_expected_but_found) << Desc << describe(tok());
  return false;
}

bool Parser::atStatementEnd() const {
  switch (kind()) {
  case TokenKind::newline:
  case TokenKind::semi:
  case TokenKind::eof:
  case TokenKind::dedent:
    return true;
  default:
    return false;
  }
}

void Parser::skipToNextStatement() {
  while (!is(TokenKind::eof) && !is(TokenKind::dedent) &&
         !is(TokenKind::newline))
    consume();
  if (!consumeIf(TokenKind::newline))
    return;
  // A block that belonged to the broken line goes with it.
  if (!is(TokenKind::indent))
    return;
  unsigned Level = 0;
  while (!is(TokenKind::eof)) {
    if (is(TokenKind::indent))
      ++Level;
    else if (is(TokenKind::dedent) && --Level == 0) {
      consume();
      return;
    }
    consume();
  }
}

bool Parser::startsExpression(const Token &T) const {
  if (isIdentifierLike(T.Kind))
    return true;
  switch (T.Kind) {
  case TokenKind::integer_literal:
  case TokenKind::float_literal:
  case TokenKind::string_literal:
  case TokenKind::tstring_literal:
  case TokenKind::l_paren:
  case TokenKind::l_square:
  case TokenKind::l_brace:
  case TokenKind::minus:
  case TokenKind::plus:
  case TokenKind::tilde:
  case TokenKind::kw_not:
  case TokenKind::kw_True:
  case TokenKind::kw_False:
  case TokenKind::kw_None:
  case TokenKind::kw_await:
  case TokenKind::ellipsis:
  case TokenKind::kw_fn:
  case TokenKind::kw_def:
  case TokenKind::kw_lambda:
    return true;
  default:
    return false;
  }
}

bool Parser::enterNesting() {
  if (++Depth <= MaxNestingDepth)
    return true;
  error(tok().Loc, DiagID::err_too_deep);
  --Depth;
  return false;
}

bool Parser::continueChain(unsigned &Length, unsigned Max) {
  if (++Length <= Max)
    return true;
  error(tok().Loc, DiagID::err_too_deep);
  return false;
}

Expr *Parser::makeError(SourceLoc Loc) {
  return Ctx.create<ErrorExpr>(SourceRange(Loc));
}

ModuleDecl *Parser::parseModule(unsigned BufferID) {
  SourceLoc Begin = SM.getBufferStart(BufferID);
  llvm::SmallVector<Stmt *, 32> Body;
  while (!is(TokenKind::eof) && !Diags.hasReachedErrorLimit()) {
    size_t Before = Pos;
    if (consumeIf(TokenKind::dedent) || consumeIf(TokenKind::newline))
      continue;
    parseStatement(Body);
    if (Pos == Before)
      consume(); // Guarantee progress whatever the input.
  }
  replayLexerDiags(SourceLoc());
  auto *M = Ctx.create<ModuleDecl>(SourceRange(Begin, tok().Loc));
  M->BufferID = BufferID;
  M->Name = {SM.getBufferName(BufferID), Begin};
  M->Body = Ctx.copy(llvm::ArrayRef<Stmt *>(Body));
  return M;
}

Expr *Parser::parseFragmentExpr() {
  if (is(TokenKind::eof)) {
    error(tok().Loc, DiagID::err_expected_expression) << describe(tok());
    return makeError(tok().Loc);
  }
  Expr *E = parseExprList();
  if (!is(TokenKind::eof))
    error(tok().Loc, DiagID::err_expected_but_found)
        << "'}'" << describe(tok());
  return E;
}

ModuleDecl *ignis::parseBuffer(ASTContext &Ctx, const SourceManager &SM,
                               unsigned BufferID, DiagnosticEngine &Diags) {
  // Lexer diagnostics are held back and merged with the parser's in source
  // order (the lexer runs over the whole file first).
  DiagnosticEngine LexDiags(SM);
  LexDiags.setErrorLimit(0);
  StoringDiagnosticConsumer Store;
  LexDiags.addConsumer(&Store);
  TokenBuffer Tokens = lexBuffer(SM, BufferID, LexDiags);
  LexDiags.finish();
  Parser P(Ctx, SM, Diags, std::move(Tokens));
  // Stable sort by location (ties keep emission order).
  std::vector<size_t> Order(Store.Diags.size());
  for (size_t I = 0; I < Order.size(); ++I)
    Order[I] = I;
  llvm::sort(Order, [&](size_t A, size_t B) {
    uint32_t LA = Store.Diags[A].Loc.getRaw(), LB = Store.Diags[B].Loc.getRaw();
    return LA != LB ? LA < LB : A < B;
  });
  for (size_t I : Order)
    P.LexerDiags.push_back(std::move(Store.Diags[I]));
  return P.parseModule(BufferID);
}

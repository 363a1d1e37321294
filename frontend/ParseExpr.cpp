//===- ParseExpr.cpp - Expressions: precedence climbing over Python's table -===//
#include "frontend/ParserImpl.h"

using namespace ignis;

namespace {
/// RAII nesting guard for recursive productions.
struct NestingGuard {
  Parser &P;
  bool OK;
  explicit NestingGuard(Parser &P) : P(P), OK(P.enterNesting()) {}
  ~NestingGuard() {
    if (OK)
      P.leaveNesting();
  }
};

struct BinaryOpInfo {
  BinaryOp Op;
  unsigned Prec; // 0 = not a binary operator
};
} // namespace

/// Python's precedence, lowest first: | ^ & shifts additive multiplicative.
static BinaryOpInfo getBinaryOp(TokenKind K) {
  switch (K) {
  case TokenKind::pipe: return {BinaryOp::BitOr, 1};
  case TokenKind::caret: return {BinaryOp::BitXor, 2};
  case TokenKind::amp: return {BinaryOp::BitAnd, 3};
  case TokenKind::lessless: return {BinaryOp::Shl, 4};
  case TokenKind::greatergreater: return {BinaryOp::Shr, 4};
  case TokenKind::plus: return {BinaryOp::Add, 5};
  case TokenKind::minus: return {BinaryOp::Sub, 5};
  case TokenKind::star: return {BinaryOp::Mul, 6};
  case TokenKind::slash: return {BinaryOp::Div, 6};
  case TokenKind::slashslash: return {BinaryOp::FloorDiv, 6};
  case TokenKind::percent: return {BinaryOp::Mod, 6};
  case TokenKind::at: return {BinaryOp::MatMul, 6};
  default: return {BinaryOp::Add, 0};
  }
}

Expr *Parser::parseExpr() {
  NestingGuard G(*this);
  if (!G.OK)
    return makeError(tok().Loc);
  SourceLoc Begin = tok().Loc;
  Expr *E = parseOr();
  if (!is(TokenKind::kw_if))
    return E;
  consume();
  Expr *Cond = parseOr();
  Expr *Else;
  if (expect(TokenKind::kw_else, "'else' in conditional expression"))
    Else = parseExpr();
  else
    Else = makeError(tok().Loc);
  return Ctx.create<ConditionalExpr>(rangeFrom(Begin), E, Cond, Else);
}

Expr *Parser::parseTypeExpr() {
  if (is(TokenKind::star) || is(TokenKind::starstar))
    return parseStarOrExpr();
  return parseExpr();
}

Expr *Parser::parseNamedExpr() {
  if (isIdentifierLike(kind()) && peek().is(TokenKind::walrus)) {
    SourceLoc Begin = tok().Loc;
    Ident Name{text(tok()), tok().Loc};
    if (is(TokenKind::backtick_identifier))
      Name.Name = Name.Name.drop_front().drop_back();
    consume();
    consume();
    Expr *Value = parseExpr();
    return Ctx.create<WalrusExpr>(rangeFrom(Begin), Name, Value);
  }
  return parseExpr();
}

Expr *Parser::parseStarOrExpr() {
  if (is(TokenKind::star) || is(TokenKind::starstar)) {
    SourceLoc Begin = tok().Loc;
    bool Double = is(TokenKind::starstar);
    consume();
    Expr *Operand = parseBinary(1);
    return Ctx.create<StarExpr>(rangeFrom(Begin), Operand, Double);
  }
  return parseNamedExpr();
}

Expr *Parser::parseExprList(bool AllowStar) {
  SourceLoc Begin = tok().Loc;
  Expr *First = AllowStar ? parseStarOrExpr() : parseNamedExpr();
  if (!is(TokenKind::comma))
    return First;
  llvm::SmallVector<Expr *, 4> Elements{First};
  while (consumeIf(TokenKind::comma)) {
    if (!startsExpression(tok()) && !is(TokenKind::star) &&
        !is(TokenKind::starstar) &&
        !(AllowBindings && is(TokenKind::kw_var)))
      break; // Trailing comma.
    Elements.push_back(AllowStar ? parseStarOrExpr() : parseNamedExpr());
  }
  return Ctx.create<TupleExpr>(rangeFrom(Begin),
                               Ctx.copy(llvm::ArrayRef<Expr *>(Elements)),
                               /*Parenthesized=*/false);
}

Expr *Parser::parseOr() {
  SourceLoc Begin = tok().Loc;
  Expr *LHS = parseAnd();
  unsigned Chain = 0;
  while (is(TokenKind::kw_or) && continueChain(Chain, MaxOperatorChain)) {
    SourceLoc OpLoc = consume();
    Expr *RHS = parseAnd();
    LHS = Ctx.create<BinaryExpr>(rangeFrom(Begin), BinaryOp::Or, OpLoc, LHS, RHS);
  }
  return LHS;
}

Expr *Parser::parseAnd() {
  SourceLoc Begin = tok().Loc;
  Expr *LHS = parseNot();
  unsigned Chain = 0;
  while (is(TokenKind::kw_and) && continueChain(Chain, MaxOperatorChain)) {
    SourceLoc OpLoc = consume();
    Expr *RHS = parseNot();
    LHS = Ctx.create<BinaryExpr>(rangeFrom(Begin), BinaryOp::And, OpLoc, LHS, RHS);
  }
  return LHS;
}

Expr *Parser::parseNot() {
  if (!is(TokenKind::kw_not))
    return parseComparison();
  NestingGuard G(*this);
  if (!G.OK)
    return makeError(tok().Loc);
  SourceLoc Begin = consume();
  Expr *Operand = parseNot();
  return Ctx.create<UnaryExpr>(rangeFrom(Begin), UnaryOp::Not, Operand);
}

Expr *Parser::parseComparison() {
  SourceLoc Begin = tok().Loc;
  Expr *First = parseBinary(1);
  llvm::SmallVector<Expr *, 2> Operands;
  llvm::SmallVector<CompareOp, 2> Ops;
  llvm::SmallVector<SourceLoc, 2> OpLocs;
  unsigned Chain = 0;
  while (true) {
    CompareOp Op;
    SourceLoc OpLoc = tok().Loc;
    switch (kind()) {
    case TokenKind::equalequal: Op = CompareOp::Eq; consume(); break;
    case TokenKind::exclaimequal: Op = CompareOp::Ne; consume(); break;
    case TokenKind::less: Op = CompareOp::Lt; consume(); break;
    case TokenKind::lessequal: Op = CompareOp::Le; consume(); break;
    case TokenKind::greater: Op = CompareOp::Gt; consume(); break;
    case TokenKind::greaterequal: Op = CompareOp::Ge; consume(); break;
    case TokenKind::kw_in: Op = CompareOp::In; consume(); break;
    case TokenKind::kw_is:
      consume();
      Op = consumeIf(TokenKind::kw_not) ? CompareOp::IsNot : CompareOp::Is;
      break;
    case TokenKind::kw_not:
      if (!peek().is(TokenKind::kw_in))
        goto done;
      consume();
      consume();
      Op = CompareOp::NotIn;
      break;
    default:
      goto done;
    }
    if (!continueChain(Chain, MaxOperatorChain))
      goto done;
    if (Operands.empty())
      Operands.push_back(First);
    Ops.push_back(Op);
    OpLocs.push_back(OpLoc);
    Operands.push_back(parseBinary(1));
  }
done:
  if (Ops.empty())
    return First;
  return Ctx.create<CompareExpr>(rangeFrom(Begin),
                                 Ctx.copy(llvm::ArrayRef<Expr *>(Operands)),
                                 Ctx.copy(llvm::ArrayRef<CompareOp>(Ops)),
                                 Ctx.copy(llvm::ArrayRef<SourceLoc>(OpLocs)));
}

Expr *Parser::parseBinary(unsigned MinPrec) {
  SourceLoc Begin = tok().Loc;
  Expr *LHS = parseUnary();
  unsigned Chain = 0;
  while (true) {
    BinaryOpInfo Info = getBinaryOp(kind());
    if (Info.Prec == 0 || Info.Prec < MinPrec ||
        !continueChain(Chain, MaxOperatorChain))
      return LHS;
    SourceLoc OpLoc = consume();
    Expr *RHS = parseBinary(Info.Prec + 1);
    LHS = Ctx.create<BinaryExpr>(rangeFrom(Begin), Info.Op, OpLoc, LHS, RHS);
  }
}

Expr *Parser::parseUnary() {
  UnaryOp Op;
  switch (kind()) {
  case TokenKind::minus: Op = UnaryOp::Neg; break;
  case TokenKind::plus: Op = UnaryOp::Pos; break;
  case TokenKind::tilde: Op = UnaryOp::Invert; break;
  default:
    return parsePower();
  }
  NestingGuard G(*this);
  if (!G.OK)
    return makeError(tok().Loc);
  SourceLoc Begin = consume();
  Expr *Operand = parseUnary();
  return Ctx.create<UnaryExpr>(rangeFrom(Begin), Op, Operand);
}

Expr *Parser::parsePower() {
  SourceLoc Begin = tok().Loc;
  Expr *Base;
  if (is(TokenKind::kw_await)) {
    NestingGuard G(*this);
    if (!G.OK)
      return makeError(tok().Loc);
    consume();
    Expr *Operand = parsePower();
    Base = Ctx.create<UnaryExpr>(rangeFrom(Begin), UnaryOp::Await, Operand);
  } else {
    Base = parsePostfix(parseAtom());
  }
  if (!is(TokenKind::starstar))
    return Base;
  SourceLoc OpLoc = consume();
  Expr *Exponent = parseUnary(); // Right-associative; binds -x tighter.
  return Ctx.create<BinaryExpr>(rangeFrom(Begin), BinaryOp::Pow, OpLoc, Base,
                                Exponent);
}

Expr *Parser::parsePostfix(Expr *Base) {
  SourceLoc Begin = Base->getStartLoc();
  // A chain `f()()()...` or `a.b.c...` nests in the tree (and in sema's
  // recursion) as deeply as parentheses do, so it has the same limit.
  unsigned Chain = 0;
  while (true) {
    if ((is(TokenKind::l_paren) || is(TokenKind::l_square) ||
         is(TokenKind::period) || is(TokenKind::caret)) &&
        !continueChain(Chain, MaxNestingDepth))
      return Base;
    switch (kind()) {
    case TokenKind::l_paren: {
      SourceLoc Open = consume();
      llvm::SmallVector<Argument, 4> Args;
      parseArguments(TokenKind::r_paren, Args, /*IsSubscript=*/false);
      (void)Open;
      Base = Ctx.create<CallExpr>(rangeFrom(Begin), Base,
                                  Ctx.copy(llvm::ArrayRef<Argument>(Args)));
      break;
    }
    case TokenKind::l_square: {
      consume();
      llvm::SmallVector<Argument, 4> Args;
      parseArguments(TokenKind::r_square, Args, /*IsSubscript=*/true);
      Base = Ctx.create<SubscriptExpr>(rangeFrom(Begin), Base,
                                       Ctx.copy(llvm::ArrayRef<Argument>(Args)));
      break;
    }
    case TokenKind::period: {
      consume();
      const Token &T = tok();
      // Keywords are fine after '.', as in `DType.bool` or `x.out`.
      if (isIdentifierLike(T.Kind) || isKeyword(T.Kind)) {
        bool Backtick = T.is(TokenKind::backtick_identifier);
        llvm::StringRef Name = text(T);
        if (Backtick)
          Name = Name.drop_front().drop_back();
        Ident Member{Name, Backtick ? T.Loc.getAdvanced(1) : T.Loc};
        consume();
        Base = Ctx.create<MemberExpr>(rangeFrom(Begin), Base, Member, Backtick);
        break;
      }
      error(T.Loc, DiagID::err_expected_but_found)
          << "member name after '.'" << describe(T);
      return Base;
    }
    case TokenKind::caret:
      // Postfix transfer `x^` unless an operand follows (then it is xor).
      if (startsExpression(peek()))
        return Base;
      consume();
      Base = Ctx.create<TransferExpr>(rangeFrom(Begin), Base);
      break;
    default:
      return Base;
    }
  }
}

bool Parser::parseArguments(TokenKind Close,
                            llvm::SmallVectorImpl<Argument> &Out,
                            bool IsSubscript) {
  SourceLoc Open = Toks[Pos - 1].Loc;
  llvm::StringRef OpenSpelling = IsSubscript ? "[" : "(";
  bool SawKeyword = false;
  while (!is(Close)) {
    Argument A;
    SourceLoc Begin = tok().Loc;
    if (is(TokenKind::star) || is(TokenKind::starstar)) {
      A.TheForm = is(TokenKind::star) ? Argument::Form::Star
                                      : Argument::Form::StarStar;
      consume();
      A.Value = parseExpr();
    } else if (isIdentifierLike(kind()) && peek().is(TokenKind::equal)) {
      A.TheForm = Argument::Form::Keyword;
      A.Name = {text(tok()), tok().Loc};
      if (is(TokenKind::backtick_identifier))
        A.Name.Name = A.Name.Name.drop_front().drop_back();
      consume();
      consume();
      // `s[byte=a:b]`: a keyword subscript may hold a slice.
      A.Value = IsSubscript ? parseSubscriptItem() : parseExpr();
      SawKeyword = true;
    } else if (!startsExpression(tok()) && !is(TokenKind::colon) &&
               !is(TokenKind::ellipsis)) {
      error(tok().Loc, DiagID::err_expected_but_found)
          << (IsSubscript ? "subscript or ']'" : "argument or ')'")
          << describe(tok());
      break;
    } else {
      SourceLoc ValueLoc = tok().Loc;
      A.Value = IsSubscript ? parseSubscriptItem() : parseNamedExpr();
      // Subscripts and brace initialisers may name parameters first
      // (`UnsafePointer[mut=True, T]`); calls may not.
      if (Close == TokenKind::r_paren && SawKeyword)
        error(SourceRange(ValueLoc, prevEnd()),
              DiagID::err_positional_after_keyword);
      if (!IsSubscript && Out.empty() && is(TokenKind::kw_for)) {
        A.Value = parseComprehension(ValueLoc,
                                     ComprehensionExpr::Form::Generator,
                                     A.Value, nullptr, Close);
      }
    }
    A.Range = rangeFrom(Begin);
    Out.push_back(A);
    if (!consumeIf(TokenKind::comma))
      break;
  }
  if (consumeIf(Close))
    return true;
  bool Reported = canReport(tok().Loc);
  expect(Close);
  if (Reported)
    note(Open, DiagID::note_to_match_this, OpenSpelling);
  return false;
}

Expr *Parser::parseSubscriptItem() {
  SourceLoc Begin = tok().Loc;
  Expr *Lower = nullptr;
  if (!is(TokenKind::colon))
    Lower = parseNamedExpr();
  if (!is(TokenKind::colon))
    return Lower;
  consume();
  auto AtSliceEnd = [&] {
    return is(TokenKind::colon) || is(TokenKind::comma) ||
           is(TokenKind::r_square);
  };
  Expr *Upper = AtSliceEnd() ? nullptr : parseExpr();
  Expr *Step = nullptr;
  if (consumeIf(TokenKind::colon) && !AtSliceEnd())
    Step = parseExpr();
  return Ctx.create<SliceExpr>(rangeFrom(Begin), Lower, Upper, Step);
}

Expr *Parser::parseComprehension(SourceLoc Begin, ComprehensionExpr::Form Form,
                                 Expr *Element, Expr *Value, TokenKind Close) {
  llvm::SmallVector<ComprehensionClause, 1> Clauses;
  while (is(TokenKind::kw_for)) {
    consume();
    ComprehensionClause C;
    llvm::SmallVector<Expr *, 2> Targets;
    SourceLoc TBegin = tok().Loc;
    do {
      Targets.push_back(parseBinary(1));
    } while (consumeIf(TokenKind::comma) && !is(TokenKind::kw_in));
    C.Target = Targets.size() == 1
                   ? Targets[0]
                   : Ctx.create<TupleExpr>(rangeFrom(TBegin),
                                           Ctx.copy(llvm::ArrayRef<Expr *>(Targets)),
                                           false);
    expect(TokenKind::kw_in, "'in' in comprehension");
    C.Iter = parseOr();
    llvm::SmallVector<Expr *, 1> Conds;
    while (consumeIf(TokenKind::kw_if))
      Conds.push_back(parseOr());
    C.Conditions = Ctx.copy(llvm::ArrayRef<Expr *>(Conds));
    Clauses.push_back(C);
  }
  (void)Close;
  return Ctx.create<ComprehensionExpr>(
      rangeFrom(Begin), Form, Element, Value,
      Ctx.copy(llvm::ArrayRef<ComprehensionClause>(Clauses)));
}

/// Reports a missing closing bracket with a note at the opening one.
static void expectClose(Parser &P, TokenKind Close, SourceLoc Open,
                        llvm::StringRef OpenSpelling) {
  if (P.consumeIf(Close))
    return;
  bool Reported = P.canReport(P.tok().Loc);
  P.expect(Close);
  if (Reported)
    P.note(Open, DiagID::note_to_match_this, OpenSpelling);
}

Expr *Parser::parseParenExpr() {
  SourceLoc Begin = consume();
  if (consumeIf(TokenKind::r_paren))
    return Ctx.create<TupleExpr>(rangeFrom(Begin), llvm::ArrayRef<Expr *>(),
                                 true);
  Expr *First = parseStarOrExpr();
  if (is(TokenKind::kw_for)) {
    Expr *C = parseComprehension(Begin, ComprehensionExpr::Form::Generator,
                                 First, nullptr, TokenKind::r_paren);
    expectClose(*this, TokenKind::r_paren, Begin, "(");
    C->setRange(rangeFrom(Begin));
    return C;
  }
  if (!is(TokenKind::comma)) {
    expectClose(*this, TokenKind::r_paren, Begin, "(");
    return First; // Parentheses only group.
  }
  llvm::SmallVector<Expr *, 4> Elements{First};
  while (consumeIf(TokenKind::comma) && !is(TokenKind::r_paren))
    Elements.push_back(parseStarOrExpr());
  expectClose(*this, TokenKind::r_paren, Begin, "(");
  return Ctx.create<TupleExpr>(rangeFrom(Begin),
                               Ctx.copy(llvm::ArrayRef<Expr *>(Elements)), true);
}

Expr *Parser::parseListExpr() {
  SourceLoc Begin = consume();
  llvm::SmallVector<Expr *, 4> Elements;
  if (!is(TokenKind::r_square)) {
    Elements.push_back(parseStarOrExpr());
    if (is(TokenKind::kw_for)) {
      Expr *C = parseComprehension(Begin, ComprehensionExpr::Form::List,
                                   Elements[0], nullptr, TokenKind::r_square);
      expectClose(*this, TokenKind::r_square, Begin, "[");
      C->setRange(rangeFrom(Begin));
      return C;
    }
    while (consumeIf(TokenKind::comma) && !is(TokenKind::r_square))
      Elements.push_back(parseStarOrExpr());
  }
  expectClose(*this, TokenKind::r_square, Begin, "[");
  return Ctx.create<ListExpr>(rangeFrom(Begin),
                              Ctx.copy(llvm::ArrayRef<Expr *>(Elements)));
}

Expr *Parser::parseBraceExpr() {
  SourceLoc Begin = consume();
  if (consumeIf(TokenKind::r_brace))
    return Ctx.create<DictExpr>(rangeFrom(Begin), llvm::ArrayRef<Expr *>(),
                                llvm::ArrayRef<Expr *>());
  // `{name = value, ...}` is a brace initialiser.
  bool IsInitList = false;
  for (size_t I = Pos; I < Toks.size(); ++I) {
    // Only the top level of this brace matters; a cheap scan of the first
    // entry is enough: `NAME =` at the start of any entry.
    if (isIdentifierLike(Toks[I].Kind) && I + 1 < Toks.size() &&
        Toks[I + 1].is(TokenKind::equal) &&
        (I == Pos || Toks[I - 1].is(TokenKind::comma)))
      IsInitList = true;
    if (Toks[I].is(TokenKind::r_brace) || Toks[I].is(TokenKind::l_brace) ||
        Toks[I].is(TokenKind::l_paren) || Toks[I].is(TokenKind::l_square) ||
        Toks[I].is(TokenKind::eof) || Toks[I].is(TokenKind::colon))
      break;
  }
  if (IsInitList) {
    llvm::SmallVector<Argument, 4> Args;
    parseArguments(TokenKind::r_brace, Args, /*IsSubscript=*/false);
    return Ctx.create<InitListExpr>(rangeFrom(Begin),
                                    Ctx.copy(llvm::ArrayRef<Argument>(Args)));
  }
  Expr *First = parseStarOrExpr();
  if (consumeIf(TokenKind::colon)) {
    llvm::SmallVector<Expr *, 4> Keys{First}, Values{parseExpr()};
    if (is(TokenKind::kw_for)) {
      Expr *C = parseComprehension(Begin, ComprehensionExpr::Form::Dict, First,
                                   Values[0], TokenKind::r_brace);
      expectClose(*this, TokenKind::r_brace, Begin, "{");
      C->setRange(rangeFrom(Begin));
      return C;
    }
    while (consumeIf(TokenKind::comma) && !is(TokenKind::r_brace)) {
      Keys.push_back(parseExpr());
      expect(TokenKind::colon, "':' after dictionary key");
      Values.push_back(parseExpr());
    }
    expectClose(*this, TokenKind::r_brace, Begin, "{");
    return Ctx.create<DictExpr>(rangeFrom(Begin),
                                Ctx.copy(llvm::ArrayRef<Expr *>(Keys)),
                                Ctx.copy(llvm::ArrayRef<Expr *>(Values)));
  }
  if (is(TokenKind::kw_for)) {
    Expr *C = parseComprehension(Begin, ComprehensionExpr::Form::Set, First,
                                 nullptr, TokenKind::r_brace);
    expectClose(*this, TokenKind::r_brace, Begin, "{");
    C->setRange(rangeFrom(Begin));
    return C;
  }
  llvm::SmallVector<Expr *, 4> Elements{First};
  while (consumeIf(TokenKind::comma) && !is(TokenKind::r_brace))
    Elements.push_back(parseStarOrExpr());
  expectClose(*this, TokenKind::r_brace, Begin, "{");
  return Ctx.create<SetExpr>(rangeFrom(Begin),
                             Ctx.copy(llvm::ArrayRef<Expr *>(Elements)));
}

Expr *Parser::parseStringExpr() {
  SourceLoc Begin = tok().Loc;
  bool AnyTemplate = false;
  size_t End = Pos;
  while (Toks[End].is(TokenKind::string_literal) ||
         Toks[End].is(TokenKind::tstring_literal)) {
    AnyTemplate |= Toks[End].is(TokenKind::tstring_literal);
    ++End;
  }
  if (AnyTemplate)
    return parseTStringExpr();
  std::string Value;
  unsigned Pieces = 0;
  while (is(TokenKind::string_literal)) {
    StringTokenParts Parts = splitStringToken(text(tok()));
    Value += decodeStringBody(Parts.Body, Parts.IsRaw);
    ++Pieces;
    consume();
  }
  return Ctx.create<StringLiteralExpr>(rangeFrom(Begin), Ctx.copyString(Value),
                                       Pieces);
}

Expr *Parser::parseTStringExpr() {
  SourceLoc Begin = tok().Loc;
  llvm::SmallVector<TStringPart, 4> Parts;
  while (is(TokenKind::string_literal) || is(TokenKind::tstring_literal)) {
    if (is(TokenKind::string_literal)) {
      StringTokenParts SP = splitStringToken(text(tok()));
      TStringPart P;
      P.Text = Ctx.copyString(decodeStringBody(SP.Body, SP.IsRaw));
      Parts.push_back(P);
      consume();
      continue;
    }
    for (const TStringSegment &Seg : splitTStringToken(SM, tok())) {
      TStringPart P;
      if (!Seg.IsField) {
        P.Text = Ctx.copyString(Seg.Text);
        Parts.push_back(P);
        continue;
      }
      Parser Sub(Ctx, SM, Diags, lexFragment(SM, Seg.FieldRange, Diags));
      Sub.Depth = Depth + 1;
      P.Field = Sub.parseFragmentExpr();
      P.Conversion = Seg.Conversion;
      P.FormatSpec = Ctx.copyString(Seg.FormatSpec);
      Parts.push_back(P);
    }
    consume();
  }
  return Ctx.create<TStringExpr>(rangeFrom(Begin),
                                 Ctx.copy(llvm::ArrayRef<TStringPart>(Parts)));
}

Expr *Parser::parseFunctionTypeExpr() {
  SourceLoc Begin = tok().Loc;
  auto *F = Ctx.create<FunctionTypeExpr>(SourceRange(Begin));
  F->IsFn = is(TokenKind::kw_fn);
  consume();
  if (is(TokenKind::l_square))
    F->Params = parseParamList(TokenKind::r_square, /*IsFunctionType=*/false);
  if (is(TokenKind::l_paren))
    F->Args = parseParamList(TokenKind::r_paren, /*IsFunctionType=*/true);
  else
    expect(TokenKind::l_paren, "'(' in function type");
  parseEffects(F->Effects, /*AllowCaptureList=*/false, nullptr);
  if (consumeIf(TokenKind::arrow))
    F->Result = parseResultType();
  F->setRange(rangeFrom(Begin));
  return F;
}

Expr *Parser::parseLambdaExpr() {
  SourceLoc Begin = consume();
  auto *F = Ctx.create<FuncDecl>(SourceRange(Begin));
  LineColumn LC = SM.getLineColumn(Begin);
  F->Name.Name = Ctx.copyString(
      ("lambda@" + llvm::Twine(LC.Line) + ":" + llvm::Twine(LC.Column)).str());
  F->Name.Loc = Begin;
  if (is(TokenKind::l_paren)) {
    F->Args = parseParamList(TokenKind::r_paren, false);
  } else if (!is(TokenKind::colon)) {
    // `lambda x, y: ...` (Python's form): parameters need types in Mojo.
    error(tok().getRange(), DiagID::err_expected_but_found)
        << "'(' with typed parameters after 'lambda'" << describe(tok());
    while (!is(TokenKind::colon) && !is(TokenKind::newline) &&
           !is(TokenKind::eof))
      consume();
  }
  parseEffects(F->Effects, /*AllowCaptureList=*/true, F);
  if (consumeIf(TokenKind::arrow))
    F->Result = parseResultType();
  if (!consumeIf(TokenKind::colon)) {
    expect(TokenKind::colon, "':' before the lambda's body");
    return Ctx.create<ErrorExpr>(rangeFrom(Begin));
  }
  Expr *Body = parseExpr();
  Stmt *S = F->Result
                ? static_cast<Stmt *>(Ctx.create<ReturnStmt>(Body->getRange(), Body))
                : static_cast<Stmt *>(Ctx.create<ExprStmt>(Body->getRange(), Body));
  F->Body = Ctx.copy(llvm::ArrayRef<Stmt *>(S));
  F->setRange(rangeFrom(Begin));
  return Ctx.create<LambdaExpr>(rangeFrom(Begin), F);
}

Expr *Parser::parseAtom() {
  const Token &T = tok();
  SourceLoc Begin = T.Loc;
  switch (T.Kind) {
  case TokenKind::integer_literal:
    consume();
    return Ctx.create<IntLiteralExpr>(T.getRange(), text(T));
  case TokenKind::float_literal:
    consume();
    return Ctx.create<FloatLiteralExpr>(T.getRange(), text(T));
  case TokenKind::string_literal:
  case TokenKind::tstring_literal:
    return parseStringExpr();
  case TokenKind::kw_True:
  case TokenKind::kw_False:
    consume();
    return Ctx.create<BoolLiteralExpr>(T.getRange(), T.is(TokenKind::kw_True));
  case TokenKind::kw_None:
    consume();
    return Ctx.create<NoneLiteralExpr>(T.getRange());
  case TokenKind::ellipsis:
    consume();
    return Ctx.create<EllipsisExpr>(T.getRange());
  case TokenKind::l_paren:
    return parseParenExpr();
  case TokenKind::l_square:
    return parseListExpr();
  case TokenKind::l_brace:
    return parseBraceExpr();
  case TokenKind::kw_fn:
  case TokenKind::kw_def:
    if (peek().is(TokenKind::l_paren) || peek().is(TokenKind::l_square))
      return parseFunctionTypeExpr();
    break;
  case TokenKind::kw_lambda:
    return parseLambdaExpr();
  case TokenKind::kw_comptime:
    if (peek().is(TokenKind::l_paren)) {
      consume();
      SourceLoc Open = consume();
      Expr *Operand = parseExpr();
      expectClose(*this, TokenKind::r_paren, Open, "(");
      return Ctx.create<ComptimeExpr>(rangeFrom(Begin), Operand);
    }
    break;
  case TokenKind::kw_var:
  case TokenKind::kw_ref:
    // `(var a, ref b) = t`: a binding in an assignment target.
    if (AllowBindings && isIdentifierLike(peek().Kind)) {
      ArgConvention C =
          T.is(TokenKind::kw_var) ? ArgConvention::Var : ArgConvention::Ref;
      consume();
      Ident Name{text(tok()), tok().Loc};
      if (is(TokenKind::backtick_identifier))
        Name.Name = Name.Name.drop_front().drop_back();
      consume();
      return Ctx.create<BindingExpr>(rangeFrom(Begin), C, Name);
    }
    break;
  case TokenKind::backtick_identifier: {
    consume();
    llvm::StringRef Name = text(T);
    Name = Name.size() >= 2 ? Name.drop_front().drop_back() : Name;
    return Ctx.create<NameExpr>(T.getRange(), Name, true);
  }
  default:
    break;
  }
  if (isIdentifierLike(T.Kind)) {
    consume();
    return Ctx.create<NameExpr>(T.getRange(), text(T), false);
  }
  if (T.is(TokenKind::error)) {
    // The lexer already reported it.
    consume();
    StmtHasError = true;
    return makeError(Begin);
  }
  error(T.getRange(), DiagID::err_expected_expression) << describe(T);
  return makeError(Begin);
}

//===- ParseDecl.cpp - def/fn, struct, trait, comptime, var, parameters ---===//
#include "frontend/ParserImpl.h"

using namespace ignis;

static bool isText(const Parser &P, const Token &T, llvm::StringRef S) {
  return T.is(TokenKind::identifier) && P.text(T) == S;
}

bool Parser::parseIdent(Ident &Out, llvm::StringRef What) {
  const Token &T = tok();
  if (isIdentifierLike(T.Kind)) {
    llvm::StringRef Name = text(T);
    SourceLoc Loc = T.Loc;
    if (T.is(TokenKind::backtick_identifier) && Name.size() >= 2) {
      Name = Name.drop_front().drop_back();
      Loc = Loc.getAdvanced(1);
    }
    Out = {Name, Loc};
    consume();
    return true;
  }
  if (isKeyword(T.Kind)) {
    error(T.getRange(), DiagID::err_keyword_as_identifier) << text(T);
    consume();
    return false;
  }
  error(T.Loc, DiagID::err_expected_but_found) << What << describe(T);
  return false;
}

Stmt *Parser::parseDecorated() {
  SourceLoc Begin = tok().Loc;
  llvm::SmallVector<Decorator, 2> Decos;
  while (is(TokenKind::at)) {
    SourceLoc DBegin = consume();
    Decorator D;
    D.E = parsePostfix(parseAtom());
    D.Range = rangeFrom(DBegin);
    Decos.push_back(D);
    if (!consumeIf(TokenKind::newline)) {
      error(tok().Loc, DiagID::err_expected_but_found)
          << "end of line after decorator" << describe(tok());
      skipToNextStatement();
    }
  }
  // `@parameter if/for` is the legacy spelling of `comptime if/for`.
  bool IsParameter = Decos.size() == 1 && llvm::isa<NameExpr>(Decos[0].E) &&
                     llvm::cast<NameExpr>(Decos[0].E)->Name == "parameter";
  auto DecoRef = Ctx.copy(llvm::ArrayRef<Decorator>(Decos));
  switch (kind()) {
  case TokenKind::kw_def:
  case TokenKind::kw_fn:
    return parseFuncDecl(Begin, DecoRef);
  case TokenKind::kw_async:
    if (peek().is(TokenKind::kw_def) || peek().is(TokenKind::kw_fn))
      return parseFuncDecl(Begin, DecoRef);
    break;
  case TokenKind::kw_struct:
  case TokenKind::kw_class:
    return parseStructDecl(Begin, DecoRef);
  case TokenKind::kw_trait:
    return parseTraitDecl(Begin, DecoRef);
  case TokenKind::kw_comptime:
  case TokenKind::kw_alias:
    // `@deprecated(...)` on a comptime member.
    if (isIdentifierLike(peek().Kind)) {
      bool IsAlias = is(TokenKind::kw_alias);
      if (IsAlias)
        Diags.report(tok().getRange(), DiagID::warn_alias_deprecated);
      consume();
      Stmt *S = parseComptimeDecl(Begin, IsAlias);
      if (auto *D = llvm::dyn_cast_or_null<ComptimeDecl>(S))
        D->Decorators = DecoRef;
      if (!consumeIf(TokenKind::newline) && !is(TokenKind::eof) &&
          !is(TokenKind::dedent)) {
        error(tok().Loc, DiagID::err_expected_but_found)
            << "end of statement" << describe(tok());
        skipToNextStatement();
      }
      return S;
    }
    break;
  case TokenKind::kw_var: {
    // A decorated field (`@__allow_legacy_any_origin_fields var p: ...`):
    // the decorators ask nothing of Ignis; the field is an ordinary one.
    consume();
    Stmt *S = parseVarDecl(Begin, VarDecl::Form::Var);
    if (!consumeIf(TokenKind::newline) && !is(TokenKind::eof) &&
        !is(TokenKind::dedent)) {
      error(tok().Loc, DiagID::err_expected_but_found)
          << "end of statement" << describe(tok());
      skipToNextStatement();
    }
    return S;
  }
  case TokenKind::kw_if:
    if (IsParameter)
      return parseIfStmt(Begin, ComptimeSpelling::ParameterDecorator, false);
    break;
  case TokenKind::kw_for:
    if (IsParameter)
      return parseForStmt(Begin, ComptimeSpelling::ParameterDecorator);
    break;
  default:
    break;
  }
  if (!StmtHasError)
    error(tok().getRange(), DiagID::err_decorator_target);
  skipToNextStatement();
  return nullptr;
}

bool Parser::atConvention(ArgConvention &C) const {
  switch (kind()) {
  case TokenKind::kw_read: C = ArgConvention::Read; break;
  case TokenKind::kw_mut: C = ArgConvention::Mut; break;
  case TokenKind::kw_var: C = ArgConvention::Var; break;
  case TokenKind::kw_out: C = ArgConvention::Out; break;
  case TokenKind::kw_ref: C = ArgConvention::Ref; break;
  case TokenKind::kw_deinit: C = ArgConvention::Deinit; break;
  case TokenKind::kw_owned: C = ArgConvention::Owned; break;
  case TokenKind::kw_inout: C = ArgConvention::Inout; break;
  case TokenKind::kw_borrowed: C = ArgConvention::Borrowed; break;
  case TokenKind::identifier:
    if (text(tok()) != "imm")
      return false;
    C = ArgConvention::Imm;
    break;
  default:
    return false;
  }
  // A convention is followed by the name (or `[origin]` for ref, or `*` for
  // variadics); otherwise the word is itself a name (`mut: Bool`).
  const Token &Next = peek();
  if (isIdentifierLike(Next.Kind) || Next.is(TokenKind::star) ||
      Next.is(TokenKind::starstar))
    return true;
  return C == ArgConvention::Ref && Next.is(TokenKind::l_square);
}

/// Parses `[a, b]` after `ref` or `capturing`.
static llvm::ArrayRef<Expr *> parseOriginList(Parser &P) {
  SourceLoc Open = P.consume();
  llvm::SmallVector<Expr *, 2> Origins;
  while (!P.is(TokenKind::r_square)) {
    if (!P.startsExpression(P.tok()) && !P.is(TokenKind::star))
      break;
    Origins.push_back(P.parseStarOrExpr());
    if (!P.consumeIf(TokenKind::comma))
      break;
  }
  if (!P.consumeIf(TokenKind::r_square)) {
    bool Reported = P.canReport(P.tok().Loc);
    P.expect(TokenKind::r_square);
    if (Reported)
      P.note(Open, DiagID::note_to_match_this, "[");
  }
  return P.Ctx.copy(llvm::ArrayRef<Expr *>(Origins));
}

bool Parser::parseParam(ParamDecl &P, bool IsFunctionType) {
  SourceLoc Begin = tok().Loc;
  ArgConvention Conv;
  if (atConvention(Conv)) {
    P.Convention = Conv;
    consume();
    if (Conv == ArgConvention::Ref && is(TokenKind::l_square))
      P.Origins = parseOriginList(*this);
  }
  if (consumeIf(TokenKind::star))
    P.TheForm = ParamDecl::Form::Variadic;
  else if (consumeIf(TokenKind::starstar))
    P.TheForm = ParamDecl::Form::KwVariadic;

  if (IsFunctionType) {
    // Entries of a function type are types, optionally named: `fn(Int)`,
    // `fn(x: Int)`.
    if (isIdentifierLike(kind()) && peek().is(TokenKind::colon)) {
      parseIdent(P.Name, "argument name");
      consume();
    }
    P.Type = parseTypeExpr();
  } else {
    if (!parseIdent(P.Name, "parameter name")) {
      P.Range = rangeFrom(Begin);
      return false;
    }
    if (consumeIf(TokenKind::colon))
      P.Type = parseTypeExpr();
  }
  if (is(TokenKind::kw_where)) {
    consume();
    P.Where = parseOr();
  }
  if (consumeIf(TokenKind::equal))
    P.Default = parseExpr();
  P.Range = rangeFrom(Begin);
  return true;
}

ParamList Parser::parseParamList(TokenKind Close, bool IsFunctionType) {
  ParamList L;
  L.Present = true;
  SourceLoc Open = consume();
  llvm::StringRef ListName =
      Close == TokenKind::r_square ? "parameter" : "argument";
  llvm::SmallVector<ParamDecl, 4> Params;
  bool SawDefault = false;
  auto Marker = [&](int &Slot, llvm::StringRef Spelling) {
    if (Slot >= 0)
      error(tok().getRange(), DiagID::err_duplicate_marker)
          << Spelling << ListName;
    Slot = Params.size();
    consume();
  };
  while (!is(Close)) {
    if (is(TokenKind::slashslash)) {
      Marker(L.InferOnlyEnd, "//");
    } else if (is(TokenKind::slash)) {
      Marker(L.PositionalOnlyEnd, "/");
    } else if (is(TokenKind::star) &&
               (peek().is(TokenKind::comma) || peek().is(Close))) {
      Marker(L.KeywordOnlyStart, "*");
    } else {
      ParamDecl P;
      bool OK = parseParam(P, IsFunctionType);
      // Python's rule for runtime arguments; compile-time parameter lists
      // are checked by sema (inferred parameters need no default).
      if (OK && P.TheForm == ParamDecl::Form::Normal && !IsFunctionType &&
          Close == TokenKind::r_paren && L.KeywordOnlyStart < 0) {
        bool IsVariadicBefore = llvm::any_of(Params, [](const ParamDecl &Q) {
          return Q.TheForm != ParamDecl::Form::Normal;
        });
        if (P.Default)
          SawDefault = true;
        else if (SawDefault && !IsVariadicBefore &&
                 P.Convention != ArgConvention::Out)
          error(P.Range, DiagID::err_default_before_nondefault);
      }
      Params.push_back(P);
      if (!OK)
        break;
    }
    if (!consumeIf(TokenKind::comma))
      break;
  }
  L.Params = Ctx.copy(llvm::ArrayRef<ParamDecl>(Params));
  if (!consumeIf(Close)) {
    bool Reported = canReport(tok().Loc);
    expect(Close);
    if (Reported)
      note(Open, DiagID::note_to_match_this,
           Close == TokenKind::r_square ? "[" : "(");
    // Skip to the closing bracket on this line so the rest of the header
    // still parses.
    while (!is(Close) && !atStatementEnd() && !is(TokenKind::colon))
      consume();
    consumeIf(Close);
  }
  L.Range = rangeFrom(Open);
  return L;
}

bool Parser::parseCaptureList(llvm::SmallVectorImpl<Capture> &Out) {
  SourceLoc Open = consume();
  while (!is(TokenKind::r_brace)) {
    Capture C;
    SourceLoc Begin = tok().Loc;
    ArgConvention Conv;
    switch (kind()) {
    case TokenKind::kw_mut: Conv = ArgConvention::Mut; break;
    case TokenKind::kw_var: Conv = ArgConvention::Var; break;
    case TokenKind::kw_read: Conv = ArgConvention::Read; break;
    case TokenKind::kw_ref: Conv = ArgConvention::Ref; break;
    default:
      Conv = isText(*this, tok(), "imm") ? ArgConvention::Imm
                                         : ArgConvention::Default;
      break;
    }
    if (Conv != ArgConvention::Default) {
      C.Convention = Conv;
      consume();
    }
    // A lone convention (`{read}`, `{var^}`: every capture) names no
    // variable.
    if (isIdentifierLike(kind())) {
      parseIdent(C.Name, "captured name");
      if (consumeIf(TokenKind::caret))
        C.Transfer = true;
    } else if (Conv != ArgConvention::Default) {
      if (consumeIf(TokenKind::caret))
        C.Transfer = true;
    } else {
      error(tok().Loc, DiagID::err_expected_but_found)
          << "captured name" << describe(tok());
      break;
    }
    C.Range = rangeFrom(Begin);
    Out.push_back(C);
    if (!consumeIf(TokenKind::comma))
      break;
  }
  if (consumeIf(TokenKind::r_brace))
    return true;
  bool Reported = canReport(tok().Loc);
  expect(TokenKind::r_brace);
  if (Reported)
    note(Open, DiagID::note_to_match_this, "{");
  return false;
}

void Parser::parseEffects(FunctionEffects &E, bool AllowCaptureList,
                          FuncDecl *F) {
  llvm::SmallVector<Capture, 4> Captures;
  while (true) {
    if (is(TokenKind::kw_raises)) {
      consume();
      E.Raises = true;
      // Typed raises: `raises MyError -> T`.
      if (isIdentifierLike(kind()) && !is(TokenKind::kw_capturing) &&
          !is(TokenKind::kw_escaping) && !is(TokenKind::kw_where) &&
          !isText(*this, tok(), "thin") && !isText(*this, tok(), "unified") &&
          !isText(*this, tok(), "abi"))
        E.RaisesType = parsePostfix(parseAtom());
      continue;
    }
    if (is(TokenKind::kw_capturing)) {
      consume();
      E.Capturing = true;
      if (is(TokenKind::l_square))
        E.CaptureOrigins = parseOriginList(*this);
      continue;
    }
    if (is(TokenKind::kw_escaping)) {
      consume();
      E.Escaping = true;
      continue;
    }
    if (isText(*this, tok(), "thin")) {
      consume();
      E.Thin = true;
      continue;
    }
    if (isText(*this, tok(), "unified")) {
      consume();
      E.Unified = true;
      continue;
    }
    if (isText(*this, tok(), "abi") && peek().is(TokenKind::l_paren)) {
      consume();
      SourceLoc Open = consume();
      E.Abi = parseExpr();
      if (!consumeIf(TokenKind::r_paren)) {
        bool Reported = canReport(tok().Loc);
        expect(TokenKind::r_paren);
        if (Reported)
          note(Open, DiagID::note_to_match_this, "(");
      }
      continue;
    }
    if (AllowCaptureList && F && is(TokenKind::l_brace)) {
      F->HasCaptureList = true;
      parseCaptureList(Captures);
      continue;
    }
    break;
  }
  if (F)
    F->Captures = Ctx.copy(llvm::ArrayRef<Capture>(Captures));
}

Expr *Parser::parseResultType() {
  if (is(TokenKind::kw_ref) &&
      (peek().is(TokenKind::l_square) || isIdentifierLike(peek().Kind))) {
    SourceLoc Begin = consume();
    llvm::ArrayRef<Expr *> Origins;
    if (is(TokenKind::l_square))
      Origins = parseOriginList(*this);
    Expr *Type = parseTypeExpr();
    return Ctx.create<RefTypeExpr>(rangeFrom(Begin), Origins, Type);
  }
  return parseTypeExpr();
}

Stmt *Parser::parseFuncDecl(SourceLoc Begin, llvm::ArrayRef<Decorator> Decos) {
  auto *F = Ctx.create<FuncDecl>(SourceRange(Begin));
  F->Decorators = Decos;
  if (consumeIf(TokenKind::kw_async))
    F->IsAsync = true;
  F->IsFn = is(TokenKind::kw_fn);
  if (F->IsFn) {
    replayLexerDiags(tok().Loc);
    Diags.report(tok().getRange(), DiagID::warn_fn_deprecated);
  }
  consume();
  if (!parseIdent(F->Name, "function name")) {
    skipToNextStatement();
    return nullptr;
  }
  if (is(TokenKind::l_square))
    F->Params = parseParamList(TokenKind::r_square, false);
  if (is(TokenKind::l_paren)) {
    F->Args = parseParamList(TokenKind::r_paren, false);
    bindSomeTypeLists(F);
  } else {
    error(is(TokenKind::newline) ? prevEnd() : tok().Loc,
          DiagID::err_expected_but_found)
        << "'(' after function name" << describe(tok());
  }
  parseEffects(F->Effects, /*AllowCaptureList=*/true, F);
  if (consumeIf(TokenKind::arrow))
    F->Result = parseResultType();
  if (consumeIf(TokenKind::kw_where))
    F->Where = parseExpr();
  ++FunctionDepth;
  F->Body = parseBlock("function signature");
  --FunctionDepth;
  F->setRange(rangeFrom(Begin));
  return F;
}

void Parser::parseTraitList(llvm::SmallVectorImpl<TraitRef> &Out) {
  SourceLoc Open = consume();
  while (!is(TokenKind::r_paren)) {
    TraitRef R;
    R.Type = parseExpr();
    if (consumeIf(TokenKind::kw_where))
      R.Where = parseExpr();
    Out.push_back(R);
    if (!consumeIf(TokenKind::comma))
      break;
  }
  if (!consumeIf(TokenKind::r_paren)) {
    bool Reported = canReport(tok().Loc);
    expect(TokenKind::r_paren);
    if (Reported)
      note(Open, DiagID::note_to_match_this, "(");
  }
}

Stmt *Parser::parseStructDecl(SourceLoc Begin,
                              llvm::ArrayRef<Decorator> Decos) {
  if (is(TokenKind::kw_class))
    error(tok().getRange(), DiagID::err_class_not_supported);
  consume();
  auto *S = Ctx.create<StructDecl>(SourceRange(Begin));
  S->Decorators = Decos;
  if (!parseIdent(S->Name, "struct name")) {
    skipToNextStatement();
    return nullptr;
  }
  if (is(TokenKind::l_square))
    S->Params = parseParamList(TokenKind::r_square, false);
  llvm::SmallVector<TraitRef, 4> Traits;
  if (is(TokenKind::l_paren))
    parseTraitList(Traits);
  S->Traits = Ctx.copy(llvm::ArrayRef<TraitRef>(Traits));
  if (consumeIf(TokenKind::kw_where))
    S->Where = parseExpr();
  S->Body = parseBlock("struct declaration");
  S->setRange(rangeFrom(Begin));
  return S;
}

Stmt *Parser::parseExtensionDecl(SourceLoc Begin) {
  consume(); // '__extension'
  auto *E = Ctx.create<ExtensionDecl>(SourceRange(Begin));
  if (!parseIdent(E->Name, "name of the extended type")) {
    skipToNextStatement();
    return nullptr;
  }
  llvm::SmallVector<TraitRef, 4> Traits;
  if (is(TokenKind::l_paren))
    parseTraitList(Traits);
  E->Traits = Ctx.copy(llvm::ArrayRef<TraitRef>(Traits));
  E->Body = parseBlock("extension declaration");
  E->setRange(rangeFrom(Begin));
  return E;
}

Stmt *Parser::parseMlirRegionDecl(SourceLoc Begin) {
  consume(); // '__mlir_region'
  auto *R = Ctx.create<MlirRegionDecl>(SourceRange(Begin));
  if (!parseIdent(R->Name, "region name")) {
    skipToNextStatement();
    return nullptr;
  }
  if (!is(TokenKind::l_paren)) {
    error(tok().getRange(), DiagID::err_expected_but_found)
        << "'(' after region name" << describe(tok());
    skipToNextStatement();
    return nullptr;
  }
  R->Args = parseParamList(TokenKind::r_paren, false);
  R->Body = parseBlock("region declaration");
  R->setRange(rangeFrom(Begin));
  return R;
}

Stmt *Parser::parseTraitDecl(SourceLoc Begin,
                             llvm::ArrayRef<Decorator> Decos) {
  consume();
  auto *T = Ctx.create<TraitDecl>(SourceRange(Begin));
  T->Decorators = Decos;
  if (!parseIdent(T->Name, "trait name")) {
    skipToNextStatement();
    return nullptr;
  }
  if (is(TokenKind::l_square))
    T->Params = parseParamList(TokenKind::r_square, false);
  llvm::SmallVector<TraitRef, 4> Parents;
  if (is(TokenKind::l_paren))
    parseTraitList(Parents);
  T->Parents = Ctx.copy(llvm::ArrayRef<TraitRef>(Parents));
  if (consumeIf(TokenKind::kw_where))
    T->Where = parseExpr();
  T->Body = parseBlock("trait declaration");
  T->setRange(rangeFrom(Begin));
  return T;
}

Stmt *Parser::parseComptimeDecl(SourceLoc Begin, bool IsAlias) {
  auto *D = Ctx.create<ComptimeDecl>(SourceRange(Begin));
  D->IsAlias = IsAlias;
  if (!parseIdent(D->Name, IsAlias ? "name after 'alias'" : "name after 'comptime'"))
    return nullptr;
  if (is(TokenKind::l_square))
    D->Params = parseParamList(TokenKind::r_square, false);
  if (consumeIf(TokenKind::colon))
    D->Type = parseTypeExpr();
  if (consumeIf(TokenKind::kw_where))
    D->Where = parseExpr();
  if (consumeIf(TokenKind::equal))
    D->Value = parseExpr();
  else if (!D->Type)
    error(is(TokenKind::newline) ? prevEnd() : tok().Loc,
          DiagID::err_expected_but_found)
        << "'=' or ':' after comptime name" << describe(tok());
  bindUnboundAliasParams(D);
  D->setRange(rangeFrom(Begin));
  return D;
}

/// `comptime StringKeyDict = Dict[String, _]`: each `_` argument of the
/// value's brackets becomes a parameter of the alias, in order, so
/// `StringKeyDict[UInt8]` is `Dict[String, UInt8]`.
void Parser::bindUnboundAliasParams(ComptimeDecl *D) {
  auto *S = llvm::dyn_cast_or_null<SubscriptExpr>(D->Value);
  if (!S || D->Params.Present)
    return;
  llvm::SmallVector<Argument, 4> Args(S->Args.begin(), S->Args.end());
  llvm::SmallVector<ParamDecl, 2> Params;
  for (Argument &A : Args) {
    auto *N = llvm::dyn_cast_or_null<NameExpr>(A.Value);
    if (!N || N->Name != "_")
      continue;
    std::string Name = "__unbound" + std::to_string(Params.size());
    llvm::StringRef Saved = Ctx.copyString(Name);
    ParamDecl P;
    P.Name = Ident{Saved, N->getStartLoc()};
    P.Type = Ctx.create<NameExpr>(N->getRange(), "AnyType", false);
    P.Range = N->getRange();
    Params.push_back(P);
    A.Value = Ctx.create<NameExpr>(N->getRange(), Saved, false);
  }
  if (Params.empty())
    return;
  S->Args = Ctx.copy(llvm::ArrayRef<Argument>(Args));
  D->Params.Params = Ctx.copy(llvm::ArrayRef<ParamDecl>(Params));
  D->Params.Range = S->getRange();
  D->Params.Present = true;
}

Stmt *Parser::parseVarDecl(SourceLoc Begin, VarDecl::Form Form) {
  auto *V = Ctx.create<VarDecl>(SourceRange(Begin));
  V->TheForm = Form;
  SourceLoc TBegin = tok().Loc;
  llvm::SmallVector<Expr *, 2> Names;
  // `var (a, b) = pair`: the same as `var a, b = pair`.
  bool Parenthesized = Form == VarDecl::Form::Var && consumeIf(TokenKind::l_paren);
  do {
    Ident N;
    if (!parseIdent(N, "variable name"))
      return nullptr;
    Names.push_back(Ctx.create<NameExpr>(N.getRange(), N.Name, false));
  } while (Form == VarDecl::Form::Var && consumeIf(TokenKind::comma) &&
           !(Parenthesized && is(TokenKind::r_paren)));
  if (Parenthesized && !expect(TokenKind::r_paren))
    return nullptr;
  if (Parenthesized) {
    V->Target = Ctx.create<TupleExpr>(rangeFrom(TBegin),
                                      Ctx.copy(llvm::ArrayRef<Expr *>(Names)),
                                      true);
  } else if (Names.size() == 1) {
    V->Target = Names[0];
    V->Name = {llvm::cast<NameExpr>(Names[0])->Name, Names[0]->getStartLoc()};
  } else {
    V->Target = Ctx.create<TupleExpr>(rangeFrom(TBegin),
                                      Ctx.copy(llvm::ArrayRef<Expr *>(Names)),
                                      false);
  }
  if (consumeIf(TokenKind::colon))
    V->Type = parseTypeExpr();
  if (consumeIf(TokenKind::equal)) {
    bool SavedBindings = AllowBindings;
    AllowBindings = true;
    V->Init = parseExprList();
    AllowBindings = SavedBindings;
    // `var x = y = v` / `ref a = var b = v`: a chained assignment whose
    // first target is a binding.
    if (is(TokenKind::equal) && !V->Type && Names.size() == 1) {
      auto *N = llvm::cast<NameExpr>(Names[0]);
      Expr *First = Ctx.create<BindingExpr>(
          SourceRange(Begin, N->getRange().End),
          Form == VarDecl::Form::Ref ? ArgConvention::Ref : ArgConvention::Var,
          Ident{N->Name, N->getStartLoc()});
      return parseAssignChain(Begin, {First, V->Init});
    }
  } else if (Form == VarDecl::Form::Ref)
    expect(TokenKind::equal, "'=' after reference name");
  V->setRange(rangeFrom(Begin));
  return V;
}

/// `def show(*pack: *SomeTypeList[Writable])`: the same as
/// `def show[*Ts: Writable](*pack: *Ts)` with a hidden parameter list
/// `__SomeTypes0` appended to the function's parameters.
void Parser::bindSomeTypeLists(FuncDecl *F) {
  llvm::SmallVector<ParamDecl, 4> Args(F->Args.Params.begin(),
                                       F->Args.Params.end());
  llvm::SmallVector<ParamDecl, 4> Params(F->Params.Params.begin(),
                                         F->Params.Params.end());
  unsigned Added = 0;
  for (ParamDecl &A : Args) {
    auto *Star = llvm::dyn_cast_or_null<StarExpr>(A.Type);
    if (A.TheForm != ParamDecl::Form::Variadic || !Star || Star->Double)
      continue;
    auto *Sub = llvm::dyn_cast<SubscriptExpr>(Star->Operand);
    auto *Base = Sub ? llvm::dyn_cast<NameExpr>(Sub->Base) : nullptr;
    if (!Base || Base->Name != "SomeTypeList" || Sub->Args.size() != 1 ||
        Sub->Args[0].TheForm != Argument::Form::Positional)
      continue;
    llvm::StringRef Name =
        Ctx.copyString("__SomeTypes" + std::to_string(Added++));
    ParamDecl P;
    P.TheForm = ParamDecl::Form::Variadic;
    P.Name = Ident{Name, Sub->getStartLoc()};
    P.Type = Sub->Args[0].Value;
    P.Range = Sub->getRange();
    Params.push_back(P);
    A.Type = Ctx.create<StarExpr>(
        Star->getRange(), Ctx.create<NameExpr>(Sub->getRange(), Name, false),
        false);
  }
  if (!Added)
    return;
  F->Args.Params = Ctx.copy(llvm::ArrayRef<ParamDecl>(Args));
  F->Params.Params = Ctx.copy(llvm::ArrayRef<ParamDecl>(Params));
  if (!F->Params.Present)
    F->Params.Range = F->Args.Range;
  F->Params.Present = true;
}

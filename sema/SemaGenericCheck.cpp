//===- SemaGenericCheck.cpp - Generic bodies checked once, uninstantiated -===//
//
// A generic function, method or struct is otherwise checked only per
// instantiation, so an error in a helper nobody instantiates goes unseen.
// Here each generic body of the program's own file is checked once more
// with its parameters opaque: a type parameter is the error type (which
// converts to and from everything and has every member), a value
// parameter an unknown (an invalid compile-time value, on which every
// evaluation gives up quietly). What depends on them is "dependent" and
// not judged: the branches of a `comptime if` on an unknown are skipped
// (as dead branches are), a `comptime for` over unknowns checks its body
// once, and neither proves anything about returns. The diagnostics of the check are diverted
// and only those that cannot come from an opaque value are kept (a kind
// listed below, in the declaration's file, naming no error type); the
// instances the check made are dropped from the program.
//
//===----------------------------------------------------------------------===//
#include "sema/SemaImpl.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"

using namespace ignis;
using namespace ignis::sema;

namespace {
/// Stores what the check reports, for filtering.
struct CollectingConsumer : DiagnosticConsumer {
  std::vector<Diagnostic> Diags;
  void handleDiagnostic(const Diagnostic &D) override { Diags.push_back(D); }
};
} // namespace

/// The kinds of error a generic body's non-dependent code can have, and
/// that an opaque parameter cannot cause (everything else is dropped).
static bool isKeptKind(DiagID ID) {
  switch (ID) {
  case DiagID::err_undefined_name:
  case DiagID::err_type_mismatch:
  case DiagID::err_no_member:
  case DiagID::err_too_many_args:
  case DiagID::err_missing_arg:
  case DiagID::err_unknown_keyword:
  case DiagID::err_duplicate_arg:
  case DiagID::err_missing_return:
  case DiagID::err_return_value_in_none:
  case DiagID::err_assign_to_read_arg:
    return true;
  default:
    return false;
  }
}

/// The message to keep for D, or "" to drop it: no error type in it, and
/// of a not-viable call only the argument count and keyword reasons.
static std::string keptMessage(const Diagnostic &D, llvm::StringRef FnName,
                               llvm::StringRef SelfName,
                               llvm::StringRef StructName) {
  llvm::StringRef Msg = D.Message;
  if (D.ID == DiagID::err_call_not_viable)
    return !Msg.contains("<error>") &&
                   (Msg.starts_with("too many arguments") ||
                    Msg.starts_with("missing argument") ||
                    Msg.contains("' has no argument named '") ||
                    Msg.contains("' is given more than once"))
               ? Msg.str()
               : "";
  if (D.ID == DiagID::err_missing_return) {
    // "missing return in function 'f[<error>]' returning 'Int'": the
    // function by its declared name.
    size_t At = Msg.rfind(" returning '");
    if (At == llvm::StringRef::npos)
      return "";
    llvm::StringRef Ty = Msg.substr(At + 12).drop_back();
    if (Ty.contains("<error>"))
      return "";
    return formatDiagnostic(getDiagnosticFormat(D.ID),
                            {FnName.str(), Ty.str()});
  }
  if (!isKeptKind(D.ID))
    return "";
  if (!SelfName.empty() && D.ID == DiagID::err_no_member &&
      Msg.starts_with("'" + SelfName.str() + "' ")) {
    // `self.missing` in a generic struct: named as the struct is written.
    std::string Rest = Msg.substr(SelfName.size() + 2).str();
    if (!llvm::StringRef(Rest).contains("<error>"))
      return "'" + StructName.str() + "'" + Rest;
  }
  if (Msg.contains("<error>"))
    return "";
  return Msg.str();
}

/// Whether the source text of E names one of Names (a conservative test
/// of dependence: `n`, `T.size`, `size_of[T]()`, `x.dtype`).
static bool textMentions(const SourceManager &SM, const Expr *E,
                         const llvm::StringSet<> &Names) {
  if (!E || Names.empty())
    return false;
  llvm::StringRef Text = SM.getText(E->getRange());
  size_t I = 0;
  while (I < Text.size()) {
    char C = Text[I];
    if (std::isalpha(static_cast<unsigned char>(C)) || C == '_') {
      size_t J = I;
      while (J < Text.size() &&
             (std::isalnum(static_cast<unsigned char>(Text[J])) || Text[J] == '_'))
        ++J;
      if (Names.count(Text.slice(I, J)))
        return true;
      I = J;
    } else {
      ++I;
    }
  }
  return false;
}

/// Calls Fn with the offset of each whole identifier Name in Text.
static void forEachIdentifier(llvm::StringRef Text, llvm::StringRef Name,
                              llvm::function_ref<void(size_t)> Fn) {
  auto IsIdent = [](char C) {
    return std::isalnum(static_cast<unsigned char>(C)) || C == '_';
  };
  for (size_t At = Text.find(Name); At != llvm::StringRef::npos;
       At = Text.find(Name, At + 1))
    if ((At == 0 || !IsIdent(Text[At - 1])) &&
        (At + Name.size() >= Text.size() || !IsIdent(Text[At + Name.size()])))
      Fn(At);
}

bool Sema::isOpaqueDependent(const Expr *E) {
  return Opaque && textMentions(SM, E, Opaque->Names);
}

bool Sema::checkOpaqueComptimeIf(const IfStmt *I, const ComptimeValue &Cond) {
  if (!Opaque || (Cond.K == ComptimeValue::Kind::Bool && !isOpaqueDependent(I->Cond)))
    return false;
  // Which branch an instance takes is unknown, and a branch no instance
  // takes is never checked (it may name what only exists for the others):
  // like a dead branch, neither is checked here.
  Opaque->DependentFlow = true;
  return true;
}

bool Sema::checkOpaqueComptimeFor(const ForStmt *F, llvm::StringRef Target,
                                  bool ValuesKnown) {
  if (!Opaque || (ValuesKnown && !isOpaqueDependent(F->Iter)))
    return false;
  // One pass over the body with the loop variable unknown.
  Opaque->DependentFlow = true;
  Opaque->Names.insert(Target);
  ComptimeValue Old = FS->LocalCtx.Params.lookup(Target);
  FS->LocalCtx.Params[Target] = ComptimeValue();
  cir::StmtList Scratch;
  checkBlock(F->Body, Scratch);
  if (Old.isValid())
    FS->LocalCtx.Params[Target] = Old;
  return true;
}

void Sema::bindOpaqueComptimeDecl(const ComptimeDecl *C, ComptimeValue &V) {
  if (!Opaque)
    return;
  // `comptime m = n * 2`: m is as unknown as n (and defined, so later uses
  // are not undefined names).
  if (!V.isValid() || isOpaqueDependent(C->Value)) {
    V = ComptimeValue();
    Opaque->Names.insert(C->Name.Name);
    FS->LocalCtx.Params[C->Name.Name] = V;
  }
}

/// Whether the declared type of argument P is fixed only per instance:
/// `Some[Trait]`, `SIMD[DType.float32, _]`, a bare generic struct, or a
/// type that names an opaque parameter.
static bool hasDependentType(Sema &S, const ParamDecl &P,
                             const InstContext &Ctx) {
  if (!P.Type)
    return false;
  if (S.isOpaqueDependent(P.Type))
    return true;
  if (auto *Sub = llvm::dyn_cast<SubscriptExpr>(P.Type))
    if (auto *N = llvm::dyn_cast<NameExpr>(Sub->Base); N && N->Name == "Some")
      return true;
  if (partiallyBoundStruct(S, P.Type, Ctx))
    return true;
  if (auto *N = llvm::dyn_cast<NameExpr>(P.Type)) {
    Symbol Sym = S.lookupIn(Ctx, N->Name);
    if (Sym.K == Symbol::Kind::Struct)
      for (const ParamDecl &SP : Sym.Struct->Params.Params)
        if (!SP.Default)
          return true;
  }
  return false;
}

/// The opaque stand-in for parameter P: the error type for a type
/// parameter (`T: Copyable & Writable`, `T: AnyType`), an unknown value for
/// the rest (`n: Int`, `dt: DType`, `*Ts: AnyType`).
ComptimeValue Sema::opaqueParamValue(const ParamDecl &P,
                                     const InstContext &Ctx) {
  if (P.TheForm == ParamDecl::Form::Normal && P.Type &&
      !llvm::isa<FunctionTypeExpr>(P.Type)) {
    ComptimeValue Bound = evalComptime(P.Type, Ctx);
    if (Bound.K == ComptimeValue::Kind::Type &&
        (Bound.Ty->getKind() == TypeKind::Trait ||
         Bound.Ty->getKind() == TypeKind::TypeType))
      return ComptimeValue::makeType(Types.getError());
  }
  return ComptimeValue();
}

/// Adds the member names trait Tr declares (its parents' too) to Out;
/// false when a parent cannot be resolved (its members are unknown).
static bool collectTraitMembers(Sema &S, const TraitDecl *Tr,
                                llvm::StringSet<> &Out, unsigned Depth = 0) {
  if (Depth > 32)
    return false;
  InstContext Ctx;
  Ctx.Module = S.DeclModule.lookup(Tr);
  if (!Ctx.Module)
    return false;
  if (llvm::StringRef(Ctx.Module->Path).starts_with(S.Opts.StdlibPath)) {
    // Our library's traits may declare less than Mojo's: only the marker
    // traits (Copyable, Movable, ...), whose members the compiler
    // synthesises (`copy` and lifecycle methods), count as known.
    for (const Stmt *M : Tr->Body)
      if (!llvm::isa<PassStmt>(M))
        return false;
    Out.insert("copy");
  }
  for (const Stmt *M : Tr->Body) {
    if (auto *F = llvm::dyn_cast<FuncDecl>(M))
      Out.insert(F->Name.Name);
    else if (auto *C = llvm::dyn_cast<ComptimeDecl>(M))
      Out.insert(C->Name.Name);
    else if (llvm::isa<VarDecl>(M))
      return false; // a trait field: not a form this check knows
  }
  for (const TraitRef &P : Tr->Parents) {
    auto *N = llvm::dyn_cast_or_null<NameExpr>(P.Type);
    Symbol Sym = N ? S.lookupIn(Ctx, N->Name) : Symbol();
    if (Sym.K != Symbol::Kind::Trait ||
        !collectTraitMembers(S, Sym.Trait, Out, Depth + 1))
      return false;
  }
  return true;
}

/// The members a type parameter's bound declares (`T: Copyable & Sized`),
/// or false when some part of the bound is not a trait known by name.
static bool boundMembers(Sema &S, const Expr *Bound, const InstContext &Ctx,
                         llvm::StringSet<> &Out) {
  if (auto *B = llvm::dyn_cast_or_null<BinaryExpr>(Bound))
    return B->Op == BinaryOp::BitAnd && boundMembers(S, B->LHS, Ctx, Out) &&
           boundMembers(S, B->RHS, Ctx, Out);
  auto *N = llvm::dyn_cast_or_null<NameExpr>(Bound);
  Symbol Sym = N ? S.lookupIn(Ctx, N->Name) : Symbol();
  return Sym.K == Symbol::Kind::Trait &&
         collectTraitMembers(S, Sym.Trait, Out);
}

/// Whether an operand of E (or of its operands, through conversions) has
/// the error type.
static bool hasErrorOperand(const cir::Expr *E, unsigned Depth) {
  for (const cir::Expr *Op : E->Ops)
    if (Op && Op->Ty &&
        (Op->Ty->isError() || (Depth && hasErrorOperand(Op, Depth - 1))))
      return true;
  return false;
}

cir::Expr *Sema::opaqueResult(cir::Expr *E) {
  if (!E->Ty || E->Ty->isError() || !hasErrorOperand(E, 2))
    return E;
  return errorExpr(E->Range);
}

void Sema::checkOpaqueMember(const MemberExpr *M) {
  if (!Opaque || Opaque->ArgMembers.empty())
    return;
  auto *Base = llvm::dyn_cast<NameExpr>(M->Base);
  if (!Base)
    return;
  auto It = Opaque->ArgMembers.find(Base->Name);
  llvm::StringRef Member = M->Member.Name;
  if (It == Opaque->ArgMembers.end() || Member.starts_with("__") ||
      It->second.Members.count(Member))
    return;
  // Only the argument itself (not a local that shadows it).
  Symbol Sym = lookup(Base->Name, SourceLoc());
  if (Sym.K != Symbol::Kind::Local || !Sym.Local->IsParam)
    return;
  Diags.report(M->Member.getRange(), DiagID::err_no_member)
      << It->second.TypeName << Member;
}

void Sema::checkOpaqueFunction(const FuncDecl *F, const InstContext &Base) {
  // `x: T` with T's bound all known traits: x has only their members.
  for (const ParamDecl &P : F->Args.Params) {
    auto *TN = llvm::dyn_cast_or_null<NameExpr>(P.Type);
    if (!TN || P.TheForm != ParamDecl::Form::Normal)
      continue;
    for (const ParamDecl &TP : F->Params.Params) {
      if (TP.Name.Name != TN->Name || TP.TheForm != ParamDecl::Form::Normal)
        continue;
      OpaqueState::BoundMembers BM;
      BM.TypeName = TN->Name;
      if (boundMembers(*this, TP.Type, Base, BM.Members))
        Opaque->ArgMembers[P.Name.Name] = std::move(BM);
    }
  }
  InstContext Ctx = Base;
  for (const ParamDecl &P : F->Params.Params) {
    Ctx.Params[P.Name.Name] = opaqueParamValue(P, Ctx);
    Opaque->Names.insert(P.Name.Name);
  }
  for (const ParamDecl &P : F->Args.Params) {
    if (P.TheForm != ParamDecl::Form::Normal) {
      // `*args: *Ts`, `*args: T`: its length and elements are unknown.
      if (isOpaqueDependent(P.Type))
        Opaque->Names.insert(P.Name.Name);
      continue;
    }
    if (hasDependentType(*this, P, Ctx)) {
      Ctx.Params[argTypeKey(P.Name.Name)] =
          ComptimeValue::makeType(Types.getError());
      Opaque->Names.insert(P.Name.Name);
    }
  }
  size_t Queued = Worklist.size();
  cir::Function *Fn = instantiateFunction(F, Ctx);
  if (!Fn || Fn->IsChecked || Worklist.size() != Queued + 1)
    return;
  auto [Own, OwnCtx] = Worklist.back();
  Worklist.pop_back();
  Opaque->DependentFlow = false;
  checkFunctionBody(Own, F, OwnCtx);
  // What the body instantiated is not checked: its parameters are opaque.
  while (Worklist.size() > Queued)
    Worklist.pop_back();
}

/// `IGNIS_CHECK_GENERIC_BODIES`: `none`, `main` (the default: the main
/// file's) or `all` (every loaded module's, for testing the checker).
static llvm::StringRef genericBodyScope() {
  static std::string Scope = [] {
    auto V = llvm::sys::Process::GetEnv("IGNIS_CHECK_GENERIC_BODIES");
    return V ? *V : std::string("main");
  }();
  return Scope;
}

void Sema::checkGenericBody(const FuncDecl *F, const InstContext &Base,
                            const llvm::StringSet<> &Outer) {
  unsigned Buffer = SM.findBuffer(F->Name.Loc);
  // A generic struct's Self prints with its opaque parameters.
  std::string SelfName, StructName;
  if (auto *ST = llvm::dyn_cast_or_null<StructType>(Base.SelfType);
      ST && !Outer.empty()) {
    SelfName = typeName(ST);
    StructName = ST->Decl->Name.Name.str();
  }
  OpaqueState St;
  St.Names = Outer;
  Opaque = &St;
  CollectingConsumer Sink;
  Diags.beginDiversion(Sink);
  size_t Functions = Prog.Functions.size(), Kernels = Prog.Kernels.size();
  // Tools see instances only: opaque types would show as errors in hover.
  ResolutionIndex *Index = Opts.Index;
  Opts.Index = nullptr;
  checkOpaqueFunction(F, Base);
  Opts.Index = Index;
  Diags.endDiversion();
  Opaque = nullptr;
  Prog.Functions.resize(Functions);
  Prog.Kernels.resize(Kernels);
  static bool Debug = llvm::sys::Process::GetEnv("IGNIS_OPAQUE_DEBUG").has_value();
  if (Debug)
    llvm::errs() << "[opaque] checked " << F->Name.Name
                 << "\n";
  // Where the check found undefined names: a name that also occurs
  // elsewhere in the function may be declared there by a statement whose
  // value was dependent (`idx = i * n`, `ref v = x.field`, `with ... as
  // h`), which binds nothing in this check. Only a name each of whose
  // occurrences is undefined is reported.
  llvm::DenseSet<uint32_t> UndefinedAt;
  for (const Diagnostic &D : Sink.Diags)
    if (D.ID == DiagID::err_undefined_name)
      UndefinedAt.insert(D.Loc.getRaw());
  SourceRange FnRange = F->getRange();
  llvm::StringRef FnText = SM.getText(FnRange);
  auto OnlyUndefined = [&](llvm::StringRef Name) {
    bool Only = true;
    forEachIdentifier(FnText, Name, [&](size_t At) {
      if (!UndefinedAt.count(FnRange.Begin.getAdvanced(At).getRaw()))
        Only = false;
    });
    return Only;
  };
  // The signature was checked with the parameters half bound: only the
  // body's diagnostics (and a missing return) count.
  SourceLoc BodyStart =
      F->Body.empty() ? FnRange.End : F->Body.front()->getStartLoc();
  for (const Diagnostic &D : Sink.Diags) {
    if (Debug)
      llvm::errs() << "[opaque " << F->Name.Name << "] "
                   << getDiagnosticName(D.ID) << ": " << D.Message << "\n";
    if (D.Severity != DiagSeverity::Error || !D.Loc.isValid() ||
        SM.findBuffer(D.Loc) != Buffer)
      continue;
    if (D.ID == DiagID::err_missing_return ? St.DependentFlow
                                            : D.Loc < BodyStart)
      continue;
    if (D.ID == DiagID::err_undefined_name &&
        !OnlyUndefined(SM.getText(D.Range)))
      continue;
    std::string Message = keptMessage(D, F->Name.Name, SelfName, StructName);
    if (D.ID == DiagID::err_no_member && !SelfName.empty()) {
      // `self.f(x)` with f a field of an opaque type: a call of its
      // value, not a missing member (only names the struct does not
      // declare at all are reported).
      llvm::StringRef Msg = D.Message;
      size_t At = Msg.rfind(" named '");
      llvm::StringRef Member =
          At == llvm::StringRef::npos ? "" : Msg.substr(At + 8).drop_back();
      // `Self.n(5)` with n an opaque parameter, likewise.
      StructInfo *SI = getStructInfo(Base.SelfType);
      if (findField(Base.SelfType, Member) >= 0 || !SI ||
          SI->Comptimes.count(Member) || SI->Methods.count(Member) ||
          llvm::any_of(SI->Decl->Params.Params, [&](const ParamDecl &P) {
            return P.Name.Name == Member;
          }))
        continue;
    }
    if (Message.empty())
      continue;
    Diagnostic Kept = D;
    Kept.Message = std::move(Message);
    // Notes about the throwaway instance would name opaque values.
    llvm::erase_if(Kept.Notes, [](const Diagnostic &N) {
      return N.ID == DiagID::note_in_instantiation ||
             N.ID == DiagID::note_instantiation_omitted ||
             llvm::StringRef(N.Message).contains("<error>");
    });
    Diags.replay(Kept);
  }
}

/// Whether a trait method has a body of its own (not only `...`, `pass`
/// and a docstring: a requirement).
static bool hasDefaultBody(const FuncDecl *F) {
  return llvm::any_of(F->Body, [](const Stmt *S) {
    if (llvm::isa<PassStmt>(S))
      return false;
    auto *E = llvm::dyn_cast<ExprStmt>(S);
    return !E || !(llvm::isa<EllipsisExpr>(E->E) ||
                   llvm::isa<StringLiteralExpr>(E->E));
  });
}

void Sema::checkGenericBodiesOf(ModuleInfo *M) {
  InstContext ModCtx;
  ModCtx.Module = M;
  for (const Stmt *S : M->AST->Body) {
    if (Diags.hasReachedErrorLimit())
      return;
    if (auto *F = llvm::dyn_cast<FuncDecl>(S)) {
      if (isGenericFunction(F, ModCtx))
        checkGenericBody(F, ModCtx, {});
      continue;
    }
    if (auto *TD = llvm::dyn_cast<TraitDecl>(S)) {
      // A trait's default methods: Self is any conforming type.
      InstContext TraitCtx = ModCtx;
      TraitCtx.SelfType = Types.getError();
      llvm::StringSet<> Outer;
      Outer.insert("Self");
      for (const ParamDecl &P : TD->Params.Params) {
        TraitCtx.Params[P.Name.Name] = ComptimeValue();
        Outer.insert(P.Name.Name);
      }
      for (const Stmt *MS : TD->Body)
        if (auto *MF = llvm::dyn_cast<FuncDecl>(MS); MF && hasDefaultBody(MF))
          checkGenericBody(MF, TraitCtx, Outer);
      continue;
    }
    auto *SD = llvm::dyn_cast<StructDecl>(S);
    if (!SD)
      continue;
    InstContext StructCtx = ModCtx;
    llvm::StringSet<> Outer;
    bool Generic = SD->Params.Present;
    if (Generic) {
      // `struct Box[T: Copyable, n: Int]`: Self is Box[<opaque>, <opaque>].
      CollectingConsumer Ignored; // the parameters' bounds: not judged
      Diags.beginDiversion(Ignored);
      llvm::SmallVector<ComptimeValue, 4> Values;
      for (const ParamDecl &P : SD->Params.Params) {
        Values.push_back(opaqueParamValue(P, StructCtx));
        StructCtx.Params[P.Name.Name] = Values.back();
        Outer.insert(P.Name.Name);
      }
      // `self` has the struct's fields and methods; their types that name
      // the parameters are opaque.
      StructCtx.SelfType = Types.getStruct(SD, Values);
      if (!getStructInfo(StructCtx.SelfType))
        StructCtx.SelfType = Types.getError();
      Diags.endDiversion();
      Outer.insert("Self");
    } else {
      // (Checked already in the main file; elsewhere its errors belong to
      // the instances that use it.)
      CollectingConsumer Ignored;
      Diags.beginDiversion(Ignored);
      Type T = instantiateStructType(SD, {}, ModCtx, SourceRange());
      StructInfo *SI = getStructInfo(T);
      Diags.endDiversion();
      if (!SI)
        continue;
      StructCtx = SI->Ctx;
    }
    for (const Stmt *MS : SD->Body)
      if (auto *MF = llvm::dyn_cast<FuncDecl>(MS))
        if (Generic || isGenericFunction(MF, StructCtx))
          checkGenericBody(MF, StructCtx, Outer);
  }
}

void Sema::checkGenericBodies() {
  llvm::StringRef Scope = genericBodyScope();
  if (Scope == "none" || !MainModule || !MainModule->AST)
    return;
  if (Scope != "all") {
    checkGenericBodiesOf(MainModule);
    return;
  }
  std::vector<ModuleInfo *> Modules;
  for (auto &Entry : ModulesByPath)
    if (Entry.second->AST)
      Modules.push_back(Entry.second.get());
  for (ModuleInfo *M : Modules)
    checkGenericBodiesOf(M);
}

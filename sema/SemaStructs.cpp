//===- SemaStructs.cpp - Struct instances, members and trait conformance --===//
#include "sema/SemaImpl.h"

using namespace ignis;
using namespace ignis::sema;

static bool hasDecorator(llvm::ArrayRef<Decorator> Ds, llvm::StringRef Name) {
  for (const Decorator &D : Ds)
    if (auto *N = llvm::dyn_cast<NameExpr>(D.E); N && N->Name == Name)
      return true;
  return false;
}

/// The N of `@align(N)` on a struct (0 when there is none). N is a
/// compile-time power of two; alignments below the natural one are ignored
/// where the layout is computed.
static uint64_t declaredAlignment(Sema &S, const StructDecl *D,
                                  const InstContext &Ctx) {
  for (const Decorator &Dec : D->Decorators) {
    auto *C = llvm::dyn_cast<CallExpr>(Dec.E);
    auto *N = C ? llvm::dyn_cast<NameExpr>(C->Callee) : nullptr;
    if (!N || N->Name != "align")
      continue;
    ComptimeValue V;
    if (C->Args.size() == 1 &&
        C->Args[0].TheForm == Argument::Form::Positional)
      V = S.evalComptime(C->Args[0].Value, Ctx);
    if (V.K == ComptimeValue::Kind::Int && V.Int >= 1 &&
        V.Int <= (int64_t(1) << 29) && llvm::isPowerOf2_64(V.Int))
      return static_cast<uint64_t>(V.Int);
    if (V.K == ComptimeValue::Kind::Int)
      S.Diags.report(C->getRange(), DiagID::err_align_decorator)
          << std::to_string(V.Int);
    else if (V.isValid() || C->Args.size() != 1)
      S.Diags.report(C->getRange(), DiagID::err_align_decorator)
          << (C->Args.size() == 1 ? "another kind of value"
                                  : std::to_string(C->Args.size()) +
                                        " arguments");
    return 0;
  }
  return 0;
}

/// A trait method without a body (`...`) must be implemented.
static bool isRequirement(const FuncDecl *F) {
  if (F->Body.size() != 1)
    return F->Body.empty();
  auto *E = llvm::dyn_cast<ExprStmt>(F->Body[0]);
  return E && llvm::isa<EllipsisExpr>(E->E);
}

static void collectTraitClosure(Sema &S, const TraitDecl *T,
                                llvm::SmallVectorImpl<const TraitDecl *> &Out);

StructInfo *Sema::getStructInfo(Type T) {
  auto *ST = llvm::dyn_cast_or_null<StructType>(T);
  if (!ST)
    return nullptr;
  auto &Slot = StructInfos[T];
  if (Slot) {
    if (!Slot->LayoutDone && Slot->InProgress) {
      // A field's type needs this struct's layout: it contains itself.
      Diags.report(ST->Decl->Name.getRange(), DiagID::err_recursive_struct)
          << ST->Decl->Name.Name;
      Slot->InProgress = false;
    }
    return Slot.get();
  }
  Slot = std::make_unique<StructInfo>();
  StructInfo *SI = Slot.get();
  SI->Ty = T;
  SI->Decl = ST->Decl;
  SI->Ctx.Module = DeclModule.lookup(ST->Decl);
  SI->Ctx.SelfType = T;
  const ParamList &PL = ST->Decl->Params;
  for (size_t I = 0; I < PL.Params.size() && I < ST->Params.size(); ++I)
    SI->Ctx.Params[PL.Params[I].Name.Name] = ST->Params[I];
  SI->Fieldwise = hasDecorator(ST->Decl->Decorators, "fieldwise_init");
  SI->DeclaredAlign = declaredAlignment(*this, ST->Decl, SI->Ctx);

  for (const Stmt *S : ST->Decl->Body) {
    if (auto *F = llvm::dyn_cast<FuncDecl>(S))
      SI->Methods[F->Name.Name].push_back(F);
    else if (auto *C = llvm::dyn_cast<ComptimeDecl>(S))
      SI->Comptimes[C->Name.Name] = C;
  }
  for (const TraitRef &R : ST->Decl->Traits) {
    if (R.Where) {
      ComptimeValue Cond = evalComptime(R.Where, SI->Ctx);
      if (Cond.K == ComptimeValue::Kind::Bool && !Cond.Bool)
        continue;
    }
    // Trait lists may name traits the prelude does not define yet (they
    // describe lifecycle behaviour handled by the compiler).
    if (auto *N = llvm::dyn_cast<NameExpr>(R.Type)) {
      Symbol S = lookupIn(SI->Ctx, N->Name);
      if (S.K == Symbol::Kind::Trait)
        SI->Traits.push_back(S.Trait);
      else if (S.K == Symbol::Kind::Comptime) { // `comptime Value = A & B`
        llvm::SmallVector<const TraitDecl *, 4> Named;
        (void)collectTraitBounds(R.Type, SI->Ctx, Named);
        SI->Traits.insert(SI->Traits.end(), Named.begin(), Named.end());
      }
      else if (S.K == Symbol::Kind::None)
        Diags.report(R.Type->getRange(), DiagID::err_undefined_name) << N->Name;
      continue;
    }
    ComptimeValue V = evalComptime(R.Type, SI->Ctx);
    if (V.K == ComptimeValue::Kind::Type)
      if (auto *TT = llvm::dyn_cast<TraitType>(V.Ty))
        SI->Traits.push_back(TT->Decl);
  }
  // Comptime members a trait gives a value to (`comptime bits =
  // bit_width_of[Self.Element]()`) belong to conforming structs that do not
  // define them, evaluated with Self the struct.
  {
    llvm::SmallVector<const TraitDecl *, 4> All;
    for (const TraitDecl *TD : SI->Traits)
      collectTraitClosure(*this, TD, All);
    for (const TraitDecl *TD : All)
      for (const Stmt *S : TD->Body)
        if (auto *C = llvm::dyn_cast<ComptimeDecl>(S))
          if (C->Value && !SI->Comptimes.count(C->Name.Name))
            SI->Comptimes[C->Name.Name] = C;
  }
  // Fields: resolved after members so that `Self.T` and comptime members
  // are available in field types.
  SI->InProgress = true;
  for (const Stmt *S : ST->Decl->Body) {
    auto *V = llvm::dyn_cast<VarDecl>(S);
    if (!V)
      continue;
    auto *N = llvm::dyn_cast<NameExpr>(V->Target);
    if (!N || !V->Type) {
      Diags.report(V->getRange(), DiagID::err_unsupported)
          << "a field without a type";
      continue;
    }
    Type FT = resolveType(V->Type, SI->Ctx);
    if (FT == T) {
      Diags.report(ST->Decl->Name.getRange(), DiagID::err_recursive_struct)
          << ST->Decl->Name.Name;
      FT = Types.getError();
    } else if (llvm::isa<StructType>(FT)) {
      // Lay out the field's struct now: a cycle through it is found here.
      StructInfo *Inner = getStructInfo(FT);
      if (Inner && Inner->InProgress)
        FT = Types.getError();
    }
    SI->FieldNames.push_back(N->Name);
    SI->FieldTypes.push_back(FT);
  }
  SI->InProgress = false;
  SI->LayoutDone = true;
  cir::Program::StructLayout &L = Prog.Layouts[T];
  L.Names = SI->FieldNames;
  L.Fields = SI->FieldTypes;
  L.Align = SI->DeclaredAlign;
  checkTraitConformance(SI);
  return SI;
}

/// Traits whose requirements the compiler synthesises (lifecycle).
static bool isLifecycleMethod(llvm::StringRef Name) {
  return Name == "__init__" || Name == "__del__" || Name == "copy" ||
         Name == "__copyinit__" || Name == "__moveinit__";
}

static void collectTraitClosure(Sema &S, const TraitDecl *T,
                                llvm::SmallVectorImpl<const TraitDecl *> &Out) {
  if (llvm::is_contained(Out, T))
    return;
  Out.push_back(T);
  InstContext Ctx;
  Ctx.Module = S.DeclModule.lookup(T);
  for (const TraitRef &R : T->Parents)
    if (auto *N = llvm::dyn_cast<NameExpr>(R.Type)) {
      Symbol Sym = S.lookupIn(Ctx, N->Name);
      if (Sym.K == Symbol::Kind::Trait)
        collectTraitClosure(S, Sym.Trait, Out);
    }
}

void Sema::checkTraitConformance(StructInfo *SI) {
  llvm::SmallVector<const TraitDecl *, 4> All;
  for (const TraitDecl *T : SI->Traits)
    collectTraitClosure(*this, T, All);
  for (const TraitDecl *T : All)
    for (const Stmt *S : T->Body) {
      auto *F = llvm::dyn_cast<FuncDecl>(S);
      if (!F || !isRequirement(F) || isLifecycleMethod(F->Name.Name))
        continue;
      if (SI->Methods.count(F->Name.Name))
        continue;
      Diags.report(SI->Decl->Name.getRange(), DiagID::err_missing_trait_method)
          << SI->Decl->Name.Name << F->Name.Name << T->Name.Name;
      Diags.report(F->Name.getRange(), DiagID::note_trait_requirement)
          << F->Name.Name;
    }
}

llvm::SmallVector<const FuncDecl *, 2> Sema::findMethods(Type T,
                                                         llvm::StringRef Name) {
  llvm::SmallVector<const FuncDecl *, 2> Result;
  StructInfo *SI = getStructInfo(T);
  if (!SI)
    return Result;
  auto It = SI->Methods.find(Name);
  if (It != SI->Methods.end()) {
    Result.append(It->second.begin(), It->second.end());
    return Result;
  }
  // Default implementations from the traits the struct conforms to.
  llvm::SmallVector<const TraitDecl *, 4> All;
  for (const TraitDecl *Tr : SI->Traits)
    collectTraitClosure(*this, Tr, All);
  for (const TraitDecl *Tr : All)
    for (const Stmt *S : Tr->Body)
      if (auto *F = llvm::dyn_cast<FuncDecl>(S))
        if (F->Name.Name == Name && !isRequirement(F)) {
          Result.push_back(F);
          TraitDefaults.insert(F);
        }
  return Result;
}

int Sema::findField(Type T, llvm::StringRef Name) {
  StructInfo *SI = getStructInfo(T);
  if (!SI)
    return -1;
  for (size_t I = 0; I < SI->FieldNames.size(); ++I)
    if (SI->FieldNames[I] == Name)
      return static_cast<int>(I);
  return -1;
}

bool Sema::conformsTo(Type T, const TraitDecl *Trait) {
  StructInfo *SI = getStructInfo(T);
  if (!SI) {
    // Built-in types (literals, pointers, tuples) satisfy the lifecycle
    // traits, but not one requiring a comptime member (they have none).
    return llvm::none_of(Trait->Body, [](const Stmt *S) {
      return llvm::isa<ComptimeDecl>(S);
    });
  }
  llvm::SmallVector<const TraitDecl *, 4> All;
  for (const TraitDecl *Tr : SI->Traits)
    collectTraitClosure(*this, Tr, All);
  if (llvm::is_contained(All, Trait))
    return true;
  // A conformance the struct declares under a `where` that does not hold
  // (`Writable where conforms_to(T, Writable)`) is not met structurally.
  for (const TraitRef &R : SI->Decl->Traits)
    if (R.Where)
      if (auto *N = llvm::dyn_cast<NameExpr>(R.Type); N && N->Name == Trait->Name.Name)
        return false;
  // Copyability is a lifecycle fact (a copy constructor, a declared trait),
  // not a method that a structural check could find.
  llvm::StringRef TraitName = Trait->Name.Name;
  if (TraitName == "Copyable" || TraitName == "ImplicitlyCopyable") {
    const cir::Program::Lifecycle &LC = getLifecycle(T);
    return TraitName == "Copyable" ? LC.Copyable : LC.ImplicitlyCopyable;
  }
  // The register-passable markers have no methods to find: a user struct
  // meets them only by declaring them; the library's value types (Int,
  // SIMD, Bool, ...) do when they are trivial.
  if (TraitName == "TrivialRegisterPassable" || TraitName == "RegisterPassable") {
    ModuleInfo *Home = DeclModule.lookup(SI->Decl);
    if (!Home || !llvm::StringRef(Home->Name).starts_with("std."))
      return false;
    const cir::Program::Lifecycle &LC = getLifecycle(T);
    return LC.TrivialCopy && !LC.NeedsDestroy;
  }
  // Structural: every requirement is present. A trait whose methods all
  // have defaults (Writable, Equatable, Hashable by reflection) is met
  // structurally only when the struct defines one of them itself.
  bool AnyMethod = false, AnyRequirement = false, DefinesOne = false;
  for (const Stmt *S : Trait->Body)
    if (auto *F = llvm::dyn_cast<FuncDecl>(S)) {
      if (isLifecycleMethod(F->Name.Name))
        continue;
      bool Has = SI->Methods.count(F->Name.Name);
      AnyMethod = true;
      DefinesOne |= Has;
      if (isRequirement(F)) {
        AnyRequirement = true;
        if (!Has)
          return false;
      }
    }
  return !AnyMethod || AnyRequirement || DefinesOne;
}

Type Sema::getPreludeStruct(llvm::StringRef Name) {
  Symbol S = lookupGlobal(Prelude, Name);
  if (S.K != Symbol::Kind::Struct)
    return nullptr;
  InstContext Ctx;
  Ctx.Module = S.Owner;
  return instantiateStructType(S.Struct, {}, Ctx, SourceRange());
}

const PrimType *Sema::getStoragePrim(Type T) {
  if (auto *P = llvm::dyn_cast_or_null<PrimType>(T))
    return P;
  StructInfo *SI = getStructInfo(T);
  if (!SI || SI->FieldTypes.size() != 1)
    return nullptr;
  return llvm::dyn_cast<PrimType>(SI->FieldTypes[0]);
}

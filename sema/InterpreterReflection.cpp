//===- InterpreterReflection.cpp - Compile-time facts about types/target --===//
//
// The compile-time-only `__builtin` forms std.sys is written over (they take
// parameters and produce compile-time values, like `__builtin.simd`):
//   __builtin.size_of[T]  __builtin.align_of[T]  __builtin.type_name[T]
//   __builtin.reflected_type_name[T]
//   __builtin.conforms_to[T, Trait]  __builtin.simd_width_of[dt]
//   __builtin.method_takes_args[T, "name"]
//   __builtin.struct_field_*[T, ...], __builtin.is_struct[T] (in
//   InterpreterStructFields.cpp)
//   __builtin.is_defined["NAME"]  __builtin.define_value["NAME"]
//   __builtin.target_has_feature["avx2"]  __builtin.target_field["arch"]
//   (fields: "arch", "os", "triple", "endianness", "pointer_bits")
// and the call forms `type_of(x)` and `conforms_to(T, Trait)`.
//
//===----------------------------------------------------------------------===//
#include "sema/SemaImpl.h"
#include "llvm/TargetParser/Triple.h"

using namespace ignis;
using namespace ignis::sema;

void sema::sizeAlign(Sema &S, Type T, uint64_t &Size, uint64_t &Align) {
  Size = 0;
  Align = 1;
  if (auto *P = llvm::dyn_cast<PrimType>(T)) {
    uint64_t Bytes = std::max(1u, getDTypeBits(P->Elem) / 8);
    Size = Bytes * P->Width;
    Align = P->Width == 1 ? Bytes : llvm::PowerOf2Ceil(Size);
    Size = llvm::alignTo(Size, Align);
    return;
  }
  if (T->getKind() == TypeKind::Pointer) {
    Size = Align = 8;
    return;
  }
  if (auto *A = llvm::dyn_cast<ArrayType>(T)) {
    sizeAlign(S, A->Elem, Size, Align);
    Size *= A->Count;
    return;
  }
  if (T->getKind() == TypeKind::StringLiteral) {
    Size = 16;
    Align = 8;
    return;
  }
  llvm::ArrayRef<Type> Fields;
  if (auto *TT = llvm::dyn_cast<TupleType>(T))
    Fields = TT->Elements;
  else if (StructInfo *SI = S.getStructInfo(T))
    Fields = SI->FieldTypes;
  for (Type F : Fields) {
    uint64_t FS, FA;
    sizeAlign(S, F, FS, FA);
    Size = llvm::alignTo(Size, FA) + FS;
    Align = std::max(Align, FA);
  }
  Size = llvm::alignTo(Size, Align);
}

uint64_t sema::declaredAlign(Sema &S, Type T) {
  if (auto *A = llvm::dyn_cast<ArrayType>(T))
    return declaredAlign(S, A->Elem);
  uint64_t Align = 0;
  llvm::ArrayRef<Type> Fields;
  if (auto *TT = llvm::dyn_cast<TupleType>(T)) {
    Fields = TT->Elements;
  } else if (StructInfo *SI = S.getStructInfo(T)) {
    Fields = SI->FieldTypes;
    Align = SI->DeclaredAlign;
  }
  for (Type F : Fields)
    Align = std::max(Align, declaredAlign(S, F));
  return Align;
}

/// T's name as Mojo 1.0's reflection spells it. There `Int` is
/// `SIMD[DType.int, 1]` (Ignis keeps a struct of its own, named `Int` in
/// diagnostics), so each prelude Int in the name is spelled that way:
/// `List[SIMD[DType.int, 1]]`.
static std::string reflectedTypeName(Sema &S, Type T) {
  std::string Name = S.typeName(T);
  if (!S.getIntType() || Name.find("Int") == std::string::npos)
    return Name;
  auto IsIdent = [](char C) {
    return std::isalnum(static_cast<unsigned char>(C)) || C == '_' || C == '.';
  };
  std::string Out;
  for (size_t I = 0; I < Name.size();) {
    if (Name.compare(I, 3, "Int") == 0 && (I == 0 || !IsIdent(Name[I - 1])) &&
        (I + 3 == Name.size() || !IsIdent(Name[I + 3]))) {
      Out += "SIMD[DType.int, 1]";
      I += 3;
      continue;
    }
    Out.push_back(Name[I++]);
  }
  return Out;
}

ComptimeValue Sema::evalReflection(const Expr *E, llvm::StringRef Name,
                                   llvm::ArrayRef<Argument> Args,
                                   const InstContext &Ctx, bool &Handled) {
  Handled = true;
  auto TypeArg = [&](size_t I) -> Type {
    return I < Args.size() ? resolveType(Args[I].Value, Ctx) : Types.getError();
  };
  auto StringArg = [&](size_t I, llvm::StringRef &Out) {
    if (I >= Args.size())
      return false;
    ComptimeValue V = evalComptime(Args[I].Value, Ctx);
    if (V.K != ComptimeValue::Kind::String) {
      if (V.isValid())
        Diags.report(Args[I].Value->getRange(), DiagID::err_comptime_type)
            << "String" << typeName(typeOfValue(V));
      return false;
    }
    Out = V.Str;
    return true;
  };
  if (Name == "size_of" || Name == "align_of") {
    Type T = TypeArg(0);
    if (T->isError())
      return {};
    uint64_t Size, Align;
    sizeAlign(*this, T, Size, Align);
    Align = std::max(Align, declaredAlign(*this, T));
    return ComptimeValue::makeInt(static_cast<int64_t>(Name == "size_of" ? Size : Align));
  }
  if (Name == "method_takes_args") {
    // `__builtin.method_takes_args[T, "__hash__"]`: some overload of the
    // method takes an argument besides self (Mojo 1.0's
    // `__hash__(self, mut hasher)` against the older `__hash__(self)`).
    Type T = TypeArg(0);
    llvm::StringRef Method;
    if (T->isError() || !StringArg(1, Method))
      return {};
    for (const FuncDecl *F : findMethods(T, Method)) {
      unsigned Count = 0;
      for (const ParamDecl &P : F->Args.Params)
        if (P.Convention != ArgConvention::Out)
          ++Count;
      if (Count > 1)
        return ComptimeValue::makeBool(true);
    }
    return ComptimeValue::makeBool(false);
  }
  if (Name.starts_with("struct_field") || Name == "is_struct")
    return evalStructReflection(E, Name, Args, Ctx); // InterpreterStructFields.cpp
  if (Name == "function_name" || Name == "function_linkage_name")
    return functionNameOf(E, Args, Ctx, // SemaFunctionValues.cpp
                          Name == "function_linkage_name");
  if (Name == "type_name" || Name == "reflected_type_name") {
    // type_name: as diagnostics spell it (the REPL, repr); the reflected
    // one: as Mojo 1.0's reflection does (`reflect[T].name()`).
    Type T = TypeArg(0);
    if (T->isError())
      return {};
    return ComptimeValue::makeString(AST.copyString(
        Name == "type_name" ? typeName(T) : reflectedTypeName(*this, T)));
  }
  if (Name == "conforms_to") {
    Type T = TypeArg(0);
    if (T->isError() || Args.size() < 2)
      return {};
    // `conforms_to(T, A & B & C)`: T meets every trait of the composition
    // (also through an alias of one).
    llvm::SmallVector<const TraitDecl *, 4> Traits;
    unsigned Errors = Diags.getNumErrors();
    if (!collectTraitBounds(Args[1].Value, Ctx, Traits)) {
      if (Diags.getNumErrors() == Errors)
        Diags.report(Args[1].Value->getRange(), DiagID::err_comptime_type)
            << "trait" << ("'" + SM.getText(Args[1].Value->getRange()).str() + "'");
      return {};
    }
    bool All = true;
    for (const TraitDecl *Tr : Traits)
      All = All && conformsTo(T, Tr);
    return ComptimeValue::makeBool(All);
  }
  if (Name == "simd_width_of") {
    ComptimeValue D = Args.empty() ? ComptimeValue() : evalComptime(Args[0].Value, Ctx);
    if (D.K != ComptimeValue::Kind::DType) {
      Diags.report(E->getRange(), DiagID::err_comptime_type) << "DType" << "something else";
      return {};
    }
    unsigned Bits = std::max(8u, getDTypeBits(D.DT));
    return ComptimeValue::makeInt(std::max(1u, Opts.SimdBitWidth / Bits));
  }
  if (Name == "is_defined" || Name == "define_value") {
    llvm::StringRef Key;
    if (!StringArg(0, Key))
      return {};
    for (auto It = Opts.Defines.rbegin(); It != Opts.Defines.rend(); ++It)
      if (It->first == Key)
        return Name == "is_defined"
                   ? ComptimeValue::makeBool(true)
                   : ComptimeValue::makeString(AST.copyString(It->second));
    if (Name == "is_defined")
      return ComptimeValue::makeBool(false);
    Diags.report(E->getRange(), DiagID::err_define_missing) << Key;
    return {};
  }
  if (Name == "target_has_feature") {
    llvm::StringRef Feature;
    if (!StringArg(0, Feature))
      return {};
    for (const std::string &F : Opts.TargetFeatures)
      if (F == Feature)
        return ComptimeValue::makeBool(true);
    return ComptimeValue::makeBool(false);
  }
  if (Name == "target_field") {
    llvm::StringRef Field;
    if (!StringArg(0, Field))
      return {};
    llvm::Triple T(Opts.TargetTriple);
    std::string Value;
    // Device instances answer for their device (cir::TargetKind).
    cir::TargetKind Target = FS && FS->Ctx ? FS->Ctx->Target : cir::TargetKind::Host;
    if (Target == cir::TargetKind::Nvptx)
      T = llvm::Triple("nvptx64-nvidia-cuda");
    else if (Target == cir::TargetKind::Amdgpu)
      T = llvm::Triple("amdgcn-amd-amdhsa");
    if (Field == "accelerator") {
      // "" on the host; "cpu", "nvidia" or "amd" in code run as a kernel.
      Value = Target == cir::TargetKind::CpuDevice ? "cpu"
              : Target == cir::TargetKind::Nvptx   ? "nvidia"
              : Target == cir::TargetKind::Amdgpu  ? "amd"
                                                   : "";
      return ComptimeValue::makeString(AST.copyString(Value));
    }
    if (Field == "gpu_vendor") {
      // The vendor of --target-accelerator: "nvidia", "amdgpu" or "cpu".
      Value = llvm::StringRef(Opts.Accelerator).split(':').first.str();
      return ComptimeValue::makeString(AST.copyString(Value));
    }
    if (Field == "gpu_arch") {
      auto [Vendor, Chip] = llvm::StringRef(Opts.Accelerator).split(':');
      (void)Vendor;
      Value = Target == cir::TargetKind::Nvptx || Target == cir::TargetKind::Amdgpu
                  ? Chip.str() : "";
      return ComptimeValue::makeString(AST.copyString(Value));
    }
    if (Field == "arch")
      Value = T.getArchName().str();
    else if (Field == "os")
      Value = T.getOSName().str();
    else if (Field == "triple")
      Value = T.str();
    else if (Field == "endianness")
      Value = T.isLittleEndian() ? "little" : "big";
    else if (Field == "pointer_bits")
      return ComptimeValue::makeInt(T.isArch64Bit() ? 64 : T.isArch16Bit() ? 16 : 32);
    else {
      Diags.report(Args[0].Value->getRange(), DiagID::err_no_member)
          << "the target" << Field;
      return {};
    }
    return ComptimeValue::makeString(AST.copyString(Value));
  }
  if (Name == "type_of") {
    // `type_of(x)`: the type of a value expression, locals included.
    bool ComptimeName = false;
    if (auto *N = Args.size() == 1 ? llvm::dyn_cast<NameExpr>(Args[0].Value)
                                   : nullptr) {
      // An argument `x: SIMD` named in the signature (`y: type_of(x)`).
      if (auto It = Ctx.Params.find(argTypeKey(N->Name)); It != Ctx.Params.end())
        return It->second;
      Symbol Sym = lookupIn(Ctx, N->Name);
      ComptimeName = Sym.K == Symbol::Kind::Comptime ||
                     (Sym.K == Symbol::Kind::Value &&
                      Sym.Value.K != ComptimeValue::Kind::Type);
    }
    // A parameter type resolved for another module's declaration (a kernel
    // instantiated from the library): the checked function's locals are not
    // in scope; the operand must be a compile-time expression.
    bool OtherModule = FS && FS->Ctx && FS->Ctx->Module != Ctx.Module;
    if (Args.size() == 1 && (!FS || ComptimeName || OtherModule)) {
      // At module level: the type of a compile-time value
      // (`comptime LayoutType = type_of(layout)`).
      ComptimeValue V = evalComptime(Args[0].Value, Ctx);
      if (!V.isValid())
        return {};
      return ComptimeValue::makeType(typeOfValue(V));
    }
    if (Args.size() != 1 || !FS) {
      Diags.report(E->getRange(), DiagID::err_comptime_eval);
      return {};
    }
    size_t Pending = FS->Pending.size();
    cir::Expr *V = materialize(checkExpr(Args[0].Value));
    FS->Pending.resize(Pending);
    if (V->Ty->isError())
      return {};
    return ComptimeValue::makeType(V->Ty);
  }
  if (Name == "origin_of") {
    // `origin_of(x, ...)`: origins are not tracked yet (docs/language/
    // semantics.md), so every origin is the one value 0; the operands must
    // still be valid expressions.
    if (Args.empty() || !FS) {
      Diags.report(E->getRange(), DiagID::err_comptime_eval);
      return {};
    }
    for (const auto &A : Args) {
      size_t Pending = FS->Pending.size();
      cir::Expr *V = materialize(checkExpr(A.Value));
      FS->Pending.resize(Pending);
      if (V->Ty->isError())
        return {};
    }
    return ComptimeValue::makeInt(0);
  }
  Handled = false;
  return {};
}

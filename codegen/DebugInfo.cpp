//===- DebugInfo.cpp - -g: DWARF debug info as LLVM dialect attributes ----===//
//
// Types are described from the CIR types with the C layout LLVM gives the
// MLIR memory types (docs/codegen.md, "Types"). A struct whose storage is a
// single scalar (Int, Bool, Float64 = SIMD[float64, 1], ...) is described as
// a DW_TAG_base_type named after the struct, so `print x` in gdb shows `5`
// rather than `{_value = 5}`; SIMD vectors are DWARF vector arrays; other
// structs and tuples are DW_TAG_structure_type with their fields.
//
//===----------------------------------------------------------------------===//
#include "codegen/DebugInfo.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/BinaryFormat/Dwarf.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MathExtras.h"
#include "llvm/Support/Path.h"

using namespace ignis;
using namespace ignis::cir;
namespace LLVM = mlir::LLVM;

DebugInfoBuilder::DebugInfoBuilder(mlir::MLIRContext &Ctx, const Program &P,
                                   const SourceManager &SM, bool Optimized)
    : Ctx(Ctx), P(P), SM(SM), Optimized(Optimized),
      FnLoc(mlir::UnknownLoc::get(&Ctx)) {
  llvm::StringRef MainPath = "<stdin>";
  if (P.Main && P.Main->Loc.isValid())
    MainPath = SM.getLineColumn(P.Main->Loc).Filename;
  else if (!P.Functions.empty() && P.Functions.front()->Loc.isValid())
    MainPath = SM.getLineColumn(P.Functions.front()->Loc).Filename;
  // The producer starts with "clang " as rustc's does: gdb trusts the line
  // table of LLVM-produced code to find where a function's prologue ends
  // (stepping into a call would otherwise stop before the parameters are
  // stored).
  CU = LLVM::DICompileUnitAttr::get(
      mlir::DistinctAttr::create(mlir::UnitAttr::get(&Ctx)),
      llvm::dwarf::DW_LANG_Mojo, getFile(MainPath),
      mlir::StringAttr::get(&Ctx, "clang LLVM (ignis)"), Optimized,
      LLVM::DIEmissionKind::Full);
}

LLVM::DIFileAttr DebugInfoBuilder::getFile(llvm::StringRef Path) {
  auto It = Files.find(Path);
  if (It != Files.end())
    return It->second;
  llvm::SmallString<256> Abs(Path);
  llvm::sys::fs::make_absolute(Abs);
  llvm::sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  auto File = LLVM::DIFileAttr::get(&Ctx, llvm::sys::path::filename(Abs),
                                    llvm::sys::path::parent_path(Abs));
  Files[Path] = File;
  return File;
}

//===----------------------------------------------------------------------===//
// Types
//===----------------------------------------------------------------------===//

DebugInfoBuilder::Layout DebugInfoBuilder::getLayout(Type T) {
  if (auto It = Layouts.find(T); It != Layouts.end())
    return It->second;
  Layout L;
  auto Aggregate = [&](llvm::ArrayRef<Type> Fields) {
    uint64_t Offset = 0, Align = 8;
    for (Type F : Fields) {
      Layout FL = getLayout(F);
      Offset = llvm::alignTo(Offset, FL.AlignBits) + FL.SizeBits;
      Align = std::max(Align, FL.AlignBits);
    }
    L.SizeBits = llvm::alignTo(Offset, Align);
    L.AlignBits = Align;
  };
  switch (T->getKind()) {
  case TypeKind::Prim: {
    auto *PT = llvm::cast<PrimType>(T);
    uint64_t Bits = getDTypeBits(PT->Elem);
    if (PT->Width == 1) {
      L.SizeBits = L.AlignBits = std::max<uint64_t>(8, Bits);
    } else {
      // LLVM vectors: the store size rounded up to a power of two, aligned
      // to it.
      uint64_t Bytes = llvm::PowerOf2Ceil((Bits * PT->Width + 7) / 8);
      L.SizeBits = L.AlignBits = Bytes * 8;
    }
    break;
  }
  case TypeKind::IntLiteral:
  case TypeKind::FloatLiteral:
  case TypeKind::Pointer:
  case TypeKind::Function:
    L.SizeBits = L.AlignBits = 64;
    break;
  case TypeKind::StringLiteral:
    L.SizeBits = 128;
    L.AlignBits = 64;
    break;
  case TypeKind::Tuple:
    Aggregate(llvm::cast<TupleType>(T)->Elements);
    break;
  case TypeKind::Struct:
    if (auto It = P.Layouts.find(T); It != P.Layouts.end())
      Aggregate(It->second.Fields);
    break;
  case TypeKind::Array: {
    auto *AT = llvm::cast<ArrayType>(T);
    Layout EL = getLayout(AT->Elem);
    L.SizeBits = EL.SizeBits * AT->Count;
    L.AlignBits = EL.AlignBits;
    break;
  }
  default: // None, Never: an empty struct
    break;
  }
  Layouts[T] = L;
  return L;
}

LLVM::DIBasicTypeAttr DebugInfoBuilder::getBasicType(DType D,
                                                     llvm::StringRef Name) {
  unsigned Encoding = llvm::dwarf::DW_ATE_signed;
  if (D == DType::Bool)
    Encoding = llvm::dwarf::DW_ATE_boolean;
  else if (isFloatDType(D))
    Encoding = llvm::dwarf::DW_ATE_float;
  else if (isUnsignedIntDType(D))
    Encoding = llvm::dwarf::DW_ATE_unsigned;
  uint64_t Bits = std::max<unsigned>(8, getDTypeBits(D));
  return LLVM::DIBasicTypeAttr::get(&Ctx, llvm::dwarf::DW_TAG_base_type,
                                    Name.empty() ? getDTypeName(D) : Name,
                                    Bits, Encoding);
}

/// The Mojo alias of a scalar dtype, used to name SIMD[dtype, 1].
static llvm::StringRef getScalarAlias(DType D) {
  switch (D) {
  case DType::Bool: return "Bool";
  case DType::Int8: return "Int8";
  case DType::Int16: return "Int16";
  case DType::Int32: return "Int32";
  case DType::Int64: return "Int64";
  case DType::UInt8: return "UInt8";
  case DType::UInt16: return "UInt16";
  case DType::UInt32: return "UInt32";
  case DType::UInt64: return "UInt64";
  case DType::Float16: return "Float16";
  case DType::BFloat16: return "BFloat16";
  case DType::Float32: return "Float32";
  case DType::Float64: return "Float64";
  case DType::Index: return "Int";
  case DType::Int128: return "Int128";
  case DType::UInt128: return "UInt128";
  }
  return "";
}

LLVM::DITypeAttr DebugInfoBuilder::getPrimType(DType D, unsigned Width,
                                               llvm::StringRef Name) {
  if (Width == 1)
    return getBasicType(D, Name);
  // A vector: DW_TAG_array_type with DW_AT_GNU_vector over the lanes.
  // Bool vectors are bit-packed in memory: show their bytes instead.
  Type T = P.Types.getPrim(D, Width);
  Layout L = getLayout(T);
  LLVM::DITypeAttr Elem = getBasicType(D, "");
  uint64_t Count = Width;
  if (D == DType::Bool) {
    Elem = getBasicType(DType::UInt8, "");
    Count = L.SizeBits / 8;
  }
  auto Range = LLVM::DISubrangeAttr::get(
      &Ctx, mlir::IntegerAttr::get(mlir::IntegerType::get(&Ctx, 64), Count),
      nullptr, nullptr, nullptr);
  return LLVM::DICompositeTypeAttr::get(
      &Ctx, llvm::dwarf::DW_TAG_array_type, mlir::StringAttr::get(&Ctx, Name),
      nullptr, 0, nullptr, Elem, LLVM::DIFlags::Vector, L.SizeBits,
      L.AlignBits, nullptr, nullptr, nullptr, nullptr, {Range});
}

LLVM::DITypeAttr DebugInfoBuilder::getType(Type T) {
  if (auto It = Types.find(T); It != Types.end())
    return It->second;
  // Break cycles through pointers (a struct pointing to itself): while T is
  // being described, a reference to it is an opaque pointer.
  Types[T] = nullptr;
  std::string Name = P.Types.getName(T);
  auto MakeStruct = [&](llvm::ArrayRef<Type> Fields,
                        llvm::ArrayRef<std::string> Names) {
    Layout L = getLayout(T);
    llvm::SmallVector<LLVM::DINodeAttr> Members;
    uint64_t Offset = 0;
    for (auto [I, F] : llvm::enumerate(Fields)) {
      Layout FL = getLayout(F);
      Offset = llvm::alignTo(Offset, FL.AlignBits);
      LLVM::DITypeAttr FT = getType(F);
      if (FT && FL.SizeBits)
        Members.push_back(LLVM::DIDerivedTypeAttr::get(
            &Ctx, llvm::dwarf::DW_TAG_member,
            mlir::StringAttr::get(&Ctx, Names[I]), FT, FL.SizeBits,
            FL.AlignBits, Offset, std::nullopt, nullptr));
      Offset += FL.SizeBits;
    }
    return LLVM::DICompositeTypeAttr::get(
        &Ctx, llvm::dwarf::DW_TAG_structure_type,
        mlir::StringAttr::get(&Ctx, Name), nullptr, 0, nullptr, nullptr,
        LLVM::DIFlags::Zero, L.SizeBits, L.AlignBits, nullptr, nullptr,
        nullptr, nullptr, Members);
  };

  LLVM::DITypeAttr Result;
  switch (T->getKind()) {
  case TypeKind::Prim: {
    auto *PT = llvm::cast<PrimType>(T);
    Result = getPrimType(PT->Elem, PT->Width, Name);
    break;
  }
  case TypeKind::IntLiteral:
    Result = getBasicType(DType::Int64, "IntLiteral");
    break;
  case TypeKind::FloatLiteral:
    Result = getBasicType(DType::Float64, "FloatLiteral");
    break;
  case TypeKind::Pointer:
  case TypeKind::Function: {
    LLVM::DITypeAttr Pointee;
    if (auto *PT = llvm::dyn_cast<PointerType>(T))
      Pointee = getType(PT->Pointee);
    Result = LLVM::DIDerivedTypeAttr::get(
        &Ctx, llvm::dwarf::DW_TAG_pointer_type, mlir::StringAttr{}, Pointee,
        64, 64, 0, std::nullopt, nullptr);
    break;
  }
  case TypeKind::StringLiteral: {
    auto Char = LLVM::DIBasicTypeAttr::get(
        &Ctx, llvm::dwarf::DW_TAG_base_type, "char", 8,
        llvm::dwarf::DW_ATE_unsigned_char);
    auto Data = LLVM::DIDerivedTypeAttr::get(
        &Ctx, llvm::dwarf::DW_TAG_pointer_type, mlir::StringAttr{}, Char, 64,
        64, 0, std::nullopt, nullptr);
    auto Member = [&](llvm::StringRef N, LLVM::DITypeAttr Ty, uint64_t Off) {
      return LLVM::DIDerivedTypeAttr::get(
          &Ctx, llvm::dwarf::DW_TAG_member, mlir::StringAttr::get(&Ctx, N),
          Ty, 64, 64, Off, std::nullopt, nullptr);
    };
    Result = LLVM::DICompositeTypeAttr::get(
        &Ctx, llvm::dwarf::DW_TAG_structure_type,
        mlir::StringAttr::get(&Ctx, Name), nullptr, 0, nullptr, nullptr,
        LLVM::DIFlags::Zero, 128, 64, nullptr, nullptr, nullptr, nullptr,
        {Member("data", Data, 0),
         Member("length", getBasicType(DType::Int64, "Int"), 64)});
    break;
  }
  case TypeKind::Array: {
    // Described as its bytes (the elements' lifetimes are the library's).
    Layout AL = getLayout(T);
    auto Byte = LLVM::DIBasicTypeAttr::get(
        &Ctx, llvm::dwarf::DW_TAG_base_type, "byte", 8,
        llvm::dwarf::DW_ATE_unsigned_char);
    auto Range = LLVM::DISubrangeAttr::get(
        &Ctx, mlir::IntegerAttr::get(mlir::IntegerType::get(&Ctx, 64),
                                     AL.SizeBits / 8),
        nullptr, nullptr, nullptr);
    Result = LLVM::DICompositeTypeAttr::get(
        &Ctx, llvm::dwarf::DW_TAG_array_type, mlir::StringAttr{}, nullptr, 0,
        nullptr, Byte, LLVM::DIFlags::Zero, AL.SizeBits, AL.AlignBits,
        nullptr, nullptr, nullptr, nullptr, {Range});
    break;
  }
  case TypeKind::Tuple: {
    auto *TT = llvm::cast<TupleType>(T);
    std::vector<std::string> Names;
    for (size_t I = 0; I < TT->Elements.size(); ++I)
      Names.push_back("_" + std::to_string(I));
    Result = MakeStruct(TT->Elements, Names);
    break;
  }
  case TypeKind::Struct: {
    auto It = P.Layouts.find(T);
    if (It == P.Layouts.end())
      break;
    const auto &SL = It->second;
    // Scalar-like structs (one field holding a scalar) are their scalar.
    if (SL.Fields.size() == 1) {
      Type F = SL.Fields[0];
      while (F->getKind() == TypeKind::Struct) {
        auto FI = P.Layouts.find(F);
        if (FI == P.Layouts.end() || FI->second.Fields.size() != 1)
          break;
        F = FI->second.Fields[0];
      }
      if (auto *PT = llvm::dyn_cast<PrimType>(F)) {
        llvm::StringRef N = Name;
        if (PT->Width == 1 && N.starts_with("SIMD["))
          N = getScalarAlias(PT->Elem);
        Result = getPrimType(PT->Elem, PT->Width, N);
        break;
      }
    }
    std::vector<std::string> Names(SL.Names.begin(), SL.Names.end());
    Names.resize(SL.Fields.size());
    Result = MakeStruct(SL.Fields, Names);
    break;
  }
  default: // None, Never and the compile-time-only kinds: no value
    break;
  }
  Types[T] = Result;
  return Result;
}

//===----------------------------------------------------------------------===//
// Functions and locals
//===----------------------------------------------------------------------===//

void DebugInfoBuilder::beginFunction(mlir::func::FuncOp Op,
                                     const Function &F, bool IsEntryWrapper) {
  FnLoc = Op.getLoc();
  unsigned Line = 0;
  SPFile = CU.getFile();
  if (F.Loc.isValid()) {
    LineColumn LC = SM.getLineColumn(F.Loc);
    SPFile = getFile(LC.Filename);
    Line = LC.Line;
  }
  llvm::SmallVector<LLVM::DITypeAttr> Sig;
  LLVM::DITypeAttr R = F.Result ? getType(F.Result) : nullptr;
  Sig.push_back(R ? R : LLVM::DINullTypeAttr::get(&Ctx));
  if (IsEntryWrapper)
    Sig.clear();
  for (const Local *L : F.Params)
    if (LLVM::DITypeAttr PT = L->Ty ? getType(L->Ty) : nullptr)
      Sig.push_back(PT);
  auto Flags = LLVM::DISubprogramFlags::Definition |
               LLVM::DISubprogramFlags::LocalToUnit;
  if (Optimized)
    Flags = Flags | LLVM::DISubprogramFlags::Optimized;
  llvm::StringRef Name = F.DisplayName.empty() ? llvm::StringRef(F.Name)
                                               : llvm::StringRef(F.DisplayName);
  if (&F == P.Main) {
    Name = "main";
    if (!IsEntryWrapper)
      Flags = Flags | LLVM::DISubprogramFlags::MainSubprogram;
  }
  SP = LLVM::DISubprogramAttr::get(
      &Ctx, mlir::DistinctAttr::create(mlir::UnitAttr::get(&Ctx)), CU, SPFile,
      mlir::StringAttr::get(&Ctx, Name), mlir::StringAttr{}, SPFile, Line,
      Line, Flags,
      LLVM::DISubroutineTypeAttr::get(&Ctx, Sig), {}, {});
  Op->setLoc(mlir::FusedLoc::get(&Ctx, {FnLoc}, SP));
}

mlir::Location DebugInfoBuilder::getPrologueLoc() const {
  // Line 0: LLVM puts prologue_end after it, so a breakpoint on the
  // function stops once the parameters are in their slots.
  if (auto FL = mlir::dyn_cast<mlir::FileLineColLoc>(FnLoc))
    return mlir::FileLineColLoc::get(FL.getFilename(), 0, 0);
  return FnLoc;
}

void DebugInfoBuilder::declareLocal(mlir::OpBuilder &B, const Local &L,
                                    mlir::Value Addr, unsigned ArgNo) {
  if (!SP || L.Name.empty() || L.Name.starts_with("__") ||
      L.Name.starts_with("$") || !L.Ty)
    return;
  LLVM::DITypeAttr Ty = getType(L.Ty);
  if (!Ty)
    return;
  unsigned Line = 0;
  mlir::Location Loc = FnLoc;
  if (L.Loc.isValid()) {
    LineColumn LC = SM.getLineColumn(L.Loc);
    Line = LC.Line;
    Loc = mlir::FileLineColLoc::get(&Ctx, LC.Filename, LC.Line, LC.Column);
  }
  auto Var = LLVM::DILocalVariableAttr::get(
      &Ctx, SP, mlir::StringAttr::get(&Ctx, L.Name), SPFile, Line, ArgNo,
      /*alignInBits=*/0, Ty,
      LLVM::DIFlags::Zero);
  LLVM::DbgDeclareOp::create(B, Loc, Addr, Var);
}

void DebugInfoBuilder::finishFunction(mlir::func::FuncOp Op) {
  if (!SP)
    return;
  llvm::DenseMap<mlir::StringAttr, LLVM::DILexicalBlockFileAttr> Blocks;
  mlir::Location Fallback = FnLoc;
  Op.walk([&](mlir::Operation *O) {
    if (O == Op.getOperation())
      return;
    mlir::Location L = O->getLoc();
    if (mlir::isa<mlir::UnknownLoc>(L)) {
      O->setLoc(Fallback);
      return;
    }
    auto FL = mlir::dyn_cast<mlir::FileLineColLoc>(L);
    if (!FL)
      return;
    LLVM::DIFileAttr File = getFile(FL.getFilename());
    if (File == SPFile)
      return;
    auto &Block = Blocks[FL.getFilename()];
    if (!Block)
      Block = LLVM::DILexicalBlockFileAttr::get(&Ctx, SP, File, 0);
    O->setLoc(mlir::FusedLoc::get(&Ctx, {L}, Block));
  });
  SP = nullptr;
}

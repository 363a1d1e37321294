//===- Types.cpp - Type uniquing, DType facts and type names --------------===//
#include "sema/Types.h"
#include "frontend/AST.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/raw_ostream.h"

using namespace ignis;

namespace {
enum class DTypeClass { Bool, SInt, UInt, Float, Index };
struct DTypeInfo {
  const char *Name;
  unsigned Bits;
  DTypeClass Class;
};
const DTypeInfo DTypeTable[] = {
#define DTYPE(Enumerator, Name, Mlir, Bits, Kind) {Name, Bits, DTypeClass::Kind},
#include "sema/DTypes.def"
};

/// Types without structure: one instance each.
class SimpleType : public TypeBase {
public:
  explicit SimpleType(TypeKind K) : TypeBase(K) {}
};
} // namespace

llvm::StringRef ignis::getDTypeName(DType D) {
  return DTypeTable[static_cast<unsigned>(D)].Name;
}
unsigned ignis::getDTypeBits(DType D) {
  return DTypeTable[static_cast<unsigned>(D)].Bits;
}
bool ignis::isFloatDType(DType D) {
  return DTypeTable[static_cast<unsigned>(D)].Class == DTypeClass::Float;
}
bool ignis::isSignedIntDType(DType D) {
  DTypeClass C = DTypeTable[static_cast<unsigned>(D)].Class;
  return C == DTypeClass::SInt || C == DTypeClass::Index;
}
bool ignis::isUnsignedIntDType(DType D) {
  DTypeClass C = DTypeTable[static_cast<unsigned>(D)].Class;
  return C == DTypeClass::UInt || C == DTypeClass::Bool;
}
bool ignis::lookupDType(llvm::StringRef Name, DType &Out) {
  // Mojo 1.0's pointer-sized `int` (Int is Scalar[DType.int]) is also
  // spelled `index`; `uint` is the 64-bit unsigned integer.
  if (Name == "index" || Name == "uint") {
    Out = Name == "index" ? DType::Index : DType::UInt64;
    return true;
  }
  for (unsigned I = 0; I < std::size(DTypeTable); ++I)
    if (Name == DTypeTable[I].Name) {
      Out = static_cast<DType>(I);
      return true;
    }
  return false;
}

void ComptimeValue::profile(llvm::FoldingSetNodeID &ID) const {
  ID.AddInteger(static_cast<unsigned>(K));
  switch (K) {
  case Kind::Int:
    ID.AddInteger(Int);
    break;
  case Kind::Bool:
    ID.AddBoolean(Bool);
    break;
  case Kind::Float: {
    uint64_t Bits;
    std::memcpy(&Bits, &Float, sizeof(Bits));
    ID.AddInteger(Bits);
    break;
  }
  case Kind::String:
    ID.AddString(Str);
    break;
  case Kind::DType:
    ID.AddInteger(static_cast<unsigned>(DT));
    break;
  case Kind::Type:
    ID.AddPointer(Ty);
    break;
  case Kind::Struct:
    ID.AddPointer(Ty);
    [[fallthrough]];
  case Kind::List:
    ID.AddInteger(Count);
    for (const ComptimeValue &E : *this)
      E.profile(ID);
    break;
  case Kind::Closure:
  case Kind::Function:
    ID.AddPointer(Ptr);
    break;
  case Kind::None:
  case Kind::Invalid:
    break;
  }
}

bool ignis::operator==(const ComptimeValue &A, const ComptimeValue &B) {
  if (A.K != B.K)
    return false;
  switch (A.K) {
  case ComptimeValue::Kind::Int: return A.Int == B.Int;
  case ComptimeValue::Kind::Bool: return A.Bool == B.Bool;
  case ComptimeValue::Kind::Float: return A.Float == B.Float;
  case ComptimeValue::Kind::String: return A.Str == B.Str;
  case ComptimeValue::Kind::DType: return A.DT == B.DT;
  case ComptimeValue::Kind::Type: return A.Ty == B.Ty;
  case ComptimeValue::Kind::Struct:
  case ComptimeValue::Kind::List:
    // Structural: same type (structs) and equal elements.
    if ((A.K == ComptimeValue::Kind::Struct && A.Ty != B.Ty) || A.Count != B.Count)
      return false;
    for (uint32_t I = 0; I < A.Count; ++I)
      if (A.Elems[I] != B.Elems[I])
        return false;
    return true;
  case ComptimeValue::Kind::Closure:
  case ComptimeValue::Kind::Function: return A.Ptr == B.Ptr;
  case ComptimeValue::Kind::None:
  case ComptimeValue::Kind::Invalid: return true;
  }
  return false;
}

void StructType::profile(llvm::FoldingSetNodeID &ID, const StructDecl *D,
                         llvm::ArrayRef<ComptimeValue> Ps) {
  ID.AddPointer(D);
  ID.AddInteger(Ps.size());
  for (const ComptimeValue &P : Ps)
    P.profile(ID);
}

TypeContext::TypeContext() {
  ErrorTy = make<SimpleType>(TypeKind::Error);
  NeverTy = make<SimpleType>(TypeKind::Never);
  NoneTy = make<SimpleType>(TypeKind::NoneType);
  IntLiteralTy = make<SimpleType>(TypeKind::IntLiteral);
  FloatLiteralTy = make<SimpleType>(TypeKind::FloatLiteral);
  StringLiteralTy = make<SimpleType>(TypeKind::StringLiteral);
  DTypeTy = make<SimpleType>(TypeKind::DTypeType);
  TypeTy = make<SimpleType>(TypeKind::TypeType);
}

TypeContext::~TypeContext() = default;

Type TypeContext::getPrim(DType Elem, unsigned Width) {
  llvm::FoldingSetNodeID ID;
  PrimType::profile(ID, Elem, Width);
  void *Pos;
  if (PrimType *T = Prims.FindNodeOrInsertPos(ID, Pos))
    return T;
  auto *T = make<PrimType>(Elem, Width);
  Prims.InsertNode(T, Pos);
  return T;
}

const ComptimeValue *
TypeContext::internValues(llvm::ArrayRef<ComptimeValue> Values) {
  auto *Copy = static_cast<ComptimeValue *>(Alloc.Allocate(
      sizeof(ComptimeValue) * std::max<size_t>(1, Values.size()),
      alignof(ComptimeValue)));
  std::uninitialized_copy(Values.begin(), Values.end(), Copy);
  return Copy;
}

Type TypeContext::getStruct(const StructDecl *Decl,
                            llvm::ArrayRef<ComptimeValue> Params) {
  if (Decl == SimdStruct && Params.size() == 2 &&
      Params[0] == ScalarIntParams[0] && Params[1] == ScalarIntParams[1])
    return IntStruct;
  llvm::FoldingSetNodeID ID;
  StructType::profile(ID, Decl, Params);
  void *Pos;
  if (StructType *T = Structs.FindNodeOrInsertPos(ID, Pos))
    return T;
  auto *Copy = static_cast<ComptimeValue *>(
      Alloc.Allocate(sizeof(ComptimeValue) * Params.size(), alignof(ComptimeValue)));
  std::uninitialized_copy(Params.begin(), Params.end(), Copy);
  auto *T = make<StructType>(Decl, llvm::ArrayRef<ComptimeValue>(Copy, Params.size()));
  Structs.InsertNode(T, Pos);
  return T;
}

Type TypeContext::getTrait(const TraitDecl *Decl) {
  llvm::FoldingSetNodeID ID;
  ID.AddPointer(Decl);
  void *Pos;
  if (TraitType *T = Traits.FindNodeOrInsertPos(ID, Pos))
    return T;
  auto *T = make<TraitType>(Decl);
  Traits.InsertNode(T, Pos);
  return T;
}

static llvm::ArrayRef<Type> copyTypes(llvm::BumpPtrAllocator &A,
                                      llvm::ArrayRef<Type> Ts) {
  auto *Mem = static_cast<Type *>(A.Allocate(sizeof(Type) * Ts.size(), alignof(Type)));
  std::uninitialized_copy(Ts.begin(), Ts.end(), Mem);
  return {Mem, Ts.size()};
}

Type TypeContext::getTuple(llvm::ArrayRef<Type> Elements) {
  llvm::FoldingSetNodeID ID;
  TupleType::profile(ID, Elements);
  void *Pos;
  if (TupleType *T = Tuples.FindNodeOrInsertPos(ID, Pos))
    return T;
  auto *T = make<TupleType>(copyTypes(Alloc, Elements));
  Tuples.InsertNode(T, Pos);
  return T;
}

Type TypeContext::getFunction(llvm::ArrayRef<Type> Params, Type Result,
                              bool Raises) {
  llvm::FoldingSetNodeID ID;
  FunctionType::profile(ID, Params, Result, Raises);
  void *Pos;
  if (FunctionType *T = Functions.FindNodeOrInsertPos(ID, Pos))
    return T;
  auto *T = make<FunctionType>(copyTypes(Alloc, Params), Result, Raises);
  Functions.InsertNode(T, Pos);
  return T;
}

Type TypeContext::getPointer(Type Pointee, unsigned AddressSpace) {
  llvm::FoldingSetNodeID ID;
  ID.AddPointer(Pointee);
  ID.AddInteger(AddressSpace);
  void *Pos;
  if (PointerType *T = Pointers.FindNodeOrInsertPos(ID, Pos))
    return T;
  auto *T = make<PointerType>(Pointee, AddressSpace);
  Pointers.InsertNode(T, Pos);
  return T;
}

Type TypeContext::getArray(Type Elem, uint64_t Count) {
  llvm::FoldingSetNodeID ID;
  ArrayType::profile(ID, Elem, Count);
  void *Pos;
  if (ArrayType *T = Arrays.FindNodeOrInsertPos(ID, Pos))
    return T;
  auto *T = make<ArrayType>(Elem, Count);
  Arrays.InsertNode(T, Pos);
  return T;
}

void ignis::printComptimeValue(llvm::raw_ostream &OS, const TypeContext &TC,
                               const ComptimeValue &V) {
  switch (V.K) {
  case ComptimeValue::Kind::Int: OS << V.Int; break;
  case ComptimeValue::Kind::Bool: OS << (V.Bool ? "True" : "False"); break;
  case ComptimeValue::Kind::Float: OS << V.Float; break;
  case ComptimeValue::Kind::String: OS << '"' << V.Str << '"'; break;
  case ComptimeValue::Kind::DType: OS << "DType." << getDTypeName(V.DT); break;
  case ComptimeValue::Kind::Type: OS << TC.getName(V.Ty); break;
  case ComptimeValue::Kind::None: OS << "None"; break;
  case ComptimeValue::Kind::Closure: OS << V.Str; break;
  case ComptimeValue::Kind::Function: OS << V.Str; break;
  case ComptimeValue::Kind::Invalid: OS << "?"; break;
  case ComptimeValue::Kind::List:
  case ComptimeValue::Kind::Struct:
    // `[1, 2]` for lists, `P(4, True)` for struct values.
    if (V.K == ComptimeValue::Kind::Struct)
      OS << TC.getName(V.Ty);
    OS << (V.K == ComptimeValue::Kind::List ? '[' : '(');
    for (uint32_t I = 0; I < V.Count; ++I) {
      OS << (I ? ", " : "");
      printComptimeValue(OS, TC, V.Elems[I]);
    }
    OS << (V.K == ComptimeValue::Kind::List ? ']' : ')');
    break;
  }
}

std::string TypeContext::getName(Type T) const {
  std::string S;
  llvm::raw_string_ostream OS(S);
  switch (T->getKind()) {
  case TypeKind::Error: OS << "<error>"; break;
  case TypeKind::Never: OS << "Never"; break;
  case TypeKind::NoneType: OS << "None"; break;
  case TypeKind::IntLiteral: OS << "IntLiteral"; break;
  case TypeKind::FloatLiteral: OS << "FloatLiteral"; break;
  case TypeKind::StringLiteral: OS << "StringLiteral"; break;
  case TypeKind::DTypeType: OS << "DType"; break;
  case TypeKind::TypeType: OS << "AnyType"; break;
  case TypeKind::Prim: {
    auto *P = llvm::cast<PrimType>(T);
    OS << "__prim[DType." << getDTypeName(P->Elem) << ", " << P->Width << "]";
    break;
  }
  case TypeKind::Struct: {
    auto *ST = llvm::cast<StructType>(T);
    OS << ST->Decl->Name.Name;
    if (!ST->Params.empty()) {
      OS << '[';
      for (size_t I = 0; I < ST->Params.size(); ++I) {
        if (I)
          OS << ", ";
        const ComptimeValue &V = ST->Params[I];
        bool Variadic = I < ST->Decl->Params.Params.size() &&
                        ST->Decl->Params.Params[I].TheForm ==
                            ParamDecl::Form::Variadic;
        if (Variadic && V.K == ComptimeValue::Kind::List) {
          // `Variant[Int, String]`: a variadic parameter's values inline.
          for (uint32_t J = 0; J < V.Count; ++J) {
            OS << (J ? ", " : "");
            printComptimeValue(OS, *this, V.Elems[J]);
          }
          continue;
        }
        printComptimeValue(OS, *this, V);
      }
      OS << ']';
    }
    break;
  }
  case TypeKind::Trait:
    OS << llvm::cast<TraitType>(T)->Decl->Name.Name;
    break;
  case TypeKind::Tuple: {
    OS << "Tuple[";
    auto Es = llvm::cast<TupleType>(T)->Elements;
    for (size_t I = 0; I < Es.size(); ++I)
      OS << (I ? ", " : "") << getName(Es[I]);
    OS << ']';
    break;
  }
  case TypeKind::Function: {
    auto *F = llvm::cast<FunctionType>(T);
    OS << "def(";
    for (size_t I = 0; I < F->Params.size(); ++I)
      OS << (I ? ", " : "") << getName(F->Params[I]);
    OS << ')' << (F->Raises ? " raises" : "") << " -> " << getName(F->Result);
    break;
  }
  case TypeKind::Pointer:
    OS << "__pointer[" << getName(llvm::cast<PointerType>(T)->Pointee);
    if (unsigned AS = llvm::cast<PointerType>(T)->AddressSpace)
      OS << ", " << AS;
    OS << ']';
    break;
  case TypeKind::Array: {
    auto *A = llvm::cast<ArrayType>(T);
    OS << "__array[" << getName(A->Elem) << ", " << A->Count << ']';
    break;
  }
  }
  return S;
}

//===- Types.h - Interned semantic types shared by sema and codegen -------===//
//
// A Type is a pointer to an immutable, uniqued TypeBase owned by a
// TypeContext: two types are equal exactly when their pointers are. Struct
// types are instantiations (declaration + canonical parameter values), so
// each distinct parameter set has one type, and one set of methods.
//
//===----------------------------------------------------------------------===//
#ifndef IGNIS_SEMA_TYPES_H
#define IGNIS_SEMA_TYPES_H

#include "sema/ComptimeValue.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/FoldingSet.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Allocator.h"
#include <string>

namespace llvm {
class raw_ostream;
}

namespace ignis {

class StructDecl;
class TraitDecl;

/// Machine types that builtin operations work on (LANGUAGE.md §3 DTypes).
/// Listed once in sema/DTypes.def.
enum class DType : uint8_t {
#define DTYPE(Enumerator, Name, Mlir, Bits, Kind) Enumerator,
#include "sema/DTypes.def"
};
llvm::StringRef getDTypeName(DType D);
unsigned getDTypeBits(DType D);
bool isFloatDType(DType D);
bool isSignedIntDType(DType D);
bool isUnsignedIntDType(DType D);
bool lookupDType(llvm::StringRef Name, DType &Out);

class TypeBase;
using Type = const TypeBase *;

enum class TypeKind : uint8_t {
  Error,     // after a diagnostic; compatible with everything
  Never,     // the type of a call that does not return (abort)
  NoneType,  // `None`
  Prim,      // a machine scalar or vector: __mlir_type / SIMD storage
  IntLiteral,
  FloatLiteral,
  StringLiteral,
  DTypeType, // the type of DType values
  TypeType,  // the type of types (`T: AnyType` parameters)
  Struct,    // an instantiated struct
  Trait,     // a trait used as a bound or in Some[Trait]
  Tuple,
  Function,  // a function value (used by calls and closures)
  Pointer,   // an address of a value of Pointee (UnsafePointer's storage)
  Array,     // Count values of Elem stored inline (InlineArray's storage)
};

class TypeBase : public llvm::FoldingSetNode {
public:
  TypeKind getKind() const { return Kind; }
  bool isError() const { return Kind == TypeKind::Error; }

protected:
  explicit TypeBase(TypeKind K) : Kind(K) {}

private:
  TypeKind Kind;
};

/// A machine value: `Width` lanes of `Elem` (Width 1 is a scalar). Index is
/// the pointer-sized integer that `Int` stores.
class PrimType : public TypeBase {
public:
  PrimType(DType Elem, unsigned Width)
      : TypeBase(TypeKind::Prim), Elem(Elem), Width(Width) {}
  DType Elem;
  unsigned Width;
  void Profile(llvm::FoldingSetNodeID &ID) const { profile(ID, Elem, Width); }
  static void profile(llvm::FoldingSetNodeID &ID, DType E, unsigned W) {
    ID.AddInteger(static_cast<unsigned>(E));
    ID.AddInteger(W);
  }
  static bool classof(const TypeBase *T) { return T->getKind() == TypeKind::Prim; }
};

/// `Decl[Params...]`: one instantiation of a struct.
class StructType : public TypeBase {
public:
  StructType(const StructDecl *Decl, llvm::ArrayRef<ComptimeValue> Params)
      : TypeBase(TypeKind::Struct), Decl(Decl), Params(Params) {}
  const StructDecl *Decl;
  llvm::ArrayRef<ComptimeValue> Params;
  void Profile(llvm::FoldingSetNodeID &ID) const { profile(ID, Decl, Params); }
  static void profile(llvm::FoldingSetNodeID &ID, const StructDecl *D,
                      llvm::ArrayRef<ComptimeValue> Ps);
  static bool classof(const TypeBase *T) { return T->getKind() == TypeKind::Struct; }
};

class TraitType : public TypeBase {
public:
  explicit TraitType(const TraitDecl *Decl)
      : TypeBase(TypeKind::Trait), Decl(Decl) {}
  const TraitDecl *Decl;
  void Profile(llvm::FoldingSetNodeID &ID) const { ID.AddPointer(Decl); }
  static bool classof(const TypeBase *T) { return T->getKind() == TypeKind::Trait; }
};

class TupleType : public TypeBase {
public:
  explicit TupleType(llvm::ArrayRef<Type> Elements)
      : TypeBase(TypeKind::Tuple), Elements(Elements) {}
  llvm::ArrayRef<Type> Elements;
  void Profile(llvm::FoldingSetNodeID &ID) const { profile(ID, Elements); }
  static void profile(llvm::FoldingSetNodeID &ID, llvm::ArrayRef<Type> Es) {
    ID.AddInteger(Es.size());
    for (Type E : Es)
      ID.AddPointer(E);
  }
  static bool classof(const TypeBase *T) { return T->getKind() == TypeKind::Tuple; }
};

class FunctionType : public TypeBase {
public:
  FunctionType(llvm::ArrayRef<Type> Params, Type Result, bool Raises)
      : TypeBase(TypeKind::Function), Params(Params), Result(Result),
        Raises(Raises) {}
  llvm::ArrayRef<Type> Params;
  Type Result;
  bool Raises;
  void Profile(llvm::FoldingSetNodeID &ID) const {
    profile(ID, Params, Result, Raises);
  }
  static void profile(llvm::FoldingSetNodeID &ID, llvm::ArrayRef<Type> Ps,
                      Type R, bool Raises) {
    TupleType::profile(ID, Ps);
    ID.AddPointer(R);
    ID.AddBoolean(Raises);
  }
  static bool classof(const TypeBase *T) { return T->getKind() == TypeKind::Function; }
};

/// A machine address of a Pointee in memory (an opaque pointer in LLVM).
class PointerType : public TypeBase {
public:
  PointerType(Type Pointee, unsigned AddressSpace)
      : TypeBase(TypeKind::Pointer), Pointee(Pointee),
        AddressSpace(AddressSpace) {}
  Type Pointee;
  /// The memory it points into (std.memory.AddressSpace: 0 generic, 1
  /// global, 3 shared, 4 constant, 5 local); GPU code keeps it in the
  /// LLVM pointer type, host code treats every space as generic.
  unsigned AddressSpace;
  void Profile(llvm::FoldingSetNodeID &ID) const {
    ID.AddPointer(Pointee);
    ID.AddInteger(AddressSpace);
  }
  static bool classof(const TypeBase *T) { return T->getKind() == TypeKind::Pointer; }
};

/// `__builtin.array[T, n]`: n values of Elem side by side, in place (an
/// LLVM array). Raw storage: copying, moving and destroying it touch only
/// the bits; InlineArray runs the element lifecycles itself.
class ArrayType : public TypeBase {
public:
  ArrayType(Type Elem, uint64_t Count)
      : TypeBase(TypeKind::Array), Elem(Elem), Count(Count) {}
  Type Elem;
  uint64_t Count;
  void Profile(llvm::FoldingSetNodeID &ID) const { profile(ID, Elem, Count); }
  static void profile(llvm::FoldingSetNodeID &ID, Type E, uint64_t N) {
    ID.AddPointer(E);
    ID.AddInteger(N);
  }
  static bool classof(const TypeBase *T) { return T->getKind() == TypeKind::Array; }
};

/// Owns and uniques every type of a compilation session.
class TypeContext {
public:
  TypeContext();
  ~TypeContext();
  TypeContext(const TypeContext &) = delete;
  TypeContext &operator=(const TypeContext &) = delete;

  Type getError() const { return ErrorTy; }
  Type getNever() const { return NeverTy; }
  Type getNone() const { return NoneTy; }
  Type getIntLiteral() const { return IntLiteralTy; }
  Type getFloatLiteral() const { return FloatLiteralTy; }
  Type getStringLiteral() const { return StringLiteralTy; }
  Type getDTypeType() const { return DTypeTy; }
  Type getTypeType() const { return TypeTy; }
  Type getPrim(DType Elem, unsigned Width = 1);
  /// `Decl[Params]`, except that `SIMD[DType.int, 1]` is `Int` (one type,
  /// as in Mojo 1.0 where `Int = Scalar[DType.int]`) once
  /// setScalarIntAlias has named the two.
  Type getStruct(const StructDecl *Decl, llvm::ArrayRef<ComptimeValue> Params);
  /// Makes `SimdDecl[DType.int, 1]` build IntTy from now on.
  void setScalarIntAlias(const StructDecl *SimdDecl, Type IntTy) {
    SimdStruct = SimdDecl;
    IntStruct = IntTy;
  }
  /// The SIMD declaration, when set (for treating Int as SIMD[int, 1]).
  const StructDecl *getSimdDecl() const { return SimdStruct; }
  /// The canonical Int type, when set.
  Type getScalarIntType() const { return IntStruct; }
  /// The SIMD parameters Int stands for: (DType.int, 1).
  llvm::ArrayRef<ComptimeValue> getScalarIntParams() const {
    return ScalarIntParams;
  }
  Type getTrait(const TraitDecl *Decl);
  Type getTuple(llvm::ArrayRef<Type> Elements);
  Type getFunction(llvm::ArrayRef<Type> Params, Type Result, bool Raises);
  Type getPointer(Type Pointee, unsigned AddressSpace = 0);
  Type getArray(Type Elem, uint64_t Count);

  /// Mojo spelling: `Int`, `SIMD[DType.float32, 4]`, `Tuple[Int, Bool]`.
  std::string getName(Type T) const;

  llvm::BumpPtrAllocator &getAllocator() { return Alloc; }
  /// A copy of Values that lives as long as the context (for list and
  /// struct compile-time values).
  const ComptimeValue *internValues(llvm::ArrayRef<ComptimeValue> Values);

private:
  template <typename T, typename... Args> T *make(Args &&...As) {
    return new (Alloc.Allocate(sizeof(T), alignof(T))) T(std::forward<Args>(As)...);
  }
  llvm::BumpPtrAllocator Alloc;
  llvm::FoldingSet<PrimType> Prims;
  llvm::FoldingSet<StructType> Structs;
  llvm::FoldingSet<TraitType> Traits;
  llvm::FoldingSet<TupleType> Tuples;
  llvm::FoldingSet<FunctionType> Functions;
  llvm::FoldingSet<PointerType> Pointers;
  llvm::FoldingSet<ArrayType> Arrays;
  Type ErrorTy, NeverTy, NoneTy, IntLiteralTy, FloatLiteralTy, StringLiteralTy,
      DTypeTy, TypeTy;
  const StructDecl *SimdStruct = nullptr;
  Type IntStruct = nullptr;
  ComptimeValue ScalarIntParams[2] = {ComptimeValue::makeDType(DType::Index),
                                      ComptimeValue::makeInt(1)};
};

/// Mojo spelling of a parameter value: `3`, `True`, `DType.float32`, `Int`.
void printComptimeValue(llvm::raw_ostream &OS, const TypeContext &TC,
                        const ComptimeValue &V);

} // namespace ignis

#endif

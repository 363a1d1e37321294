//===- ComptimeValue.h - Values known at compile time (parameters) --------===//
//
// The values that parameterise functions and structs (`[n: Int, T: AnyType,
// dt: DType]`) and that comptime declarations hold. Trivially copyable, so
// they can key instantiation caches and live in arenas. Strings point into
// the TypeContext arena or the source.
//
//===----------------------------------------------------------------------===//
#ifndef IGNIS_SEMA_COMPTIMEVALUE_H
#define IGNIS_SEMA_COMPTIMEVALUE_H

#include "llvm/ADT/FoldingSet.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <string>

namespace ignis {

class TypeBase;
enum class DType : uint8_t;

struct ComptimeValue {
  /// Closure: a nested function with its captures (sema's ClosureInfo in
  /// Ptr; Str is its unique display name `inner#3`).
  enum class Kind : uint8_t {
    Invalid, Int, Bool, Float, String, DType, Type, None, Closure,
    /// A compile-time list (the values of a variadic parameter): Elems.
    List,
    /// A value of a user struct type Ty: its fields by value in Elems.
    Struct,
    /// A module-level function named as a value (`enqueue_function[kernel]`,
    /// `launch[f]`): the FuncDecl in Ptr, its name in Str.
    Function,
  };
  Kind K = Kind::Invalid;
  union {
    int64_t Int;
    bool Bool;
    double Float;
    ignis::DType DT;
    const TypeBase *Ty;
    const void *Ptr;
  };
  llvm::StringRef Str;
  /// The run-time type a typed value materialises as: `Float64(2.2)`,
  /// `UInt8.MAX` (Int, Float, Bool), `[1, 2]` as a `List[Int]`, an
  /// `InlineArray` (List). Null for literals, tuples and variadic packs.
  /// Not part of equality: `f[Float64(2.2)]` and `f[2.2]` bind the same.
  const TypeBase *ValTy = nullptr;
  /// List elements or struct fields (interned by TypeContext::internValues).
  const ComptimeValue *Elems = nullptr;
  uint32_t Count = 0;

  ComptimeValue() : Int(0) {}
  static ComptimeValue makeInt(int64_t V) {
    ComptimeValue C;
    C.K = Kind::Int;
    C.Int = V;
    return C;
  }
  static ComptimeValue makeBool(bool V) {
    ComptimeValue C;
    C.K = Kind::Bool;
    C.Int = 0;
    C.Bool = V;
    return C;
  }
  static ComptimeValue makeFloat(double V) {
    ComptimeValue C;
    C.K = Kind::Float;
    C.Float = V;
    return C;
  }
  static ComptimeValue makeString(llvm::StringRef S) {
    ComptimeValue C;
    C.K = Kind::String;
    C.Str = S;
    return C;
  }
  static ComptimeValue makeDType(ignis::DType D) {
    ComptimeValue C;
    C.K = Kind::DType;
    C.Int = 0;
    C.DT = D;
    return C;
  }
  static ComptimeValue makeType(const TypeBase *T) {
    ComptimeValue C;
    C.K = Kind::Type;
    C.Ty = T;
    return C;
  }
  static ComptimeValue makeNone() {
    ComptimeValue C;
    C.K = Kind::None;
    return C;
  }
  /// Elems and Values must outlive the value (use TypeContext::internValues).
  static ComptimeValue makeList(const ComptimeValue *Values, uint32_t N) {
    ComptimeValue C;
    C.K = Kind::List;
    C.Elems = Values;
    C.Count = N;
    return C;
  }
  static ComptimeValue makeStruct(const TypeBase *StructTy,
                                  const ComptimeValue *Fields, uint32_t N) {
    ComptimeValue C;
    C.K = Kind::Struct;
    C.Ty = StructTy;
    C.Elems = Fields;
    C.Count = N;
    return C;
  }
  const ComptimeValue *begin() const { return Elems; }
  const ComptimeValue *end() const { return Elems + Count; }
  static ComptimeValue makeClosure(const void *Info, llvm::StringRef Name) {
    ComptimeValue C;
    C.K = Kind::Closure;
    C.Ptr = Info;
    C.Str = Name;
    return C;
  }
  static ComptimeValue makeFunction(const void *Decl, llvm::StringRef Name) {
    ComptimeValue C;
    C.K = Kind::Function;
    C.Ptr = Decl;
    C.Str = Name;
    return C;
  }
  bool isValid() const { return K != Kind::Invalid; }
  /// This value typed as T (see ValTy).
  ComptimeValue typed(const TypeBase *T) const {
    ComptimeValue C = *this;
    C.ValTy = T;
    return C;
  }

  void profile(llvm::FoldingSetNodeID &ID) const;
  friend bool operator==(const ComptimeValue &A, const ComptimeValue &B);
  friend bool operator!=(const ComptimeValue &A, const ComptimeValue &B) {
    return !(A == B);
  }
};

} // namespace ignis

#endif

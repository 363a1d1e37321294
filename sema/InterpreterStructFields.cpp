//===- InterpreterStructFields.cpp - A struct's fields at compile time ----===//
//
// What std.reflection's `reflect[T]` answers about a struct, as
// compile-time `__builtin` forms:
//   __builtin.is_struct[T]                 Bool
//   __builtin.struct_field_count[T]        Int
//   __builtin.struct_field_name[T, i]      String
//   __builtin.struct_field_types[T]        the field types, as a list
//   __builtin.struct_field_type[T, i]      one field's type (also by name)
//   __builtin.struct_field_index[T, "x"]   Int
//   __builtin.struct_field_offset[T, i]    byte offset (also by name)
//
//===----------------------------------------------------------------------===//
#include "sema/SemaImpl.h"

using namespace ignis;
using namespace ignis::sema;

ComptimeValue Sema::evalStructReflection(const Expr *E, llvm::StringRef Name,
                                         llvm::ArrayRef<Argument> Args,
                                         const InstContext &Ctx) {
  Type T = Args.empty() ? Types.getError() : resolveType(Args[0].Value, Ctx);
  if (T->isError())
    return {};
  StructInfo *SI = getStructInfo(T);
  if (Name == "is_struct")
    return ComptimeValue::makeBool(SI != nullptr);
  if (!SI) {
    Diags.report(E->getRange(), DiagID::err_comptime_type)
        << "a struct type" << ("'" + typeName(T) + "'");
    return {};
  }
  if (Name == "struct_field_count")
    return ComptimeValue::makeInt(static_cast<int64_t>(SI->FieldTypes.size()));
  if (Name == "struct_field_types") {
    llvm::SmallVector<ComptimeValue, 8> Elems;
    for (Type F : SI->FieldTypes)
      Elems.push_back(ComptimeValue::makeType(F));
    return ComptimeValue::makeList(Types.internValues(Elems),
                                   static_cast<uint32_t>(Elems.size()));
  }
  // The rest name one field: by its index, or by its name.
  ComptimeValue Which =
      Args.size() > 1 ? evalComptime(Args[1].Value, Ctx) : ComptimeValue();
  int64_t Index = -1;
  if (Which.K == ComptimeValue::Kind::Int) {
    Index = Which.Int;
  } else if (Which.K == ComptimeValue::Kind::String) {
    for (size_t I = 0; I < SI->FieldNames.size(); ++I)
      if (SI->FieldNames[I] == Which.Str)
        Index = static_cast<int64_t>(I);
    if (Index < 0) {
      Diags.report(E->getRange(), DiagID::err_no_member)
          << typeName(T) << Which.Str;
      return {};
    }
  } else if (!Which.isValid() && Args.size() > 1) {
    return {};
  }
  if (Index < 0 || static_cast<size_t>(Index) >= SI->FieldNames.size()) {
    Diags.report(E->getRange(), DiagID::err_comptime_type)
        << "the index of a field" << ("'" + typeName(T) + "'");
    return {};
  }
  if (Name == "struct_field_name")
    return ComptimeValue::makeString(SI->FieldNames[Index]);
  if (Name == "struct_field_index")
    return ComptimeValue::makeInt(Index);
  if (Name == "struct_field_type")
    return ComptimeValue::makeType(SI->FieldTypes[Index]);
  if (Name == "struct_field_offset") {
    // The fields laid out in order, each at its alignment (as sizeAlign and
    // the LLVM struct type codegen makes).
    uint64_t Offset = 0;
    for (int64_t I = 0; I <= Index; ++I) {
      uint64_t Size, Align;
      sizeAlign(*this, SI->FieldTypes[I], Size, Align);
      Offset = llvm::alignTo(Offset, Align);
      if (I < Index)
        Offset += Size;
    }
    return ComptimeValue::makeInt(static_cast<int64_t>(Offset));
  }
  Diags.report(E->getRange(), DiagID::err_comptime_type)
      << "a reflection builtin" << ("'" + Name.str() + "'");
  return {};
}

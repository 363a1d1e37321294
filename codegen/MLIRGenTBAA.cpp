//===- MLIRGenTBAA.cpp - type-based alias metadata by memory class --------===//
//
// Loads and stores of places get a TBAA tag naming the memory class they
// touch (docs/codegen.md, "Alias information"):
//   - a collection header field listed in MemoryClasses.def (List._len,
//     List._data, String._capacity, Span._len, ...): its own type;
//   - element memory, reached through a pointer (`Deref`, `__builtin.load`
//     and `store`) as a scalar or a vector: one type for all element types,
//     since Mojo code may pun element memory through `bitcast`;
//   - anything else (locals, by-address params, whole-struct copies): no
//     tag, which LLVM treats as possibly aliasing everything.
// All class types are children of one root and siblings of each other, so
// an element store never aliases a header load.
//
//===----------------------------------------------------------------------===//

#include "codegen/MLIRGen.h"
#include "llvm/Support/Path.h"

using namespace mlir;

namespace ignis {

namespace {
struct HeaderField {
  MemoryClass Class;
  llvm::StringRef File, Struct, Field;
};
const HeaderField HeaderFields[] = {
#define IGNIS_HEADER_FIELD(Id, File, Struct, Field, NonNeg)                    \
  {MemoryClass::Id, File, Struct, Field},
#include "codegen/MemoryClasses.def"
};
const char *const ClassNames[] = {
    "", "element",
#define IGNIS_HEADER_FIELD(Id, File, Struct, Field, NonNeg) Struct "." Field,
#include "codegen/MemoryClasses.def"
};
const bool NonNegative[] = {
    false, false,
#define IGNIS_HEADER_FIELD(Id, File, Struct, Field, NonNeg) NonNeg != 0,
#include "codegen/MemoryClasses.def"
};
} // namespace

MemoryClass MLIRGen::getHeaderFieldClass(Type StructTy, size_t Index) {
  auto *ST = llvm::dyn_cast_or_null<StructType>(StructTy);
  auto It = P.Layouts.find(StructTy);
  if (!ST || !ST->Decl || It == P.Layouts.end() ||
      Index >= It->second.Names.size())
    return MemoryClass::None;
  llvm::StringRef Field = It->second.Names[Index];
  for (const HeaderField &H : HeaderFields) {
    if (H.Struct != ST->Decl->Name.Name || H.Field != Field)
      continue;
    // Only the stdlib's struct: a user's `List` is not known to keep its
    // fields private.
    unsigned Buf = SM.findBuffer(ST->Decl->Name.Loc);
    llvm::StringRef Path = Buf ? SM.getBufferName(Buf) : "";
    if (Path.ends_with(H.File) &&
        (Path.size() == H.File.size() ||
         llvm::sys::path::is_separator(Path[Path.size() - H.File.size() - 1])))
      return H.Class;
  }
  return MemoryClass::None;
}

MemoryClass MLIRGen::classifyPlace(const cir::Expr *Place) {
  switch (Place->Kind) {
  case cir::ExprKind::Deref:
    return MemoryClass::Element;
  case cir::ExprKind::FieldRef: {
    MemoryClass C = getHeaderFieldClass(Place->Ops[0]->Ty, Place->Index);
    if (C != MemoryClass::None)
      return C;
    // A field of a struct lowered to its field is the struct's memory; any
    // other field is in the memory its struct is in.
    return classifyPlace(Place->Ops[0]);
  }
  default: // locals and by-address params: no tag
    return MemoryClass::None;
  }
}

ArrayAttr MLIRGen::getTBAATag(MemoryClass C) {
  if (C == MemoryClass::None)
    return nullptr;
  ArrayAttr &Tag = TBAATags[static_cast<unsigned>(C)];
  if (!Tag) {
    if (!TBAARoot)
      TBAARoot = LLVM::TBAARootAttr::get(&Ctx, B.getStringAttr("Ignis TBAA"));
    auto Desc = LLVM::TBAATypeDescriptorAttr::get(
        &Ctx, ClassNames[static_cast<unsigned>(C)],
        {LLVM::TBAAMemberAttr::get(TBAARoot, 0)});
    Tag = B.getArrayAttr(
        {LLVM::TBAATagAttr::get(Desc, Desc, /*offset=*/0)});
  }
  return Tag;
}

void MLIRGen::tagAccess(Operation *Op, MemoryClass C, mlir::Type AccessTy) {
  if (!Op || C == MemoryClass::None || isDeviceModule())
    return;
  // Element memory is tagged only for scalars and vectors: a whole struct
  // in element memory may hold a header (a List of Lists).
  if (C == MemoryClass::Element &&
      !(AccessTy.isIntOrFloat() || isa<VectorType, LLVM::LLVMPointerType>(AccessTy)))
    return;
  if (auto AA = dyn_cast<LLVM::AliasAnalysisOpInterface>(Op))
    AA.setTBAATags(getTBAATag(C));
}

void MLIRGen::assumeClassFacts(Value V, MemoryClass C, Location L) {
  if (!V || !NonNegative[static_cast<unsigned>(C)] || V.getType() != I64 ||
      !isLive())
    return;
  Value Zero = constInt(L, I64, 0);
  Value NonNeg =
      arith::CmpIOp::create(B, L, arith::CmpIPredicate::sge, V, Zero);
  LLVM::AssumeOp::create(B, L, NonNeg);
}

bool MLIRGen::holdsNonNegativeLength(Type T) {
  if (!T || T->getKind() != TypeKind::Struct)
    return false;
  auto Cached = HoldsLength.find(T);
  if (Cached != HoldsLength.end())
    return Cached->second;
  HoldsLength[T] = false; // a recursive struct holds it through a pointer
  bool Holds = false;
  auto It = P.Layouts.find(T);
  if (It != P.Layouts.end()) {
    const std::vector<Type> &Fields = It->second.Fields;
    for (size_t I = 0; I < Fields.size() && !Holds; ++I)
      Holds = NonNegative[static_cast<unsigned>(getHeaderFieldClass(T, I))] ||
              holdsNonNegativeLength(Fields[I]);
  }
  HoldsLength[T] = Holds;
  return Holds;
}

} // namespace ignis

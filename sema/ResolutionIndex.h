//===- ResolutionIndex.h - What each name and expression resolved to -------===//
//
// Filled by sema when SemaOptions::Index is set (the language server), and
// never otherwise: the compiler pays one null check per expression. Entries
// point into the AST and the TypeContext of the same check, so the index is
// only valid while those live.
//
//===----------------------------------------------------------------------===//
#ifndef IGNIS_SEMA_RESOLUTIONINDEX_H
#define IGNIS_SEMA_RESOLUTIONINDEX_H

#include "frontend/SourceManager.h"
#include "sema/Types.h"
#include "llvm/ADT/StringRef.h"
#include <vector>

namespace ignis {

class Decl;
class ModuleDecl;

struct ResolutionIndex {
  /// What a name written at Use denotes.
  struct Reference {
    enum class Kind : uint8_t { Local, Function, Struct, Trait, Comptime, Module, Value };
    Kind K = Kind::Value;
    SourceRange Use;
    /// The declaring name's location (a local's name, a declaration's name);
    /// invalid when the name has no source (compiler-made values).
    SourceLoc DeclLoc;
    /// The declaration for functions, structs, traits and comptimes.
    const Decl *D = nullptr;
    /// The type of a local or a compile-time value (else null).
    Type Ty = nullptr;
  };
  /// The type an expression checked to (first instantiation wins).
  struct ExprType {
    SourceRange Range;
    Type Ty = nullptr;
  };
  /// A name visible at module level in the main file (its own declarations,
  /// its imports and the prelude), for completion.
  struct GlobalName {
    llvm::StringRef Name;
    Reference::Kind K = Reference::Kind::Value;
    const Decl *D = nullptr;
  };
  /// A variable or argument of a function body.
  struct LocalDecl {
    llvm::StringRef Name;
    SourceLoc Loc;
    Type Ty = nullptr;
  };
  std::vector<Reference> References;
  std::vector<ExprType> Exprs;
  std::vector<LocalDecl> Locals;
  std::vector<GlobalName> Globals;
  /// The main file's tree.
  const ModuleDecl *MainModule = nullptr;
};

} // namespace ignis

#endif

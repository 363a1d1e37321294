//===- DocModel.h - API documentation of a module or package --------------===//
//
// What `ignis doc` extracts from signatures and docstrings, in the shape of
// `mojo doc`'s JSON: a package holds modules and packages; a module holds
// aliases, functions (each with its overloads), structs and traits.
//
//===----------------------------------------------------------------------===//
#ifndef IGNIS_TOOLS_DOC_DOCMODEL_H
#define IGNIS_TOOLS_DOC_DOCMODEL_H

#include <memory>
#include <string>
#include <vector>

namespace ignis {
namespace doc {

/// A runtime argument (kind "argument") or compile-time parameter (kind
/// "parameter") of a function or struct.
struct DocParam {
  std::string Name; // `*args`, `**kwargs` for variadics
  std::string Type;
  std::string Convention;  // arguments only: read, mut, owned, out, ref, ...
  std::string PassingKind; // pos, pos_or_kw, kw
  std::string Default;
  std::string Description;
};

struct DocFunction {
  std::string Name;
  std::string Summary, Description;
  std::vector<DocParam> Args, Parameters;
  std::string Signature;
  std::string ReturnType, ReturnsDoc;
  bool Raises = false;
  std::string RaisesDoc;
  bool IsDef = false, IsStatic = false, Async = false;
  std::string Constraints, Deprecated;
};

/// All overloads of one name, in source order.
struct DocOverloadSet {
  std::string Name;
  std::vector<DocFunction> Overloads;
};

struct DocAlias {
  std::string Name, Summary, Description, Value, Deprecated;
};

struct DocField {
  std::string Name, Type, Summary, Description;
};

struct DocStruct {
  std::string Name, Summary, Description;
  std::vector<DocAlias> Aliases;
  std::vector<DocField> Fields;
  std::vector<DocOverloadSet> Functions;
  std::vector<DocParam> Parameters;
  std::vector<std::string> ParentTraits;
  std::string Signature, Constraints, Convention, Deprecated;
};

struct DocTrait {
  std::string Name, Summary, Description;
  std::vector<DocField> Fields;
  std::vector<DocOverloadSet> Functions;
  std::vector<std::string> ParentTraits;
  std::string Deprecated;
};

struct DocModule {
  std::string Name, Summary, Description;
  std::vector<DocAlias> Aliases;
  std::vector<DocOverloadSet> Functions;
  std::vector<DocStruct> Structs;
  std::vector<DocTrait> Traits;
};

struct DocPackage {
  std::string Name, Summary, Description;
  std::vector<DocModule> Modules;
  std::vector<DocPackage> Packages;
};

/// The result of documenting a path: a package (a folder with __init__.mojo
/// or any folder) or a single module.
struct DocTree {
  bool IsPackage = false;
  DocPackage Package;
  DocModule Module;
};

} // namespace doc
} // namespace ignis

#endif

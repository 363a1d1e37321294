//===- DocJSON.cpp - The documentation tree in `mojo doc`'s JSON shape ----===//
#include "tools/doc/DocOutput.h"

#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

using namespace ignis;
using namespace ignis::doc;
namespace json = llvm::json;

template <typename T, typename Fn>
static json::Array arrayOf(const std::vector<T> &Items, Fn Convert) {
  json::Array A;
  for (const T &I : Items)
    A.push_back(Convert(I));
  return A;
}

static json::Value toJSON(const DocParam &P, bool IsArg) {
  json::Object O{{"kind", IsArg ? "argument" : "parameter"},
                 {"name", P.Name},
                 {"type", P.Type},
                 {"passingKind", P.PassingKind},
                 {"default", P.Default},
                 {"description", P.Description}};
  if (IsArg)
    O["convention"] = P.Convention;
  return O;
}

static json::Array params(const std::vector<DocParam> &Ps, bool IsArg) {
  return arrayOf(Ps, [&](const DocParam &P) { return toJSON(P, IsArg); });
}

static json::Value toJSON(const DocFunction &F) {
  return json::Object{{"kind", "function"},
                      {"name", F.Name},
                      {"summary", F.Summary},
                      {"description", F.Description},
                      {"args", params(F.Args, true)},
                      {"parameters", params(F.Parameters, false)},
                      {"signature", F.Signature},
                      {"returnType", F.ReturnType},
                      {"returnsDoc", F.ReturnsDoc},
                      {"raises", F.Raises},
                      {"raisesDoc", F.RaisesDoc},
                      {"isDef", F.IsDef},
                      {"isStatic", F.IsStatic},
                      {"async", F.Async},
                      {"constraints", F.Constraints},
                      {"deprecated", F.Deprecated}};
}

static json::Array functions(const std::vector<DocOverloadSet> &Sets) {
  return arrayOf(Sets, [](const DocOverloadSet &S) -> json::Value {
    return json::Object{
        {"kind", "function"},
        {"name", S.Name},
        {"overloads",
         arrayOf(S.Overloads, [](const DocFunction &F) { return toJSON(F); })}};
  });
}

static json::Array aliases(const std::vector<DocAlias> &As) {
  return arrayOf(As, [](const DocAlias &A) -> json::Value {
    return json::Object{{"kind", "alias"},      {"name", A.Name},
                        {"summary", A.Summary}, {"description", A.Description},
                        {"value", A.Value},     {"deprecated", A.Deprecated}};
  });
}

static json::Array fields(const std::vector<DocField> &Fs) {
  return arrayOf(Fs, [](const DocField &F) -> json::Value {
    return json::Object{{"kind", "field"},
                        {"name", F.Name},
                        {"type", F.Type},
                        {"summary", F.Summary},
                        {"description", F.Description}};
  });
}

static json::Array strings(const std::vector<std::string> &Ss) {
  return arrayOf(Ss, [](const std::string &S) -> json::Value { return S; });
}

static json::Value toJSON(const DocModule &M) {
  return json::Object{
      {"kind", "module"},
      {"name", M.Name},
      {"summary", M.Summary},
      {"description", M.Description},
      {"aliases", aliases(M.Aliases)},
      {"functions", functions(M.Functions)},
      {"structs", arrayOf(M.Structs,
                          [](const DocStruct &S) -> json::Value {
                            return json::Object{
                                {"kind", "struct"},
                                {"name", S.Name},
                                {"summary", S.Summary},
                                {"description", S.Description},
                                {"aliases", aliases(S.Aliases)},
                                {"fields", fields(S.Fields)},
                                {"functions", functions(S.Functions)},
                                {"parameters", params(S.Parameters, false)},
                                {"parentTraits", strings(S.ParentTraits)},
                                {"signature", S.Signature},
                                {"constraints", S.Constraints},
                                {"convention", S.Convention},
                                {"deprecated", S.Deprecated}};
                          })},
      {"traits", arrayOf(M.Traits, [](const DocTrait &T) -> json::Value {
         return json::Object{{"kind", "trait"},
                             {"name", T.Name},
                             {"summary", T.Summary},
                             {"description", T.Description},
                             {"fields", fields(T.Fields)},
                             {"functions", functions(T.Functions)},
                             {"parentTraits", strings(T.ParentTraits)},
                             {"deprecated", T.Deprecated}};
       })}};
}

static json::Value toJSON(const DocPackage &P) {
  return json::Object{
      {"kind", "package"},
      {"name", P.Name},
      {"summary", P.Summary},
      {"description", P.Description},
      {"modules",
       arrayOf(P.Modules, [](const DocModule &M) { return toJSON(M); })},
      {"packages",
       arrayOf(P.Packages, [](const DocPackage &Sub) { return toJSON(Sub); })}};
}

void doc::writeJSON(llvm::raw_ostream &OS, const DocTree &Tree,
                    llvm::StringRef Version) {
  json::Value Root = json::Object{
      {"decl", Tree.IsPackage ? toJSON(Tree.Package) : toJSON(Tree.Module)},
      {"version", Version}};
  OS << llvm::formatv("{0:2}", Root) << "\n";
}

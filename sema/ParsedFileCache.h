//===- ParsedFileCache.h - Parsed files kept across checks (the stdlib) ---===//
//
// The language server checks a file again on every edit; the standard
// library it imports does not change. This cache keeps those files' text and
// syntax trees in its own SourceManager and ASTContext for the whole session.
// A check copies the cache's buffers into its SourceManager first, in the same
// order (only the pointers: the text is shared), so every cached tree's
// locations mean the same there, and sema takes a cached file's tree instead
// of reading and parsing it again (SemaOptions::ParsedFiles). Sema never
// changes a tree it checks, so one tree serves every check.
//
//===----------------------------------------------------------------------===//
#ifndef IGNIS_SEMA_PARSEDFILECACHE_H
#define IGNIS_SEMA_PARSEDFILECACHE_H

#include "frontend/AST.h"
#include "frontend/SourceManager.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"

namespace ignis {

class ParsedFileCache {
public:
  struct Entry {
    unsigned Buffer = 0;
    ModuleDecl *AST = nullptr;
  };

  /// The cached file at RealPath (a real path, as sema keys modules).
  const Entry *lookup(llvm::StringRef RealPath) const {
    auto It = Files.find(RealPath);
    return It == Files.end() ? nullptr : &It->second;
  }
  /// Adds the cached buffers to SM, which must hold none yet: they get the
  /// same ids and locations there as here.
  void mirrorInto(SourceManager &SM) const;
  /// Reads and parses the file at Path into the cache (nothing if it is
  /// there already, cannot be read or does not parse cleanly).
  void add(llvm::StringRef Path);
  unsigned getNumFiles() const { return Files.size(); }

private:
  SourceManager SM;
  ASTContext AST;
  llvm::StringMap<Entry> Files;
  llvm::StringSet<> Rejected;
};

} // namespace ignis

#endif

//===- Docstring.h - Google-style docstrings split into their parts -------===//
#ifndef IGNIS_TOOLS_DOC_DOCSTRING_H
#define IGNIS_TOOLS_DOC_DOCSTRING_H

#include "llvm/ADT/StringRef.h"
#include <string>
#include <utility>
#include <vector>

namespace ignis {
namespace doc {

/// A docstring's parts. Summary is the first paragraph on one line;
/// Description the other text (sections other than the known ones included);
/// Args and Parameters map names (without `*`) to their text; the other
/// sections are their text on one line each paragraph.
struct Docstring {
  std::string Summary, Description;
  std::vector<std::pair<std::string, std::string>> Args, Parameters;
  std::string Returns, Raises, Constraints;

  /// The entry for Name in Entries, or "".
  static std::string
  lookup(const std::vector<std::pair<std::string, std::string>> &Entries,
         llvm::StringRef Name);
};

/// Parses the decoded text of a docstring: its common indentation is
/// removed; `Args:` (or `Arguments:`), `Parameters:`, `Returns:`,
/// `Raises:` and `Constraints:` lines start sections.
Docstring parseDocstring(llvm::StringRef Text);

} // namespace doc
} // namespace ignis

#endif

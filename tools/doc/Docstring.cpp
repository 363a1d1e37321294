//===- Docstring.cpp - Google-style docstrings split into their parts -----===//
#include "tools/doc/Docstring.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringSwitch.h"

using namespace ignis;
using namespace ignis::doc;

namespace {
enum class Section { None, Args, Parameters, Returns, Raises, Constraints };

unsigned indentOf(llvm::StringRef Line) {
  return Line.size() - Line.ltrim(" \t").size();
}

Section sectionOf(llvm::StringRef Line) {
  if (indentOf(Line) != 0 || !Line.rtrim().ends_with(":"))
    return Section::None;
  return llvm::StringSwitch<Section>(Line.rtrim().drop_back())
      .Cases("Args", "Arguments", Section::Args)
      .Case("Parameters", Section::Parameters)
      .Cases("Returns", "Return", Section::Returns)
      .Case("Raises", Section::Raises)
      .Case("Constraints", Section::Constraints)
      .Default(Section::None);
}

/// Lines joined with one space, paragraphs (blank lines) with a newline.
std::string joinParagraphs(llvm::ArrayRef<llvm::StringRef> Lines) {
  std::string Out;
  bool NewParagraph = false;
  for (llvm::StringRef L : Lines) {
    L = L.trim();
    if (L.empty()) {
      NewParagraph = !Out.empty();
      continue;
    }
    if (!Out.empty())
      Out += NewParagraph ? "\n" : " ";
    NewParagraph = false;
    Out += L.str();
  }
  return Out;
}

/// `name: text` entries at the section's smallest indentation, with more
/// indented lines continuing the entry before.
std::vector<std::pair<std::string, std::string>>
parseEntries(llvm::ArrayRef<llvm::StringRef> Lines) {
  std::vector<std::pair<std::string, std::string>> Out;
  unsigned Base = ~0u;
  for (llvm::StringRef L : Lines)
    if (!L.trim().empty())
      Base = std::min(Base, indentOf(L));
  for (llvm::StringRef L : Lines) {
    if (L.trim().empty())
      continue;
    llvm::StringRef T = L.trim();
    size_t Colon = T.find(':');
    if (indentOf(L) == Base && Colon != llvm::StringRef::npos) {
      llvm::StringRef Name = T.take_front(Colon).trim().ltrim('*');
      // `name (Type): text` is accepted too.
      Name = Name.split(' ').first;
      Out.push_back({Name.str(), T.drop_front(Colon + 1).trim().str()});
    } else if (!Out.empty()) {
      std::string &Text = Out.back().second;
      if (!Text.empty())
        Text += ' ';
      Text += T.str();
    }
  }
  return Out;
}
} // namespace

std::string Docstring::lookup(
    const std::vector<std::pair<std::string, std::string>> &Entries,
    llvm::StringRef Name) {
  Name = Name.ltrim('*');
  for (const auto &[N, Text] : Entries)
    if (N == Name)
      return Text;
  return {};
}

Docstring doc::parseDocstring(llvm::StringRef Text) {
  // Lines with the common indentation of all but the first removed.
  llvm::SmallVector<llvm::StringRef, 32> Raw, Lines;
  Text.split(Raw, '\n');
  unsigned Common = ~0u;
  for (size_t I = 1; I < Raw.size(); ++I)
    if (!Raw[I].trim().empty())
      Common = std::min(Common, indentOf(Raw[I]));
  for (size_t I = 0; I < Raw.size(); ++I) {
    llvm::StringRef L = Raw[I].rtrim();
    if (I == 0)
      L = L.ltrim();
    else if (!L.empty())
      L = L.drop_front(std::min<size_t>(Common, L.size()));
    Lines.push_back(L);
  }
  while (!Lines.empty() && Lines.front().empty())
    Lines.erase(Lines.begin());
  while (!Lines.empty() && Lines.back().empty())
    Lines.pop_back();

  Docstring D;
  size_t I = 0;
  llvm::SmallVector<llvm::StringRef, 8> Summary;
  while (I < Lines.size() && !Lines[I].empty() &&
         sectionOf(Lines[I]) == Section::None)
    Summary.push_back(Lines[I++]);
  D.Summary = joinParagraphs(Summary);

  llvm::SmallVector<llvm::StringRef, 16> Description, Body;
  Section Current = Section::None;
  auto flush = [&] {
    switch (Current) {
    case Section::None:
      break;
    case Section::Args:
      D.Args = parseEntries(Body);
      break;
    case Section::Parameters:
      D.Parameters = parseEntries(Body);
      break;
    case Section::Returns:
      D.Returns = joinParagraphs(Body);
      break;
    case Section::Raises:
      D.Raises = joinParagraphs(Body);
      break;
    case Section::Constraints:
      D.Constraints = joinParagraphs(Body);
      break;
    }
    Body.clear();
  };
  for (; I < Lines.size(); ++I) {
    Section S = sectionOf(Lines[I]);
    if (S != Section::None) {
      flush();
      Current = S;
      continue;
    }
    // An unindented line after a section's entries ends the section.
    if (Current != Section::None && !Lines[I].empty() &&
        indentOf(Lines[I]) == 0) {
      flush();
      Current = Section::None;
    }
    if (Current == Section::None)
      Description.push_back(Lines[I]);
    else
      Body.push_back(Lines[I]);
  }
  flush();
  while (!Description.empty() && Description.front().empty())
    Description.erase(Description.begin());
  while (!Description.empty() && Description.back().empty())
    Description.pop_back();
  for (size_t J = 0; J < Description.size(); ++J) {
    if (J)
      D.Description += '\n';
    D.Description += Description[J].str();
  }
  return D;
}

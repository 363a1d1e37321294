//===- ComptimeForRolled.cpp - comptime for loops kept as loops -----------===//
#include "sema/ComptimeForRolled.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringSwitch.h"

using namespace ignis;

static bool isIdentChar(char C) {
  return (C >= 'a' && C <= 'z') || (C >= 'A' && C <= 'Z') ||
         (C >= '0' && C <= '9') || C == '_';
}

static char prevNonSpace(llvm::StringRef S, size_t I) {
  while (I > 0) {
    char C = S[--I];
    if (C != ' ' && C != '\t' && C != '\n' && C != '\r' && C != '\\')
      return C;
  }
  return 0;
}

static char nextNonSpace(llvm::StringRef S, size_t I) {
  for (; I < S.size(); ++I) {
    char C = S[I];
    if (C != ' ' && C != '\t' && C != '\n' && C != '\r' && C != '\\')
      return C;
  }
  return 0;
}

bool ignis::comptimeForTargetIsRuntimeOnly(llvm::StringRef Body,
                                            llvm::StringRef Name) {
  llvm::SmallVector<char, 16> Stack;
  bool Used = false;
  for (size_t I = 0; I < Body.size();) {
    char C = Body[I];
    if (C == '#') { // a comment runs to the end of the line
      while (I < Body.size() && Body[I] != '\n')
        ++I;
      continue;
    }
    if (C == '"' || C == '\'') { // a string literal: its text is not code
      size_t J = I + 1;
      while (J < Body.size() && Body[J] != C && Body[J] != '\n')
        J += Body[J] == '\\' ? 2 : 1;
      I = J + 1;
      continue;
    }
    if (C == '@' || C == '`')
      return false;
    if (C == '(' || C == '[' || C == '{') {
      Stack.push_back(C);
      ++I;
      continue;
    }
    if (C == ')' || C == ']' || C == '}') {
      if (!Stack.empty())
        Stack.pop_back();
      ++I;
      continue;
    }
    if (!isIdentChar(C) || (C >= '0' && C <= '9')) {
      ++I;
      continue;
    }
    size_t J = I;
    while (J < Body.size() && isIdentChar(Body[J]))
      ++J;
    llvm::StringRef Word = Body.slice(I, J);
    bool Banned = llvm::StringSwitch<bool>(Word)
                      .Cases({"comptime", "alias", "def", "fn", "lambda"}, true)
                      .Cases({"break", "continue", "yield"}, true)
                      .Default(false);
    if (Banned)
      return false;
    if (Word == Name) {
      // A runtime operand: not an attribute, declaration, assignment
      // target or keyword argument name, and in no parameter list.
      char P = prevNonSpace(Body, I), N = nextNonSpace(Body, J);
      if (P == '.' || isIdentChar(P) || N == ':')
        return false;
      size_t K = J;
      while (K < Body.size() && (Body[K] == ' ' || Body[K] == '\t'))
        ++K;
      if (N == '=' && (K + 1 >= Body.size() || Body[K + 1] != '='))
        return false;
      if (K + 1 < Body.size() && Body[K + 1] == '=' &&
          llvm::StringRef("+-*/%&|^<>@").contains(N) &&
          !(N == '<' || N == '>'))
        return false; // `i += 1`
      for (char B : Stack)
        if (B != '(')
          return false;
      Used = true;
    }
    I = J;
  }
  (void)Used;
  return true;
}

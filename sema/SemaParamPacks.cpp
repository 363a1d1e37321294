//===- SemaParamPacks.cpp - `*pack` in a parameter list ------------------===//
//
// `prod[i + 1, *dims]()` and `S[*shape]`: a star in brackets spreads a
// compile-time list (a variadic parameter, a comptime tuple) into one
// positional parameter per element. The spread happens on the AST, before
// any binding: each element becomes the argument `pack[k]`, so every place
// that binds parameters sees ordinary positional values. A star on anything
// that is not a compile-time list is a located error, never a silent value.
//
//===----------------------------------------------------------------------===//
#include "sema/SemaImpl.h"
#include "frontend/AST.h"
#include "llvm/ADT/Twine.h"

using namespace ignis;
using namespace ignis::sema;

std::optional<llvm::ArrayRef<Argument>>
Sema::expandParamPacks(llvm::ArrayRef<Argument> Args, const InstContext &Ctx) {
  bool Any = false;
  for (const Argument &A : Args)
    if (A.TheForm == Argument::Form::Star ||
        A.TheForm == Argument::Form::StarStar)
      Any = true;
  if (!Any)
    return Args;
  llvm::SmallVector<Argument, 8> Out;
  for (const Argument &A : Args) {
    if (A.TheForm == Argument::Form::StarStar) {
      Diags.report(A.Range, DiagID::err_unsupported)
          << "'**' in a parameter list";
      return std::nullopt;
    }
    if (A.TheForm != Argument::Form::Star) {
      Out.push_back(A);
      continue;
    }
    ComptimeValue V = evalComptime(A.Value, Ctx);
    if (!V.isValid())
      return std::nullopt;
    if (V.K != ComptimeValue::Kind::List) {
      Diags.report(A.Range, DiagID::err_unsupported)
          << "'*' on a value that is not a compile-time list (a variadic "
             "parameter or a comptime tuple)";
      return std::nullopt;
    }
    for (uint32_t K = 0; K < V.Count; ++K) {
      llvm::StringRef Text = AST.copyString(llvm::Twine(K).str());
      Argument Index;
      Index.Value = AST.create<IntLiteralExpr>(A.Value->getRange(), Text);
      Index.Range = A.Range;
      Argument Elem;
      Elem.Value = AST.create<SubscriptExpr>(
          A.Value->getRange(), A.Value,
          AST.copy(llvm::ArrayRef<Argument>(Index)));
      Elem.Range = A.Range;
      Out.push_back(Elem);
    }
  }
  return AST.copy(llvm::ArrayRef<Argument>(Out));
}

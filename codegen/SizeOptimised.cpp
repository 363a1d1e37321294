//===- SizeOptimised.cpp - Cold code built for size ------------------------===//
//
// Writing a value as text (`write_to`, `write_repr_to`, `__str__`,
// `__repr__`), the standard library's test assertions (`assert_*`) and its
// failure paths (its `@no_inline` functions: an index out of bounds, an
// empty optional) run once per line printed, per check made or per program
// that fails. At -O2 the inliner copies every formatting helper into each
// of them: in the GPU puzzle solutions `Bench.write_to` (the benchmark
// report) grew to 6,800 lines of IR and `assert_almost_equal` to 3,200, more
// than a third of the program and of its compile time. They get LLVM's
// `optsize` (as at -Os: lower inlining thresholds, no loop unrolling or
// vectorisation) and stay calls (`noinline`: inlined, a body is optimised as
// its caller's, and the report was inlined whole into `String(bench)` and
// `dump_report`). A function called only from such functions, and not used
// otherwise, gets `optsize` too (`_bounds_message`, the report's helpers).
//
//===----------------------------------------------------------------------===//
#include "codegen/CodegenImpl.h"

#include "frontend/AST.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/SymbolTable.h"
#include "sema/CIR.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"

using namespace ignis;

static bool isNoInline(const FuncDecl &D) {
  for (const Decorator &Dec : D.Decorators)
    if (auto *N = llvm::dyn_cast_or_null<NameExpr>(Dec.E);
        N && N->Name == "no_inline")
      return true;
  return false;
}

static bool isColdSeed(const cir::Function &F) {
  if (!F.Decl || F.IsExternal || F.IsKernel)
    return false;
  llvm::StringRef N = F.Decl->Name.Name;
  if (N == "write_to" || N == "write_repr_to" || N == "__str__" ||
      N == "__repr__")
    return true;
  return F.InLibrary && (N.starts_with("assert_") || isNoInline(*F.Decl));
}

static void addPassthrough(mlir::Operation *Op,
                           llvm::ArrayRef<llvm::StringRef> Names) {
  mlir::Builder B(Op->getContext());
  llvm::SmallVector<mlir::Attribute, 4> Attrs;
  if (auto Old = Op->getAttrOfType<mlir::ArrayAttr>("passthrough"))
    Attrs.append(Old.begin(), Old.end());
  for (llvm::StringRef Name : Names)
    if (!llvm::is_contained(Attrs, B.getStringAttr(Name)))
      Attrs.push_back(B.getStringAttr(Name));
  Op->setAttr("passthrough", B.getArrayAttr(Attrs));
}

void ignis::markSizeOptimised(mlir::ModuleOp M, const cir::Program &P) {
  mlir::SymbolTable Symbols(M);
  llvm::DenseSet<mlir::Operation *> Cold;
  for (const cir::Function *F : P.Functions) {
    if (F == P.Main || !isColdSeed(*F))
      continue;
    if (mlir::Operation *Op = Symbols.lookup(F->Name)) {
      addPassthrough(Op, {"optsize", "noinline"});
      Cold.insert(Op);
    }
  }
  if (Cold.empty())
    return;
  // Who uses each function: its callers, or null for any other use (an
  // address taken, a use outside a function), which keeps it as it is.
  llvm::DenseMap<mlir::Operation *, llvm::SmallVector<mlir::Operation *, 2>>
      Users;
  for (mlir::Operation &Fn : M.getBody()->getOperations()) {
    std::optional<mlir::SymbolTable::UseRange> Uses =
        mlir::SymbolTable::getSymbolUses(&Fn);
    if (!Uses)
      return;
    bool IsFunc = mlir::isa<mlir::func::FuncOp>(Fn);
    for (const mlir::SymbolTable::SymbolUse &U : *Uses) {
      mlir::Operation *Callee =
          Symbols.lookup(U.getSymbolRef().getRootReference());
      if (!Callee || Callee == &Fn)
        continue;
      bool Call = IsFunc && mlir::isa<mlir::func::CallOp>(U.getUser());
      Users[Callee].push_back(Call ? &Fn : nullptr);
    }
  }
  // Callees reached only from cold functions, to a fixed point.
  llvm::SmallVector<mlir::Operation *, 32> Work(Cold.begin(), Cold.end());
  llvm::DenseMap<mlir::Operation *, llvm::SmallVector<mlir::Operation *, 4>>
      Callees;
  for (auto &[Callee, Us] : Users)
    for (mlir::Operation *U : Us)
      if (U)
        Callees[U].push_back(Callee);
  // The Mojo entry (MLIRGen.cpp's MojoMainSymbol) is never cold.
  mlir::Operation *Main = Symbols.lookup("ignis_main");
  while (!Work.empty()) {
    mlir::Operation *Fn = Work.pop_back_val();
    for (mlir::Operation *Callee : Callees.lookup(Fn)) {
      auto Func = mlir::dyn_cast<mlir::func::FuncOp>(Callee);
      if (!Func || Func.isExternal() || Callee == Main || Cold.count(Callee))
        continue;
      if (!llvm::all_of(Users[Callee],
                        [&](mlir::Operation *U) { return U && Cold.count(U); }))
        continue;
      addPassthrough(Callee, {"optsize"});
      Cold.insert(Callee);
      Work.push_back(Callee);
    }
  }
}

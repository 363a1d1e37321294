//===- DebugInfo.h - -g: DWARF debug info as LLVM dialect attributes ------===//
//
// Internal to codegen/. With CodegenOptions::DebugInfo, MLIRGen describes
// the program with the LLVM dialect's debug attributes: one DICompileUnit
// (language Mojo), a DISubprogram per defined function (fused into the
// function's location, so every FileLineColLoc inside becomes a DILocation
// in that subprogram when translated to LLVM IR), and an llvm.intr.dbg.declare
// per named Local on its stack slot. docs/codegen.md, "Debug information".
//
//===----------------------------------------------------------------------===//
#ifndef IGNIS_CODEGEN_DEBUGINFO_H
#define IGNIS_CODEGEN_DEBUGINFO_H

#include "sema/CIR.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMAttrs.h"
#include "mlir/IR/Builders.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"

namespace ignis {

class DebugInfoBuilder {
public:
  DebugInfoBuilder(mlir::MLIRContext &Ctx, const cir::Program &P,
                   const SourceManager &SM, bool Optimized);

  /// Gives Op (the definition of F) a DISubprogram: its location becomes
  /// FusedLoc<subprogram>[its location]. Call before declareLocal.
  /// IsEntryWrapper: Op is the C `main` that calls F (the Mojo main); it
  /// gets a subprogram too so that -O2 keeps the lines of what it inlines.
  void beginFunction(mlir::func::FuncOp Op, const cir::Function &F,
                     bool IsEntryWrapper = false);
  /// The location of code that sets the frame up (parameter stores): line
  /// 0 of the function's file, so that gdb's breakpoints skip it.
  mlir::Location getPrologueLoc() const;
  /// Describes L as living at Addr (an alloca, or the caller's address for
  /// a by-address parameter): llvm.intr.dbg.declare at B's insertion point.
  /// ArgNo is the 1-based parameter position, 0 for a local. Compiler
  /// temporaries (unnamed, or named with a leading '$' or '_' '_' pair of
  /// desugaring) are skipped.
  void declareLocal(mlir::OpBuilder &B, const cir::Local &L, mlir::Value Addr,
                    unsigned ArgNo);
  /// After the body: ops with an unknown location get the function's (an
  /// inlinable call without one would not verify); ops from another file
  /// (inlined stdlib code) get a DILexicalBlockFile for that file.
  void finishFunction(mlir::func::FuncOp Op);

private:
  struct Layout {
    uint64_t SizeBits = 0, AlignBits = 8;
  };
  Layout getLayout(Type T);
  mlir::LLVM::DIFileAttr getFile(llvm::StringRef Path);
  mlir::LLVM::DITypeAttr getType(Type T);
  mlir::LLVM::DITypeAttr getPrimType(DType D, unsigned Width,
                                     llvm::StringRef Name);
  mlir::LLVM::DIBasicTypeAttr getBasicType(DType D, llvm::StringRef Name);

  mlir::MLIRContext &Ctx;
  const cir::Program &P;
  const SourceManager &SM;
  mlir::LLVM::DICompileUnitAttr CU;
  llvm::StringMap<mlir::LLVM::DIFileAttr> Files;
  llvm::DenseMap<Type, mlir::LLVM::DITypeAttr> Types;
  llvm::DenseMap<Type, Layout> Layouts;
  bool Optimized;

  // Per function.
  mlir::LLVM::DISubprogramAttr SP;
  mlir::LLVM::DIFileAttr SPFile;
  mlir::Location FnLoc;
};

} // namespace ignis

#endif

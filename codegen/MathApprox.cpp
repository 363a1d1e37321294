//===- MathApprox.cpp - Vector math: polynomial approximations -------------===//
#include "codegen/MathApprox.h"

#include "mlir/Conversion/MathToLibm/MathToLibm.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Transforms/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Dialect/Math/Transforms/Passes.h"
#include "mlir/Transforms/DialectConversion.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "llvm/ADT/StringSwitch.h"
#include <cstdlib>

using namespace ignis;

/// The math ops approximated (names without the `math.` prefix). sqrt,
/// floor, fma, ... are single instructions already; tan, sinh, ... have no
/// approximation, and MLIR's cbrt (3 ulp), atan (40 ulp) and asin (7 ulp)
/// are too far off and its acos is slower than libm, so they stay libm
/// calls (docs/performance.md has the measurements). float32
/// sin, cos, atan, asin and acos are Mojo code in std.math instead (MLIR's
/// sin and cos lose all relative accuracy near their zeros).
static bool isApproximated(llvm::StringRef Name) {
  Name.consume_front("math.");
  return llvm::StringSwitch<bool>(Name)
      .Cases({"exp", "expm1", "log", "log2", "log1p"}, true)
      .Cases({"tanh", "erf", "erfc"}, true)
      .Default(false);
}

static bool isBF16(mlir::Type T) {
  if (auto VT = mlir::dyn_cast<mlir::VectorType>(T))
    T = VT.getElementType();
  return T.isBF16();
}

/// The expm1 and log1p left (float64, or all with IGNIS_VECTOR_MATH=libm)
/// become libm calls here: math-to-llvm, which runs first in the pipeline,
/// would compute them as exp(x) - 1 and log(1 + x), thousands of ulps off
/// near 0.
static void expm1Log1pToLibm(mlir::ModuleOp Module) {
  mlir::MLIRContext *Ctx = Module.getContext();
  mlir::ConversionTarget Target(*Ctx);
  Target.addLegalDialect<mlir::math::MathDialect, mlir::arith::ArithDialect,
                         mlir::func::FuncDialect, mlir::vector::VectorDialect,
                         mlir::LLVM::LLVMDialect>();
  Target.addIllegalOp<mlir::math::ExpM1Op, mlir::math::Log1pOp>();
  mlir::RewritePatternSet Patterns(Ctx);
  mlir::populateMathToLibmConversionPatterns(Patterns);
  (void)mlir::applyPartialConversion(Module, Target, std::move(Patterns));
}

void ignis::approximateMath(mlir::ModuleOp Module) {
  bool HasMath = false, HasBF16 = false, HasExpm1Log1p = false;
  Module.walk([&](mlir::Operation *Op) {
    HasMath |= Op->getName().getDialectNamespace() == "math";
    HasExpm1Log1p |= mlir::isa<mlir::math::ExpM1Op, mlir::math::Log1pOp>(Op);
    for (mlir::Type T : Op->getResultTypes())
      HasBF16 |= isBF16(T);
  });
  const char *Mode = std::getenv("IGNIS_VECTOR_MATH");
  bool Approximate = HasMath && !(Mode && llvm::StringRef(Mode) == "libm");
  if (!Approximate && !HasBF16 && !HasExpm1Log1p)
    return;
  mlir::MLIRContext *Ctx = Module.getContext();
  if (Approximate) {
    mlir::RewritePatternSet Patterns(Ctx);
    mlir::populateMathF32ExpansionPatterns(Patterns, isApproximated);
    mlir::populateMathPolynomialApproximationPatterns(Patterns, isApproximated);
    (void)mlir::applyPatternsGreedily(Module, std::move(Patterns));
  }
  if (HasExpm1Log1p)
    expm1Log1pToLibm(Module);
  if (!HasBF16)
    return;
  // x86 has no bfloat16 arithmetic: LLVM would compute in float32 and call
  // __truncsfbf2 (libgcc, absent from the JIT). Compute in float32 here
  // instead (arith and math ops), then turn the bfloat16 <-> float32
  // conversions into integer bit operations (round to nearest even).
  mlir::Type F32 = mlir::Float32Type::get(Ctx);
  mlir::Type BF16 = mlir::BFloat16Type::get(Ctx);
  mlir::TypeConverter Converter;
  mlir::arith::populateEmulateUnsupportedFloatsConversions(Converter, {BF16}, F32);
  mlir::ConversionTarget Target(*Ctx);
  mlir::arith::populateEmulateUnsupportedFloatsLegality(Target, Converter);
  mlir::RewritePatternSet Emulate(Ctx);
  mlir::arith::populateEmulateUnsupportedFloatsPatterns(Emulate, Converter);
  // The float types math ops keep besides float32 (all but bfloat16).
  llvm::SetVector<mlir::Type> Sources;
  Sources.insert(mlir::Float64Type::get(Ctx));
  Sources.insert(mlir::Float16Type::get(Ctx));
  mlir::TypeConverter MathConverter;
  mlir::math::populateExtendToSupportedTypesTypeConverter(MathConverter, Sources, F32);
  mlir::math::populateExtendToSupportedTypesConversionTarget(Target, MathConverter);
  mlir::math::populateExtendToSupportedTypesPatterns(Emulate, MathConverter);
  (void)mlir::applyPartialConversion(Module, Target, std::move(Emulate));
  mlir::RewritePatternSet Expand(Ctx);
  mlir::arith::populateExpandBFloat16Patterns(Expand);
  (void)mlir::applyPatternsGreedily(Module, std::move(Expand));
}

//===- ParallelEmitTest.cpp - A module compiled in parts links whole ------===//
#include "codegen/CodegenImpl.h"

#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Object/ObjectFile.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Program.h"
#include <gtest/gtest.h>
#include <map>

using namespace ignis;

namespace {
/// `main` returns f0(1); f_i(x) = f_{i+1}(x + i), the last returns x plus
/// an internal constant. Internal functions and a constant in one chain:
/// the parts must reach across each other to link.
std::unique_ptr<llvm::Module> makeChain(llvm::LLVMContext &C, unsigned N) {
  auto M = std::make_unique<llvm::Module>("chain", C);
  auto *I64 = llvm::Type::getInt64Ty(C);
  auto *FnTy = llvm::FunctionType::get(I64, {I64}, false);
  auto *K = new llvm::GlobalVariable(*M, I64, true,
                                     llvm::GlobalValue::InternalLinkage,
                                     llvm::ConstantInt::get(I64, 5), "k");
  std::vector<llvm::Function *> Fs;
  for (unsigned I = 0; I < N; ++I)
    Fs.push_back(llvm::Function::Create(FnTy, llvm::GlobalValue::InternalLinkage,
                                        "f" + std::to_string(I), *M));
  for (unsigned I = 0; I < N; ++I) {
    llvm::IRBuilder<> B(llvm::BasicBlock::Create(C, "", Fs[I]));
    llvm::Value *X = B.CreateAdd(Fs[I]->getArg(0), B.getInt64(I));
    if (I + 1 < N)
      B.CreateRet(B.CreateCall(Fs[I + 1], {X}));
    else
      B.CreateRet(B.CreateAdd(X, B.CreateLoad(I64, K)));
    Fs[I]->addFnAttr(llvm::Attribute::NoInline);
  }
  auto *MainTy = llvm::FunctionType::get(llvm::Type::getInt32Ty(C), false);
  auto *Main = llvm::Function::Create(
      MainTy, llvm::GlobalValue::ExternalLinkage, "main", *M);
  llvm::IRBuilder<> B(llvm::BasicBlock::Create(C, "", Main));
  llvm::Value *R = B.CreateCall(Fs[0], {B.getInt64(1)});
  B.CreateRet(B.CreateTrunc(R, llvm::Type::getInt32Ty(C)));
  return M;
}
} // namespace

TEST(ParallelEmitTest, PartsDefineEveryFunctionOnceAndLink) {
  llvm::LLVMContext C;
  std::unique_ptr<llvm::Module> M = makeChain(C, 12);
  CodegenOptions Opts;
  Opts.Threads = 2;
  Opts.InstructionsPerPart = 10;
  ASSERT_EQ(objectPartCount(*M, Opts), 2u);
  std::string Error;
  std::unique_ptr<llvm::TargetMachine> TM = createTargetMachine(Opts, Error);
  ASSERT_TRUE(TM) << Error;
  M->setDataLayout(TM->createDataLayout());
  M->setTargetTriple(TM->getTargetTriple());
  std::vector<llvm::SmallString<0>> Objects;
  ASSERT_TRUE(emitObjectParts(*M, Opts, 2, /*Optimise=*/true, Objects, Error))
      << Error;
  ASSERT_EQ(Objects.size(), 2u);
  EXPECT_FALSE(llvm::verifyModule(*M, &llvm::errs())); // left as it was
  // Every function is defined in exactly one part.
  std::map<std::string, int> Defined;
  for (const llvm::SmallString<0> &O : Objects) {
    auto Obj = llvm::object::ObjectFile::createObjectFile(
        llvm::MemoryBufferRef(O.str(), "part"));
    ASSERT_TRUE(bool(Obj)) << llvm::toString(Obj.takeError());
    for (const llvm::object::SymbolRef &S : (*Obj)->symbols()) {
      llvm::Expected<uint32_t> Flags = S.getFlags();
      llvm::Expected<llvm::StringRef> Name = S.getName();
      ASSERT_TRUE(Flags && Name);
      if (!(*Flags & llvm::object::SymbolRef::SF_Undefined) &&
          (Name->starts_with("f") || *Name == "main"))
        ++Defined[Name->str()];
    }
  }
  EXPECT_EQ(Defined["main"], 1);
  for (unsigned I = 0; I < 12; ++I)
    EXPECT_EQ(Defined["f" + std::to_string(I)], 1) << "f" << I;
  // Linked, the parts compute 1 + (0 + 1 + ... + 11) + 5 = 72.
  if (!llvm::sys::findProgramByName("clang-22") &&
      !llvm::sys::findProgramByName("cc"))
    GTEST_SKIP() << "no C compiler driver to link with";
  if (findRuntimeLibrary().empty())
    GTEST_SKIP() << "runtime library not found";
  std::vector<std::string> Paths;
  for (const llvm::SmallString<0> &O : Objects) {
    llvm::SmallString<128> P;
    ASSERT_FALSE(llvm::sys::fs::createTemporaryFile("parts-test", "o", P));
    std::error_code EC;
    llvm::raw_fd_ostream OS(P, EC);
    ASSERT_FALSE(EC);
    OS << O.str();
    Paths.push_back(std::string(P));
  }
  llvm::SmallString<128> Exe;
  ASSERT_FALSE(llvm::sys::fs::createTemporaryFile("parts-test", "", Exe));
  ASSERT_TRUE(linkExecutable(Paths, Exe, Error)) << Error;
  EXPECT_EQ(llvm::sys::ExecuteAndWait(Exe, {Exe}), 72);
  for (const std::string &P : Paths)
    llvm::sys::fs::remove(P);
  llvm::sys::fs::remove(Exe);
}

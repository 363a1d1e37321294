//===- DeviceImageSlot.cpp - Late filling of the host's device image ------===//
//
// When the device image is compiled on a second thread (Pipeline.cpp), the
// host module is built with a placeholder image: MLIRGenGpu.cpp emits the
// internal constant `ignis_gpu_image` and points each kernel descriptor
// (`ignis_kernel_N$desc`, gpu/runtime/ignis_gpu_runtime.h's IgnisKernel) at
// it, with its size in the next field. Nothing in host code reads either:
// only the runtime does, through the descriptor, so the optimiser leaves
// both as they are and the real image can replace the placeholder after the
// -O pipeline, before code generation.
//
//===----------------------------------------------------------------------===//
#include "codegen/CodegenImpl.h"

#include "llvm/IR/Constants.h"
#include "llvm/IR/GlobalVariable.h"

using namespace ignis;

const char ignis::DeviceImagePlaceholder[] =
    "ignis: the device image is being compiled";

void ignis::fillDeviceImage(llvm::Module &M, llvm::StringRef Image) {
  llvm::GlobalVariable *Old =
      M.getGlobalVariable("ignis_gpu_image", /*AllowInternal=*/true);
  if (!Old)
    return; // no descriptor kept it
  llvm::LLVMContext &C = M.getContext();
  auto *PtrTy = llvm::PointerType::get(C, 0);
  llvm::Constant *NewImage = llvm::ConstantPointerNull::get(PtrTy);
  llvm::GlobalVariable *New = nullptr;
  uint64_t Size = 0;
  if (!Image.empty()) {
    llvm::Constant *Data =
        llvm::ConstantDataArray::getString(C, Image, /*AddNull=*/true);
    New = new llvm::GlobalVariable(M, Data->getType(), /*isConstant=*/true,
                                   llvm::GlobalValue::InternalLinkage, Data,
                                   "", Old);
    New->setAlignment(Old->getAlign());
    NewImage = New;
    Size = Image.size() + 1;
  }
  // Each descriptor: {..., symbol, image, size, ...}. Without an image the
  // symbol is null too, as MLIRGenGpu.cpp writes it when there is none.
  for (llvm::GlobalVariable &G : M.globals()) {
    if (!G.hasInitializer())
      continue;
    auto *CS = llvm::dyn_cast<llvm::ConstantStruct>(G.getInitializer());
    if (!CS)
      continue;
    llvm::SmallVector<llvm::Constant *, 10> Fields;
    bool Changed = false;
    for (unsigned F = 0, E = CS->getNumOperands(); F != E; ++F)
      Fields.push_back(CS->getOperand(F));
    for (unsigned F = 1; F + 1 < Fields.size(); ++F) {
      if (Fields[F] != Old)
        continue;
      Fields[F] = NewImage;
      Fields[F + 1] = llvm::ConstantInt::get(Fields[F + 1]->getType(), Size);
      if (!New)
        Fields[F - 1] = llvm::ConstantPointerNull::get(PtrTy);
      Changed = true;
    }
    if (Changed)
      G.setInitializer(llvm::ConstantStruct::get(CS->getType(), Fields));
  }
  if (!Old->use_empty())
    Old->replaceAllUsesWith(NewImage);
  Old->eraseFromParent();
  if (New)
    New->setName("ignis_gpu_image");
}

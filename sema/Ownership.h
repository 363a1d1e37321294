//===- Ownership.h - The ownership pass over a checked function -----------===//
#ifndef IGNIS_SEMA_OWNERSHIP_H
#define IGNIS_SEMA_OWNERSHIP_H

namespace ignis {
namespace cir {
struct Function;
}
namespace sema {
class Sema;

/// Checks initialisation and moves in F's body and inserts the Destroy
/// statements of ASAP destruction (sema/Ownership.cpp).
void runOwnershipPass(Sema &S, cir::Function &F);

} // namespace sema
} // namespace ignis

#endif

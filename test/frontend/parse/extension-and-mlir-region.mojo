# RUN: %ignis build --emit=ast %s | FileCheck %s --match-full-lines --strict-whitespace
# `__extension Type(Traits):` and `__mlir_region name(args):` parse into
# their own declarations (sema does not support them yet).

__extension Point(Hashable):
    def norm(self) -> Int:
        return self.x

def suspend():
    __mlir_region body(h: Int):
        pass
    __extension = 1

# CHECK:ModuleDecl 'extension-and-mlir-region.mojo'
# CHECK-NEXT:  ExtensionDecl 'Point' <5:1>
# CHECK-NEXT:    trait: NameExpr 'Hashable' <5:19>
# CHECK-NEXT:    Body
# CHECK-NEXT:      FuncDecl 'norm' <6:5>
# CHECK-NEXT:        Args
# CHECK-NEXT:          Param 'self' <6:14>
# CHECK-NEXT:        result: NameExpr 'Int' <6:23>
# CHECK-NEXT:        Body
# CHECK-NEXT:          ReturnStmt <7:9>
# CHECK-NEXT:            MemberExpr 'x' <7:16>
# CHECK-NEXT:              NameExpr 'self' <7:16>
# CHECK-NEXT:  FuncDecl 'suspend' <9:1>
# CHECK-NEXT:    Args
# CHECK-NEXT:    Body
# CHECK-NEXT:      MlirRegionDecl 'body' <10:5>
# CHECK-NEXT:        Args
# CHECK-NEXT:          Param 'h' <10:24>
# CHECK-NEXT:            type: NameExpr 'Int' <10:27>
# CHECK-NEXT:        Body
# CHECK-NEXT:          PassStmt <11:9>
# CHECK-NEXT:      AssignStmt <12:5>
# CHECK-NEXT:        target: NameExpr '__extension' <12:5>
# CHECK-NEXT:        value: IntLiteralExpr 1 <12:19>

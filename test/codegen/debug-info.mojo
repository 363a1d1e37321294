# -g: a DISubprogram per function, a DILocalVariable per named local (scalar
# structs described as base types), a DILocation per instruction, and
# #dbg_declare on the stack slots.
# RUN: %ignis build -g -O0 --emit=llvm %s -o - | FileCheck %s
# Without -g, no debug metadata at all.
# RUN: %ignis build -O0 --emit=llvm %s -o - | FileCheck %s --check-prefix=NODBG

def scale(v: Float64, k: Int) -> Float64:
    # CHECK-DAG: ![[SCALE:[0-9]+]] = distinct !DISubprogram(name: "scale", scope: ![[FILE:[0-9]+]], file: ![[FILE]], line: [[@LINE-1]], {{.*}}spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: ![[CU:[0-9]+]]
    # CHECK-DAG: !DILocalVariable(name: "v", arg: 1, scope: ![[SCALE]], file: ![[FILE]], line: [[@LINE-2]], type: ![[F64:[0-9]+]])
    # CHECK-DAG: !DILocalVariable(name: "k", arg: 2, scope: ![[SCALE]], file: ![[FILE]], line: [[@LINE-3]], type: ![[INT:[0-9]+]])
    var r = v * Float64(k)
    # CHECK-DAG: !DILocalVariable(name: "r", scope: ![[SCALE]], file: ![[FILE]], line: [[@LINE-1]], type: ![[F64]])
    # CHECK-DAG: !DILocation(line: [[@LINE-2]], column: {{[0-9]+}}, scope: ![[SCALE]])
    return r


def main():
    # CHECK-DAG: ![[MAIN:[0-9]+]] = distinct !DISubprogram(name: "main", scope: ![[FILE]], file: ![[FILE]], line: [[@LINE-1]], {{.*}}DISPFlagMainSubprogram
    var n = 3
    # CHECK-DAG: !DILocalVariable(name: "n", scope: ![[MAIN]], file: ![[FILE]], line: [[@LINE-1]], type: ![[INT]])
    var ok = n > 2
    # CHECK-DAG: !DILocalVariable(name: "ok", scope: ![[MAIN]], file: ![[FILE]], line: [[@LINE-1]], type: ![[BOOL:[0-9]+]])
    var w: UInt8 = 200
    # CHECK-DAG: !DILocalVariable(name: "w", scope: ![[MAIN]], file: ![[FILE]], line: [[@LINE-1]], type: ![[U8:[0-9]+]])
    var v = SIMD[DType.float32, 4](1.0)
    # CHECK-DAG: !DILocalVariable(name: "v", scope: ![[MAIN]], file: ![[FILE]], line: [[@LINE-1]], type: ![[V4:[0-9]+]])
    print(scale(2.5, n), ok, w, v)
    # CHECK-DAG: !DILocation(line: [[@LINE-1]], column: {{[0-9]+}}, scope: ![[MAIN]])

# CHECK-DAG: ![[CU]] = distinct !DICompileUnit(language: DW_LANG_Mojo, file: ![[FILE]], producer: "clang LLVM (ignis)", isOptimized: false, {{.*}}emissionKind: FullDebug
# CHECK-DAG: ![[FILE]] = !DIFile(filename: "debug-info.mojo", directory: "{{.*}}codegen")
# CHECK-DAG: ![[INT]] = !DIBasicType(name: "Int", size: 64, encoding: DW_ATE_signed)
# CHECK-DAG: ![[F64]] = !DIBasicType(name: "Float64", size: 64, encoding: DW_ATE_float)
# CHECK-DAG: ![[BOOL]] = !DIBasicType(name: "Bool", size: 8, encoding: DW_ATE_boolean)
# CHECK-DAG: ![[U8]] = !DIBasicType(name: "UInt8", size: 8, encoding: DW_ATE_unsigned)
# CHECK-DAG: ![[V4]] = !DICompositeType(tag: DW_TAG_array_type, name: "SIMD[DType.float32, 4]", baseType: ![[F32:[0-9]+]], size: 128, align: 128, flags: DIFlagVector, elements: ![[SUB:[0-9]+]])
# CHECK-DAG: ![[F32]] = !DIBasicType(name: "float32", size: 32, encoding: DW_ATE_float)
# CHECK-DAG: !{i32 2, !"Debug Info Version", i32 3}
# CHECK-DAG: define internal {{.*}} @{{.*}}scale{{.*}} !dbg ![[SCALE]] {
# CHECK-DAG: #dbg_declare(ptr %{{[0-9]+}}, ![[#]], !DIExpression(), ![[#]])

# NODBG-NOT: !dbg
# NODBG-NOT: DISubprogram

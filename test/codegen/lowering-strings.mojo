# Lowering of string literals and external_call: each distinct literal is
# one private constant `llvm.mlir.global` holding its UTF-8 bytes plus a
# NUL (escapes as \XX), used as `!llvm.struct<(ptr, i64)>` {address, byte
# length without the NUL}; String is a heap struct built from it.
# `external_call["sym", R](args)` declares `llvm.func @sym` from the
# argument types and R and calls it with llvm.call (void for None).
# RUN: %ignis run %s | FileCheck %s --check-prefix=OUT --match-full-lines
# RUN: %ignis build --emit=mlir %s -o %t.mlir
# RUN: FileCheck %s --input-file=%t.mlir
# RUN: FileCheck %s --input-file=%t.mlir --check-prefix=FUNCS
# "Hello, " is used twice but has a single global.
# RUN: grep -cF '("Hello, \00")' %t.mlir | FileCheck %s --check-prefix=ONCE
# RUN: %ignis build --emit=llvm -O0 %s | FileCheck %s --check-prefix=LLVM

def greet(name: String) -> String:
    return "Hello, " + name + "!"

def c_abs(x: Int32) -> Int32:
    return __builtin.external_call["abs", Int32](x)

def flush():
    __builtin.external_call["ignis_rt_flush"]()

def main():
    print(greet("Mojo"))
    print("Hello, " + "again")
    print(c_abs(Int32(-42)))
    flush()
    print(len("héllo"), "tab\tq\"x\"")

# OUT:      Hello, Mojo!
# OUT-NEXT: Hello, again
# OUT-NEXT: 42
# OUT-NEXT: 6 tab	q"x"

# CHECK-DAG: llvm.func @abs(i32) -> i32
# CHECK-DAG: llvm.func @ignis_rt_flush(){{$}}
# CHECK-DAG: llvm.mlir.global private unnamed_addr constant @[[HELLO:str\.[0-9]+]]("Hello, \00") {{.*}}alignment = 1 : i64}
# CHECK-DAG: llvm.mlir.global private unnamed_addr constant @[[BANG:str\.[0-9]+]]("!\00")
# CHECK-DAG: llvm.mlir.global private unnamed_addr constant @[[MOJO:str\.[0-9]+]]("Mojo\00")
# CHECK-DAG: llvm.mlir.global private unnamed_addr constant @[[UTF8:str\.[0-9]+]]("h\C3\A9llo\00")
# CHECK-DAG: llvm.mlir.global private unnamed_addr constant @[[ESC:str\.[0-9]+]]("tab\09q\22x\22\00")
# CHECK-DAG: llvm.mlir.global private unnamed_addr constant @[[NL:str\.[0-9]+]]("\0A\00")

# The literal value: address and byte length, then String(...) from it;
# greet's read String (24 bytes) is passed as the address of a temporary.
# CHECK-LABEL: func.func private @ignis_main()
# CHECK:         [[A:%[0-9]+]] = llvm.mlir.addressof @[[MOJO]] : !llvm.ptr
# CHECK-NEXT:    [[U:%[0-9]+]] = llvm.mlir.undef : !llvm.struct<(ptr, i64)>
# CHECK-NEXT:    [[S0:%[0-9]+]] = llvm.insertvalue [[A]], [[U]][0] : !llvm.struct<(ptr, i64)>
# CHECK-NEXT:    [[LEN:%.+]] = arith.constant 4 : i64
# CHECK-NEXT:    [[S1:%[0-9]+]] = llvm.insertvalue [[LEN]], [[S0]][1] : !llvm.struct<(ptr, i64)>
# CHECK-NEXT:    [[STR:%[0-9]+]] = call @_ignis_String___init__{{[_0-9]*}}([[S1]]) : (!llvm.struct<(ptr, i64)>) -> [[STRTY:!llvm.struct<\(ptr, .*\)>]]
# CHECK-NEXT:    llvm.store [[STR]], [[TMP:%[0-9]+]] : [[STRTY]], !llvm.ptr
# The temporary now holds a value (its drop flag is set), then the call.
# CHECK-NEXT:    [[ON:%.+]] = arith.constant true
# CHECK-NEXT:    llvm.store [[ON]], %{{[0-9]+}} : i1, !llvm.ptr
# CHECK-NEXT:    call @_ignis_greet{{[_0-9]*}}([[TMP]]) : (!llvm.ptr) -> [[STRTY]]
# CHECK:         llvm.mlir.addressof @[[NL]]
# CHECK:         llvm.mlir.addressof @[[HELLO]]
# The byte length of "héllo" is 6, of the escaped string 8.
# CHECK:         llvm.mlir.addressof @[[UTF8]]
# CHECK-NEXT:    llvm.mlir.undef
# CHECK-NEXT:    llvm.insertvalue
# CHECK-NEXT:    arith.constant 6 : i64
# CHECK:         llvm.mlir.addressof @[[ESC]]
# CHECK-NEXT:    llvm.mlir.undef
# CHECK-NEXT:    llvm.insertvalue
# CHECK-NEXT:    arith.constant 8 : i64

# FUNCS-LABEL: func.func private @_ignis_greet{{[_0-9]*}}(
# FUNCS:         llvm.mlir.addressof @{{str\.[0-9]+}} : !llvm.ptr
# FUNCS:         arith.constant 7 : i64
# FUNCS:         call @_ignis_String___add__{{[_0-9]*}}(
# FUNCS:         arith.constant 1 : i64
# FUNCS:         call @_ignis_String___add__{{[_0-9]*}}(
# FUNCS-LABEL: func.func private @_ignis_c_abs{{[_0-9]*}}(%arg0: i32) -> i32
# FUNCS:         [[X:%[0-9]+]] = llvm.load %{{[0-9]+}} : !llvm.ptr -> i32
# FUNCS-NEXT:    [[R:%[0-9]+]] = llvm.call @abs([[X]]) : (i32) -> i32
# FUNCS-NEXT:    return [[R]] : i32
# FUNCS-LABEL: func.func private @_ignis_flush{{[_0-9]*}}()
# FUNCS:         llvm.call @ignis_rt_flush() : () -> ()
# FUNCS-NEXT:    return

# ONCE: {{^1$}}

# LLVM-DAG: @[[L_HELLO:str\.[0-9]+]] = private unnamed_addr constant [8 x i8] c"Hello, \00", align 1
# LLVM-DAG: @{{str\.[0-9]+}} = private unnamed_addr constant [7 x i8] c"h\C3\A9llo\00", align 1
# LLVM-DAG: declare i32 @abs(i32)
# LLVM-DAG: call i32 @abs(i32 %{{[0-9]+}})
# LLVM-DAG: { ptr, i64 } { ptr @[[L_HELLO]], i64 7 }

# Lowering of `raises` (errors are values, docs/codegen.md): a raising
# function takes a trailing `!llvm.ptr` to the caller's Error slot and
# returns `(i1, result)` (just `i1` when the result is None); `raise` stores
# the Error through the pointer and returns (true, poison); a call branches
# on the flag and propagates through the same pointer (no copy); a `try`
# with a handler gives the call its own Error slot, and `finally` is
# emitted inline on every way out. The C main passes an Error slot to a
# raising Mojo main and prints the unhandled-error message.
# RUN: %ignis run %s | FileCheck %s --check-prefix=OUT --match-full-lines
# RUN: %ignis build --emit=mlir %s -o %t.mlir
# RUN: FileCheck %s --input-file=%t.mlir
# RUN: FileCheck %s --input-file=%t.mlir --check-prefix=MAIN
# RUN: FileCheck %s --input-file=%t.mlir --check-prefix=CMAIN
# RUN: %ignis build --emit=llvm -O0 %s | FileCheck %s --check-prefix=LLVM

def check(n: Int) raises -> Int:
    if n < 0:
        raise Error("negative")
    return n * 2

def relay(n: Int) raises -> Int:
    return check(n) + 1

def only_raises(n: Int) raises:
    _ = check(n)

def guarded(n: Int) -> Int:
    try:
        return relay(n)
    except e:
        print("caught", e)
        return -1
    finally:
        print("finally")

def main() raises:
    print(guarded(3))
    print(guarded(-3))
    try:
        only_raises(-1)
    except e:
        print(e)
    print(relay(1))

# OUT:      finally
# OUT-NEXT: 7
# OUT-NEXT: caught negative
# OUT-NEXT: finally
# OUT-NEXT: -1
# OUT-NEXT: negative
# OUT-NEXT: 3

# raise: build the Error, store it through %err, go to the function's one
# error exit, which returns (true, poison).
# CHECK-LABEL: func.func private @_ignis_check{{[_0-9]*}}(%arg0: i64, %arg1: !llvm.ptr) -> (i1, i64)
# CHECK:         cf.cond_br %{{[0-9]+}}, [[RAISE:\^bb[0-9]+]], [[OK:\^bb[0-9]+]]
# CHECK:       [[RAISE]]:
# CHECK:         [[ERR:%[0-9]+]] = call @_ignis_Error___init__{{[_0-9]*}}(%{{[0-9]+}}) : (!llvm.struct<(ptr, i64)>) -> [[ERRTY:!llvm.struct<.*>]]
# CHECK-NEXT:    llvm.store [[ERR]], %arg1 : [[ERRTY]], !llvm.ptr
# CHECK-NEXT:    cf.br [[EXIT:\^bb[0-9]+]]
# CHECK:       [[EXIT]]:
# CHECK-NEXT:    [[T:%.+]] = arith.constant true
# CHECK-NEXT:    [[P:%[0-9]+]] = llvm.mlir.poison : i64
# CHECK-NEXT:    return [[T]], [[P]] : i1, i64
# CHECK:       [[OK]]:
# CHECK:         [[V:%[0-9]+]] = call @_ignis_Int___mul__{{[_0-9]*}}(
# CHECK-NEXT:    [[F:%.+]] = arith.constant false
# CHECK-NEXT:    return [[F]], [[V]] : i1, i64

# Propagation: the callee gets this function's own %err; on failure go to
# the shared error exit (true, poison), otherwise use result #1.
# CHECK-LABEL: func.func private @_ignis_relay{{[_0-9]*}}(%arg0: i64, %arg1: !llvm.ptr) -> (i1, i64)
# CHECK:         [[R:%[0-9]+]]:2 = call @_ignis_check{{[_0-9]*}}(%{{[0-9]+}}, %arg1) : (i64, !llvm.ptr) -> (i1, i64)
# CHECK-NEXT:    cf.cond_br [[R]]#0, [[FAIL:\^bb[0-9]+]], [[GOOD:\^bb[0-9]+]]
# CHECK:       [[FAIL]]:
# CHECK-NEXT:    cf.br [[EXIT2:\^bb[0-9]+]]
# CHECK:       [[GOOD]]:
# CHECK:         call @_ignis_Int___add__{{[_0-9]*}}([[R]]#1, %c1_i64)
# CHECK:       [[EXIT2]]:
# CHECK-NEXT:    [[T2:%.+]] = arith.constant true
# CHECK-NEXT:    [[P2:%[0-9]+]] = llvm.mlir.poison : i64
# CHECK-NEXT:    return [[T2]], [[P2]] : i1, i64

# A raising function with no result returns only the flag.
# CHECK-LABEL: func.func private @_ignis_only_raises{{[_0-9]*}}(%arg0: i64, %arg1: !llvm.ptr) -> i1
# CHECK:         call @_ignis_check{{[_0-9]*}}(%{{[0-9]+}}, %arg1)
# CHECK:         return %{{.+}} : i1
# CHECK:         return %{{.+}} : i1

# try/except/finally in a function that does not raise: the call writes to
# the try's own Error slot; the handler copies it into `e`; the finally
# block ("finally", string literal of length 7) is emitted before both
# returns.
# CHECK-LABEL: func.func private @_ignis_guarded{{[_0-9]*}}(%arg0: i64) -> i64
# CHECK:         [[SLOT:%[0-9]+]] = llvm.alloca %{{[0-9]+}} x [[ERRTY]]
# CHECK:         [[EVAR:%[0-9]+]] = llvm.alloca %{{[0-9]+}} x [[ERRTY]]
# CHECK:         [[G:%[0-9]+]]:2 = call @_ignis_relay{{[_0-9]*}}(%{{[0-9]+}}, [[SLOT]])
# CHECK-NEXT:    cf.cond_br [[G]]#0, [[TOHANDLER:\^bb[0-9]+]], [[NOERR:\^bb[0-9]+]]
# CHECK:         [[CAUGHT:%[0-9]+]] = llvm.load [[SLOT]] : !llvm.ptr -> [[ERRTY]]
# CHECK-NEXT:    llvm.store [[CAUGHT]], [[EVAR]]
# CHECK:         call @_ignis_Error_write_to{{[_0-9]*}}(
# `e` ends after the print statement, its last use: its drop flag, set in
# the same block, is known, so it is cleared without a test and the
# message freed (docs/codegen.md, "Errors").
# CHECK:         [[OFF:%.+]] = arith.constant false
# CHECK-NEXT:    llvm.store [[OFF]], %{{[0-9]+}} : i1, !llvm.ptr
# CHECK-NEXT:    %{{[0-9]+}} = llvm.getelementptr [[EVAR]][0, 0]
# CHECK-NEXT:    [[MSG:%[0-9]+]] = llvm.load
# CHECK-NEXT:    call @_ignis_String___del__{{[_0-9]*}}([[MSG]])
# CHECK:         arith.constant 7 : i64
# CHECK:         return %c-1_i64 : i64
# CHECK:       [[TOHANDLER]]:
# CHECK-NEXT:    cf.br
# CHECK:       [[NOERR]]:
# CHECK:         arith.constant 7 : i64
# CHECK:         return [[G]]#1 : i64

# The raising main takes the Error pointer and returns the flag; its own
# uncaught call passes %arg0 straight through.
# MAIN-LABEL: func.func private @ignis_main(%arg0: !llvm.ptr) -> i1
# MAIN:         call @_ignis_only_raises{{[_0-9]*}}(%c-1_i64, %{{[0-9]+}}) : (i64, !llvm.ptr) -> i1
# MAIN:         call @_ignis_relay{{[_0-9]*}}(%c1_i64{{[_0-9]*}}, %arg0)

# CMAIN-LABEL: func.func @main(%arg0: i32, %arg1: !llvm.ptr) -> i32
# CMAIN:         [[ESLOT:%[0-9]+]] = llvm.alloca %{{[0-9]+}} x !llvm.struct<
# CMAIN:         llvm.call @ignis_rt_init(%arg0, %arg1)
# CMAIN-NEXT:    [[FAILED:%[0-9]+]] = call @ignis_main([[ESLOT]]) : (!llvm.ptr) -> i1
# CMAIN:         cf.cond_br [[FAILED]], [[UNHANDLED:\^bb[0-9]+]], [[DONE:\^bb[0-9]+]](
# CMAIN:       [[UNHANDLED]]:
# CMAIN:         llvm.call @ignis_rt_write_err(
# CMAIN:         arith.constant 1 : i32
# CMAIN:       [[DONE]](%{{[0-9]+}}: i32):
# CMAIN-NEXT:    llvm.call @ignis_rt_flush()

# LLVM-DAG: define internal { i1, i64 } @_ignis_check{{[_0-9]*}}(i64 %0, ptr %1)
# LLVM-DAG: define internal { i1, i64 } @_ignis_relay{{[_0-9]*}}(i64 %0, ptr %1)
# LLVM-DAG: define internal i1 @_ignis_only_raises{{[_0-9]*}}(i64 %0, ptr %1)
# LLVM-DAG: define internal i64 @_ignis_guarded{{[_0-9]*}}(i64 %0)
# LLVM-DAG: define internal i1 @ignis_main(ptr %0)

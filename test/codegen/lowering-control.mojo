# Lowering of control flow: unstructured cf.br / cf.cond_br on the Bool
# value, which is an i1 (a one-field struct is its field), loops as a header
# block that evaluates the condition, `while ... else` running its else
# block only when the condition fails, `continue` back to the header,
# `break` past the else, short-circuit `and` and the conditional
# expression with a block argument, `for` over range through
# __iter__/__has_next__/__next__.
# RUN: %ignis run %s | FileCheck %s --check-prefix=OUT --match-full-lines
# RUN: %ignis build --emit=mlir %s | FileCheck %s
# RUN: %ignis build --emit=llvm -O0 %s | FileCheck %s --check-prefix=LLVM

def sign(x: Int) -> Int:
    if x > 0:
        return 1
    elif x < 0:
        return -1
    else:
        return 0

def count_while(n: Int) -> Int:
    var i = 0
    var total = 0
    while i < n:
        i += 1
        if i == 3:
            continue
        if i > 10:
            break
        total += i
    else:
        total = -total
    return total

def sum_range(n: Int) -> Int:
    var total = 0
    for i in range(n):
        total += i
    return total

def both(a: Bool, b: Bool) -> Bool:
    return a and b

def pick(c: Bool, x: Int, y: Int) -> Int:
    return x if c else y

def main():
    print(sign(5), sign(-2), sign(0))
    print(count_while(5), count_while(20), sum_range(5))
    print(both(True, False), both(True, True), pick(True, 1, 2), pick(False, 1, 2))

# OUT:      1 -1 0
# OUT-NEXT: -12 52 10
# OUT-NEXT: False True 1 2

# if/elif/else: each condition is a call to the comparison dunder, whose
# Bool result is the i1 branched on (no extraction); each arm returns.
# CHECK-LABEL: func.func private @_ignis_sign{{[_0-9]*}}(%arg0: i64) -> i64
# CHECK:         [[GT:%[0-9]+]] = call @_ignis_Int___gt__{{[_0-9]*}}({{.*}}) : (i64, i64) -> i1
# CHECK-NEXT:    cf.cond_br [[GT]], [[THEN:\^bb[0-9]+]], [[ELIF:\^bb[0-9]+]]
# CHECK:       [[THEN]]:
# CHECK:         [[ONE:%.+]] = arith.constant 1 : i64
# CHECK-NEXT:    return [[ONE]] : i64
# CHECK:       [[ELIF]]:
# CHECK:         [[LT:%[0-9]+]] = call @_ignis_Int___lt__{{[_0-9]*}}(
# CHECK-NEXT:    cf.cond_br [[LT]], [[THEN2:\^bb[0-9]+]], [[ELSE:\^bb[0-9]+]]
# CHECK:       [[THEN2]]:
# CHECK:         arith.constant -1 : i64
# CHECK:         return
# CHECK:       [[ELSE]]:
# CHECK:         arith.constant 0 : i64
# CHECK:         return

# while/else with continue and break: the header re-evaluates `i < n`;
# continue branches to the header, break jumps past the else block to the
# exit, the else block (condition false) negates the total first.
# CHECK-LABEL: func.func private @_ignis_count_while{{[_0-9]*}}(
# CHECK:         cf.br [[HEAD:\^bb[0-9]+]]
# CHECK:       [[HEAD]]:
# CHECK:         call @_ignis_Int___lt__{{[_0-9]*}}(
# CHECK:         cf.cond_br %{{[0-9]+}}, [[BODY:\^bb[0-9]+]], [[WELSE:\^bb[0-9]+]]
# CHECK:       [[BODY]]:
# CHECK:         call @_ignis_Int___iadd__{{[_0-9]*}}(%{{[0-9]+}}, %c1_i64) : (!llvm.ptr, i64) -> ()
# CHECK:         call @_ignis_Int___eq__{{[_0-9]*}}(
# CHECK:         cf.cond_br %{{[0-9]+}}, [[CONT:\^bb[0-9]+]], [[AFTERCONT:\^bb[0-9]+]]
# CHECK:       [[WELSE]]:
# CHECK:         call @_ignis_Int___neg__{{[_0-9]*}}(
# CHECK:         cf.br [[EXIT:\^bb[0-9]+]]
# CHECK:       [[CONT]]:
# CHECK-NEXT:    cf.br [[HEAD]]
# CHECK:       [[AFTERCONT]]:
# CHECK:         call @_ignis_Int___gt__{{[_0-9]*}}(
# CHECK:         cf.cond_br %{{[0-9]+}}, [[BRK:\^bb[0-9]+]], [[REST:\^bb[0-9]+]]
# CHECK:       [[BRK]]:
# CHECK-NEXT:    cf.br [[EXIT]]
# CHECK:       [[REST]]:
# CHECK:         call @_ignis_Int___iadd__{{[_0-9]*}}(
# CHECK-NEXT:    cf.br [[HEAD]]
# CHECK:       [[EXIT]]:
# CHECK:         return

# for over range: the iterator lives in a stack slot; __next__ takes its
# address. __iter__'s read self (24 bytes, over the 16-byte limit) is passed
# by address: the range(n) temporary gets a slot first.
# CHECK-LABEL: func.func private @_ignis_sum_range{{[_0-9]*}}(
# CHECK:         [[TMP:%[0-9]+]] = llvm.alloca %{{[0-9]+}} x !llvm.struct<(i64, i64, i64)>
# CHECK:         [[IT:%[0-9]+]] = llvm.alloca %{{[0-9]+}} x !llvm.struct<(i64, i64, i64)>
# CHECK:         [[RANGE:%[0-9]+]] = call @_ignis_range{{[_0-9]*}}(
# CHECK-NEXT:    llvm.store [[RANGE]], [[TMP]]
# CHECK-NEXT:    [[ITV:%[0-9]+]] = call @_ignis__Range___iter__{{[_0-9]*}}([[TMP]]) : (!llvm.ptr) -> !llvm.struct<(i64, i64, i64)>
# CHECK-NEXT:    llvm.store [[ITV]], [[IT]]
# CHECK:         cf.br [[FHEAD:\^bb[0-9]+]]
# CHECK:       [[FHEAD]]:
# CHECK:         call @_ignis__Range___has_next__{{[_0-9]*}}(
# CHECK:         cf.cond_br %{{[0-9]+}}, [[FBODY:\^bb[0-9]+]], [[FEXIT:\^bb[0-9]+]]
# CHECK:       [[FBODY]]:
# CHECK-NEXT:    call @_ignis__Range___next__{{[_0-9]*}}([[IT]]) : (!llvm.ptr) -> i64
# CHECK:         cf.br [[FHEAD]]
# CHECK:       [[FEXIT]]:

# `a and b`: b is only evaluated when a is true; the result is a block
# argument.
# CHECK-LABEL: func.func private @_ignis_both{{[_0-9]*}}(
# CHECK:         [[A:%[0-9]+]] = llvm.load %{{[0-9]+}} : !llvm.ptr -> i1
# CHECK-NEXT:    cf.cond_br [[A]], [[RHS:\^bb[0-9]+]], [[JOIN:\^bb[0-9]+]]([[A]] : i1)
# CHECK:       [[RHS]]:
# CHECK:         [[B:%[0-9]+]] = llvm.load %{{[0-9]+}} : !llvm.ptr -> i1
# CHECK-NEXT:    cf.br [[JOIN]]([[B]] : i1)
# CHECK:       [[JOIN]]([[R:%[0-9]+]]: i1):
# CHECK-NEXT:    return [[R]] : i1

# `x if c else y`: both arms branch to a join block with the value.
# CHECK-LABEL: func.func private @_ignis_pick{{[_0-9]*}}(
# CHECK:         cf.cond_br %{{[0-9]+}}, [[T:\^bb[0-9]+]], [[F:\^bb[0-9]+]]
# CHECK:       [[T]]:
# CHECK:         cf.br [[J:\^bb[0-9]+]](%{{[0-9]+}} : i64)
# CHECK:       [[F]]:
# CHECK:         cf.br [[J]](%{{[0-9]+}} : i64)
# CHECK:       [[J]](%{{[0-9]+}}: i64):
# CHECK-NEXT:    return

# In LLVM IR the same shapes are conditional branches and a phi.
# LLVM-LABEL: define internal i64 @_ignis_count_while{{[_0-9]*}}(
# LLVM:         br i1 %{{[0-9]+}}, label %{{[0-9]+}}, label %{{[0-9]+}}
# LLVM-LABEL: define internal i1 @_ignis_both{{[_0-9]*}}(
# LLVM:         phi i1
# LLVM-LABEL: define internal i64 @_ignis_pick{{[_0-9]*}}(
# LLVM:         br i1 %{{[0-9]+}}, label %{{[0-9]+}}, label %{{[0-9]+}}
# LLVM:         phi
# LLVM:         ret i64

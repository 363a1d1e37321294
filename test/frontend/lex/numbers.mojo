# Integer and float literals: bases, `_` separators, exponents.
# RUN: %ignis build --emit=tokens %s | FileCheck %s

0 7 42 1_000_000 007 0_0
0x1F 0XdeadBEEF 0x_ff 0o17 0O7_7 0b1010 0B1_0
1.5 1. .5 1e10 1E+3 2.5e-3 1.5E-3 1_000.000_1 3.14_15 1e1_0 0.0 1.e5
x = a[1:.5] + b.c(2.)
# ---- expected tokens ----
# CHECK: 4:1 integer_literal '0'
# CHECK-NEXT: 4:3 integer_literal '7'
# CHECK-NEXT: 4:5 integer_literal '42'
# CHECK-NEXT: 4:8 integer_literal '1_000_000'
# CHECK-NEXT: 4:18 integer_literal '007'
# CHECK-NEXT: 4:22 integer_literal '0_0'
# CHECK-NEXT: 4:25 newline
# CHECK-NEXT: 5:1 integer_literal '0x1F'
# CHECK-NEXT: 5:6 integer_literal '0XdeadBEEF'
# CHECK-NEXT: 5:17 integer_literal '0x_ff'
# CHECK-NEXT: 5:23 integer_literal '0o17'
# CHECK-NEXT: 5:28 integer_literal '0O7_7'
# CHECK-NEXT: 5:34 integer_literal '0b1010'
# CHECK-NEXT: 5:41 integer_literal '0B1_0'
# CHECK-NEXT: 5:46 newline
# CHECK-NEXT: 6:1 float_literal '1.5'
# CHECK-NEXT: 6:5 float_literal '1.'
# CHECK-NEXT: 6:8 float_literal '.5'
# CHECK-NEXT: 6:11 float_literal '1e10'
# CHECK-NEXT: 6:16 float_literal '1E+3'
# CHECK-NEXT: 6:21 float_literal '2.5e-3'
# CHECK-NEXT: 6:28 float_literal '1.5E-3'
# CHECK-NEXT: 6:35 float_literal '1_000.000_1'
# CHECK-NEXT: 6:47 float_literal '3.14_15'
# CHECK-NEXT: 6:55 float_literal '1e1_0'
# CHECK-NEXT: 6:61 float_literal '0.0'
# CHECK-NEXT: 6:65 float_literal '1.e5'
# CHECK-NEXT: 6:69 newline
# CHECK-NEXT: 7:1 identifier 'x'
# CHECK-NEXT: 7:3 equal '='
# CHECK-NEXT: 7:5 identifier 'a'
# CHECK-NEXT: 7:6 l_square '['
# CHECK-NEXT: 7:7 integer_literal '1'
# CHECK-NEXT: 7:8 colon ':'
# CHECK-NEXT: 7:9 float_literal '.5'
# CHECK-NEXT: 7:11 r_square ']'
# CHECK-NEXT: 7:13 plus '+'
# CHECK-NEXT: 7:15 identifier 'b'
# CHECK-NEXT: 7:16 period '.'
# CHECK-NEXT: 7:17 identifier 'c'
# CHECK-NEXT: 7:18 l_paren '('
# CHECK-NEXT: 7:19 float_literal '2.'
# CHECK-NEXT: 7:21 r_paren ')'
# CHECK-NEXT: 7:22 newline
# CHECK-NEXT: 54:1 eof

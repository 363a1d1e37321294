# Indentation errors: a tab in indentation (reported once a line, counted as
# reaching the next multiple of 8) and a dedent to a column that matches no
# outer level (dedents down to the next lower level; later lines at the same
# column are accepted without more errors).
# RUN: not %ignis build --emit=tokens --error-limit=0 %s > %t.out 2> %t.err
# RUN: FileCheck %s --check-prefix=DIAG < %t.err
# RUN: FileCheck %s < %t.out

if a:
	b = 1
        c = 2
  	 	d = 3

if x:
        y = 1
    z = 2
    w = 3
v = 4
# ---- expected tokens ----
# CHECK: 9:1 kw_if 'if'
# CHECK-NEXT: 9:4 identifier 'a'
# CHECK-NEXT: 9:5 colon ':'
# CHECK-NEXT: 9:6 newline
# CHECK-NEXT: 10:2 indent
# CHECK-NEXT: 10:2 identifier 'b'
# CHECK-NEXT: 10:4 equal '='
# CHECK-NEXT: 10:6 integer_literal '1'
# CHECK-NEXT: 10:7 newline
# CHECK-NEXT: 11:9 identifier 'c'
# CHECK-NEXT: 11:11 equal '='
# CHECK-NEXT: 11:13 integer_literal '2'
# CHECK-NEXT: 11:14 newline
# CHECK-NEXT: 12:6 indent
# CHECK-NEXT: 12:6 identifier 'd'
# CHECK-NEXT: 12:8 equal '='
# CHECK-NEXT: 12:10 integer_literal '3'
# CHECK-NEXT: 12:11 newline
# CHECK-NEXT: 14:1 dedent
# CHECK-NEXT: 14:1 dedent
# CHECK-NEXT: 14:1 kw_if 'if'
# CHECK-NEXT: 14:4 identifier 'x'
# CHECK-NEXT: 14:5 colon ':'
# CHECK-NEXT: 14:6 newline
# CHECK-NEXT: 15:9 indent
# CHECK-NEXT: 15:9 identifier 'y'
# CHECK-NEXT: 15:11 equal '='
# CHECK-NEXT: 15:13 integer_literal '1'
# CHECK-NEXT: 15:14 newline
# CHECK-NEXT: 16:5 dedent
# CHECK-NEXT: 16:5 identifier 'z'
# CHECK-NEXT: 16:7 equal '='
# CHECK-NEXT: 16:9 integer_literal '2'
# CHECK-NEXT: 16:10 newline
# CHECK-NEXT: 17:5 identifier 'w'
# CHECK-NEXT: 17:7 equal '='
# CHECK-NEXT: 17:9 integer_literal '3'
# CHECK-NEXT: 17:10 newline
# CHECK-NEXT: 18:1 identifier 'v'
# CHECK-NEXT: 18:3 equal '='
# CHECK-NEXT: 18:5 integer_literal '4'
# CHECK-NEXT: 18:6 newline
# CHECK-NEXT: 73:1 eof
# DIAG: {{.*}}:10:1: error: tab character in indentation; indent with spaces
# DIAG-NEXT: 	b = 1
# DIAG-NEXT: ^	
# DIAG-NEXT: {{.*}}:12:3: error: tab character in indentation; indent with spaces
# DIAG-NEXT:   	 	d = 3
# DIAG-NEXT:   ^	 	
# DIAG-NEXT: {{.*}}:16:5: error: unindent does not match any outer indentation level
# DIAG-NEXT:     z = 2
# DIAG-NEXT:     ^
# DIAG-NOT: {{.}}

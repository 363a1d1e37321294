# Implicit line joining inside () [] {} (no newline or indent inside, comments
# and blank lines allowed) and explicit joining with a backslash.
# RUN: %ignis build --emit=tokens %s | FileCheck %s

x = foo(1,
        2,  # a comment inside brackets

    [3, {4:
  5}])
y = 1 + \
      2
if a and \
   b:
    z = (
)
w = [1 )] + 2
# ---- expected tokens ----
# CHECK: 5:1 identifier 'x'
# CHECK-NEXT: 5:3 equal '='
# CHECK-NEXT: 5:5 identifier 'foo'
# CHECK-NEXT: 5:8 l_paren '('
# CHECK-NEXT: 5:9 integer_literal '1'
# CHECK-NEXT: 5:10 comma ','
# CHECK-NEXT: 6:9 integer_literal '2'
# CHECK-NEXT: 6:10 comma ','
# CHECK-NEXT: 8:5 l_square '['
# CHECK-NEXT: 8:6 integer_literal '3'
# CHECK-NEXT: 8:7 comma ','
# CHECK-NEXT: 8:9 l_brace '{'
# CHECK-NEXT: 8:10 integer_literal '4'
# CHECK-NEXT: 8:11 colon ':'
# CHECK-NEXT: 9:3 integer_literal '5'
# CHECK-NEXT: 9:4 r_brace '}'
# CHECK-NEXT: 9:5 r_square ']'
# CHECK-NEXT: 9:6 r_paren ')'
# CHECK-NEXT: 9:7 newline
# CHECK-NEXT: 10:1 identifier 'y'
# CHECK-NEXT: 10:3 equal '='
# CHECK-NEXT: 10:5 integer_literal '1'
# CHECK-NEXT: 10:7 plus '+'
# CHECK-NEXT: 11:7 integer_literal '2'
# CHECK-NEXT: 11:8 newline
# CHECK-NEXT: 12:1 kw_if 'if'
# CHECK-NEXT: 12:4 identifier 'a'
# CHECK-NEXT: 12:6 kw_and 'and'
# CHECK-NEXT: 13:4 identifier 'b'
# CHECK-NEXT: 13:5 colon ':'
# CHECK-NEXT: 13:6 newline
# CHECK-NEXT: 14:5 indent
# CHECK-NEXT: 14:5 identifier 'z'
# CHECK-NEXT: 14:7 equal '='
# CHECK-NEXT: 14:9 l_paren '('
# CHECK-NEXT: 15:1 r_paren ')'
# CHECK-NEXT: 15:2 newline
# CHECK-NEXT: 16:1 dedent
# CHECK-NEXT: 16:1 identifier 'w'
# CHECK-NEXT: 16:3 equal '='
# CHECK-NEXT: 16:5 l_square '['
# CHECK-NEXT: 16:6 integer_literal '1'
# CHECK-NEXT: 16:8 r_paren ')'
# CHECK-NEXT: 16:9 r_square ']'
# CHECK-NEXT: 16:11 plus '+'
# CHECK-NEXT: 16:13 integer_literal '2'
# CHECK-NEXT: 16:14 newline
# CHECK-NEXT: 66:1 eof

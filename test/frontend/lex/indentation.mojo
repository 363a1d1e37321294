# INDENT/DEDENT: nested blocks, dedent of several levels at once, blank and
# comment-only lines (which produce nothing), `;`, and dedents at EOF.
# RUN: %ignis build --emit=tokens %s | FileCheck %s

def f():
    if a:

        # a comment at another indentation
            # and another
        while b:
            pass; x = 1
    y = 2
z = 3
class C:
  def g(self):
      return
  pass
def h():
    if c:
        for i in r:
            pass
# ---- expected tokens ----
# CHECK: 5:1 kw_def 'def'
# CHECK-NEXT: 5:5 identifier 'f'
# CHECK-NEXT: 5:6 l_paren '('
# CHECK-NEXT: 5:7 r_paren ')'
# CHECK-NEXT: 5:8 colon ':'
# CHECK-NEXT: 5:9 newline
# CHECK-NEXT: 6:5 indent
# CHECK-NEXT: 6:5 kw_if 'if'
# CHECK-NEXT: 6:8 identifier 'a'
# CHECK-NEXT: 6:9 colon ':'
# CHECK-NEXT: 6:10 newline
# CHECK-NEXT: 10:9 indent
# CHECK-NEXT: 10:9 kw_while 'while'
# CHECK-NEXT: 10:15 identifier 'b'
# CHECK-NEXT: 10:16 colon ':'
# CHECK-NEXT: 10:17 newline
# CHECK-NEXT: 11:13 indent
# CHECK-NEXT: 11:13 kw_pass 'pass'
# CHECK-NEXT: 11:17 semi ';'
# CHECK-NEXT: 11:19 identifier 'x'
# CHECK-NEXT: 11:21 equal '='
# CHECK-NEXT: 11:23 integer_literal '1'
# CHECK-NEXT: 11:24 newline
# CHECK-NEXT: 12:5 dedent
# CHECK-NEXT: 12:5 dedent
# CHECK-NEXT: 12:5 identifier 'y'
# CHECK-NEXT: 12:7 equal '='
# CHECK-NEXT: 12:9 integer_literal '2'
# CHECK-NEXT: 12:10 newline
# CHECK-NEXT: 13:1 dedent
# CHECK-NEXT: 13:1 identifier 'z'
# CHECK-NEXT: 13:3 equal '='
# CHECK-NEXT: 13:5 integer_literal '3'
# CHECK-NEXT: 13:6 newline
# CHECK-NEXT: 14:1 kw_class 'class'
# CHECK-NEXT: 14:7 identifier 'C'
# CHECK-NEXT: 14:8 colon ':'
# CHECK-NEXT: 14:9 newline
# CHECK-NEXT: 15:3 indent
# CHECK-NEXT: 15:3 kw_def 'def'
# CHECK-NEXT: 15:7 identifier 'g'
# CHECK-NEXT: 15:8 l_paren '('
# CHECK-NEXT: 15:9 identifier 'self'
# CHECK-NEXT: 15:13 r_paren ')'
# CHECK-NEXT: 15:14 colon ':'
# CHECK-NEXT: 15:15 newline
# CHECK-NEXT: 16:7 indent
# CHECK-NEXT: 16:7 kw_return 'return'
# CHECK-NEXT: 16:13 newline
# CHECK-NEXT: 17:3 dedent
# CHECK-NEXT: 17:3 kw_pass 'pass'
# CHECK-NEXT: 17:7 newline
# CHECK-NEXT: 18:1 dedent
# CHECK-NEXT: 18:1 kw_def 'def'
# CHECK-NEXT: 18:5 identifier 'h'
# CHECK-NEXT: 18:6 l_paren '('
# CHECK-NEXT: 18:7 r_paren ')'
# CHECK-NEXT: 18:8 colon ':'
# CHECK-NEXT: 18:9 newline
# CHECK-NEXT: 19:5 indent
# CHECK-NEXT: 19:5 kw_if 'if'
# CHECK-NEXT: 19:8 identifier 'c'
# CHECK-NEXT: 19:9 colon ':'
# CHECK-NEXT: 19:10 newline
# CHECK-NEXT: 20:9 indent
# CHECK-NEXT: 20:9 kw_for 'for'
# CHECK-NEXT: 20:13 identifier 'i'
# CHECK-NEXT: 20:15 kw_in 'in'
# CHECK-NEXT: 20:18 identifier 'r'
# CHECK-NEXT: 20:19 colon ':'
# CHECK-NEXT: 20:20 newline
# CHECK-NEXT: 21:13 indent
# CHECK-NEXT: 21:13 kw_pass 'pass'
# CHECK-NEXT: 21:17 newline
# CHECK-NEXT: 101:1 dedent
# CHECK-NEXT: 101:1 dedent
# CHECK-NEXT: 101:1 dedent
# CHECK-NEXT: 101:1 eof

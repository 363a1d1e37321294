# RUN: not %ignis build %s 2>&1 | FileCheck %s

def main():
    s = "no end
    t = 'also no end
    print(s)
    doc = """never
    closed

# CHECK: unclosed-string.mojo:4:9: error: unterminated string literal
# CHECK: unclosed-string.mojo:5:9: error: unterminated string literal
# CHECK: unclosed-string.mojo:7:11: error: unterminated triple-quoted string literal
# CHECK-NOT: error

# RUN: %ignis run %s | FileCheck %s --match-full-lines
# RUN: not %ignis run -D CASE=1 %s 2>&1 | FileCheck %s --check-prefix=BOUNDARY
# RUN: not %ignis run -D CASE=2 %s 2>&1 | FileCheck %s --check-prefix=STEP
# `s[byte=a:b]` calls `__getitem__(self, *, byte: Slice)`: a contiguous byte
# range, negative offsets counting from the end, ends clamped.

from std.sys.param_env import is_defined, env_get_int

def main():
    comptime if is_defined["CASE"]():
        var s = String("añb")
        comptime if env_get_int["CASE", 0]() == 1:
            print(s[byte=2:])
        else:
            print(s[byte=0:3:2])
        print("not reached")
    var view = StringSlice("Hello, 世界")
    print(view[byte=0:5], view[byte=7:13], view[byte=-6:], view[byte=:2])
    # CHECK: Hello 世界 世界 He
    print(view[byte=5:2] == "", view[byte=100:] == "", view[byte=-100:1])
    # CHECK-NEXT: True True H
    var s = String("Hello, 世界")
    print(s[byte=7:], s[byte = : s.byte_length() - 8], s[byte=1])
    # CHECK-NEXT: 世界 Hello e
# BOUNDARY: string slice bound 2 is not a codepoint boundary
# BOUNDARY-NOT: not reached
# STEP: a 'byte=' string slice cannot have a step
# STEP-NOT: not reached

# RUN: not %ignis build --emit=sema %s 2>&1 | FileCheck %s

def area(width: Int, height: Int = 1) -> Int:
    return width * height

def main():
    area(1, 2, 3)
    area(height=2)
    area(1, depth=4)
    area(1, width=2)

# CHECK: call-arguments.mojo:7:16: error: too many arguments in call to 'area': expected at most 2, got 3
# CHECK: call-arguments.mojo:3:5: note: 'area(width: Int, height: Int)' is declared here
# CHECK: call-arguments.mojo:8:5: error: missing argument 'width' in call to 'area'
# CHECK: call-arguments.mojo:9:13: error: 'area' has no argument named 'depth'
# CHECK: call-arguments.mojo:10:13: error: argument 'width' is given twice in call to 'area'

# RUN: not %ignis build %s 2>&1 | FileCheck %s

def main():
    x = 1
    else:
        x = 2
    elif x:
        pass
    except e:
        pass
    finally:
        pass

# CHECK: stray-clause.mojo:5:5: error: 'else' without a matching 'if'
# CHECK-NEXT: {{^    else:$}}
# CHECK-NEXT: {{^    \^~~~$}}
# CHECK: stray-clause.mojo:7:5: error: 'elif' without a matching 'if'
# CHECK: stray-clause.mojo:9:5: error: 'except' without a matching 'try'
# CHECK: stray-clause.mojo:11:5: error: 'finally' without a matching 'try'
# CHECK-NOT: error

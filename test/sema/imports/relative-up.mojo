# RUN: rm -rf %t && split-file %s %t
# RUN: %ignis run -I %t/lib %t/app/main.mojo | FileCheck %s
# `from ..m import x` climbs out of a subpackage (this crashed once).
# CHECK: 4

#--- app/main.mojo
from pkg.sub.inner import four

def main():
    print(four())

#--- lib/pkg/__init__.mojo
#--- lib/pkg/util.mojo
def two() -> Int:
    return 2

#--- lib/pkg/sub/__init__.mojo
#--- lib/pkg/sub/inner.mojo
from ..util import two

def four() -> Int:
    return two() * 2

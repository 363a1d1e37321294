# Import errors: a module that is on no search path (the note lists the
# folders searched, in order: the main file's folder, each -I, the stdlib),
# a dotted module missing inside an existing package, a name the module
# does not define, a missing member reached through the module name, and
# names starting with '_' that `import *` does not bring in.
# RUN: rm -rf %t && split-file %s %t
# RUN: not %ignis build --emit=sema -I %t/lib %t/app/missing.mojo 2>&1 \
# RUN:   | FileCheck %s -DT=%t --check-prefix=MISSING
# RUN: not %ignis run -I %t/lib %t/app/names.mojo 2>&1 \
# RUN:   | FileCheck %s --check-prefix=NAMES
# RUN: not %ignis run -I %t/lib %t/app/member.mojo 2>&1 \
# RUN:   | FileCheck %s --check-prefix=MEMBER
# RUN: not %ignis run -I %t/lib %t/app/star.mojo 2>&1 \
# RUN:   | FileCheck %s --check-prefix=STAR
# Without -I the package itself is not found.
# RUN: not %ignis run %t/app/names.mojo 2>&1 \
# RUN:   | FileCheck %s -DT=%t --check-prefix=NOPATH

# MISSING:      [[T]]/app/missing.mojo:1:1: error: module 'nothere' not found
# MISSING-NEXT: import nothere
# MISSING-NEXT: ^~~~~~~~~~~~~~
# MISSING-NEXT: [[T]]/app/missing.mojo:1:1: note: searched [[T]]/app, [[T]]/lib, {{.*}}stdlib
# MISSING:      [[T]]/app/missing.mojo:2:1: error: module 'geom.nosuch' not found
# MISSING-NEXT: from geom.nosuch import x
# MISSING:      [[T]]/app/missing.mojo:2:1: note: searched [[T]]/app, [[T]]/lib, {{.*}}stdlib
# MISSING:      [[T]]/app/missing.mojo:3:1: error: module 'geom.util.deeper' not found
# MISSING-NOT:  error:

# NAMES:      names.mojo:1:23: error: module 'geom.util' has no member named 'Circle'
# NAMES-NEXT: from geom.util import Circle, square
# NAMES-NEXT: {{^                      \^~~~~~$}}
# NAMES:      names.mojo:2:18: error: module 'geom' has no member named 'cube_root'
# NAMES-NOT:  error:

# MEMBER:      member.mojo:5:16: error: 'geom' has no member named 'VERSIONX'
# MEMBER-NEXT: {{^    print\(geom.VERSIONX\)$}}
# MEMBER-NOT:  error:

# STAR:      star.mojo:5:11: error: use of undefined name '_private'
# STAR-NOT:  error:

# NOPATH: [[T]]/app/names.mojo:1:1: error: module 'geom.util' not found
# NOPATH: note: searched [[T]]/app, {{.*}}stdlib{{$}}

#--- lib/geom/__init__.mojo
comptime VERSION = 3

#--- lib/geom/util.mojo
def square(x: Int) -> Int:
    return x * x


def _private() -> Int:
    return 0

#--- app/missing.mojo
import nothere
from geom.nosuch import x
import geom.util.deeper


def main():
    pass

#--- app/names.mojo
from geom.util import Circle, square
from geom import cube_root


def main():
    print(square(2))

#--- app/member.mojo
import geom


def main():
    print(geom.VERSIONX)

#--- app/star.mojo
from geom.util import *


def main():
    print(_private(), square(3))

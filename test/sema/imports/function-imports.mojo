# RUN: %ignis run %s | FileCheck %s
# Imports inside functions and blocks: resolved with the module's imports
# (their names are visible module-wide), never replacing a module-level
# name.


def area(r: Float64) -> Float64:
    from std.math import pi
    return pi * r * r


def floor(x: Float64) -> String:
    return "module-level floor"


def main():
    import std.math
    # CHECK: 3.141592653589793 4.0
    print(area(1.0), std.math.sqrt(16.0))
    if True:
        from std.math import floor
        # The module's own `floor` keeps its name.
        # CHECK-NEXT: module-level floor
        print(floor(2.5))
    try:
        from std.math import ceil as up
        # CHECK-NEXT: 3.0
        print(up(2.5))
    except:
        pass

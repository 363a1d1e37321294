# tile: run a workgroup function over [offset, upperbound) in the largest
# tiles that fit, trying each tile size of a list in order (the signatures
# of Mojo's std.algorithm tile). Static sizes are compile-time parameters,
# so the workgroup function is instantiated once per size and inlines.

comptime Static1DTileUnitFunc = def[width: Int](Int) capturing -> None
"""A 1D workgroup function: func[tile_size](offset)."""

comptime Dynamic1DTileUnitFunc = def(Int, Int) capturing -> None
"""A 1D workgroup function with a run-time size: func(offset, tile_size)."""

comptime BinaryTile1DTileUnitFunc = def[width: Int](Int, Int) capturing -> None
"""A 1D workgroup function with a static secondary size and a run-time
primary size: func[secondary](offset, primary)."""

comptime Static2DTileUnitFunc = def[tile_x: Int, tile_y: Int](Int, Int) capturing -> None
"""A 2D workgroup function: func[tile_x, tile_y](offset_x, offset_y)."""


def tile[workgroup_function: Static1DTileUnitFunc, tile_size_list: List[Int]](offset: Int, upperbound: Int):
    """Calls workgroup_function[s](i) for each size s of tile_size_list in
    turn, advancing i by s while a whole tile of s fits below upperbound.
    Work that no listed size fits is left undone (end the list with 1)."""
    var current = offset
    comptime for tile_size in tile_size_list:
        while current <= upperbound - tile_size:
            workgroup_function[tile_size](current)
            current += tile_size


def tile[workgroup_function: Dynamic1DTileUnitFunc](offset: Int, upperbound: Int, *tile_size_list: Int):
    """Calls workgroup_function(i, s) for each size s in turn while a whole
    tile fits, then once more with the exact remainder, if any."""
    var current = offset
    for tile_size in tile_size_list:
        while current <= upperbound - tile_size:
            workgroup_function(current, tile_size)
            current += tile_size
    if current < upperbound:
        workgroup_function(current, upperbound - current)


def tile[
    secondary_tile_size_list: List[Int],
    secondary_cleanup_tile: Int,
    workgroup_function: BinaryTile1DTileUnitFunc,
](offset: Int, upperbound: Int, *primary_tile_size_list: Int, primary_cleanup_tile: Int):
    """Pairs the i-th static secondary size with the i-th run-time primary
    size: workgroup_function[secondary](i, primary) while a primary tile
    fits, then one call with the cleanup sizes for what is left."""
    var current = offset
    comptime for i in range(len(secondary_tile_size_list)):
        comptime secondary = secondary_tile_size_list[i]
        var primary = primary_tile_size_list[i]
        while current <= upperbound - primary:
            workgroup_function[secondary](current, primary)
            current += primary
    if current < upperbound:
        workgroup_function[secondary_cleanup_tile](current, primary_cleanup_tile)


def tile[
    workgroup_function: Static2DTileUnitFunc,
    tile_sizes_x: List[Int],
    tile_sizes_y: List[Int],
](offset_x: Int, offset_y: Int, upperbound_x: Int, upperbound_y: Int):
    """Covers [offset_x, upperbound_x) x [offset_y, upperbound_y) row band by
    row band: the largest listed y size that fits, and within the band the
    largest listed x sizes, calling workgroup_function[tx, ty](x, y)."""
    var y = offset_y
    comptime for tile_y in tile_sizes_y:
        while y <= upperbound_y - tile_y:
            var x = offset_x
            comptime for tile_x in tile_sizes_x:
                while x <= upperbound_x - tile_x:
                    workgroup_function[tile_x, tile_y](x, y)
                    x += tile_x
            y += tile_y

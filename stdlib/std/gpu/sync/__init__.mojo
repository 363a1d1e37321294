# std.gpu.sync: barriers.

from std.gpu.sync.sync import barrier, syncwarp

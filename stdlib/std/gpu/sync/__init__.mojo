# std.gpu.sync: barriers.

from std.gpu.sync.sync import barrier, syncwarp
from std.gpu.sync.sync import mbarrier_init, mbarrier_arrive, mbarrier_test_wait

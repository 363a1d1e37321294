# max.gpu.sync: std.gpu.sync under the name MAX programs use.

from std.gpu.sync.sync import barrier, syncwarp
from std.gpu.sync.sync import mbarrier_init, mbarrier_arrive, mbarrier_test_wait

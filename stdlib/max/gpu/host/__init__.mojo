# max.gpu.host: std.gpu.host under the name MAX programs use.

from std.gpu.host import DeviceContext, DeviceBuffer, HostBuffer, DeviceFunction
from std.gpu.host import Dim, DeviceAttribute
from std.gpu.host.compile import get_gpu_target

# std.gpu.host: the host side of GPU programming (also `max.gpu.host`).

from std.gpu.host.device_context import DeviceContext, DeviceBuffer, HostBuffer
from std.gpu.host.device_context import DeviceFunction
from std.gpu.host.dim import Dim
from std.gpu.host.device_attribute import DeviceAttribute
from std.gpu.host.compile import get_gpu_target

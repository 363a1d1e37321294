# max.gpu.host.compile: std.gpu.host.compile under the name MAX programs use.

from std.gpu.host.compile import get_gpu_target, GpuTarget

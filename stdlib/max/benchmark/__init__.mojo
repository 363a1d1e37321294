# max.benchmark: helpers MAX programs use beside std.benchmark.

from std.benchmark import Bencher
from std.gpu.host import DeviceContext


def bencher_iter_custom[FuncType: def(DeviceContext) raises -> None](mut b: Bencher, ref func: FuncType, ctx: DeviceContext) raises:
    """Times b.num_iters calls of the closure func(ctx), with the work they
    enqueue, into b (Bencher.iter_custom(func, ctx))."""
    b.iter_custom(func, ctx)

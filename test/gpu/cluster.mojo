# Thread block clusters (std.gpu.primitives.cluster, `cluster_dim=` of
# enqueue_function): the blocks of a cluster wait for each other at
# cluster_sync / cluster_arrive + cluster_wait. The cpu device runs a
# cluster's blocks at once, so a block reads what the others wrote before the
# barrier; on NVIDIA sm_90 these are barrier.cluster and %cluster_ctarank;
# before sm_90 and on AMD GPUs they are compile-time errors.
# RUN: %ignis run %s | FileCheck %s
# RUN: %ignis build --emit=ptx %s | FileCheck %s --check-prefix=PTX
# RUN: not %ignis build --emit=ptx --target-accelerator=nvidia:sm_80 %s 2>&1 | FileCheck %s --check-prefix=SM80
# RUN: not %ignis build --emit=asm --target-accelerator=amdgpu:gfx942 %s 2>&1 | FileCheck %s --check-prefix=AMD
# RUN: not %ignis run %s --partial 2>&1 | FileCheck %s --check-prefix=PARTIAL
# RUN: not %ignis run %s --no-arrive 2>&1 | FileCheck %s --check-prefix=NOARRIVE
# RUN: not %ignis run %s --uneven 2>&1 | FileCheck %s --check-prefix=UNEVEN
# RUN: not %ignis run %s --oob 2>&1 | FileCheck %s --check-prefix=OOB

from std.gpu import thread_idx, block_idx, lane_id
from std.gpu.host import DeviceContext, Dim
from std.gpu.primitives.cluster import (
    block_rank_in_cluster,
    cluster_sync,
    cluster_arrive,
    cluster_wait,
    elect_one_sync,
)
from std.atomic import Atomic
from std.memory import UnsafePointer
from std.sys import argv


def exchange(
    vals: UnsafePointer[Int32, MutAnyOrigin],
    sums: UnsafePointer[Int32, MutAnyOrigin],
    ranks: UnsafePointer[Int32, MutAnyOrigin],
    elected: UnsafePointer[Int32, MutAnyOrigin],
):
    """Each block publishes a value, then (after the cluster barrier) sums
    the values of its cluster; twice, with the split form the second time."""
    var b = block_idx.x
    var rank = Int(block_rank_in_cluster())
    if thread_idx.x == 0:
        vals[b] = Int32(b * 10)
        ranks[b] = Int32(rank)
    cluster_sync()
    var first = b - rank
    var s: Int32 = 0
    for i in range(4):
        s += vals[first + i]
    cluster_sync()  # everyone has read before anyone writes again
    if thread_idx.x == 0:
        vals[b] = s + Int32(b)
    cluster_arrive()
    if elect_one_sync():
        _ = Atomic.fetch_add(elected + b, Int32(lane_id() + 1))
    cluster_wait()
    if thread_idx.x == 0:
        var t: Int32 = 0
        for i in range(4):
            t += vals[first + i]
        sums[b] = t


def ranks_2d(ranks: UnsafePointer[Int32, MutAnyOrigin]):
    if thread_idx.x == 0:
        ranks[block_idx.y * 4 + block_idx.x] = Int32(block_rank_in_cluster())
    cluster_sync()


def partial(vals: UnsafePointer[Int32, MutAnyOrigin]):
    if block_idx.x == 1:
        return
    cluster_sync()
    # PARTIAL: cluster barrier reached by only part of the cluster in kernel 'partial': block (0, 0, 0) waits at cluster_wait at {{.*}}cluster.mojo:[[# @LINE - 1]]:5; block (1, 0, 0) finished without arriving


def rank_only(ranks: UnsafePointer[Int32, MutAnyOrigin]):
    # No barrier: the cpu device runs the block's threads without fibers.
    ranks[block_idx.x] = Int32(block_rank_in_cluster())


def oob(vals: UnsafePointer[Int32, MutAnyOrigin]):
    # Block 3 writes past the end and stops; the others wait for it in vain,
    # and the launch reports the write, not the cluster barrier.
    if block_idx.x == 3 and thread_idx.x == 0:
        vals[100] = 1
    cluster_sync()


def no_arrive(vals: UnsafePointer[Int32, MutAnyOrigin]):
    cluster_wait()
    # NOARRIVE: cluster_wait without cluster_arrive in kernel 'no_arrive' at {{.*}}cluster.mojo:[[# @LINE - 1]]:5: block (0, 0, 0), thread (0, 0, 0)


def main() raises:
    var ctx = DeviceContext()
    var vals = ctx.enqueue_create_buffer[DType.int32](8)
    var sums = ctx.enqueue_create_buffer[DType.int32](8)
    var ranks = ctx.enqueue_create_buffer[DType.int32](8)
    var elected = ctx.enqueue_create_buffer[DType.int32](8)
    _ = vals.enqueue_fill(0)
    _ = elected.enqueue_fill(0)
    if len(argv()) > 1:
        if argv()[1] == "--partial":
            ctx.enqueue_function[partial](vals, grid_dim=4, block_dim=32, cluster_dim=Dim(4))
        elif argv()[1] == "--oob":
            ctx.enqueue_function[oob](vals, grid_dim=4, block_dim=32, cluster_dim=Dim(4))
        elif argv()[1] == "--no-arrive":
            ctx.enqueue_function[no_arrive](vals, grid_dim=2, block_dim=32, cluster_dim=Dim(2))
        else:
            ctx.enqueue_function[partial](vals, grid_dim=6, block_dim=32, cluster_dim=Dim(4))
        ctx.synchronize()
        return
    ctx.enqueue_function[exchange](
        vals, sums, ranks, elected, grid_dim=8, block_dim=64, cluster_dim=Dim(4)
    )
    ctx.synchronize()
    with sums.map_to_host() as h, ranks.map_to_host() as r, elected.map_to_host() as e:
        for i in range(8):
            print("block", i, "rank", r[i], "sum", h[i], "elected", e[i])
    # Without clusters each block is a cluster of one.
    ctx.enqueue_function[exchange](vals, sums, ranks, elected, grid_dim=4, block_dim=32)
    ctx.synchronize()
    with ranks.map_to_host() as r:
        print("plain ranks:", r[0], r[1], r[2], r[3])
    ctx.enqueue_function[ranks_2d](ranks, grid_dim=(4, 2), block_dim=32, cluster_dim=Dim(2, 2))
    ctx.synchronize()
    with ranks.map_to_host() as r:
        for y in range(2):
            print("row", y, ":", r[y * 4], r[y * 4 + 1], r[y * 4 + 2], r[y * 4 + 3])
    ctx.enqueue_function[rank_only](ranks, grid_dim=8, block_dim=16, cluster_dim=Dim(2))
    ctx.synchronize()
    with ranks.map_to_host() as r:
        print("pairs:", r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7])

# Cluster 0 publishes 0, 10, 20, 30 (sum 60), then 60 + b: 240 + 0+1+2+3.
# Cluster 1: 40..70 (sum 220), then 4 * 220 + 4+5+6+7 = 902. Lane 0 of each
# of the two warps is elected: 1 + 1.
# CHECK: block 0 rank 0 sum 246 elected 2
# CHECK: block 1 rank 1 sum 246 elected 2
# CHECK: block 3 rank 3 sum 246 elected 2
# CHECK: block 4 rank 0 sum 902 elected 2
# CHECK: block 7 rank 3 sum 902 elected 2
# CHECK: plain ranks: 0 0 0 0
# CHECK: row 0 : 0 1 0 1
# CHECK: row 1 : 2 3 2 3
# CHECK: pairs: 0 1 0 1 0 1 0 1

# PTX: .target sm_90
# PTX: %cluster_ctarank
# PTX: barrier.cluster.arrive.aligned;
# PTX: barrier.cluster.wait.aligned;
# PTX: vote.sync.ballot.b32

# SM80: cluster.mojo:{{[0-9]+}}:{{[0-9]+}}: error: compile-time assertion failed: block rank identifier is only supported by NVIDIA SM90+ GPUs
# AMD: error: compile-time assertion failed: {{.*}} is only supported by NVIDIA SM90+ GPUs

# OOB: out-of-bounds write in kernel 'oob' at {{.*}}: block (3, 0, 0), thread (0, 0, 0) wrote 4 bytes at offset 400 of a 32-byte device buffer
# UNEVEN: invalid launch of kernel 'partial': grid dimensions (6, 1, 1) are not a multiple of the cluster dimensions (4, 1, 1)

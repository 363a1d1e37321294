# std.gpu.primitives.cluster: thread block clusters (NVIDIA sm_90 and newer).
#
# The blocks of a cluster (`enqueue_function(..., cluster_dim=Dim(4))`) run
# at the same time and can wait for each other: cluster_arrive marks the
# calling thread as arrived, cluster_wait waits until every thread of every
# block of the cluster has arrived, cluster_sync does both. On NVIDIA these
# are the PTX barrier.cluster instructions and %cluster_ctarank; on the cpu
# device the runtime runs a cluster's blocks on one OS thread each and makes
# the barrier real (gpu/runtime/CpuClusters.cpp); AMD GPUs and NVIDIA GPUs
# before sm_90 have no clusters, which is a compile-time error as in Mojo.
#
# Ignis's own implementation of the part of Mojo 1.0's
# `gpu.primitives.cluster` that programs use.

from std.sys import is_nvidia_gpu, is_amd_gpu
from std.sys.info import _is_sm_9x_or_newer
from std.gpu.primitives.id import lane_id
from std.builtin.location import _SourceLocation


def _clusters_supported() -> Bool:
    """Clusters exist on NVIDIA sm_90 and newer, and on the cpu device."""
    return comptime(not is_amd_gpu() and (not is_nvidia_gpu() or _is_sm_9x_or_newer()))


@always_inline
def block_rank_in_cluster() -> UInt32:
    """The rank of the calling thread's block in its cluster, in
    [0, cluster size), x fastest (0 when the launch has no clusters)."""
    comptime assert _clusters_supported(), "block rank identifier is only supported by NVIDIA SM90+ GPUs"
    comptime if is_nvidia_gpu():
        return UInt32(
            raw=__builtin.llvm_intrinsic[
                "llvm.nvvm.read.ptx.sreg.cluster.ctarank", __builtin.simd[DType.uint32, 1]
            ]()
        )
    else:
        return UInt32(
            Int(
                raw=__builtin.external_call[
                    "ignis_gpu_cpu_cluster_rank", __builtin.simd[DType.index, 1]
                ]()
            )
        )


@always_inline
def elect_one_sync() -> Bool:
    """True in one lane of the warp (the lowest live lane), False in the
    others; every live lane of the warp must call it."""
    comptime assert _clusters_supported(), "elect one sync is only supported by NVIDIA SM90+ GPUs"
    var live: Int
    comptime if is_nvidia_gpu():
        # A full-warp vote.sync names the live lanes: the PTX ISA 7.8 that
        # LLVM emits for sm_90 has no elect.sync (8.0).
        live = Int(
            raw=__builtin.cast[DType.index](
                __builtin.llvm_intrinsic["llvm.nvvm.vote.ballot.sync", __builtin.simd[DType.uint32, 1]](
                    Int32(-1)._value, Bool(True)._value
                )
            )
        )
    else:
        live = Int(
            raw=__builtin.external_call["ignis_gpu_cpu_vote", __builtin.simd[DType.index, 1]](
                Int(3)._value, Int(1)._value
            )
        )
    return (live & -live) == (1 << lane_id())


@always_inline
def cluster_arrive():
    """Marks the calling thread as arrived at the cluster barrier; its
    writes before are visible to the cluster's threads after their wait."""
    comptime assert _clusters_supported(), "cluster arrive is only supported by NVIDIA SM90+ GPUs"
    comptime if is_nvidia_gpu():
        __builtin.llvm_intrinsic["llvm.nvvm.barrier.cluster.arrive.aligned"]()
    else:
        __builtin.external_call["ignis_gpu_cpu_cluster_arrive"]()


@always_inline
def cluster_arrive_relaxed():
    """cluster_arrive without ordering the calling thread's memory
    accesses."""
    comptime assert _clusters_supported(), "cluster arrive relaxed is only supported by NVIDIA SM90+ GPUs"
    comptime if is_nvidia_gpu():
        __builtin.llvm_intrinsic["llvm.nvvm.barrier.cluster.arrive.relaxed.aligned"]()
    else:
        __builtin.external_call["ignis_gpu_cpu_cluster_arrive"]()


@always_inline
def _cluster_wait_at(loc: _SourceLocation):
    comptime if is_nvidia_gpu():
        __builtin.llvm_intrinsic["llvm.nvvm.barrier.cluster.wait.aligned"]()
    else:
        __builtin.external_call["ignis_gpu_cpu_cluster_wait_at"](
            __builtin.string_data(loc.file_name), loc.line._value, loc.col._value
        )


@always_inline
def cluster_wait():
    """Waits until every thread of every block of the cluster has arrived
    (the calling thread must have arrived first)."""
    comptime assert _clusters_supported(), "cluster wait is only supported by NVIDIA SM90+ GPUs"
    _cluster_wait_at(__builtin.call_location())


@always_inline
def cluster_sync():
    """A barrier across every thread of every block of the cluster."""
    cluster_arrive()
    _cluster_wait_at(__builtin.call_location())


@always_inline
def cluster_sync_relaxed():
    """cluster_sync with a relaxed arrival."""
    cluster_arrive_relaxed()
    _cluster_wait_at(__builtin.call_location())

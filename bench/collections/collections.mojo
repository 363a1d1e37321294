# The Mojo side of bench/collections: prints "name nanoseconds checksum".


def now() -> Int:
    return Int(raw=__builtin.external_call["ignis_rt_perf_counter_ns", __builtin.simd[DType.index, 1]]())


def key(i: Int) -> Int:
    # The same scattered keys as collections.cpp.
    return (i * 2654435761) & 0xFFFFFFFFFF


def bench_dict() raises:
    var n = 1000000
    var d = Dict[Int, Int]()
    var t0 = now()
    for i in range(n):
        d[key(i)] = i
    var t1 = now()
    var sum = 0
    for i in range(n):
        sum += d[key(i)]
    for i in range(n):
        if key(i) + 1 in d:
            sum += 1
    var t2 = now()
    print("dict_insert", t1 - t0, len(d))
    print("dict_lookup", t2 - t1, sum)


def bench_list():
    var n = 10000000
    var t0 = now()
    var l = List[Int]()
    for i in range(n):
        l.append(i)
    var t1 = now()
    var sum = 0
    for x in l:
        sum += x
    var t2 = now()
    print("list_append", t1 - t0, len(l))
    print("list_iterate", t2 - t1, sum)


def bench_string() raises:
    var word = String("lorem ")
    var text = String()
    for i in range(10 * 1024 * 1024 // 8):
        text += word
        text += String(i % 10)
        text += " "
    var t0 = now()
    var parts = text.split(" ")
    var t1 = now()
    var joined = String(",").join(parts)
    var t2 = now()
    print("string_split", t1 - t0, len(parts))
    print("string_join", t2 - t1, joined.byte_length())


def main() raises:
    bench_dict()
    bench_list()
    bench_string()

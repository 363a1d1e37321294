# Bench: run several named benchmarks and print them as one table (Mojo
# 1.0's std.benchmark Bench, Bencher, BenchConfig, BenchId, BenchMetric,
# ThroughputMeasure, Format, Mode).

from std.collections import Optional
from std.pathlib import Path
from std.sys import argv
from std.time import perf_counter_ns
from std.gpu.host import DeviceContext
from std.benchmark.benchmark import Report, Batch, _run_batches, _run_fixed


@fieldwise_init
struct BenchMetric(ImplicitlyCopyable, Writable):
    """A throughput a benchmark reports: elements, bytes or flops per
    second, in units of 1e9."""
    var code: Int
    var name: StaticString
    var unit: StaticString

    comptime elements = BenchMetric(0, "throughput", "GElems/s")
    comptime bytes = BenchMetric(1, "DataMovement", "GB/s")
    comptime flops = BenchMetric(2, "Arithmetic", "GFLOPS/s")
    comptime theoretical_flops = BenchMetric(3, "TheoreticalArithmetic", "GFLOPS/s")

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.name, " (", self.unit, ")")

    def __eq__(self, other: Self) -> Bool:
        return self.code == other.code

    def __ne__(self, other: Self) -> Bool:
        return self.code != other.code

    def check_name(self, alt_name: String) -> Bool:
        """Whether alt_name is this metric's name, in any case."""
        return String(self.name).lower() == alt_name.lower()


@fieldwise_init
struct ThroughputMeasure(ImplicitlyCopyable, Writable):
    """A metric and the amount of it one iteration does."""
    var metric: BenchMetric
    var value: Int

    def __init__(out self, name: String, value: Int) raises:
        """The default metric named name (elements, bytes or flops, in any
        case; its name, as "throughput" for elements, works too)."""
        var all = [BenchMetric.elements, BenchMetric.bytes, BenchMetric.flops]
        var found = -1
        for i in range(len(all)):
            if all[i].check_name(name):
                found = i
        if found < 0:
            raise Error("metric [" + name + "] is NOT supported")
        self.metric = all[found]
        self.value = value

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.metric)

    def compute(self, elapsed_sec: Float64) -> Float64:
        """The rate, in units of 1e9 per second, for one iteration taking
        elapsed_sec."""
        return Float64(self.value) * 1e-9 / elapsed_sec


@fieldwise_init
struct Format(ImplicitlyCopyable, Writable):
    """How a Bench prints: "table" (Markdown), "tabular" (", ") or "csv"."""
    var value: StaticString

    comptime csv = Format("csv")
    comptime tabular = Format("tabular")
    comptime table = Format("table")

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.value)

    def __eq__(self, other: Self) -> Bool:
        return self.value == other.value

    def __ne__(self, other: Self) -> Bool:
        return self.value != other.value


@fieldwise_init
struct Mode(ImplicitlyCopyable):
    """Benchmark (time every function) or Test (run each once: `-t`)."""
    var value: Int

    comptime Benchmark = Mode(0)
    comptime Test = Mode(1)

    def __eq__(self, other: Self) -> Bool:
        return self.value == other.value


struct BenchConfig(Copyable):
    """How long and how often a Bench runs each benchmark. The command line
    may change it: `-o FILE`, `-r N` (repetitions), `--format F`,
    `--no-progress`, `--verbose`."""
    var out_file: Optional[Path]
    var min_runtime_secs: Float64
    var max_runtime_secs: Float64
    var num_warmup_iters: Int
    var max_batch_size: Int
    var max_iters: Int
    var num_repetitions: Int
    var flush_denormals: Bool
    var show_progress: Bool
    var format: Format
    var out_file_format: Format
    var verbose_timing: Bool
    var verbose_metric_names: Bool

    @no_inline
    def __init__(
        out self,
        out_file: Optional[Path] = None,
        min_runtime_secs: Float64 = 0.0,
        max_runtime_secs: Float64 = 1.0,
        num_warmup_iters: Int = 10,
        max_batch_size: Int = 0,
        max_iters: Int = 1000,
        num_repetitions: Int = 1,
        flush_denormals: Bool = True,
    ) raises:
        self.out_file = out_file.copy()
        self.min_runtime_secs = min_runtime_secs
        self.max_runtime_secs = max_runtime_secs
        self.num_warmup_iters = num_warmup_iters
        self.max_batch_size = max_batch_size
        self.max_iters = max_iters
        self.num_repetitions = num_repetitions
        self.flush_denormals = flush_denormals
        self.show_progress = True
        self.format = Format.table
        self.out_file_format = Format.csv
        self.verbose_timing = False
        self.verbose_metric_names = True
        var args = argv()
        var i = 1
        while i < len(args):
            var a = String(args[i])
            if a == "-o" or a == "-r" or a == "--format":
                if i + 1 >= len(args):
                    raise Error("Missing value for " + a + " option")
                var v = String(args[i + 1])
                if a == "-o":
                    self.out_file = Path(v)
                elif a == "-r":
                    self.num_repetitions = Int(v)
                else:
                    if v != "csv" and v != "tabular" and v != "table":
                        raise Error("Invalid format option: " + v + " valid formats: csv, tabular, table")
                    self.format = Format.csv if v == "csv" else (Format.tabular if v == "tabular" else Format.table)
                i += 2
                continue
            if a == "--no-progress":
                self.show_progress = False
            elif a == "--verbose":
                self.verbose_timing = True
            i += 1

    def __init__(out self, *, copy: Self):
        self.out_file = copy.out_file.copy()
        self.min_runtime_secs = copy.min_runtime_secs
        self.max_runtime_secs = copy.max_runtime_secs
        self.num_warmup_iters = copy.num_warmup_iters
        self.max_batch_size = copy.max_batch_size
        self.max_iters = copy.max_iters
        self.num_repetitions = copy.num_repetitions
        self.flush_denormals = copy.flush_denormals
        self.show_progress = copy.show_progress
        self.format = copy.format
        self.out_file_format = copy.out_file_format
        self.verbose_timing = copy.verbose_timing
        self.verbose_metric_names = copy.verbose_metric_names


struct BenchId(Copyable, Writable):
    """A benchmark's name, and optionally its input's."""
    var func_name: String
    var input_id: Optional[String]

    def __init__(out self, func_name: String, input_id: String):
        self.func_name = func_name
        self.input_id = input_id

    def __init__(out self, func_name: String):
        self.func_name = func_name
        self.input_id = None

    def __init__(out self, *, copy: Self):
        self.func_name = copy.func_name
        self.input_id = copy.input_id.copy()

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.func_name)
        if self.input_id:
            writer.write("/input_id:", self.input_id.value())


struct BenchmarkInfo(Copyable):
    """One benchmark's name, report and throughput measures."""
    var name: String
    var result: Report
    var measures: List[ThroughputMeasure]
    var verbose_timing: Bool

    def __init__(out self, name: String, var result: Report, var measures: List[ThroughputMeasure] = List[ThroughputMeasure](), verbose_timing: Bool = False):
        self.name = name
        self.result = result^
        self.measures = measures^
        self.verbose_timing = verbose_timing

    def __init__(out self, *, copy: Self):
        self.name = copy.name
        self.result = copy.result.copy()
        self.measures = copy.measures.copy()
        self.verbose_timing = copy.verbose_timing


@fieldwise_init
struct Bencher(ImplicitlyCopyable):
    """What a benchmark function gets: how many iterations to run, and where
    to put the nanoseconds they took."""
    var num_iters: Int
    var elapsed: Int

    def __init__(out self, num_iters: Int):
        self.num_iters = num_iters
        self.elapsed = 0

    def iter[iter_fn: def() raises capturing -> None](mut self) raises:
        """Times num_iters calls of iter_fn."""
        var start = perf_counter_ns()
        for _ in range(self.num_iters):
            iter_fn()
        self.elapsed = Int(perf_counter_ns() - start)

    def iter[IterFn: def() raises -> None](mut self, f: IterFn) raises:
        """Times num_iters calls of the closure f."""
        var start = perf_counter_ns()
        for _ in range(self.num_iters):
            f()
        self.elapsed = Int(perf_counter_ns() - start)

    def iter_preproc[IterFn: def() raises -> None, PreprocFn: def() raises -> None](mut self, iter_fn: IterFn, preproc_fn: PreprocFn) raises:
        """Times num_iters calls of iter_fn, each after an untimed call of
        preproc_fn."""
        for _ in range(self.num_iters):
            preproc_fn()
            var start = perf_counter_ns()
            iter_fn()
            self.elapsed += Int(perf_counter_ns() - start)

    def iter_custom[iter_fn: def(Int) raises capturing -> Int](mut self) raises:
        """iter_fn(num_iters) runs the iterations and returns their
        nanoseconds."""
        self.elapsed = iter_fn(self.num_iters)

    def iter_custom[FuncType: def(Int) raises -> Int](mut self, func: FuncType) raises:
        """func(num_iters) runs the iterations and returns their
        nanoseconds."""
        self.elapsed = func(self.num_iters)

    def iter_custom[kernel_launch_fn: def(DeviceContext) raises capturing -> None](mut self, ctx: DeviceContext) raises:
        """Times num_iters calls of kernel_launch_fn(ctx) with the work they
        enqueue (DeviceContext.execution_time)."""
        self.elapsed = ctx.execution_time[kernel_launch_fn](self.num_iters)

    def iter_custom[FuncType: def(DeviceContext) raises -> None](mut self, ref func: FuncType, ctx: DeviceContext) raises:
        """Times num_iters calls of the closure func(ctx) with the work they
        enqueue."""
        self.elapsed = ctx.execution_time(func, self.num_iters)


struct Bench(Writable):
    """Runs benchmarks (bench_function) and prints them as a table."""
    var config: BenchConfig
    var mode: Mode
    var info_vec: List[BenchmarkInfo]

    @no_inline
    def __init__(out self, config: Optional[BenchConfig] = None, mode: Mode = Mode.Benchmark) raises:
        if config:
            self.config = config.value().copy()
        else:
            self.config = BenchConfig()
        self.mode = mode
        self.info_vec = List[BenchmarkInfo]()
        var args = argv()
        for i in range(len(args)):
            if String(args[i]) == "-t":
                self.mode = Mode.Test

    # Setup (__init__, BenchConfig's argv parsing), _record and the report
    # run once per program or per benchmark, outside the timed code: they are
    # @no_inline, so codegen/SizeOptimised.cpp builds them for size.
    # Each entry point wraps the benchmarked function in a `timed(n)`
    # closure that does not raise (it keeps the error and returns -1), so
    # _record and the batch loop are compiled once for all benchmarks.

    def bench_function[bench_fn: def(mut Bencher) raises capturing -> None](
        mut self, bench_id: BenchId, measures: List[ThroughputMeasure] = List[ThroughputMeasure](), fixed_iterations: Optional[Int] = None
    ) raises:
        """Benchmarks bench_fn, which times b.num_iters iterations into b."""
        var failure = Optional[Error]()
        def timed(n: Int) -> Int:
            try:
                var b = Bencher(n)
                bench_fn(b)
                return b.elapsed
            except e:
                failure = e^
                return -1
        self._record(timed, bench_id, measures, fixed_iterations)
        if failure:
            raise failure.take()

    def bench_function[FuncType: def(mut Bencher) raises -> None](
        mut self, func: FuncType, bench_id: BenchId, measures: List[ThroughputMeasure] = List[ThroughputMeasure](), fixed_iterations: Optional[Int] = None
    ) raises:
        """Benchmarks the closure func, which times b.num_iters iterations
        into b."""
        var failure = Optional[Error]()
        def timed(n: Int) -> Int:
            try:
                var b = Bencher(n)
                func(b)
                return b.elapsed
            except e:
                failure = e^
                return -1
        self._record(timed, bench_id, measures, fixed_iterations)
        if failure:
            raise failure.take()

    def bench_function[bench_fn: def() raises capturing -> None](
        mut self, bench_id: BenchId, measures: List[ThroughputMeasure] = List[ThroughputMeasure](), fixed_iterations: Optional[Int] = None
    ) raises:
        """Benchmarks calls of bench_fn."""
        var failure = Optional[Error]()
        def timed(n: Int) -> Int:
            try:
                var start = perf_counter_ns()
                for _ in range(n):
                    bench_fn()
                return Int(perf_counter_ns() - start)
            except e:
                failure = e^
                return -1
        self._record(timed, bench_id, measures, fixed_iterations)
        if failure:
            raise failure.take()

    def bench_with_input[T: AnyType, bench_fn: def(mut Bencher, T) raises capturing -> None](
        mut self, bench_id: BenchId, input: T, measures: List[ThroughputMeasure] = List[ThroughputMeasure]()
    ) raises:
        """Benchmarks bench_fn(b, input)."""
        var failure = Optional[Error]()
        def timed(n: Int) -> Int:
            try:
                var b = Bencher(n)
                bench_fn(b, input)
                return b.elapsed
            except e:
                failure = e^
                return -1
        self._record(timed, bench_id, measures, None)
        if failure:
            raise failure.take()

    @no_inline
    def _record(mut self, timed: def(Int) -> Int, bench_id: BenchId, measures: List[ThroughputMeasure], fixed_iterations: Optional[Int]) raises:
        """Test mode: one call of one iteration. Benchmark mode: num_repetitions
        reports, each appended to the table. Stops when timed fails (the
        caller raises its error)."""
        if self.mode == Mode.Test:
            _ = timed(1)
            return
        var name = String(bench_id)
        var failed = False
        def checked(n: Int) -> Int:
            var ns = timed(n)
            if ns < 0:
                failed = True
            return ns
        for _ in range(self.config.num_repetitions):
            if self.config.show_progress:
                print("Running", name)
            else:
                print(".", end="")
            var report: Report
            if fixed_iterations:
                report = _run_fixed(checked, fixed_iterations.value())
            else:
                report = _run_batches(checked, self.config.num_warmup_iters, self.config.max_iters, self.config.min_runtime_secs, self.config.max_runtime_secs, self.config.max_batch_size)
            if failed:
                return
            self.info_vec.append(BenchmarkInfo(name, report^, measures.copy(), self.config.verbose_timing))

    @no_inline
    def dump_report(mut self) raises:
        """Prints the table; with config.out_file set, also writes it there
        in config.out_file_format."""
        print(self)
        if self.config.out_file:
            var shown = self.config.format
            self.config.format = self.config.out_file_format
            var text = String(self)
            self.config.format = shown
            with open(self.config.out_file.value(), "w") as f:
                f.write(text)

    def pad(self, width: Int, s: String) -> String:
        """Spaces that fill s to width ("" in csv)."""
        if self.config.format == Format.csv:
            return ""
        return String(" ") * (width - s.byte_length())

    def _dashes(self, width: Int) -> String:
        return String("-") * width

    def write_to(self, mut writer: Some[Writer]):
        """The runs as a table: name, mean time in ms ("met"), iterations,
        one column per throughput metric (N/A where a run has none), and
        min, mean, max and total ms with verbose timing."""
        var table = self.config.format == Format.table
        var sep = String(" | ") if table else (String(", ") if self.config.format == Format.tabular else String(","))
        var first = String("| ") if table else String("")
        var runs = len(self.info_vec)
        # Column widths: the widest of the label and every value.
        var name_w = 4
        var iters_w = 5
        var met_w = 8
        var vt_labels = [String("min (ms)"), String("mean (ms)"), String("max (ms)"), String("duration (ms)")]
        var vt_w = List[Int]()
        for l in range(len(vt_labels)):
            vt_w.append(vt_labels[l].byte_length())
        for i in range(runs):
            ref r = self.info_vec[i].result
            name_w = max(name_w, self.info_vec[i].name.byte_length())
            iters_w = max(iters_w, String(r.iters()).byte_length())
            met_w = max(met_w, String(r.mean("ms")).byte_length())
            vt_w[0] = max(vt_w[0], String(r.min("ms")).byte_length())
            vt_w[1] = max(vt_w[1], String(r.mean("ms")).byte_length())
            vt_w[2] = max(vt_w[2], String(r.max("ms")).byte_length())
            vt_w[3] = max(vt_w[3], String(r.duration("ms")).byte_length())
        # Metric columns, in first-use order.
        var metric_names = List[String]()
        var metric_w = List[Int]()
        for i in range(runs):
            ref info = self.info_vec[i]
            for j in range(len(info.measures)):
                var m = info.measures[j]
                var label = String(m.metric) if self.config.verbose_metric_names else String(m.metric.unit)
                var rate = String(m.compute(info.result.mean("s")))
                var found = -1
                for k in range(len(metric_names)):
                    if metric_names[k] == label:
                        found = k
                if found < 0:
                    metric_names.append(label)
                    metric_w.append(max(label.byte_length(), rate.byte_length()))
                else:
                    metric_w[found] = max(metric_w[found], rate.byte_length())
        writer.write(first, "name", self.pad(name_w, "name"))
        writer.write(sep, "met (ms)", self.pad(met_w, "met (ms)"))
        writer.write(sep, "iters", self.pad(iters_w, "iters"))
        if runs == 0:
            if table:
                writer.write("No benchmarks recorded...")
            writer.write("\n")
            return
        for k in range(len(metric_names)):
            writer.write(sep, metric_names[k], self.pad(metric_w[k], metric_names[k]))
        if self.config.verbose_timing:
            for l in range(len(vt_labels)):
                writer.write(sep, vt_labels[l], self.pad(vt_w[l], vt_labels[l]))
        if table:
            writer.write(" |\n| ", self._dashes(name_w), sep, self._dashes(met_w), sep, self._dashes(iters_w))
            for k in range(len(metric_names)):
                writer.write(sep, self._dashes(metric_w[k]))
            if self.config.verbose_timing:
                for l in range(len(vt_labels)):
                    writer.write(sep, self._dashes(vt_w[l]))
            writer.write(" |")
        writer.write("\n")
        for i in range(runs):
            ref info = self.info_vec[i]
            ref r = info.result
            var name = info.name
            if self.config.format == Format.csv:
                name = String('"') + info.name + '"'
            writer.write(first, name, self.pad(name_w, name))
            var met = String(r.mean("ms"))
            writer.write(sep, met, self.pad(met_w, met))
            var iters = String(r.iters())
            writer.write(sep, iters, self.pad(iters_w, iters))
            for k in range(len(metric_names)):
                var cell = String("N/A")
                for j in range(len(info.measures)):
                    var m = info.measures[j]
                    var label = String(m.metric) if self.config.verbose_metric_names else String(m.metric.unit)
                    if label == metric_names[k]:
                        cell = String(m.compute(r.mean("s")))
                writer.write(sep, cell, self.pad(metric_w[k], cell))
            if self.config.verbose_timing:
                var cells = [String(r.min("ms")), met, String(r.max("ms")), String(r.duration("ms"))]
                for l in range(len(cells)):
                    writer.write(sep, cells[l], self.pad(vt_w[l], cells[l]))
            if table:
                writer.write(" |")
            writer.write("\n")

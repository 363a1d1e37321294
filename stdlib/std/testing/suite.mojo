# TestSuite: registers test functions, runs them and prints Mojo's report
#
#     Running 2 tests for FILE
#         PASS [ 0.004 ] test_add
#         FAIL [ 0.010 ] test_sub
#           At FILE:9:17: AssertionError: ...
#     --------
#     Summary [ 0.014 ] 2 tests run: 1 passed , 1 failed , 0 skipped
#     Test suite' FILE 'failed!
#
# A suite with a failure raises the report as its Error, so `main` ends
# with a non-zero exit status. Ignis has no runtime function values yet, so
# `test[f]()` runs f at once (f is a compile-time parameter) and keeps the
# result for the report; `run()` prints it. Command-line filters (`--only`,
# `--skip`, `--skip-all`) are read when the suite is made, so a filtered test
# never runs; `skip[f]()` after `test[f]()` reports f as skipped, but it has
# already run.

from std.reflection.location import SourceLocation
from std.sys import argv
from std.time import perf_counter_ns
from std.testing._color import _use_color, _colored
from std.testing._color import _RED, _GREEN, _YELLOW, _MAGENTA, _CYAN, _BOLD_WHITE


def _format_nsec(nanoseconds: UInt) -> String:
    """Nanoseconds as milliseconds, `MS.FFF` (0.001 at least)."""
    var ns = Int(nanoseconds)
    var ms_total = ns // 1_000_000
    var fractional_ms = (ns % 1_000_000) * 1000 // 1_000_000
    if ms_total == 0 and fractional_ms == 0:
        return String("0.001")
    var result = String(ms_total)
    result += "."
    if fractional_ms < 10:
        result += "00"
    elif fractional_ms < 100:
        result += "0"
    result += String(fractional_ms)
    return result


def _is_test_name(name: StringLiteral) -> Bool:
    """Whether a function is a test for discover_tests: `test_*`."""
    # Byte by byte: the compile-time interpreter cannot call memcmp
    # (String.startswith).
    var s = String(name)
    var prefix = String("test_")
    if s.byte_length() < prefix.byte_length():
        return False
    var p = s.unsafe_ptr()
    var q = prefix.unsafe_ptr()
    for i in range(prefix.byte_length()):
        if p[i] != q[i]:
            return False
    return True


@fieldwise_init
struct TestResult(Equatable, ImplicitlyCopyable, Writable):
    """A test result code: PASS, FAIL or SKIP."""

    var _value: Int

    comptime PASS = TestResult(0)
    """The test passed."""
    comptime FAIL = TestResult(1)
    """The test failed."""
    comptime SKIP = TestResult(2)
    """The test was skipped."""

    def __eq__(self, rhs: Self) -> Bool:
        return self._value == rhs._value

    def __ne__(self, rhs: Self) -> Bool:
        return self._value != rhs._value

    def write_repr_to(self, mut writer: Some[Writer]):
        """What repr() writes: the same as write_to."""
        self.write_to(writer)

    def write_to(self, mut writer: Some[Writer]):
        """`PASS` (green), `FAIL` (red) or `SKIP` (yellow)."""
        var use = _use_color()
        if self._value == 0:
            _colored("PASS", _GREEN, use).write_to(writer)
        elif self._value == 1:
            _colored("FAIL", _RED, use).write_to(writer)
        else:
            _colored("SKIP", _YELLOW, use).write_to(writer)


struct TestReport(Copyable, Writable):
    """The outcome of one test."""

    comptime _ErrorIndent = 3

    var name: String
    """The name of the test."""
    var duration_ns: UInt
    """How long it ran, in nanoseconds."""
    var result: TestResult
    """PASS, FAIL or SKIP."""
    var error: Optional[Error]
    """The error a failed test raised."""

    def __init__(
        out self,
        *,
        var name: String,
        duration_ns: UInt,
        result: TestResult,
        var error: Optional[Error] = None,
    ):
        self.name = name^
        self.duration_ns = duration_ns
        self.result = result
        self.error = error^

    @staticmethod
    def passed(*, var name: String, duration_ns: UInt) -> TestReport:
        """A passing test's report."""
        return TestReport(name=name^, duration_ns=duration_ns, result=TestResult.PASS)

    @staticmethod
    def failed(*, var name: String, duration_ns: UInt, var error: Error) -> TestReport:
        """A failing test's report, with the error it raised."""
        return TestReport(
            name=name^, duration_ns=duration_ns, result=TestResult.FAIL, error=Optional[Error](error^)
        )

    @staticmethod
    def skipped(*, var name: String) -> TestReport:
        """A skipped test's report."""
        return TestReport(name=name^, duration_ns=0, result=TestResult.SKIP)

    def write_repr_to(self, mut writer: Some[Writer]):
        """What repr() writes: the same as write_to."""
        self.write_to(writer)

    def write_to(self, mut writer: Some[Writer]):
        """`    RESULT [ MS ] NAME`, then a failure's error indented."""
        writer.write_str("    ")
        self.result.write_to(writer)
        writer.write_str(" [ ")
        _format_nsec(self.duration_ns).write_to(writer)
        writer.write_str(" ] ")
        _colored(self.name, _CYAN, _use_color()).write_to(writer)
        if self.result == TestResult.FAIL and self.error:
            var text = String(self.error.value())
            writer.write_str("\n      ")
            text.replace("\n", "\n      ").write_to(writer)


struct TestSuiteReport(Copyable, Writable):
    """The outcome of a whole suite."""

    var reports: List[TestReport]
    """One report per test, in registration order."""
    var total_duration_ns: UInt
    """The time all tests took, in nanoseconds."""
    var failures: Int
    """How many tests failed."""
    var skipped: Int
    """How many tests were skipped."""
    var passed: Int
    """How many tests passed."""
    var location: SourceLocation
    """Where the suite was made."""

    def __init__(out self, *, var reports: List[TestReport], location: SourceLocation):
        self.reports = reports^
        self.total_duration_ns = 0
        self.failures = 0
        self.skipped = 0
        self.location = location
        for i in range(len(self.reports)):
            self.total_duration_ns += self.reports[i].duration_ns
            if self.reports[i].result == TestResult.FAIL:
                self.failures += 1
            elif self.reports[i].result == TestResult.SKIP:
                self.skipped += 1
        self.passed = len(self.reports) - self.failures - self.skipped

    def write_repr_to(self, mut writer: Some[Writer]):
        """What repr() writes: the same as write_to."""
        self.write_to(writer)

    def write_to(self, mut writer: Some[Writer]):
        """The report as Mojo prints it (each word followed by a space)."""
        var use = _use_color()
        var file = String(self.location.file_name())
        var n = len(self.reports)
        var out = String("\n")
        out += _colored("Running", _GREEN, use) + " "
        out += _colored(n, _BOLD_WHITE, use) + " tests for "
        out += _colored(file, _CYAN, use) + " \n"
        for i in range(n):
            out += String(self.reports[i]) + "\n"
        out += "--------\n"
        out += _colored("Summary", _MAGENTA, use) + " [ "
        out += _format_nsec(self.total_duration_ns) + " ] "
        out += _colored(n, _BOLD_WHITE, use) + " tests run: "
        out += _colored(self.passed, _BOLD_WHITE, use) + " "
        out += _colored("passed", _GREEN, use) + " , "
        out += _colored(self.failures, _BOLD_WHITE, use) + " "
        out += _colored("failed", _RED, use) + " , "
        out += _colored(self.skipped, _BOLD_WHITE, use) + " "
        out += _colored("skipped", _YELLOW, use) + " \n"
        if self.failures > 0:
            out += "Test suite' " + _colored(file, _CYAN, use) + " 'failed! \n"
        out.write_to(writer)


struct TestSuite(Movable):
    """A suite of tests: register them with `test[f]()` (and `skip[f]()`),
    then `suite^.run()` prints the report, or raises it if a test failed.

    ```mojo
    from std.testing import assert_equal, TestSuite

    def test_add() raises:
        assert_equal(1 + 1, 2)

    def main() raises:
        var suite = TestSuite()
        suite.test[test_add]()
        suite^.run()
    ```
    """

    var reports: List[TestReport]
    """The tests registered so far, with their results."""
    var location: SourceLocation
    """Where the suite was made."""
    var skip_list: List[String]
    """Tests to skip (`skip[f]()`, `--skip`)."""
    var allow_list: Optional[List[String]]
    """With `--only` (or `--skip-all`): the only tests to run."""
    var cli_args: List[String]
    """The command-line arguments (default: `sys.argv()`)."""
    var _cli_error: String
    """A malformed command line, raised by `run()`."""

    @always_inline
    def __init__(
        out self,
        *,
        location: Optional[SourceLocation] = None,
        var cli_args: Optional[List[String]] = None,
    ):
        """A new empty suite; `location` defaults to where it is made and
        `cli_args` to the program's arguments."""
        self.reports = List[TestReport]()
        self.location = location.or_else(SourceLocation(__builtin.call_location()))
        self.skip_list = List[String]()
        self.allow_list = None
        self._cli_error = String()
        if cli_args:
            self.cli_args = cli_args.take()
        else:
            self.cli_args = List[String]()
            var args = argv()
            for i in range(len(args)):
                self.cli_args.append(args[i])
        self._parse_filter_lists()

    @always_inline
    @staticmethod
    def discover_tests[test_funcs: Tuple, /](
        *,
        location: Optional[SourceLocation] = None,
        var cli_args: Optional[List[String]] = None,
    ) raises -> TestSuite:
        """A suite with every `test_*` function of `test_funcs` registered;
        pass `__functions_in_module()`."""
        var suite = TestSuite(
            location=location.or_else(SourceLocation(__builtin.call_location())), cli_args=cli_args^
        )
        suite._register_tests[test_funcs]()
        return suite^

    def _register_tests[test_funcs: Tuple, /](mut self):
        comptime for idx in range(len(test_funcs)):
            comptime name = __builtin.function_name[test_funcs[idx]]
            comptime if _is_test_name(name):
                self.test[test_funcs[idx]]()

    def _parse_filter_lists(mut self):
        """`--only NAME...`, `--skip NAME...` or `--skip-all` (after the
        program name). Unknown test names are checked by `run()`."""
        var n = len(self.cli_args)
        if n <= 1:
            return
        var mode = self.cli_args[1]
        if mode == "--skip-all":
            if n > 2:
                self._cli_error = "'--skip-all' does not take any arguments"
            self.allow_list = List[String]()
            return
        if mode != "--only" and mode != "--skip":
            self._cli_error = "invalid argument: " + mode + " (expected '--only' or '--skip')"
            return
        if n == 2:
            self._cli_error = "expected test name(s) after '--only' or '--skip'"
            return
        var names = List[String]()
        for i in range(2, n):
            names.append(self.cli_args[i])
        if mode == "--only":
            self.allow_list = names^
        else:
            for i in range(len(names)):
                self.skip_list.append(names[i])

    def _should_skip(self, name: String) -> Bool:
        if name in self.skip_list:
            return True
        if not self.allow_list:
            return False
        return not (name in self.allow_list.value())

    def _index_of(self, name: String) -> Int:
        for i in range(len(self.reports)):
            if self.reports[i].name == name:
                return i
        return -1

    def test[f: def() raises -> None](mut self):
        """Registers the test f (and runs it: see the module comment)."""
        comptime name = __builtin.function_name[f]
        if self._should_skip(name):
            self.reports.append(TestReport.skipped(name=name))
            return
        var start = perf_counter_ns()
        try:
            f()
            var duration = perf_counter_ns() - start
            self.reports.append(TestReport.passed(name=name, duration_ns=duration))
        except e:
            var duration = perf_counter_ns() - start
            self.reports.append(TestReport.failed(name=name, duration_ns=duration, error=e.copy()))

    def skip[f: def() raises -> None](mut self):
        """Marks the test f as skipped; `run()` raises if f is never
        registered with `test[f]()`."""
        comptime name = __builtin.function_name[f]
        self.skip_list.append(name)
        var i = self._index_of(name)
        if i >= 0:
            self.reports[i] = TestReport.skipped(name=name)

    def _validate_skip_list(self) raises:
        for i in range(len(self.skip_list)):
            if self._index_of(self.skip_list[i]) < 0:
                raise Error(
                    "trying to skip a test that is not registered in the suite: " + self.skip_list[i]
                )
        if self.allow_list:
            var allowed = self.allow_list.value()
            for i in range(len(allowed)):
                if self._index_of(allowed[i]) < 0:
                    raise Error("explicitly allowed test not found in suite: " + allowed[i])

    def generate_report(mut self, skip_all: Bool = False) raises -> TestSuiteReport:
        """The suite's report (raises on a bad command line or skip list)."""
        if self._cli_error:
            raise Error(self._cli_error)
        self._validate_skip_list()
        var reports = List[TestReport]()
        for i in range(len(self.reports)):
            if skip_all:
                reports.append(TestReport.skipped(name=self.reports[i].name))
            else:
                reports.append(self.reports[i].copy())
        return TestSuiteReport(reports=reports^, location=self.location)

    def run(deinit self, *, quiet: Bool = False, skip_all: Bool = False) raises:
        """Prints the report (unless `quiet`); raises it as an Error when a
        test failed, so the program exits with a non-zero status."""
        var report = self.generate_report(skip_all=skip_all)
        if report.failures > 0:
            raise Error(String(report))
        if not quiet:
            print(report)

    def abandon(deinit self):
        """Drops the suite without a report."""
        pass

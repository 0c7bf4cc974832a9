# testing.suite: TestSuite, which collects test functions, filters them by the program's arguments,
# runs them and reports, as Mojo's testing.TestSuite does. The report is plain text (no colours),
# which is what Mojo prints when the output is not a terminal. Imported through `testing` (see
# StandardLibrary.lazyParts) or as testing.suite.
from builtin._location import _SourceLocation, __call_location
from collections.set import Set
from reflection import get_function_name
from sys import argv
from sys.intrinsics import _type_is_eq
from time import perf_counter_ns


fn _format_nsec(nanoseconds: UInt) -> String:
    """Nanoseconds as milliseconds with three decimals ("12.034"); never less than "0.001"."""
    var ns = Int(nanoseconds)
    var ms = ns // 1_000_000
    var thousandths = (ns % 1_000_000) // 1_000
    if ms == 0 and thousandths == 0:
        return "0.001"
    var result = String(ms) + "."
    if thousandths < 10:
        result += "00"
    elif thousandths < 100:
        result += "0"
    return result + String(thousandths)


fn _indented(text: String, level: Int) -> String:
    """The text with each of its lines indented by `level` steps of two spaces."""
    var indent = String("")
    for _ in range(level):
        indent += "  "
    return indent + text.replace("\n", "\n" + indent)


struct TestResult(Copyable, EqualityComparable, Movable, Stringable, Writable):
    """How a test ended: PASS, FAIL or SKIP."""

    var _value: Int

    fn __init__(out self, value: Int):
        self._value = value

    fn __eq__(self, rhs: Self) -> Bool:
        return self._value == rhs._value

    fn __ne__(self, rhs: Self) -> Bool:
        return self._value != rhs._value

    fn __str__(self) -> String:
        if self._value == 0:
            return "PASS"
        if self._value == 1:
            return "FAIL"
        return "SKIP"

    fn write_to[W: Writer](self, mut writer: W):
        writer.write(self.__str__())

    # (after the constructor, which makes them)
    alias PASS = Self(0)
    """The test passed."""
    alias FAIL = Self(1)
    """The test raised an error."""
    alias SKIP = Self(2)
    """The test was not run."""


struct TestReport(Copyable, Movable, Stringable, Writable):
    """The result of one test: its name, how long it ran, how it ended and (when it failed) its error."""

    var name: String
    var duration_ns: UInt
    var result: TestResult
    var error: Optional[Error]

    fn __init__(out self, *, var name: String, duration_ns: UInt, result: TestResult, var error: Optional[Error] = None):
        self.name = name^
        self.duration_ns = duration_ns
        self.result = result
        self.error = error^

    @staticmethod
    fn passed(*, var name: String, duration_ns: UInt) -> Self:
        """The report of a test that passed."""
        return Self(name=name^, duration_ns=duration_ns, result=TestResult.PASS)

    @staticmethod
    fn failed(*, var name: String, duration_ns: UInt, var error: Error) -> Self:
        """The report of a test that raised error."""
        return Self(name=name^, duration_ns=duration_ns, result=TestResult.FAIL, error=Optional(error^))

    @staticmethod
    fn skipped(*, var name: String) -> Self:
        """The report of a test that was not run."""
        return Self(name=name^, duration_ns=0, result=TestResult.SKIP)

    fn __str__(self) -> String:
        """`  PASS [ 0.012 ] name`; a failure's error follows on the next lines, indented three steps."""
        var line = _indented(String(self.result), 2) + " [ " + _format_nsec(self.duration_ns) + " ] " + self.name
        if self.result == TestResult.FAIL and self.error:
            line += "\n" + _indented(String(self.error.value()), 3)
        return line

    fn write_to[W: Writer](self, mut writer: W):
        writer.write(self.__str__())


struct TestSuiteReport(Copyable, Movable, Stringable, Writable):
    """The reports of a suite's tests, with their totals."""

    var reports: List[TestReport]
    var total_duration_ns: UInt
    var failures: Int
    var skipped: Int
    var passed: Int
    var location: _SourceLocation

    fn __init__(out self, *, var reports: List[TestReport], location: _SourceLocation):
        self.reports = reports^
        self.total_duration_ns = 0
        self.failures = 0
        self.skipped = 0
        self.location = location
        for report in self.reports:
            self.total_duration_ns += report.duration_ns
            if report.result == TestResult.FAIL:
                self.failures += 1
            elif report.result == TestResult.SKIP:
                self.skipped += 1
        self.passed = len(self.reports) - self.failures - self.skipped

    fn __str__(self) -> String:
        # (Mojo writes each word of the heading and summary lines followed by a space, the last one too)
        var out = String("\n")
        out += "Running " + String(len(self.reports)) + " tests for " + self.location.file_name + " \n"
        for report in self.reports:
            out += String(report) + "\n"
        out += "--------\n"
        out += "Summary [ " + _format_nsec(self.total_duration_ns) + " ] " + String(len(self.reports)) + " tests run: "
        out += String(self.passed) + " passed , " + String(self.failures) + " failed , " + String(self.skipped) + " skipped \n"
        if self.failures > 0:
            out += "Test suite' " + self.location.file_name + " 'failed! \n"
        return out

    fn write_to[W: Writer](self, mut writer: W):
        writer.write(self.__str__())


@fieldwise_init
struct _Test(Copyable, Movable):
    """A registered test: the function and its name."""

    alias fn_type = fn () raises
    var test_fn: Self.fn_type
    var name: String


@explicit_destroy("TestSuite must be destroyed via `run()`")
struct TestSuite(Movable):
    """A suite of tests: registered one by one (`test[f]()`, `skip[f]()`) or all the `test_`
    functions of a module at once (`discover_tests[__functions_in_module()]()`), then run
    (`run()`), which reports and raises if a test failed.

    The program's arguments choose what runs: `--only NAME...`, `--skip NAME...`, `--skip-all`.
    """

    var tests: List[_Test]
    var location: _SourceLocation
    var skip_list: Set[String]
    var allow_list: Optional[Set[String]]
    """None: every test may run; else only those named."""
    var cli_args: List[String]

    @always_inline
    fn __init__(out self, *, location: Optional[_SourceLocation] = None, var cli_args: Optional[List[String]] = None):
        """A suite with no tests; location defaults to where it is made, cli_args to the program's (sys.argv())."""
        self.tests = List[_Test]()
        self.location = location.or_else(__call_location())
        self.skip_list = Set[String]()
        self.allow_list = None
        if cli_args:
            self.cli_args = cli_args.take()
        else:
            self.cli_args = argv()

    fn _register_tests[test_funcs: Tuple, /](mut self) raises:
        """Registers the functions of test_funcs whose names start with `test_`."""
        @parameter
        for idx in range(len(test_funcs)):
            alias test_func = test_funcs[idx]

            @parameter
            if get_function_name[test_func]().startswith("test_"):
                @parameter
                if _type_is_eq[__type_of(test_func), _Test.fn_type]():
                    self.test[test_func]()
                else:
                    raise Error("test function '" + get_function_name[test_func]() + "' has nonconforming signature")

    @always_inline
    @staticmethod
    fn discover_tests[test_funcs: Tuple, /](
        *, location: Optional[_SourceLocation] = None, var cli_args: Optional[List[String]] = None
    ) raises -> Self:
        """A suite of the `test_` functions among test_funcs (usually `__functions_in_module()`), in their order."""
        var suite = Self(location=location.or_else(__call_location()), cli_args=cli_args^)
        try:
            suite._register_tests[test_funcs]()
        except e:
            suite^.abandon()
            raise e^
        return suite^

    fn test[f: _Test.fn_type](mut self):
        """Registers f to be run."""
        self.tests.append(_Test(f, get_function_name[f]()))

    fn skip[f: _Test.fn_type](mut self):
        """Marks f (registered before or after) to be skipped."""
        self.skip_list.add(get_function_name[f]())

    fn _parse_filter_lists(mut self) raises:
        """Reads `--only NAME...`, `--skip NAME...` or `--skip-all` from the arguments."""
        var num_args = len(self.cli_args)
        if num_args <= 1:
            return
        var flag = self.cli_args[1]
        if flag == "--only":
            self.allow_list = Set[String]()
        elif flag == "--skip-all":
            if num_args > 2:
                raise Error("'--skip-all' does not take any arguments")
            self.allow_list = Set[String]()  # nothing allowed: every test is skipped
            return
        elif flag != "--skip":
            raise Error("invalid argument: " + flag + " (expected '--only' or '--skip')")
        if num_args == 2:
            raise Error("expected test name(s) after '--only' or '--skip'")
        var registered = Set[String]()
        for test in self.tests:
            registered.add(test.name)
        var only = Bool(self.allow_list)
        for idx in range(2, num_args):
            var name = self.cli_args[idx]
            if name not in registered:
                raise Error("explicitly " + ("allowed" if only else "skipped") + " test not found in suite: " + name)
            if only:
                self.allow_list[].add(name)
            else:
                self.skip_list.add(name)

    fn _should_skip(self, test: _Test) -> Bool:
        if test.name in self.skip_list:
            return True
        if not self.allow_list:
            return False
        return test.name not in self.allow_list.value()

    fn _validate_skip_list(self) raises:
        """Every test asked to be skipped must be registered."""
        for name in self.skip_list:
            var found = False
            for test in self.tests:
                if test.name == name:
                    found = True
                    break
            if not found:
                raise Error("trying to skip a test that is not registered in the suite: " + name)

    fn generate_report(mut self, skip_all: Bool = False) raises -> TestSuiteReport:
        """Runs the tests that are not skipped, in order, and reports each; raises only if the arguments are wrong."""
        self._validate_skip_list()
        # (the arguments are checked even when everything is skipped)
        self._parse_filter_lists()
        if skip_all:
            self.allow_list = Set[String]()
        var reports = List[TestReport](capacity=len(self.tests))
        for test in self.tests:
            if self._should_skip(test):
                reports.append(TestReport.skipped(name=test.name))
                continue
            var start = perf_counter_ns()
            try:
                test.test_fn()
                reports.append(TestReport.passed(name=test.name, duration_ns=UInt(perf_counter_ns() - start)))
            except e:
                reports.append(TestReport.failed(name=test.name, duration_ns=UInt(perf_counter_ns() - start), error=e^))
        return TestSuiteReport(reports=reports^, location=self.location)

    fn run(deinit self, *, quiet: Bool = False, skip_all: Bool = False) raises:
        """Runs the suite and prints its report (with quiet, only if a test failed); raises the report if a test failed."""
        var report = self.generate_report(skip_all=skip_all)
        if report.failures > 0:
            raise Error(String(report))
        if not quiet:
            print(report)

    fn abandon(deinit self):
        """Ends the suite without running it."""
        pass

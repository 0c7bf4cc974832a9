# testing.TestSuite (25.x): tests registered by hand (`test[f]()`, `skip[f]()`), run in order; the
# report (as `generate_report()` fields and as the text `run()` prints or raises); the filters the
# program's arguments give (passed here as cli_args); `abandon()`. Time figures vary from run to
# run, so the printed reports show them as T.
from testing import TestResult, TestSuite, assert_equal


fn test_adds() raises:
    assert_equal(1 + 1, 2)


fn test_compares() raises:
    assert_equal(2 + 2, 5, "arithmetic")


fn test_raises() raises:
    raise Error("first line\nsecond line")


fn test_skipped() raises:
    print("never runs")


fn masked(report: String) -> String:
    """The report with its time figures (between '[ ' and ' ]') replaced by T."""
    var out = String("")
    var rest = report
    while True:
        var start = rest.find("[ ")
        if start < 0:
            break
        var end = rest.find(" ]", start)
        out += rest[: start + 2] + "T"
        rest = rest[end:]
    return out + rest


fn suite(var cli_args: List[String]) -> TestSuite:
    var s = TestSuite(cli_args=cli_args^)
    s.test[test_adds]()
    s.test[test_compares]()
    s.test[test_raises]()
    s.test[test_skipped]()
    return s^


fn wrong_arguments(var args: List[String]):
    try:
        suite(args^)^.run()
    except e:
        print("error:", e)


fn main() raises:
    # generate_report: one report per test, in order, with the totals
    var s = suite(["prog"])
    s.skip[test_skipped]()
    try:  # (generate_report raises only for wrong arguments; the suite must be ended either way)
        var report = s.generate_report()
        for r in report.reports:
            print(r.name, r.result, r.result == TestResult.FAIL)
        print("passed", report.passed, "failed", report.failures, "skipped", report.skipped)
        print(report.reports[1].error.value())
    except e:
        print("error:", e)
    s^.abandon()

    # run() raises the report when a test failed
    try:
        suite(["prog", "--skip", "test_skipped"])^.run()
    except e:
        print(masked(String(e)))

    # quiet=True prints nothing when every test passes (the printed report is checked by test.sh)
    suite(["prog", "--only", "test_adds"])^.run(quiet=True)
    suite(["prog"])^.run(skip_all=True, quiet=True)

    # wrong arguments
    wrong_arguments(["prog", "--only", "test_missing"])
    wrong_arguments(["prog", "--skip", "test_missing"])
    wrong_arguments(["prog", "--skip-all", "test_adds"])
    wrong_arguments(["prog", "--only"])
    wrong_arguments(["prog", "--verbose"])
    var unregistered = TestSuite(cli_args=["prog"])
    unregistered.test[test_adds]()
    unregistered.skip[test_skipped]()
    try:
        unregistered^.run()
    except e:
        print("error:", e)

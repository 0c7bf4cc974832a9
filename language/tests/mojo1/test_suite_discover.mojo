# Mojo 1.x TestSuite.discover_tests[__functions_in_module()](): the module's `test_` functions in
# the order they are declared (others, such as helpers and main, are not tests); cli_args filter
# them as `--only` / `--skip` on the command line would; a failing test makes run() raise its report.
from std.testing import TestSuite, assert_true


comptime greeting = "hi"


def helper() -> Int:
    return 41


def test_first() raises:
    print("first runs")
    assert_true(helper() == 41)


def test_second() raises:
    print("second runs,", greeting)


def test_third() raises:
    print("third runs")
    assert_true(helper() == 0, "helper is not zero")


def masked(report: String) -> String:
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


def main() raises:
    TestSuite.discover_tests[__functions_in_module()](cli_args=["prog", "--skip", "test_third"]).run(quiet=True)
    TestSuite.discover_tests[__functions_in_module()](cli_args=["prog", "--only", "test_second"]).run(quiet=True)
    try:
        TestSuite.discover_tests[__functions_in_module()](cli_args=["prog"]).run(quiet=True)
    except e:
        print(masked(String(e)))

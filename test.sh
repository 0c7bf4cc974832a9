#!/usr/bin/env bash
# Runs the whole test suite with a JDK >= 25: the unit and golden-file tests (Maven), then the
# public conformance corpus when ../shared/conformance is beside this checkout.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$HERE/bin/find-java.sh"
cd "$HERE"
MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" \
    mvn -B -Dstyle.color=never install "$@"
echo "== Truffle polyglot TCK"
# The TCK is JUnit 4 run through the vintage engine: if that ever stops running, Maven still succeeds
# with no TCK tests, so count them.
tck_reports=("$HERE"/tck-tests/target/surefire-reports/TEST-com.oracle.truffle.tck.tests.*.xml)
if [ -e "${tck_reports[0]}" ]; then
    tck_tests=$(grep -ho '<testsuite [^>]*' "${tck_reports[@]}" | grep -o ' tests="[0-9]*"' | grep -o '[0-9]*' | awk '{ s += $1 } END { print s + 0 }')
    echo "TCK tests run: $tck_tests"
    if [ "$tck_tests" -lt 1000 ]; then
        echo "too few TCK tests ran (expected over 1000)"; exit 1
    fi
elif [[ " $* " != *" -DskipTests "* ]]; then
    echo "no TCK test reports in tck-tests/target/surefire-reports"; exit 1
fi
echo "== mojo command: REPL and exit statuses"
repl_out="$(printf 'var x = 20\nprint(x + 1)\nfn sq(n: Int) -> Int:\n    return n * n\n\nprint(sq(x))\nx * 3\nvar l: List[Int] = [1]\nl[5]\nl\n' | MOJO_NO_BUILD=1 "$HERE/mojo" repl 2>&1)"
case "$repl_out" in
    *"> 21"*"400"*"> 60"*"index out of bounds"*"> [1]"*) echo "repl: ok" ;;
    *) echo "repl: FAILED, output was:"; echo "$repl_out"; exit 1 ;;
esac
case "$(printf 'print(6 * 7)\n' | MOJO_NO_BUILD=1 "$HERE/mojo" 2>&1)" in
    *"42"*) echo "mojo alone on a pipe is the REPL: ok" ;;
    *) echo "mojo alone on a pipe: FAILED"; exit 1 ;;
esac
# mojo test: discovers test_* functions in test_*.mojo files, runs each, reports each and the totals
test_out="$(cd "$HERE/launcher/src/test/resources" && MOJO_NO_BUILD=1 "$HERE/mojo" test mojo-test 2>&1)" && test_status=0 || test_status=$?
test_out="${test_out//"$HERE/launcher/src/test/resources/"/}" # (an assertion names the file by its full path)
expected_test_out="PASS mojo-test/sub/test_strings.mojo::test_upper()
PASS mojo-test/test_math.mojo::test_add()
FAIL mojo-test/test_math.mojo::test_wrong()
    At mojo-test/test_math.mojo:10:17: AssertionError: \`left == right\` comparison failed:
       left: 4
      right: 5
      reason: arithmetic
PASS mojo-test/test_math.mojo::test_helper()
3 passed, 1 failed"
if [ "$test_out" != "$expected_test_out" ] || [ "$test_status" != 1 ]; then
    echo "mojo test: FAILED (status $test_status), output was:"; echo "$test_out"; exit 1
fi
echo "mojo test: ok"
echo "== mojo command: help, options, exit statuses, colours"
CLI="$HERE/launcher/src/test/resources/cli"
fail() { echo "FAILED: $1"; exit 1; }
mojo_cli() { MOJO_NO_BUILD=1 "$HERE/mojo" "$@"; }
status_of() { "$@" > /dev/null 2>&1 && echo 0 || echo $?; }
help_out="$(mojo_cli --help)"
for expected in "Commands:" "repl" "test [PATH...]" "-I DIR" "-D KEY[=VALUE]" "-Werror" "--disable-warnings" "--mojo-version=25|1" \
                "--mojo.CheckMemory" "--help:all" "Examples:" "Exit status:"; do
    [[ "$help_out" == *"$expected"* ]] || fail "mojo --help does not mention '$expected'"
done
[[ "$help_out" != *"--native"* && "$help_out" != *$'\e['* ]] || fail "mojo --help shows launcher internals or colour codes on a pipe"
[[ "$(mojo_cli run --help)" == "Usage: mojo run "* ]] || fail "mojo run --help"
[[ "$(mojo_cli --help:all)" == *"--engine."* ]] || fail "mojo --help:all does not list the engine options"
[[ "$(mojo_cli --version)" == "mojo 25.5 "* ]] || fail "mojo --version"
[ "$(mojo_cli run "$CLI/args_and_exit.mojo" --lines "two words" 3)" = $'--lines\ntwo words\n3' ] || fail "mojo run FILE ARGS: the program's arguments"
[ "$(status_of mojo_cli run "$CLI/args_and_exit.mojo" 3)" = 3 ] || fail "sys.exit(3) gave another exit status"
[ "$(status_of mojo_cli "$CLI/raises.mojo")" = 1 ] || fail "an uncaught error gave an exit status other than 1"
# testing.TestSuite: the program's arguments choose the tests; a failure is raised as the report (times shown as T)
suite_report() { sed -E -e 's/\[ [0-9]+\.[0-9]{3} \]/[ T ]/' -e "s|$CLI/||"; }
expected_suite_out="
Running 3 tests for suite_filters.mojo 
    PASS [ T ] test_pass
    SKIP [ T ] test_fail
    PASS [ T ] test_other
--------
Summary [ T ] 3 tests run: 2 passed , 0 failed , 1 skipped "
[ "$(mojo_cli run "$CLI/suite_filters.mojo" --only test_pass test_other | suite_report)" = "$expected_suite_out" ] || fail "TestSuite --only"
[ "$(mojo_cli run "$CLI/suite_filters.mojo" --skip test_fail | suite_report)" = "$expected_suite_out" ] || fail "TestSuite --skip"
[[ "$(mojo_cli run "$CLI/suite_filters.mojo" --skip-all | suite_report)" == *"Summary [ T ] 3 tests run: 0 passed , 0 failed , 3 skipped "* ]] \
    || fail "TestSuite --skip-all"
suite_failed="$(mojo_cli run "$CLI/suite_filters.mojo" 2>&1 | suite_report)" || true
[[ "$suite_failed" == "Unhandled exception caught during execution: "*"    FAIL [ T ] test_fail"$'\n'"      At suite_filters.mojo:11:17: AssertionError: "*"2 passed , 1 failed , 0 skipped "$'\n'"Test suite' suite_filters.mojo 'failed! "* ]] \
    || fail "TestSuite with a failing test, output was: $suite_failed"
[ "$(status_of mojo_cli run "$CLI/suite_filters.mojo")" = 1 ] || fail "a failing TestSuite gave an exit status other than 1"
[ "$(mojo_cli run "$CLI/suite_filters.mojo" --only test_nope 2>&1)" = "Unhandled exception caught during execution: explicitly allowed test not found in suite: test_nope" ] \
    || fail "TestSuite --only of an unknown test"
[ "$(status_of mojo_cli "$CLI/type_error.mojo")" = 1 ] || fail "a rejected program gave an exit status other than 1"
[ "$(status_of mojo_cli --no-such-option "$CLI/raises.mojo")" = 2 ] || fail "a bad option gave an exit status other than 2"
[ "$(status_of mojo_cli run)" = 2 ] || fail "'mojo run' without a file gave an exit status other than 2"
[ "$(mojo_cli test --filter '(' "$CLI" 2>&1)" = "mojo: error: --filter '(' is not a regular expression: Unclosed group" ] \
    || fail "a bad --filter: one line, no Java stack trace"
[ "$(mojo_cli -I "$CLI/lib" "$CLI/uses_import_path.mojo")" = "Hello, import path!" ] || fail "-I DIR: a module in DIR"
warnings_out="$(mojo_cli --mojo-version=1 "$CLI/two_warnings.mojo" 2>&1)"
[ "$(grep -c ': warning: ' <<< "$warnings_out")" = 2 ] || fail "each compile warning once, output was: $warnings_out"
[ "$(mojo_cli --mojo-version=1 -Werror "$CLI/two_warnings.mojo" 2>&1 | grep -c ': error: ')" = 2 ] || fail "-Werror"
[ "$(mojo_cli --mojo-version=1 --disable-warnings "$CLI/two_warnings.mojo" 2>&1)" = 6 ] || fail "--disable-warnings"
repl_warnings="$(printf 'alias Y = 3\nprint(Y)\nprint(Y + 1)\n' | mojo_cli --mojo-version=1 repl 2>&1)"
[ "$(grep -c 'warning:' <<< "$repl_warnings")" = 1 ] || fail "the REPL repeats warnings, output was: $repl_warnings"
if command -v script > /dev/null; then
    # (script gives the command a terminal: colours there, none with NO_COLOR)
    [[ "$(script -qec "MOJO_NO_BUILD=1 '$HERE/mojo' '$CLI/type_error.mojo'" /dev/null 2>&1)" == *$'\e[1;31merror'* ]] || fail "no colours on a terminal"
    [[ "$(NO_COLOR=1 script -qec "MOJO_NO_BUILD=1 '$HERE/mojo' '$CLI/type_error.mojo'" /dev/null 2>&1)" != *$'\e['* ]] || fail "colours despite NO_COLOR"
fi
echo "help, options, exit statuses, colours: ok"
echo "== endings: all printed output reaches stdout, errors go to stderr"
ENDINGS_TMP="$(mktemp -d)"
# each ending: stdout holds every line printed before it, stderr begins with the error, the exit status
for ending in "normal|0|" "error|1|Unhandled exception caught during execution: the program failed" "exit|4|" \
              "abort|1|endings.mojo:25:14: error: ABORT: gave up" "stack|1|endings.mojo:11:20: error: stack overflow: calls nested too deeply" \
              "memory|1|endings.mojo:29:41: error: out of native memory allocating 9007199254740992 bytes"; do
    IFS='|' read -r how status error <<< "$ending"
    out="$(mojo_cli "$CLI/endings.mojo" "$how" 2> "$ENDINGS_TMP/err")" && got=0 || got=$?
    [ "$got" = "$status" ] || fail "ending '$how': exit status $got, expected $status"
    [ "$(wc -l <<< "$out")" = 20000 ] && [ "$(tail -1 <<< "$out")" = "line 19999" ] || fail "ending '$how': the printed lines did not all reach stdout"
    first_error_line="$(head -1 "$ENDINGS_TMP/err" | sed "s|$CLI/||")"
    [[ "$first_error_line" == "$error"* ]] || fail "ending '$how': stderr began '$first_error_line', expected '$error'"
done
[[ "$(mojo_cli "$CLI/endings.mojo" stack 2>&1 > /dev/null)" == *"call chain, outermost first ("*" calls):"$'\n'"    in main at endings.mojo:"*"    in down at endings.mojo:11:20" ]] \
    || fail "a stack overflow does not show its call chain"
# Ctrl-C: exit status 130 and the output written out (with job control on, a background job takes
# SIGINT: a script's background jobs otherwise ignore it)
set -m
MOJO_NO_BUILD=1 "$HERE/mojo" "$CLI/endings.mojo" interrupt > "$ENDINGS_TMP/out" 2> "$ENDINGS_TMP/err" &
interrupted_pid=$!
for _ in $(seq 300); do [ -s "$ENDINGS_TMP/out" ] && break; sleep 0.1; done # ("started" is flushed at once)
sleep 1
kill -INT "$interrupted_pid"
wait "$interrupted_pid" && got=0 || got=$?
set +m
[ "$got" = 130 ] || fail "Ctrl-C: exit status $got, expected 130"
[ "$(wc -l < "$ENDINGS_TMP/out")" = 20001 ] || fail "Ctrl-C: the printed lines did not all reach stdout"
rm -rf "$ENDINGS_TMP"
echo "endings: ok"
echo "== start-up cache and JIT"
# the runtime must have everything the Graal compiler needs (without jdk.jfr, Truffle silently
# interprets); compiling in the foreground, the first compilation is certain to finish in the run
jit_out="$(mojo_cli --experimental-options --engine.TraceCompilation=true --engine.BackgroundCompilation=false "$CLI/hot_function.mojo" 2>&1)"
[[ "$jit_out" == *"opt done"* ]] || fail "no Graal compilation: $(head -c 400 <<< "$jit_out")"
# AOTMode=on: the JVM refuses to start without a usable cache, so this proves the build made one that fits
[ "$(MOJO_JAVA_OPTS=-XX:AOTMode=on mojo_cli "$HERE/examples/hello.mojo" 2>&1)" = "Hello, Mojo!" ] || fail "the AOT cache is missing or unusable"
echo "JIT and AOT cache: ok"
# GraalPy needs JDK modules the jlinked runtime leaves out: MOJO_PYTHON=1 runs on the whole JDK
[[ "$(MOJO_PYTHON=1 mojo_cli "$HERE/tck-tests/src/test/resources/org/trufflemojo/tck/uses_python.mojo" 2>&1)" == "4.0 3.141592653589793"* ]] \
    || fail "MOJO_PYTHON=1 ./mojo"
echo "MOJO_PYTHON=1: ok"
echo "== the distribution on a machine without a JDK"
"$HERE/bin/make-dist.sh" --no-build
"$HERE/bin/test-dist.sh"
echo "== golden programs compiled by Graal before their first call"
compiled_out="$("$HERE/bin/check-compiled.sh" 2>&1)" \
    || { echo "$compiled_out" | grep -v '^  [a-z]'; exit 1; }
echo "$compiled_out" | tail -1
echo "== tools: profilers, coverage, Chrome inspector and DAP debuggers"
"$HERE/bin/check-tools.sh"
echo "== embedding examples (Mojo as a library of Java, JavaScript and Python)"
for guest in java:Java:"squares(5) = [0, 1, 4, 9, 16]" js:JavaScript:"sum of squares(5) = 30" python:Python:"sum of squares(5) = 30"; do
    IFS=: read -r language name list_line <<< "$guest"
    expected="Hello, $name, from Mojo!"$'\n'"fib(50) = 12586269025"$'\n'"$list_line"$'\n'"norm1 = 7"
    example_out="$("$HERE/examples/embedding/run.sh" "$language" 2>&1)"
    if [ "$example_out" = "$expected" ]; then
        echo "$language: ok"
    else
        echo "$language example: FAILED, output was:"; echo "$example_out"; exit 1
    fi
done
CONFORMANCE="$HERE/../shared/conformance/run.sh"
if [ -x "$CONFORMANCE" ]; then
    echo "== conformance corpus"
    MOJO_NO_BUILD=1 "$CONFORMANCE" "$HERE/mojo"
fi

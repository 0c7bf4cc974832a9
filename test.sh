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
if printf 'fn main():\n    var x: Int = "s"\n' > "$HERE/target-bad.mojo" && MOJO_NO_BUILD=1 "$HERE/mojo" "$HERE/target-bad.mojo" 2>/dev/null; then
    echo "a rejected program exited 0"; rm -f "$HERE/target-bad.mojo"; exit 1
fi
rm -f "$HERE/target-bad.mojo"
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

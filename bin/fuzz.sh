#!/usr/bin/env bash
# The long fuzzing run: mutants of the golden programs (and of ../shared/conformance when there), each
# compiled and run in a fresh context with checked memory and time limits, until MINUTES are up; then
# each distinct internal error, hang or crash minimized, printed and written to $FUZZ_OUT.
#   MINUTES=60 bin/fuzz.sh         (also: SEED=N, FUZZ_OUT=DIR, COMPILE_LIMIT_MS, RUN_LIMIT_MS, MAX_MUTANTS)
# Exit status 1 when something failed. Builds first unless MOJO_NO_BUILD=1. See language/src/test/java/org/trufflemojo/fuzz/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/bin/find-java.sh"
if [ -z "${MOJO_NO_BUILD:-}" ]; then
    (cd "$ROOT" && MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" mvn -o -q -B -Dstyle.color=never install -DskipTests)
fi
# (a copy of the modules, so that a build during a long run does not change the jars under it)
LIB="$(mktemp -d)"
trap 'rm -rf "$LIB"' EXIT
cp "$ROOT"/component/target/mojo/lib/*.jar "$LIB/"
export FUZZ_OUT="${FUZZ_OUT:-$ROOT/language/target/fuzz-out}"
seeds=("$ROOT/language/tests")
[ -d "$ROOT/../shared/conformance/cases" ] && seeds+=("$ROOT/../shared/conformance/cases")
mkdir -p "$FUZZ_OUT"
# (source-file mode on the distribution's modules, interpreted as the JUnit suites run: the mutants' code is short-lived)
status=0
"$JAVA_HOME/bin/java" -Xss16m -Dpolyglot.engine.WarnInterpreterOnly=false -p "$LIB" --add-modules org.graalvm.polyglot \
    --enable-native-access=ALL-UNNAMED,org.graalvm.truffle --sun-misc-unsafe-memory-access=allow \
    "$ROOT/language/src/test/java/org/trufflemojo/fuzz/FuzzMain.java" "${seeds[@]}" || status=$?
if [ "$status" -gt 1 ]; then
    # the JVM itself died (a crash): the mutant in flight is the one that did it
    echo "CRASH: the fuzzing JVM ended with status $status; the mutant it was running: $FUZZ_OUT/in-flight.mojo"
fi
exit "$status"

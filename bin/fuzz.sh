#!/usr/bin/env bash
# The long fuzzing run: mutants of the golden programs (and of ../shared/conformance when there), each
# compiled and run in a fresh context with checked memory and time limits, until MINUTES are up; then
# each distinct internal error, hang or crash minimized, printed and written to $FUZZ_OUT.
#   MINUTES=60 bin/fuzz.sh         (also: SEED=N, FUZZ_OUT=DIR, COMPILE_LIMIT_MS, RUN_LIMIT_MS, MAX_MUTANTS)
#   SEED=2 MUTANT=5492 bin/fuzz.sh (one mutant of that run again: shown, run, minimized)
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
run_fuzzer() {
    "$JAVA_HOME/bin/java" -Xss16m -Dpolyglot.engine.WarnInterpreterOnly=false -p "$LIB" --add-modules org.graalvm.polyglot \
        --enable-native-access=ALL-UNNAMED,org.graalvm.truffle --sun-misc-unsafe-memory-access=allow -XX:ErrorFile="$FUZZ_OUT/hs_err_pid%p.log" \
        "$ROOT/language/src/test/java/org/trufflemojo/fuzz/FuzzMain.java" "${seeds[@]}"
}
if [ -n "${MUTANT:-}" ]; then
    run_fuzzer; exit
fi
# A crash of the VM ends its run: the mutant in flight is kept, and a new VM goes on after it until the time is up.
end=$(( $(date +%s) + $(awk "BEGIN { printf \"%d\", ${MINUTES:-10} * 60 }") ))
export FIRST_MUTANT="${FIRST_MUTANT:-0}"
crashes=0
while true; do
    export MINUTES="$(awk "BEGIN { print ($end - $(date +%s)) / 60 }")"
    status=0
    run_fuzzer || status=$?
    if [ "$status" -le 1 ]; then
        break
    fi
    crashes=$((crashes + 1))
    crashed="$(cat "$FUZZ_OUT/in-flight.mojo.index")"
    cp "$FUZZ_OUT/in-flight.mojo" "$FUZZ_OUT/crash-mutant-$crashed.mojo"
    echo "CRASH: the VM ended with status $status running mutant $crashed: $FUZZ_OUT/crash-mutant-$crashed.mojo"
    FIRST_MUTANT=$((crashed + 1))
    [ "$(date +%s)" -lt "$end" ] || break
done
[ "$crashes" = 0 ] || { echo "$crashes crash(es) of the VM"; exit 1; }
exit "$status"

#!/usr/bin/env bash
# Steady state: each benchmark of ../shared/bench run repeatedly in one process, Mojo (one context,
# Graal JIT) against its Java twin (one JVM), the same number of warm-up and timed runs; prints the
# median time of the timed runs, the ratio Mojo/Java and the geometric mean.
#   bench/steady.sh [--warmup N] [--runs N] [NAME ...]     (default: every benchmark, 5 warm-up, 5 timed)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
SHARED_BENCH="${SHARED_BENCH:-$ROOT/../shared/bench}"
source "$ROOT/bin/find-java.sh"
WARMUP=5 RUNS=5
while [ $# -gt 0 ]; do
    case "$1" in
        --warmup) WARMUP="$2"; shift 2 ;;
        --runs) RUNS="$2"; shift 2 ;;
        *) break ;;
    esac
done
names=("$@")
[ ${#names[@]} -eq 0 ] && names=(fib loopsum nbody spectralnorm mandelbrot fannkuch binarytrees sieve listsort stringbuild matmul)
"$ROOT/mojo" "$ROOT/examples/hello.mojo" > /dev/null   # builds the distribution first if needed
DIST="$ROOT/component/target/mojo"
BUILD="$HERE/build/steady"
mkdir -p "$BUILD"
# (the harness is compiled against the polyglot API on both sides; the Java side never makes a context)
HARNESS=(-p "$DIST/lib" --add-modules org.graalvm.polyglot "$HERE/steady/SteadyState.java")
MOJO_JVM=(-XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI "--upgrade-module-path=$DIST/compiler/compiler-25.0.1.jar"
    --enable-native-access=ALL-UNNAMED,org.graalvm.truffle
    --sun-misc-unsafe-memory-access=allow -Xss16m -Dpolyglot.engine.WarnInterpreterOnly=false)
printf '%-14s %10s %10s %7s\n' benchmark mojo_ms java_ms ratio
logsum=0 count=0
for name in "${names[@]}"; do
    "$JAVA_HOME/bin/javac" -d "$BUILD/$name" "$SHARED_BENCH/$name/$name.java"
    java_line=$("$JAVA_HOME/bin/java" "${HARNESS[@]}" java "$BUILD/$name" "$name" "$WARMUP" "$RUNS")
    mojo_line=$("$JAVA_HOME/bin/java" "${MOJO_JVM[@]}" "${HARNESS[@]}" mojo "$SHARED_BENCH/$name/$name.mojo" "$WARMUP" "$RUNS")
    if [ "${java_line#* }" != "${mojo_line#* }" ]; then
        echo "$name: output differs: mojo '${mojo_line#* }' vs java '${java_line#* }'" >&2
        exit 1
    fi
    read -r ratio logsum < <(awk -v m="${mojo_line%% *}" -v j="${java_line%% *}" -v s="$logsum" 'BEGIN { r = m / j; printf "%.2f %.6f\n", r, s + log(r) }')
    count=$((count + 1))
    printf '%-14s %10s %10s %7s\n' "$name" "${mojo_line%% *}" "${java_line%% *}" "$ratio"
done
awk -v s="$logsum" -v n="$count" 'BEGIN { printf "%-14s %29.2f\n", "geomean", exp(s / n) }'

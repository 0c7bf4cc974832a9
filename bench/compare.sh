#!/usr/bin/env bash
# Times each benchmark here as a whole process (start-up and JIT warm-up included) in Mojo
# (./mojo, Graal JIT) and in its Java twin, checks that both print the same line, and prints
# the ratio Mojo/Java.   Usage: bench/compare.sh [fib|loops ...]
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
source "$ROOT/bin/find-java.sh"
BUILD="$HERE/build"
mkdir -p "$BUILD"
"$ROOT/mojo" "$ROOT/examples/hello.mojo" > /dev/null   # build first, so no build is timed

now() { date +%s%N; }
names=("$@")
[ ${#names[@]} -eq 0 ] && names=(fib loops)
printf '%-8s %10s %10s %8s\n' benchmark mojo_s java_s ratio
for name in "${names[@]}"; do
    class="$(tr '[:lower:]' '[:upper:]' <<< "${name:0:1}")${name:1}"
    "$JAVA_HOME/bin/javac" -d "$BUILD" "$HERE/$class.java"
    t0=$(now); mojo_out=$(MOJO_NO_BUILD=1 "$ROOT/mojo" "$HERE/$name.mojo"); t1=$(now)
    java_out=$("$JAVA_HOME/bin/java" -cp "$BUILD" "$class"); t2=$(now)
    if [ "$mojo_out" != "$java_out" ]; then
        echo "$name: output differs: mojo '$mojo_out' vs java '$java_out'" >&2
        exit 1
    fi
    awk -v n="$name" -v m=$((t1 - t0)) -v j=$((t2 - t1)) \
        'BEGIN { printf "%-8s %10.3f %10.3f %8.2f\n", n, m / 1e9, j / 1e9, m / j }'
done

#!/usr/bin/env bash
# Checks that the distribution archive runs on a machine with no JDK: unpacks it into a temporary
# folder and runs its bin/mojo with JAVA_HOME unset and a PATH holding no java (only the few
# commands bin/mojo uses). Checks a program, the JIT, the REPL on a pipe, and that the first run
# makes the AOT cache that the next run uses. Run bin/make-dist.sh first (or pass --make).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ARCHIVE="$HERE/component/target/trufflemojo-linux-x64.tar.gz"
if [ "${1:-}" = --make ] || [ ! -f "$ARCHIVE" ]; then
    "$HERE/bin/make-dist.sh"
fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
tar -C "$WORK" -xzf "$ARCHIVE"
MOJO="$WORK/trufflemojo/bin/mojo"
# a PATH with the shell tools bin/mojo needs, and no java
mkdir "$WORK/path"
for tool in bash env dirname readlink mkdir rmdir rm mv cat tr paste grep sleep find; do
    ln -s "$(command -v "$tool")" "$WORK/path/$tool"
done
run() { env -i PATH="$WORK/path" HOME="$WORK" "$@"; }
fail() { echo "test-dist: FAILED: $1"; exit 1; }
run bash -c 'command -v java' > /dev/null && fail "java is still on the PATH"
cp "$HERE/examples/hello.mojo" "$HERE/launcher/src/test/resources/cli/hot_function.mojo" "$WORK/"

[ "$(run "$MOJO" "$WORK/hello.mojo")" = "Hello, Mojo!" ] || fail "hello.mojo"
echo "no JDK: hello.mojo: ok"
[[ "$(printf 'var x = 6\nx * 7\n' | run "$MOJO" repl 2>&1)" == *"> 42"* ]] || fail "the REPL on a pipe"
echo "no JDK: REPL: ok"
# the first runs started making the AOT cache in the background: wait for it, then require it
for _ in $(seq 120); do
    [ -f "$WORK/trufflemojo/cache/mojo.aot" ] && [ ! -d "$WORK/trufflemojo/cache/training.lock" ] && break
    sleep 1
done
[ "$(run env MOJO_JAVA_OPTS=-XX:AOTMode=on "$MOJO" "$WORK/hello.mojo" 2>&1)" = "Hello, Mojo!" ] || fail "no usable AOT cache after the first run"
echo "no JDK: AOT cache made on the first run and used: ok"
# (compiling in the foreground: the first compilation is certain to finish before the program does)
[[ "$(run "$MOJO" --experimental-options --engine.TraceCompilation=true --engine.BackgroundCompilation=false "$WORK/hot_function.mojo" 2>&1)" == *"opt done"* ]] \
    || fail "no JIT compilation"
echo "no JDK: Graal JIT compiles: ok"
echo "distribution: $(du -sh "$WORK/trufflemojo" | cut -f1) unpacked (with its cache), archive $(du -h "$ARCHIVE" | cut -f1)"

#!/usr/bin/env bash
# Checks that the Truffle tools work from the mojo command on examples/tools/busy.mojo, and show
# Mojo function names with file:line (run by test.sh after the build; see "Tools" in README.md).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$HERE/bin/find-java.sh"
PROGRAM="$HERE/examples/tools/busy.mojo"
MOJO=("$HERE/mojo")
export MOJO_NO_BUILD=1
WORK="$(mktemp -d)"
started=()
cleanup() {
    for pid in "${started[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    rm -rf "$WORK"
}
trap cleanup EXIT

fail() {
    echo "$1: FAILED, output was:"; cat "$2"; exit 1
}

# expect NAME FILE PATTERN...: each extended regular expression matches a line of FILE
expect() {
    local name="$1" file="$2"; shift 2
    for pattern in "$@"; do
        grep -Eq -- "$pattern" "$file" || fail "$name (no line matching '$pattern')" "$file"
    done
    echo "$name: ok"
}

# The profilers print one line per Mojo function, with its file and lines (busy.mojo~14-17:...).
"${MOJO[@]}" --cpusampler "$PROGRAM" > "$WORK/sampler" 2>&1
expect "--cpusampler" "$WORK/sampler" '^ fib +\|.*busy\.mojo~14-17:' '^ main +\|.*busy\.mojo~20-30:'
"${MOJO[@]}" --cputracer "$PROGRAM" > "$WORK/tracer" 2>&1
expect "--cputracer" "$WORK/tracer" '^ fib +\| +437820 .*busy\.mojo~14-17:' '^ Point\.norm1 +\| +1 .*busy\.mojo~10-11:'
"${MOJO[@]}" --experimental-options --memtracer "$PROGRAM" > "$WORK/memtracer" 2>&1
expect "--memtracer" "$WORK/memtracer" '^ main +\| +[0-9]{4,} .*busy\.mojo~20-30:'

# Coverage: LCOV, every line of the program with its count (0 for none here), every function.
(cd "$WORK" && "${MOJO[@]}" run --coverage "$PROGRAM" > "$WORK/coverage.out" 2>&1)
expect "--coverage" "$WORK/mojo-coverage.lcov" "^SF:$PROGRAM\$" '^FNDA:437820,fib$' '^FNDA:1,Point\.norm1$' '^DA:26,20$' '^DA:29,2000$' '^DA:16,218920$' '^LF:14$' '^LH:14$'

# A free TCP port for a debugger server.
free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# wait_for FILE PATTERN: until a line of FILE matches (a debugger server has started), at most 30 s
wait_for() {
    for _ in $(seq 300); do
        grep -Eq -- "$2" "$1" 2>/dev/null && return 0
        sleep 0.1
    done
    return 1
}

# --inspect: the Chrome DevTools Protocol; a client sets a breakpoint on line 27 and reads the variables.
port="$(free_port)"
"${MOJO[@]}" --inspect="127.0.0.1:$port" --inspect.WaitAttached=true "$PROGRAM" > "$WORK/inspect" 2>&1 &
started+=($!)
wait_for "$WORK/inspect" "^Debugger listening on ws://127\.0\.0\.1:$port/" || fail "--inspect (no URL)" "$WORK/inspect"
url="$(grep -o "ws://127\.0\.0\.1:$port/[^ ]*" "$WORK/inspect" | head -n 1)"
timeout 60 "$JAVA_HOME/bin/java" "$HERE/bin/InspectorCheck.java" "$url" 27 > "$WORK/inspect-client" 2>&1 || fail "--inspect client" "$WORK/inspect-client"
expect "--inspect" "$WORK/inspect-client" '^paused in main at busy\.mojo:27$' '^  p = .*Point\(x=3, y=-4\)$' '^  greeting = <destroyed>$' '^  total = 135300$'

# --dap: the Debug Adapter Protocol; a client sets a breakpoint on line 27 and reads the variables.
port="$(free_port)"
"${MOJO[@]}" --dap="127.0.0.1:$port" "$PROGRAM" > "$WORK/dap" 2>&1 &
started+=($!)
wait_for "$WORK/dap" "listening on .*127\.0\.0\.1:$port" || fail "--dap (no port)" "$WORK/dap"
timeout 60 "$JAVA_HOME/bin/java" "$HERE/bin/DapCheck.java" "$port" "$PROGRAM" 27 > "$WORK/dap-client" 2>&1 || fail "--dap client" "$WORK/dap-client"
expect "--dap" "$WORK/dap-client" '^stopped in main at busy\.mojo:27$' '^  p = Point\(x=3, y=-4\)$' '^  greeting = <destroyed>$' '^  total = 135300$'

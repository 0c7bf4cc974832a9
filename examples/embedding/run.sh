#!/usr/bin/env bash
# Runs an embedding example: `examples/embedding/run.sh java|js|python`. Each uses library.mojo as a
# library; the Java program directly, the JavaScript and Python ones through RunGuest. Needs the
# distribution (./mojo builds it, or mvn install -DskipTests); GraalJS and GraalPy come from the local
# Maven repository, as the build listed them.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
source "$ROOT/bin/find-java.sh"
DIST="$ROOT/component/target/mojo"
jars() { tr ':' '\n' < "$DIST/$1-module-path.txt" | grep '\.jar$' | paste -sd:; }
JAVA=("$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED,org.graalvm.truffle --sun-misc-unsafe-memory-access=allow
    --add-modules ALL-MODULE-PATH)
case "${1:-}" in
    java) exec "${JAVA[@]}" -p "$DIST/lib" "$HERE/Embed.java" "$HERE/library.mojo" ;;
    js) exec "${JAVA[@]}" -p "$DIST/lib:$(jars js)" "$HERE/RunGuest.java" js "$HERE/embed.js" "$HERE/library.mojo" ;;
    python) exec "${JAVA[@]}" -p "$DIST/lib:$(jars python)" "$HERE/RunGuest.java" python "$HERE/embed.py" "$HERE/library.mojo" ;;
    *) echo "usage: examples/embedding/run.sh java|js|python" >&2; exit 2 ;;
esac

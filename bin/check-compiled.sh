#!/usr/bin/env bash
# The golden programs again, each function compiled by Graal before its first call (see
# language/src/test/compiled/CompiledGoldenRun.java), on the distribution's modules with the JDK's
# java (source-file mode) and the Graal compiler of the distribution. Part of ./test.sh.
#   bin/check-compiled.sh [FILTER ...]   (paths containing a FILTER; -TEXT leaves out those containing TEXT)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/bin/find-java.sh"
DIST="$ROOT/component/target/mojo"
# (a failed compilation leaves Graal's diagnostics in graal_dumps/ of the working directory)
mkdir -p "$ROOT/language/target" && cd "$ROOT/language/target"
exec "$JAVA_HOME/bin/java" -XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI \
    "--upgrade-module-path=$DIST/compiler/compiler-25.0.1.jar" -p "$DIST/lib" --add-modules org.graalvm.polyglot \
    --enable-native-access=ALL-UNNAMED,org.graalvm.truffle --sun-misc-unsafe-memory-access=allow -Xss16m \
    "$ROOT/language/src/test/compiled/CompiledGoldenRun.java" "$ROOT/language/tests" "$@"

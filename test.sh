#!/usr/bin/env bash
# Runs the whole test suite with a JDK >= 25: the unit and golden-file tests (Maven), then the
# public conformance corpus when ../shared/conformance is beside this checkout.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$HERE/bin/find-java.sh"
cd "$HERE"
MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" \
    mvn -B -Dstyle.color=never install "$@"
CONFORMANCE="$HERE/../shared/conformance/run.sh"
if [ -x "$CONFORMANCE" ]; then
    echo "== conformance corpus"
    MOJO_NO_BUILD=1 "$CONFORMANCE" "$HERE/mojo"
fi

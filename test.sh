#!/usr/bin/env bash
# Runs the whole test suite (unit and golden-file tests) with a JDK >= 25.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$HERE/bin/find-java.sh"
cd "$HERE"
MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" \
    mvn -B -Dstyle.color=never install "$@"

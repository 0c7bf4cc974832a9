#!/usr/bin/env bash
# Builds the self-contained distribution and packs it:
#   component/target/mojo/                        the folder (bin/mojo, runtime/, lib/, compiler/, cache/)
#   component/target/trufflemojo-linux-x64.tar.gz the folder without the machine-specific parts
# The AOT cache records absolute paths, so it is left out of the archive: an unpacked copy makes
# its own in the background on its first run. Needs Maven and a JDK 25 (bin/find-java.sh).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$HERE/bin/find-java.sh"
cd "$HERE"
if [ "${1:-}" != --no-build ]; then
    MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" \
        mvn -q -B -Dstyle.color=never -DskipTests install -pl component -am 2>&1 | sed 's/\x1b\[[0-9;]*m//g'
fi
TARGET="$HERE/component/target"
ARCHIVE="$TARGET/trufflemojo-linux-x64.tar.gz"
tar -C "$TARGET" -czf "$ARCHIVE" --transform 's,^mojo,trufflemojo,' \
    --exclude='mojo/cache' --exclude='mojo/*-module-path.txt' mojo
echo "folder:  $TARGET/mojo ($(du -sh "$TARGET/mojo" | cut -f1), of which runtime $(du -sh "$TARGET/mojo/runtime" | cut -f1), cache $(du -sh "$TARGET/mojo/cache" 2>/dev/null | cut -f1))"
echo "archive: $ARCHIVE ($(du -h "$ARCHIVE" | cut -f1); unpacked without the cache: $(tar -tzvf "$ARCHIVE" | awk '{ s += $3 } END { printf "%.0f MB", s / 1e6 }'))"

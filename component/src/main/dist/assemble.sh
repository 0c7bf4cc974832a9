#!/usr/bin/env bash
# Run by Maven (component, package phase) after lib/ and compiler/ are copied: completes
# target/mojo/ into a self-contained distribution folder.
#   bin/mojo, share/training.mojo   the command and the AOT cache's training program
#   runtime/                        a Java runtime jlinked from the building JDK (JAVA_HOME), linked
#                                   again only when the JDK or the needed modules change
#   cache/mojo.aot                  the JDK 25 AOT cache of a training run (start-up ~2x faster)
# usage: assemble.sh SOURCE_DIR DIST_DIR
set -euo pipefail
SOURCE="$1"
DIST="$2"
JDK="${JAVA_HOME:?assemble.sh needs JAVA_HOME (the JDK 25 running Maven)}"

mkdir -p "$DIST/bin" "$DIST/share"
cp "$SOURCE/bin/mojo" "$DIST/bin/mojo"
chmod +x "$DIST/bin/mojo"
cp "$SOURCE/share/training.mojo" "$DIST/share/training.mojo"

# The JDK modules the distribution's modules require, also the optional (static) ones but
# java.desktop (AWT, ~12 MB, for nothing Mojo does): without jdk.jfr, for one, Truffle silently runs
# without its compiler. The JDK's own jdk.graal.compiler is left out on purpose: the 25.0.1 compiler
# jar takes its place from the module path (see bin/mojo).
# (--release: the Truffle jars are multi-release, their module descriptors differ per JDK)
feature="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$JDK/release")"
modules="jdk.internal.vm.ci"
for jar in "$DIST"/lib/*.jar "$DIST"/compiler/*.jar; do
    for required in $({ "$JDK/bin/jar" --describe-module --file "$jar" --release "$feature" 2>/dev/null \
                        || "$JDK/bin/jar" --describe-module --file "$jar"; } | awk '$1 == "requires" { print $2 }'); do
        case "$required" in
            jdk.graal.compiler|java.desktop) ;;
            java.*|jdk.*) modules="$modules,$required" ;;
        esac
    done
done
modules="$(tr ',' '\n' <<< "$modules" | sort -u | paste -sd,)"
stamp="$("$JDK/bin/java" -version 2>&1 | head -n 2 | paste -sd' ') $modules"
if [ ! -x "$DIST/runtime/bin/java" ] || [ "$(cat "$DIST/runtime/mojo-runtime.stamp" 2>/dev/null)" != "$stamp" ]; then
    rm -rf "$DIST/runtime"
    if "$JDK/bin/jlink" --add-modules "$modules" --output "$DIST/runtime" \
            --strip-debug --no-header-files --no-man-pages; then
        printf '%s' "$stamp" > "$DIST/runtime/mojo-runtime.stamp"
    else
        # (a JDK that can link neither from jmods/ nor from its run-time image: bin/mojo then runs on
        # JAVA_HOME's java, with the compiler on --upgrade-module-path and without the cache)
        rm -rf "$DIST/runtime"
        echo "assemble.sh: warning: jlink failed: the distribution needs a JDK 25 to run (JAVA_HOME)" >&2
    fi
fi

# The AOT cache records the absolute paths of the module path: one made here serves this folder;
# a moved copy makes its own on its first run (bin/mojo).
if ! MOJO_AOT=train "$DIST/bin/mojo"; then
    echo "assemble.sh: warning: no AOT cache was made (bin/mojo runs without it, only slower to start)" >&2
fi

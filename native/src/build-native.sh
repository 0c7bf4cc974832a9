#!/usr/bin/env bash
# Run by Maven (native, package phase): builds target/mojo, a native-image `mojo`, from the
# distribution's module path (component/target/mojo/lib), where GraalVM's native-image is found
# (GRAALVM_HOME/bin, else PATH). Without it, one line says the build was skipped: it never fails
# the build, because no GraalVM with native-image can be installed on this project's machines.
# usage: build-native.sh DIST_DIR OUTPUT_DIR
set -euo pipefail
DIST="$1"
OUT="$2"
NATIVE_IMAGE=""
if [ -n "${GRAALVM_HOME:-}" ] && [ -x "$GRAALVM_HOME/bin/native-image" ]; then
    NATIVE_IMAGE="$GRAALVM_HOME/bin/native-image"
elif command -v native-image > /dev/null 2>&1; then
    NATIVE_IMAGE="$(command -v native-image)"
fi
if [ -z "$NATIVE_IMAGE" ]; then
    echo "native: skipped: no native-image (set GRAALVM_HOME to a GraalVM 25 with native-image, or put native-image on PATH)"
    exit 0
fi
mkdir -p "$OUT"
# A Truffle language needs the Truffle runtime for native images (truffle-runtime-svm, part of a
# GraalVM's native-image support) and is built from the same modules as the JVM distribution.
if "$NATIVE_IMAGE" --no-fallback -o "$OUT/mojo" \
        --enable-native-access=org.graalvm.truffle,org.graalvm.shadowed.jline \
        -p "$DIST/lib" -m org.trufflemojo.launcher/org.trufflemojo.launcher.MojoLauncher > "$OUT/native-image.log" 2>&1; then
    echo "native: built $OUT/mojo"
else
    echo "native: warning: native-image failed (the JVM distribution is unaffected); see $OUT/native-image.log"
fi

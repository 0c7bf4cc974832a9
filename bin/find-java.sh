# Sourced by the project's scripts: sets JAVA_HOME to a JDK >= 25 or exits with a clear message.
# Truffle 25 needs JDK 25; the machine's default java may be older.
java_major() {
    "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1
}
pick_java() {
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME")" -ge 25 ] 2>/dev/null; then
        return
    fi
    for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25-jdk /usr/lib/jvm/java-25-openjdk-amd64; do
        if [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate")" -ge 25 ] 2>/dev/null; then
            export JAVA_HOME="$candidate"
            return
        fi
    done
    echo "error: TruffleMojo needs a JDK 25 or newer (Truffle 25.0.1 does not run on older JDKs)." >&2
    echo "       Set JAVA_HOME to one, or install Temurin 25 at /usr/lib/jvm/temurin-25-jdk-amd64." >&2
    exit 1
}
pick_java

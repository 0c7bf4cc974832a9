package org.trufflemojo.runtime;

/**
 * A Mojo {@code String} value: {@code length} UTF-8 bytes at the native address {@code data}.
 * An owned string's buffer was allocated for it and is freed when the value is destroyed; a
 * static string (a literal, {@code capacity < 0}) lives as long as the program and is never
 * freed or grown in place (appending to it first copies it into an owned buffer).
 */
public final class NativeString {
    public long data;
    public long length;
    public long capacity;

    public NativeString(long data, long length, long capacity) {
        this.data = data;
        this.length = length;
        this.capacity = capacity;
    }

    public boolean isStatic() {
        return capacity < 0;
    }

    @Override
    public String toString() {
        return StringOps.toJava(this);
    }
}

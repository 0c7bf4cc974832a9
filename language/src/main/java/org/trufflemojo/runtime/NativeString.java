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

    /** The String header stored at an address (as laid out in native memory: data, length, capacity). */
    public static NativeString load(NativeMemory m, long address) {
        return new NativeString(m.getLong(address), m.getLong(address + 8), m.getLong(address + 16));
    }

    /** Writes this header to an address. */
    public void storeTo(NativeMemory m, long address) {
        m.putLong(address, data);
        m.putLong(address + 8, length);
        m.putLong(address + 16, capacity);
    }

    public boolean isStatic() {
        return capacity < 0;
    }

    /**
     * A new header over the same bytes. Static strings are handed out this way, so that a
     * variable holding one can grow with {@code +=} without changing the shared original.
     */
    public NativeString sameBytes() {
        return new NativeString(data, length, capacity);
    }

    @Override
    public String toString() {
        return StringOps.toJava(this);
    }
}

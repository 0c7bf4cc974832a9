package org.trufflemojo.runtime;


/**
 * A Mojo {@code String} value: {@code length} UTF-8 bytes at the native address {@code data}.
 *
 * <p>The third word, {@code capacity}, holds the size of the buffer in its low bits and, in its
 * top bits, the three facts Mojo's String keeps there, which a program can observe through
 * {@code capacity()}, {@code _is_inline()} and {@code _has_nul_terminator()}:
 * <ul>
 * <li>{@link #STATIC}: the bytes are not the string's own (a literal's text, made once and never
 * freed or changed); changing the string first copies them into a buffer of its own.</li>
 * <li>{@link #INLINE}: a short string, which Mojo keeps in the String value itself (the "small
 * string optimization"): its capacity is {@link #INLINE_CAPACITY}. Here its bytes are still in a
 * buffer of their own, which grows on demand up to that capacity.</li>
 * <li>{@link #NUL_TERMINATED}: the byte after the last is a NUL that belongs to the string (C code
 * may read it). Literals have it; {@code unsafe_cstr_ptr()} adds it; any change drops it.</li>
 * </ul>
 */
public final class NativeString {
    /** The bytes a String value holds inline in Mojo: its three words but the top byte (23 on 64-bit). */
    public static final long INLINE_CAPACITY = 3 * 8 - 1;
    public static final long STATIC = 1L << 63;
    public static final long INLINE = 1L << 62;
    public static final long NUL_TERMINATED = 1L << 61;
    private static final long FLAGS = STATIC | INLINE | NUL_TERMINATED;

    public long data;
    public long length;
    /** The buffer's size in bytes (an owned string's), with the flags in the top bits. */
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
        return (capacity & STATIC) != 0;
    }

    public boolean isInline() {
        return (capacity & INLINE) != 0;
    }

    public boolean hasNulTerminator() {
        return (capacity & NUL_TERMINATED) != 0;
    }

    /** The bytes the string's own buffer has room for (0 for a static string). */
    public long bufferSize() {
        return capacity & ~FLAGS;
    }

    /**
     * The capacity Mojo's {@code String.capacity()} reports: a static string's is its length (it
     * must be copied to grow), an inline string's {@link #INLINE_CAPACITY}, any other its buffer's size.
     */
    public long mojoCapacity() {
        if (isInline()) {
            return INLINE_CAPACITY;
        }
        return isStatic() ? length : bufferSize();
    }

    /** Whether the string can hold {@code bytes} bytes in the buffer it has, without copying. */
    public boolean hasRoomFor(long bytes) {
        return !isStatic() && bytes <= bufferSize() && bytes <= mojoCapacity();
    }

    /** Records that the bytes changed: a NUL terminator the string had is no longer known to be there. */
    public void dropNulTerminator() {
        capacity &= ~NUL_TERMINATED;
    }

    public void markNulTerminated() {
        capacity |= NUL_TERMINATED;
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

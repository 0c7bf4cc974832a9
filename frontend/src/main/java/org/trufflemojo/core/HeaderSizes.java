package org.trufflemojo.core;

/**
 * The sizes of the headers by which owning values live in native memory (inside a list buffer, a
 * struct, a pointee); the front end lays out types with them and the run time reads and writes them.
 */
public final class HeaderSizes {
    private HeaderSizes() {
    }

    /** A String or List header: data pointer, length, capacity (as in Mojo). */
    public static final long STRING_OR_LIST = 24;

    /** A Dict header: entries, index, size, entries used, index slots. */
    public static final long DICT = 40;
}

package org.trufflemojo.runtime;


/**
 * A {@code Dict[K, V]} value: an insertion-ordered hash table in native memory. {@code entries}
 * holds the entries in insertion order ({@code used} of them, {@code size} still live; a removed
 * entry keeps its place until the table is rebuilt); {@code index} is an open-addressing table of
 * {@code slots} (a power of two) that maps a key's hash to its entry. Both buffers are allocated on
 * the first insertion. In native memory (a list element, a field, a dict value) a dict is its
 * header: these five words.
 */
public final class DictObject {
    public long entries;
    public long index;
    public long size;
    public long used;
    public long slots;

    /** The Dict header stored at an address (a view of that dict). */
    public static DictObject load(NativeMemory m, long address) {
        DictObject d = new DictObject();
        d.entries = m.getLong(address);
        d.index = m.getLong(address + 8);
        d.size = m.getLong(address + 16);
        d.used = m.getLong(address + 24);
        d.slots = m.getLong(address + 32);
        return d;
    }

    /** Writes this header to an address. */
    public void storeTo(NativeMemory m, long address) {
        m.putLong(address, entries);
        m.putLong(address + 8, index);
        m.putLong(address + 16, size);
        m.putLong(address + 24, used);
        m.putLong(address + 32, slots);
    }
}

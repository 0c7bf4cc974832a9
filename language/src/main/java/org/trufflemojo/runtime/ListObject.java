package org.trufflemojo.runtime;

import java.util.List;

import com.oracle.truffle.api.nodes.Node;

import org.trufflemojo.core.HeaderSizes;

/**
 * A {@code List[T]} value: {@code size} elements in a buffer of {@code capacity}. Elements with a
 * native layout live flat in the native buffer at {@code data}; others live in {@code objects}.
 * In native memory (as an element of another list, a field, a pointee) a list is its header:
 * data, size, capacity.
 */
public final class ListObject {
    public long data;
    public Object[] objects;
    public long size;
    public long capacity;

    /** A header over a native buffer. */
    public static ListObject ofNative(long data, long size, long capacity) {
        ListObject l = new ListObject();
        l.data = data;
        l.size = size;
        l.capacity = capacity;
        return l;
    }

    /** The List header stored at an address. */
    public static ListObject load(NativeMemory m, long address) {
        return ofNative(m.getLong(address), m.getLong(address + 8), m.getLong(address + 16));
    }

    /** Writes this header to an address. */
    public void storeTo(NativeMemory m, long address) {
        m.putLong(address, data);
        m.putLong(address + 8, size);
        m.putLong(address + 16, capacity);
    }

    /** A new {@code List[String]} that owns the given strings. */
    public static ListObject ofStrings(NativeMemory m, List<NativeString> strings, Node location) {
        long capacity = Math.max(4, strings.size());
        ListObject l = ofNative(m.allocate(capacity * HeaderSizes.STRING_OR_LIST, location), 0, capacity);
        for (NativeString s : strings) {
            s.storeTo(m, l.data + l.size++ * HeaderSizes.STRING_OR_LIST);
        }
        return l;
    }

    /** Element i of a {@code List[String]} (a view of it). */
    public NativeString stringAt(NativeMemory m, long i) {
        return NativeString.load(m, data + i * HeaderSizes.STRING_OR_LIST);
    }
}

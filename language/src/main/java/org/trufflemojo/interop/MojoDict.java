package org.trufflemojo.interop;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.StopIterationException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownKeyException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * A {@code Dict[K, V]} that crossed the border: a hash whose entries other languages read, write,
 * remove and iterate in insertion order (as Mojo's Dict keeps them). Like {@link MojoList} it is the
 * dict's own value, on the Java heap; keys and values written convert to K and V or are refused.
 */
@ExportLibrary(InteropLibrary.class)
public final class MojoDict extends MojoValue {
    final LinkedHashMap<Object, Object> entries;

    MojoDict(ContainerBorders.DictBorder border, LinkedHashMap<Object, Object> entries) {
        super(border);
        this.entries = entries;
    }

    private ContainerBorders.DictBorder dict() {
        return (ContainerBorders.DictBorder) border;
    }

    @Override
    @TruffleBoundary
    String text() {
        StringBuilder sb = new StringBuilder("{");
        String separator = "";
        for (Map.Entry<Object, Object> e : entries.entrySet()) {
            sb.append(separator).append(Border.elementText(e.getKey())).append(": ").append(Border.elementText(e.getValue()));
            separator = ", ";
        }
        return sb.append('}').toString();
    }

    /** The key in its border form, or null if it cannot be a key of this dict. */
    private Object key(Object foreign) {
        try {
            return dict().key.normalize(foreign);
        } catch (Border.Mismatch e) {
            return null;
        }
    }

    @ExportMessage
    boolean hasHashEntries() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    long getHashSize() {
        return entries.size();
    }

    @ExportMessage(name = "isHashEntryReadable")
    @ExportMessage(name = "isHashEntryModifiable")
    @ExportMessage(name = "isHashEntryRemovable")
    @TruffleBoundary
    boolean isHashEntryReadable(Object key) {
        Object k = key(key);
        return k != null && entries.containsKey(k);
    }

    @ExportMessage
    @TruffleBoundary
    boolean isHashEntryInsertable(Object key) {
        Object k = key(key);
        return k != null && !entries.containsKey(k);
    }

    @ExportMessage
    @TruffleBoundary
    Object readHashValue(Object key) throws UnknownKeyException {
        Object k = key(key);
        if (k == null || !entries.containsKey(k)) {
            throw UnknownKeyException.create(key);
        }
        return entries.get(k);
    }

    @ExportMessage
    @TruffleBoundary
    void writeHashEntry(Object key, Object value) throws UnsupportedTypeException {
        ContainerBorders.DictBorder d = dict();
        try {
            entries.put(d.key.normalize(key), d.value.normalize(value));
        } catch (Border.Mismatch e) {
            throw UnsupportedTypeException.create(new Object[]{key, value}, "expected an entry of " + d.typeName() + ", got " + e.got);
        }
    }

    @ExportMessage
    @TruffleBoundary
    void removeHashEntry(Object key) throws UnknownKeyException {
        Object k = key(key);
        if (k == null || !entries.containsKey(k)) {
            throw UnknownKeyException.create(key);
        }
        entries.remove(k);
    }

    @ExportMessage
    @TruffleBoundary
    Object getHashEntriesIterator() {
        return new EntryIterator(dict().entry, entries.entrySet().iterator());
    }

    /** The entries as (key, value) tuples, in insertion order. */
    @ExportLibrary(InteropLibrary.class)
    static final class EntryIterator implements TruffleObject {
        private final Border entry;
        private final Iterator<Map.Entry<Object, Object>> iterator;

        EntryIterator(Border entry, Iterator<Map.Entry<Object, Object>> iterator) {
            this.entry = entry;
            this.iterator = iterator;
        }

        @ExportMessage
        boolean isIterator() {
            return true;
        }

        @ExportMessage
        @TruffleBoundary
        boolean hasIteratorNextElement() {
            return iterator.hasNext();
        }

        @ExportMessage
        @TruffleBoundary
        Object getIteratorNextElement() throws StopIterationException {
            if (!iterator.hasNext()) {
                throw StopIterationException.create();
            }
            Map.Entry<Object, Object> e = iterator.next();
            return new MojoArray(entry, new Object[]{e.getKey(), e.getValue()}, true);
        }
    }
}

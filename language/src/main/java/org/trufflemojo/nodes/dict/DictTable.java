package org.trufflemojo.nodes.dict;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.Node;

import org.trufflemojo.MojoContext;
import org.trufflemojo.runtime.NativeMemory;
import org.trufflemojo.nodes.memory.MemoryNodes;
import org.trufflemojo.runtime.DictObject;
import org.trufflemojo.runtime.MojoError;
import org.trufflemojo.runtime.NativeString;

/**
 * The raw table of one Dict type (no lifecycle here): hashing and comparing keys, finding,
 * adding and removing entries, growing. An entry is laid out as {@code (hash, key, value)}; a
 * removed entry has hash -1. An index slot holds 0 (empty), -1 (removed) or entry number + 1.
 * Lookups probe linearly from the slot the hash picks; the index is at most 3/4 full (removed
 * slots included), so a probe always meets an empty slot.
 */
public final class DictTable extends Node {
    /** How keys are hashed and compared. */
    public enum KeyKind {
        INT,
        BOOL,
        FLOAT,
        STRING,
        /** A struct: its {@code __hash__} and {@code __eq__}. */
        STRUCT
    }

    private static final long EMPTY = 0;
    private static final long REMOVED = -1;
    private static final long MIN_SLOTS = 8;

    private final KeyKind keyKind;
    private final long keyOffset;
    private final long valueOffset;
    private final long entrySize;
    @Child private MemoryNodes.Loader keyLoader;
    @Child private MemoryNodes.Storer keyStorer;
    @Child private MemoryNodes.Loader valueLoader;
    @Child private MemoryNodes.Storer valueStorer;
    @Child private DirectCallNode structHash;
    @Child private DirectCallNode structEquals;

    public DictTable(KeyKind keyKind, long keyOffset, long valueOffset, long entrySize, MemoryNodes.Loader keyLoader, MemoryNodes.Storer keyStorer,
                    MemoryNodes.Loader valueLoader, MemoryNodes.Storer valueStorer, CallTarget structHash, CallTarget structEquals) {
        this.structHash = structHash == null ? null : DirectCallNode.create(structHash);
        this.structEquals = structEquals == null ? null : DirectCallNode.create(structEquals);
        this.keyKind = keyKind;
        this.keyOffset = keyOffset;
        this.valueOffset = valueOffset;
        this.entrySize = entrySize;
        this.keyLoader = keyLoader;
        this.keyStorer = keyStorer;
        this.valueLoader = valueLoader;
        this.valueStorer = valueStorer;
    }

    private NativeMemory memory() {
        return MojoContext.get(this).memory();
    }

    // ---------------------------------------------------------------- entries

    private long entryAddress(DictObject d, long e) {
        return d.entries + e * entrySize;
    }

    /** Whether entry e (below {@code d.used}) is live, not removed. */
    public boolean isLive(DictObject d, long e) {
        return memory().getLong(entryAddress(d, e)) != REMOVED;
    }

    /** The key of entry e (a view). */
    public Object key(DictObject d, long e) {
        return keyLoader.load(entryAddress(d, e) + keyOffset);
    }

    /** The value of entry e (a view). */
    public Object value(DictObject d, long e) {
        return valueLoader.load(valueAddress(d, e));
    }

    /** Where the value of entry e lives. */
    public long valueAddress(DictObject d, long e) {
        return entryAddress(d, e) + valueOffset;
    }

    /** Replaces the value of entry e (the old one must have been destroyed or moved out). */
    public void setValue(DictObject d, long e, Object value) {
        valueStorer.store(valueAddress(d, e), value);
    }

    // ---------------------------------------------------------------- keys

    /** A non-negative hash of a key (computed once per operation: it walks a String's bytes or calls a struct's __hash__). */
    public long hash(Object key) {
        long h;
        switch (keyKind) {
            case INT -> h = mix((long) key);
            case BOOL -> h = mix((boolean) key ? 1 : 0);
            case FLOAT -> {
                double d = (double) key;
                h = mix(Double.doubleToLongBits(d == 0.0 ? 0.0 : d)); // -0.0 == 0.0, so they hash alike
            }
            case STRUCT -> h = structHash == null ? 0 : mix((long) structHash.call(key));
            default -> {
                NativeString s = (NativeString) key;
                NativeMemory m = memory();
                h = 0xcbf29ce484222325L; // FNV-1a over the UTF-8 bytes
                for (long i = 0; i < s.length; i++) {
                    h = (h ^ (m.getByte(s.data + i) & 0xff)) * 0x100000001b3L;
                }
                h = mix(h);
            }
        }
        return h & Long.MAX_VALUE;
    }

    private static long mix(long x) {
        long h = x * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    private boolean keyEquals(long entry, Object key) {
        NativeMemory m = memory();
        long at = entry + keyOffset;
        switch (keyKind) {
            case INT:
                return keyLoader.loadLong(at) == (long) key;
            case BOOL:
                return keyLoader.loadBoolean(at) == (boolean) key;
            case FLOAT:
                return keyLoader.loadDouble(at) == (double) key;
            case STRUCT:
                return (boolean) structEquals.call(keyLoader.load(at), key);
            default:
                NativeString s = (NativeString) key;
                long data = m.getLong(at);
                if (m.getLong(at + 8) != s.length) {
                    return false;
                }
                for (long i = 0; i < s.length; i++) {
                    if (m.getByte(data + i) != m.getByte(s.data + i)) {
                        return false;
                    }
                }
                return true;
        }
    }

    // ---------------------------------------------------------------- lookup and change

    /** The index slot that maps the key, or -1 if the key is not in the dict. */
    private long findSlot(DictObject d, Object key, long h) {
        if (d.slots == 0) {
            return -1;
        }
        NativeMemory m = memory();
        long mask = d.slots - 1;
        for (long s = h & mask;; s = (s + 1) & mask) {
            long v = m.getLong(d.index + s * 8);
            if (v == EMPTY) {
                return -1;
            }
            if (v != REMOVED) {
                long entry = entryAddress(d, v - 1);
                if (m.getLong(entry) == h && keyEquals(entry, key)) {
                    return s;
                }
            }
        }
    }

    /** The entry number of the key (whose hash is h), or -1 if it is not in the dict. */
    public long find(DictObject d, Object key, long h) {
        long s = findSlot(d, key, h);
        return s < 0 ? -1 : memory().getLong(d.index + s * 8) - 1;
    }

    /**
     * Adds an entry for a key (whose hash is h) that is not in the dict; key and value move into the
     * table. Returns the entry's number.
     */
    public long add(DictObject d, Object key, Object value, long h) {
        if (d.used == maxEntries(d.slots)) {
            rebuild(d, d.slots == 0 ? MIN_SLOTS : (d.size + 1 > maxEntries(d.slots) / 2 ? d.slots * 2 : d.slots));
        }
        long e = d.used++;
        long entry = entryAddress(d, e);
        memory().putLong(entry, h);
        keyStorer.store(entry + keyOffset, key);
        valueStorer.store(entry + valueOffset, value);
        placeInIndex(memory(), d.index, d.slots, h, e);
        d.size++;
        return e;
    }

    /**
     * Removes the entry of the key and returns its number, or -1 if the key is not in the dict. The
     * entry's key and value stay readable until the next insertion; the caller takes them over.
     */
    public long remove(DictObject d, Object key) {
        long s = findSlot(d, key, hash(key));
        if (s < 0) {
            return -1;
        }
        NativeMemory m = memory();
        long e = m.getLong(d.index + s * 8) - 1;
        m.putLong(d.index + s * 8, REMOVED);
        m.putLong(entryAddress(d, e), REMOVED);
        d.size--;
        return e;
    }

    /** Makes room for n live entries without a rebuild, for a copy of a dict. */
    public void reserve(DictObject d, long n) {
        long slots = MIN_SLOTS;
        while (maxEntries(slots) < n) {
            slots *= 2;
        }
        if (slots > d.slots) {
            rebuild(d, slots);
        }
    }

    /** Gives an empty dict an index of exactly {@code slots} slots, which must be a power of two. */
    public void allocateSlots(DictObject d, long slots, Node where) {
        if (slots < 1 || Long.bitCount(slots) != 1) {
            throw new MojoError("the initial capacity of a Dict must be a power of two, got " + slots, where);
        }
        rebuild(d, slots);
    }

    /** The number of slots of the dict's index; a dict that has not allocated yet has the minimum. */
    public long reservedSlots(DictObject d) {
        return d.slots == 0 ? MIN_SLOTS : d.slots;
    }

    private static long maxEntries(long slots) {
        return slots - slots / 4;
    }

    private static void placeInIndex(NativeMemory m, long index, long slots, long h, long e) {
        long mask = slots - 1;
        long s = h & mask;
        while (true) {
            long v = m.getLong(index + s * 8);
            if (v == EMPTY || v == REMOVED) {
                break;
            }
            s = (s + 1) & mask;
        }
        m.putLong(index + s * 8, e + 1);
    }

    /** Moves the live entries, in order, to new buffers for an index of the given number of slots. */
    @TruffleBoundary
    private void rebuild(DictObject d, long slots) {
        NativeMemory m = memory();
        long index = m.allocate(NativeMemory.sizeOf(slots, 8, this), this);
        m.fill(index, slots * 8, (byte) 0, this);
        long entries = m.allocate(NativeMemory.sizeOf(maxEntries(slots), entrySize, this), this);
        long n = 0;
        for (long e = 0; e < d.used; e++) {
            long from = entryAddress(d, e);
            long h = m.getLong(from);
            if (h != REMOVED) {
                m.copy(from, entries + n * entrySize, entrySize, this);
                placeInIndex(m, index, slots, h, n);
                n++;
            }
        }
        release(d);
        d.entries = entries;
        d.index = index;
        d.slots = slots;
        d.used = n;
        d.size = n;
    }

    /** Frees the table's buffers (the keys and values must have been destroyed or moved out). */
    public void release(DictObject d) {
        NativeMemory m = memory();
        m.free(d.entries, this);
        m.free(d.index, this);
        d.entries = 0;
        d.index = 0;
        d.slots = 0;
        d.used = 0;
        d.size = 0;
    }
}

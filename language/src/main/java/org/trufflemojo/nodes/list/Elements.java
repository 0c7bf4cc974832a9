package org.trufflemojo.nodes.list;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.trufflemojo.MojoContext;
import org.trufflemojo.runtime.NativeMemory;
import org.trufflemojo.nodes.memory.MemoryNodes;
import org.trufflemojo.nodes.struct.LifecycleNodes;
import org.trufflemojo.runtime.ListObject;
import org.trufflemojo.runtime.MojoError;

/** Raw element storage of one list type: where element i lives and how the buffer grows. No lifecycle here. */
public abstract class Elements extends Node {
    /** The element at i (a view: no copy is made for elements held as objects). */
    public abstract Object get(ListObject list, long i);

    public long getLong(ListObject list, long i) {
        return (long) get(list, i);
    }

    public double getDouble(ListObject list, long i) {
        return (double) get(list, i);
    }

    public boolean getBoolean(ListObject list, long i) {
        return (boolean) get(list, i);
    }

    /** Stores v at i, overwriting whatever is there. */
    public abstract void put(ListObject list, long i, Object v);

    /**
     * A value moving to a new address (Mojo's {@code init_pointee_move} / {@code take_pointee}):
     * for an element type with a user-defined {@code __moveinit__}, that runs and gives the moved value.
     */
    public Object moveIn(Object v) {
        return v;
    }

    /** Whether moving an element runs code (a user-defined {@code __moveinit__}), so each move must be made one by one. */
    public boolean movesAreObservable() {
        return false;
    }

    /** Makes room for at least n elements, growing as Mojo's List does (to at least twice the capacity). */
    public final void reserve(ListObject list, long n) {
        if (n > list.capacity) {
            resizeBuffer(list, grownCapacity(list.capacity, n));
        }
    }

    /** Makes room for exactly n elements if there is less. */
    public final void reserveExactly(ListObject list, long n) {
        if (n > list.capacity) {
            resizeBuffer(list, n);
        }
    }

    /** Moves the elements to a buffer of the given capacity (at least the size). */
    protected abstract void resizeBuffer(ListObject list, long capacity);

    /** Moves {@code count} elements from index {@code from} to index {@code to} (ranges may overlap). */
    public abstract void shift(ListObject list, long from, long to, long count);

    /** Releases the buffer (the elements must have been destroyed or moved out). */
    public abstract void release(ListObject list);

    /** The address of element i, for fields of elements stored natively. */
    public long address(ListObject list, long i) {
        throw new UnsupportedOperationException();
    }

    /** Index i, counted from the end when negative, checked against the size. */
    public static long checkIndex(ListObject list, long i, Node location) {
        // One unsigned compare for the usual index (0 <= i < size); a negative one takes the second path.
        if (Long.compareUnsigned(i, list.size) < 0) {
            return i;
        }
        long k = i + list.size;
        if (i >= 0 || k < 0) {
            throw outOfBounds(i, list.size, location);
        }
        return k;
    }

    @TruffleBoundary
    private static MojoError outOfBounds(long i, long size, Node location) {
        return new MojoError("index out of bounds: index " + i + " for a List of length " + size, location);
    }

    static long grownCapacity(long capacity, long n) {
        return Math.max(n, capacity * 2);
    }

    /** Elements laid out flat in native memory. */
    public static final class Native extends Elements {
        private final long elementSize;
        @Child private MemoryNodes.Loader loader;
        @Child private MemoryNodes.Storer storer;
        /** The element type's user-defined {@code __moveinit__}, or null where a move is a copy of the bytes. */
        @Child private LifecycleNodes.CopyValue move;

        public Native(long elementSize, MemoryNodes.Loader loader, MemoryNodes.Storer storer, LifecycleNodes.CopyValue move) {
            this.elementSize = elementSize;
            this.loader = loader;
            this.storer = storer;
            this.move = move;
            // Every address given to them is element i < capacity of a live buffer (indices are checked first).
            loader.trustAddresses();
            storer.trustAddresses();
        }

        @Override
        public Object moveIn(Object v) {
            return move == null ? v : move.execute(v);
        }

        @Override
        public boolean movesAreObservable() {
            return move != null;
        }

        private NativeMemory memory() {
            return MojoContext.get(this).memory();
        }

        @Override
        public long address(ListObject list, long i) {
            return list.data + i * elementSize;
        }

        @Override
        public Object get(ListObject list, long i) {
            return loader.load(address(list, i));
        }

        @Override
        public long getLong(ListObject list, long i) {
            return loader.loadLong(address(list, i));
        }

        @Override
        public double getDouble(ListObject list, long i) {
            return loader.loadDouble(address(list, i));
        }

        @Override
        public boolean getBoolean(ListObject list, long i) {
            return loader.loadBoolean(address(list, i));
        }

        @Override
        public void put(ListObject list, long i, Object v) {
            storer.store(address(list, i), v);
        }

        @Override
        @TruffleBoundary
        protected void resizeBuffer(ListObject list, long capacity) {
            if (move == null) {
                list.data = memory().reallocate(list.data, list.capacity * elementSize, NativeMemory.sizeOf(capacity, elementSize, this), this);
            } else {
                // As Mojo's List._realloc: each element moves to the new buffer with its __moveinit__.
                long fresh = memory().allocate(NativeMemory.sizeOf(capacity, elementSize, this), this);
                for (long i = 0; i < list.size; i++) {
                    storer.store(fresh + i * elementSize, move.execute(get(list, i)));
                }
                memory().free(list.data, this);
                list.data = fresh;
            }
            list.capacity = capacity;
        }

        @Override
        public void shift(ListObject list, long from, long to, long count) {
            if (move == null) {
                memory().copy(address(list, from), address(list, to), count * elementSize, this);
                return;
            }
            // One element at a time, each with its __moveinit__, in the order that never overwrites one not yet moved.
            if (to < from) {
                for (long k = 0; k < count; k++) {
                    put(list, to + k, move.execute(get(list, from + k)));
                }
            } else {
                for (long k = count - 1; k >= 0; k--) {
                    put(list, to + k, move.execute(get(list, from + k)));
                }
            }
        }

        @Override
        public void release(ListObject list) {
            if (list.data != 0) {
                memory().free(list.data, this);
                list.data = 0;
            }
            list.capacity = 0;
            list.size = 0;
        }
    }

    /** Elements held as Java objects (Strings, Lists, structs that hold them). */
    public static final class Objects extends Elements {
        @Override
        public Object get(ListObject list, long i) {
            return list.objects[(int) i];
        }

        @Override
        public void put(ListObject list, long i, Object v) {
            list.objects[(int) i] = v;
        }

        @Override
        @TruffleBoundary
        protected void resizeBuffer(ListObject list, long capacity) {
            if (capacity > Integer.MAX_VALUE - 8) {
                throw new MojoError("List too large", null);
            }
            list.objects = list.objects == null ? new Object[(int) capacity] : Arrays.copyOf(list.objects, (int) capacity);
            list.capacity = capacity;
        }

        @Override
        @TruffleBoundary
        public void shift(ListObject list, long from, long to, long count) {
            System.arraycopy(list.objects, (int) from, list.objects, (int) to, (int) count);
        }

        @Override
        public void release(ListObject list) {
            list.objects = null;
            list.capacity = 0;
            list.size = 0;
        }
    }
}

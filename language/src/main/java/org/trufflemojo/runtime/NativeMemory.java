package org.trufflemojo.runtime;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.instrumentation.AllocationReporter;
import com.oracle.truffle.api.nodes.Node;

import sun.misc.Unsafe;

/**
 * The one way to native memory. Allocation, freeing and bulk copies are out-of-line
 * ({@code @TruffleBoundary}); typed loads and stores are plain {@link Unsafe} accesses that
 * compile to single machine instructions.
 *
 * <p>In checked mode an allocation table catches double frees, frees of addresses that were never
 * allocated, use after free, accesses outside an allocation and null dereferences, each as a Mojo
 * error at the failing node; {@link #leakReport()} lists what was never freed.
 */
public final class NativeMemory {
    private static final Unsafe UNSAFE = loadUnsafe();

    @CompilerDirectives.CompilationFinal private final boolean checked;
    // Checked mode's exact allocation table; outside checked mode these stay empty.
    /** Live allocations in checked mode: start address to size in bytes. */
    private final TreeMap<Long, Long> allocations = new TreeMap<>();
    /** Addresses handed out by an over-aligned allocation to the start of the block that holds them. */
    private final Map<Long, Long> overAlignedBlocks = new HashMap<>();
    /** The blocks the program allocated with UnsafePointer.alloc and has not freed (checked mode). */
    private final Set<Long> programBlocks = new HashSet<>();
    /** Outside checked mode, every allocation. */
    private final BlockAllocator blocks = new BlockAllocator();
    /** What fresh memory holds in checked mode. */
    private static final byte UNINITIALIZED = (byte) 0xA5;
    /** The alignment of every address the system allocator returns. */
    private static final long MALLOC_ALIGNMENT = 16;
    /**
     * The program-long buffers of string literals (address to size), shared by every context: a
     * pointer into a literal's text (s.unsafe_ptr()) may be read like one into an allocation.
     */
    private static final ConcurrentSkipListMap<Long, Long> STATIC_BUFFERS = new ConcurrentSkipListMap<>();

    /** Records a buffer that lives for the whole process (a literal's text), so checked accesses to it pass. */
    public static void registerStatic(long address, long bytes) {
        STATIC_BUFFERS.put(address, bytes);
    }
    private long liveBytes;
    private long liveCount;

    /** Tells a memory profiler (--memtracer) of each allocation; null when the engine has none. */
    private final AllocationReporter reporter;

    public NativeMemory(boolean checked, AllocationReporter reporter) {
        this(checked, 0, reporter);
    }

    /**
     * Memory for one context; with a limit (bytes, 0 for none), which needs the checked mode's
     * accounting, an allocation that would take the live bytes over it is a Mojo error.
     */
    public NativeMemory(boolean checked, long limit, AllocationReporter reporter) {
        if (limit > 0 && !checked) {
            throw new IllegalArgumentException("a native memory limit needs checked memory");
        }
        this.checked = checked;
        this.limit = limit;
        this.reporter = reporter;
    }

    /** The most live bytes allowed (0: no limit). */
    private final long limit;

    static Unsafe unsafe() {
        return UNSAFE;
    }

    private static Unsafe loadUnsafe() {
        try {
            Field f = Unsafe.class.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            return (Unsafe) f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("sun.misc.Unsafe is not available", e);
        }
    }

    public boolean isChecked() {
        return checked;
    }

    /** A block of bytes, 16-byte aligned. */
    public long allocate(long bytes, Node location) {
        if (bytes < 0) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            throw new MojoError("cannot allocate a negative number of bytes (" + bytes + ")", location);
        }
        if (checked || reporter != null && reporter.isActive()) {
            return allocateTracked(bytes, location);
        }
        long address = blocks.allocate(bytes);
        if (address == 0) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            throw outOfMemory(bytes, location);
        }
        return address;
    }

    /** An allocation the allocation table records (checked mode) or a memory profiler is told of. */
    @TruffleBoundary
    private long allocateTracked(long bytes, Node location) {
        boolean report = reporter != null && reporter.isActive();
        if (report) {
            reporter.onEnter(null, 0, bytes);
        }
        long address;
        if (checked) {
            if (limit > 0 && bytes > limit - liveBytes) {
                throw new MojoError("native memory limit exceeded: allocating " + bytes + " bytes with " + liveBytes + " in use, over the limit of "
                                + limit + " bytes (--mojo.MaxNativeMemory)", location);
            }
            try {
                address = UNSAFE.allocateMemory(Math.max(bytes, 1));
            } catch (OutOfMemoryError e) {
                throw outOfMemory(bytes, location);
            }
            // (a pattern no valid pointer or length has: a value read before it is written is caught as such, not as garbage)
            UNSAFE.setMemory(address, Math.max(bytes, 1), UNINITIALIZED);
            allocations.put(address, bytes);
            liveBytes += bytes;
            liveCount++;
        } else {
            address = blocks.allocate(bytes);
            if (address == 0) {
                throw outOfMemory(bytes, location);
            }
        }
        if (report) {
            reporter.onReturnValue(new ShownAs(bytes + " bytes of native memory"), 0, bytes);
        }
        return address;
    }

    /**
     * The size in bytes of count elements of elementSize bytes; a size past what a long (or any
     * machine) can address is an out-of-memory error, as an allocation of it would be.
     */
    public static long sizeOf(long count, long elementSize, Node location) {
        long bytes = count * elementSize;
        if (Math.multiplyHigh(count, elementSize) != 0 || bytes < 0) {
            throw tooLarge(count, elementSize, location);
        }
        return bytes;
    }

    @TruffleBoundary
    private static MojoError tooLarge(long count, long elementSize, Node location) {
        return new MojoError("out of native memory allocating " + Long.toUnsignedString(count) + " elements of " + elementSize
                        + " bytes (more bytes than an address can reach)", location);
    }

    private static MojoError outOfMemory(long bytes, Node location) {
        return new MojoError("out of native memory allocating " + bytes + " bytes", location);
    }

    /**
     * Memory a program allocates itself ({@code UnsafePointer.alloc}), aligned to a multiple of
     * alignment (a power of two). The system allocator aligns to 16 bytes; a larger alignment
     * over-allocates and hands out an aligned address inside the block, remembering the block's own
     * address for free. These blocks are always remembered (not only in checked mode), so that
     * {@link #freeProgramBlock} can refuse an address the program computed wrongly instead of
     * handing it to the system allocator, which would abort the process.
     */
    public long allocateProgramBlock(long bytes, long alignment, Node location) {
        if (checked) {
            return allocateCheckedProgramBlock(bytes, alignment, location);
        }
        if (alignment <= MALLOC_ALIGNMENT) {
            return allocate(bytes, location);
        }
        long address = blocks.allocateAligned(bytes, alignment);
        if (address == 0) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            throw outOfMemory(bytes, location);
        }
        return address;
    }

    @TruffleBoundary
    private long allocateCheckedProgramBlock(long bytes, long alignment, Node location) {
        long address = allocateAligned(bytes, alignment, location);
        programBlocks.add(address);
        return address;
    }

    /** A block allocated for the runtime's own use that the program now owns (and frees with {@link #freeProgramBlock}). */
    public void adoptProgramBlock(long address) {
        if (checked) {
            adoptCheckedProgramBlock(address);
        }
    }

    @TruffleBoundary
    private void adoptCheckedProgramBlock(long address) {
        programBlocks.add(address);
    }

    /**
     * {@code UnsafePointer.free}: frees a block from {@link #allocateProgramBlock}, or reports a Mojo
     * error (outside checked mode, any live block can be freed: the program's and the runtime's
     * blocks are not told apart).
     */
    public void freeProgramBlock(long address, Node location) {
        if (checked) {
            freeCheckedProgramBlock(address, location);
        } else if (address != 0 && !blocks.free(address)) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            throw new MojoError(INVALID_PROGRAM_FREE, location);
        }
    }

    private static final String INVALID_PROGRAM_FREE = "invalid free: the memory was already freed or never allocated, "
                    + "or the pointer is not the start of its allocation (double free?)";

    @TruffleBoundary
    private void freeCheckedProgramBlock(long address, Node location) {
        if (address != 0 && !programBlocks.remove(address)) {
            throw new MojoError(INVALID_PROGRAM_FREE, location);
        }
        freeChecked(address, location);
    }

    private long allocateAligned(long bytes, long alignment, Node location) {
        if (alignment <= MALLOC_ALIGNMENT) {
            return allocateTracked(bytes, location);
        }
        long block = allocateTracked(bytes + alignment, location);
        long aligned = (block + alignment) & -alignment;
        allocations.remove(block);
        allocations.put(aligned, bytes); // bounds checks and the leak report see the memory requested
        liveBytes -= alignment;
        overAlignedBlocks.put(aligned, block);
        return aligned;
    }

    public void free(long address, Node location) {
        if (address == 0) {
            return; // freeing null does nothing, as in C
        }
        if (checked) {
            freeChecked(address, location);
        } else if (!blocks.free(address)) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            throw new MojoError("invalid free: the memory was already freed or never allocated (double free?)", location);
        }
    }

    @TruffleBoundary
    private void freeChecked(long address, Node location) {
        if (address == 0) {
            return;
        }
        Long block = overAlignedBlocks.remove(address);
        if (block != null) {
            allocations.put(block, allocations.remove(address)); // the size the accounting expects is the one requested
            address = block;
        }
        Long size = allocations.remove(address);
        if (size == null) {
            throw new MojoError("invalid free: the memory was already freed or never allocated (double free?)", location);
        }
        liveBytes -= size;
        liveCount--;
        UNSAFE.freeMemory(address);
    }

    /** A block of newBytes holding the first bytes of address's block (which is freed); address 0 allocates. */
    @TruffleBoundary
    public long reallocate(long address, long oldBytes, long newBytes, Node location) {
        if (address != 0 && !checked && (reporter == null || !reporter.isActive()) && newBytes >= 0) {
            if (!blocks.isLive(address)) {
                throw new MojoError("invalid free: the memory was already freed or never allocated (double free?)", location);
            }
            long moved = blocks.reallocate(address, oldBytes, newBytes);
            if (moved == 0) {
                throw outOfMemory(newBytes, location);
            }
            return moved;
        }
        long fresh = allocate(newBytes, location);
        if (address != 0) {
            copy(address, fresh, Math.min(oldBytes, newBytes), location);
            free(address, location);
        }
        return fresh;
    }

    @TruffleBoundary
    public void copy(long from, long to, long bytes, Node location) {
        if (bytes <= 0) {
            return;
        }
        if (checked) {
            checkRange(from, bytes, location);
            checkRange(to, bytes, location);
        }
        UNSAFE.copyMemory(from, to, bytes);
    }

    @TruffleBoundary
    public void fill(long address, long bytes, byte value, Node location) {
        if (checked) {
            checkRange(address, bytes, location);
        }
        UNSAFE.setMemory(address, bytes, value);
    }

    /** Verifies in checked mode that [address, address + bytes) lies in one live allocation. */
    public void check(long address, long bytes, Node location) {
        if (checked) {
            checkRange(address, bytes, location);
        } else if (address == 0) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            throw new MojoError("null pointer dereference", location);
        }
    }

    @TruffleBoundary
    private void checkRange(long address, long bytes, Node location) {
        String problem = rangeProblem(address, bytes);
        if (problem != null) {
            throw new MojoError(problem, location);
        }
    }

    /** What is wrong with accessing [address, address + bytes), or null if it lies in one live allocation (or a literal's text). */
    private String rangeProblem(long address, long bytes) {
        if (address == 0) {
            return "null pointer dereference";
        }
        Map.Entry<Long, Long> e = allocations.floorEntry(address);
        Map.Entry<Long, Long> literal = STATIC_BUFFERS.floorEntry(address);
        if (literal != null && bytes >= 0 && address + bytes <= literal.getKey() + literal.getValue()
                        && (e == null || e.getKey() + e.getValue() <= address)) {
            return null;
        }
        if (e == null || bytes < 0 || address + bytes > e.getKey() + e.getValue()) {
            if (e != null && address < e.getKey() + e.getValue() + 64) {
                return "out-of-bounds access at offset " + (address - e.getKey()) + " of a " + e.getValue() + "-byte allocation";
            }
            return "access to memory that is not allocated (use after free?)";
        }
        return null;
    }

    /**
     * Verifies in checked mode that a String, List or Dict read from memory the program manages (through
     * an UnsafePointer) has a live buffer: memory never initialized, or whose value was destroyed, holds
     * none, and reading the bytes of such a value would read anywhere in the process. (An empty value's
     * pointer is not read: fresh memory's pattern is no length 0.)
     */
    public void checkLoadedBuffer(long data, long bytes, String what, Node location) {
        if (checked && bytes != 0) {
            checkLoadedBufferRange(data, bytes, what, location);
        }
    }

    @TruffleBoundary
    private void checkLoadedBufferRange(long data, long bytes, String what, Node location) {
        if (rangeProblem(data, bytes) != null) {
            throw new MojoError("the memory holds no valid " + what + " (never initialized, or its value was moved out or destroyed)", location);
        }
    }

    public long getLong(long address) {
        return UNSAFE.getLong(address);
    }

    public void putLong(long address, long value) {
        UNSAFE.putLong(address, value);
    }

    public double getDouble(long address) {
        return UNSAFE.getDouble(address);
    }

    public void putDouble(long address, double value) {
        UNSAFE.putDouble(address, value);
    }

    public boolean getBoolean(long address) {
        return UNSAFE.getByte(address) != 0;
    }

    public void putBoolean(long address, boolean value) {
        UNSAFE.putByte(address, value ? (byte) 1 : (byte) 0);
    }

    public short getShort(long address) {
        return UNSAFE.getShort(address);
    }

    public void putShort(long address, short value) {
        UNSAFE.putShort(address, value);
    }

    public int getInt(long address) {
        return UNSAFE.getInt(address);
    }

    public void putInt(long address, int value) {
        UNSAFE.putInt(address, value);
    }

    public float getFloat(long address) {
        return UNSAFE.getFloat(address);
    }

    public void putFloat(long address, float value) {
        UNSAFE.putFloat(address, value);
    }

    public byte getByte(long address) {
        return UNSAFE.getByte(address);
    }

    public void putByte(long address, byte value) {
        UNSAFE.putByte(address, value);
    }

    public long liveBytes() {
        return liveBytes;
    }

    /** An allocation that lives as long as the program (a sys.ffi._Global value): never freed, and not a leak. */
    @TruffleBoundary
    public void keepForProcess(long address) {
        Long bytes = checked ? allocations.get(address) : null;
        if (bytes != null) {
            liveBytes -= bytes;
            liveCount--;
        }
    }

    /**
     * Frees what is still allocated, when the context is disposed: a program stopped by a cancel, an
     * interrupt or a resource limit never ran the destroys of its live values. Checked mode knows
     * every allocation; otherwise only the program's own blocks ({@code UnsafePointer.alloc}) are known.
     */
    @TruffleBoundary
    public void releaseAll() {
        Set<Long> tracked = new HashSet<>();
        for (Long address : allocations.keySet()) {
            tracked.add(overAlignedBlocks.getOrDefault(address, address));
        }
        for (Long address : programBlocks) {
            tracked.add(overAlignedBlocks.getOrDefault(address, address));
        }
        for (long block : tracked) {
            UNSAFE.freeMemory(block);
        }
        blocks.releaseAll();
        allocations.clear();
        programBlocks.clear();
        overAlignedBlocks.clear();
        liveBytes = 0;
        liveCount = 0;
    }

    /** What is still allocated, or null if nothing is (checked mode only). */
    @TruffleBoundary
    public String leakReport() {
        if (!checked || liveCount == 0) {
            return null;
        }
        return "mojo: memory leak: " + liveBytes + " bytes in " + liveCount + " allocation" + (liveCount == 1 ? "" : "s")
                        + " were never freed";
    }
}

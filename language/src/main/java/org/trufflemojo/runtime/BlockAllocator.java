package org.trufflemojo.runtime;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import sun.misc.Unsafe;

/**
 * The allocator of unchecked mode: what C's malloc costs, without a call out of compiled code.
 *
 * <p>Small blocks (up to {@link #SMALL_LIMIT} bytes) come in size classes of 16 bytes; a freed block
 * goes onto its class's free list (the list's next pointer lives in the block's first word) and
 * the next allocation of that class takes it back, so the hot path of an allocation or a free is
 * a few loads and stores that Graal compiles inline. New small blocks are carved from slabs of
 * native memory; slabs are given back only when the context is disposed. Larger blocks, and
 * blocks with an alignment above 16, come from the system allocator.
 *
 * <p>Every block has a 16-byte header before the address handed out: its kind (a size class,
 * {@link #LARGE}, or minus the raw address of an over-aligned block) and a tag (the address mixed
 * with {@link #MAGIC}) that a free checks and clears. So a free of an address that is not a live
 * block (a second free, an address into a block's middle) is a Mojo error, never a corruption
 * of the free lists or an abort in the system allocator. Checked mode uses {@link NativeMemory}'s
 * exact allocation table instead.
 */
final class BlockAllocator {
    private static final Unsafe UNSAFE = NativeMemory.unsafe();

    static final long HEADER = 16;
    static final long GRANULE = 16;
    static final long SMALL_LIMIT = 1024;
    private static final int CLASSES = (int) (SMALL_LIMIT / GRANULE) + 1;
    /** The kind of a block from the system allocator; its raw address is the header's. */
    private static final long LARGE = CLASSES;
    private static final long MAGIC = 0x4D6F6A6F426C6B21L; // "MojoBlk!"
    private static final long SLAB_BYTES = 256 * 1024;

    /** Per size class, the first free block (0: none); each free block's first word is the next. */
    private final long[] freeLists = new long[CLASSES];
    private long slabCursor;
    private long slabEnd;
    private final List<Long> slabs = new ArrayList<>();
    /** Raw addresses of the blocks from the system allocator, freed at dispose if the program did not. */
    private final Set<Long> systemBlocks = new HashSet<>();

    /** A block of at least bytes (0 ≤ bytes), 16-byte aligned; 0 when the system has no memory for it. */
    long allocate(long bytes) {
        if (bytes <= SMALL_LIMIT) {
            int sizeClass = (int) ((Math.max(bytes, 1) + GRANULE - 1) / GRANULE);
            long block = freeLists[sizeClass];
            if (block == 0) {
                block = carve(sizeClass);
                if (block == 0) {
                    return 0;
                }
            } else {
                freeLists[sizeClass] = UNSAFE.getLong(block);
            }
            UNSAFE.putLong(block - 8, MAGIC ^ block);
            return block;
        }
        return allocateLarge(bytes);
    }

    /** A block whose address is a multiple of alignment (a power of two above 16). */
    @TruffleBoundary
    long allocateAligned(long bytes, long alignment) {
        long raw = systemAllocate(bytes, alignment + HEADER);
        if (raw == 0) {
            return 0;
        }
        long block = (raw + HEADER + alignment - 1) & -alignment;
        UNSAFE.putLong(block - 16, -raw);
        UNSAFE.putLong(block - 8, MAGIC ^ block);
        return block;
    }

    /** Frees a block; false when the address is not a live block (nothing is changed then). */
    boolean free(long block) {
        if (!isLive(block)) {
            return false;
        }
        UNSAFE.putLong(block - 8, 0);
        long kind = UNSAFE.getLong(block - 16);
        if (kind > 0 && kind < LARGE) {
            UNSAFE.putLong(block, freeLists[(int) kind]);
            freeLists[(int) kind] = block;
        } else {
            freeSystemBlock(kind == LARGE ? block - HEADER : -kind);
        }
        return true;
    }

    /**
     * A live block grown or shrunk to newBytes, its first oldBytes (or newBytes, if fewer) kept;
     * 0 when there is not the memory (the block is then unchanged). A large block stays large
     * through the system's realloc, which moves the pages of a big block rather than copying them
     * (a growing String or List of many megabytes).
     */
    @TruffleBoundary
    long reallocate(long block, long oldBytes, long newBytes) {
        if (UNSAFE.getLong(block - 16) == LARGE && newBytes > SMALL_LIMIT && newBytes <= Long.MAX_VALUE - HEADER) {
            long raw = block - HEADER;
            long moved;
            try {
                moved = UNSAFE.reallocateMemory(raw, newBytes + HEADER);
            } catch (OutOfMemoryError e) {
                return 0;
            }
            systemBlocks.remove(raw);
            systemBlocks.add(moved);
            long grown = moved + HEADER;
            UNSAFE.putLong(grown - 8, MAGIC ^ grown);
            return grown;
        }
        long fresh = allocate(newBytes);
        if (fresh != 0) {
            UNSAFE.copyMemory(block, fresh, Math.min(oldBytes, newBytes));
            free(block);
        }
        return fresh;
    }

    /** Whether an address is a live block of this allocator. */
    boolean isLive(long block) {
        return block >= 4096 && (block & (GRANULE - 1)) == 0 && UNSAFE.getLong(block - 8) == (MAGIC ^ block);
    }

    @TruffleBoundary
    private long carve(int sizeClass) {
        long stride = sizeClass * GRANULE + HEADER;
        if (slabEnd - slabCursor < stride) {
            long slab = systemAllocate(SLAB_BYTES, 0);
            if (slab == 0) {
                return 0;
            }
            systemBlocks.remove(slab);
            slabs.add(slab);
            slabCursor = slab;
            slabEnd = slab + SLAB_BYTES;
        }
        long block = slabCursor + HEADER;
        slabCursor += stride;
        // (the caller writes the tag)
        UNSAFE.putLong(block - 16, sizeClass);
        return block;
    }

    @TruffleBoundary
    private long allocateLarge(long bytes) {
        long raw = systemAllocate(bytes, HEADER);
        if (raw == 0) {
            return 0;
        }
        long block = raw + HEADER;
        UNSAFE.putLong(block - 8, MAGIC ^ block);
        UNSAFE.putLong(raw, LARGE);
        return block;
    }

    /** bytes + extra from the system allocator, remembered; 0 if there is not that much memory. */
    private long systemAllocate(long bytes, long extra) {
        if (bytes > Long.MAX_VALUE - extra) {
            return 0;
        }
        long raw;
        try {
            raw = UNSAFE.allocateMemory(bytes + extra);
        } catch (OutOfMemoryError e) {
            return 0;
        }
        systemBlocks.add(raw);
        return raw;
    }

    @TruffleBoundary
    private void freeSystemBlock(long raw) {
        systemBlocks.remove(raw);
        UNSAFE.freeMemory(raw);
    }

    /** Gives back every slab and every block from the system allocator (the context is disposed). */
    @TruffleBoundary
    void releaseAll() {
        for (long raw : systemBlocks) {
            UNSAFE.freeMemory(raw);
        }
        systemBlocks.clear();
        for (long slab : slabs) {
            UNSAFE.freeMemory(slab);
        }
        slabs.clear();
        java.util.Arrays.fill(freeLists, 0);
        slabCursor = slabEnd = 0;
    }

}

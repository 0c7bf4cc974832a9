package org.trufflemojo.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import sun.misc.Unsafe;

/** The unchecked mode's allocator: size classes reuse freed blocks, and a bad free is refused, not followed. */
public class BlockAllocatorTest {
    private static final Unsafe UNSAFE = NativeMemory.unsafe();
    private final BlockAllocator blocks = new BlockAllocator();

    @AfterEach
    void release() {
        blocks.releaseAll();
    }

    @Test
    void blocksAreAlignedDistinctAndWritableToTheirSize() {
        Set<Long> seen = new HashSet<>();
        for (long size : new long[]{0, 1, 15, 16, 17, 100, 1024, 1025, 5000}) {
            long a = blocks.allocate(size);
            assertEquals(0, a % 16, "alignment of a " + size + "-byte block");
            assertTrue(seen.add(a));
            for (long i = 0; i < size; i++) {
                UNSAFE.putByte(a + i, (byte) 0x5A);
            }
        }
        for (long a : seen) {
            assertTrue(blocks.free(a)); // writing a whole block did not touch another's header
        }
    }

    @Test
    void aFreedBlockIsReusedByTheNextAllocationOfItsClass() {
        long a = blocks.allocate(24);
        long b = blocks.allocate(24);
        assertTrue(blocks.free(a));
        assertEquals(a, blocks.allocate(30), "same size class (17..32 bytes)");
        assertNotEquals(b, blocks.allocate(24));
        long c = blocks.allocate(200);
        assertTrue(blocks.free(c));
        assertNotEquals(c, blocks.allocate(24), "another class's free block is not taken");
    }

    @Test
    void aSecondFreeOrAnInteriorAddressIsRefused() {
        long a = blocks.allocate(64);
        assertFalse(blocks.free(a + 16), "an address inside a block");
        assertTrue(blocks.free(a));
        assertFalse(blocks.free(a), "a double free");
        long big = blocks.allocate(100_000);
        assertTrue(blocks.free(big));
        assertFalse(blocks.free(8), "an address near null");
    }

    @Test
    void overAlignedBlocksHaveTheirAlignmentAndAreFreed() {
        for (long alignment : new long[]{32, 64, 4096}) {
            long a = blocks.allocateAligned(100, alignment);
            assertEquals(0, a % alignment);
            UNSAFE.putLong(a + 92, -1);
            assertTrue(blocks.free(a));
            assertFalse(blocks.free(a));
        }
    }

    @Test
    void moreMemoryThanTheMachineHasIsZeroNotACrash() {
        assertEquals(0, blocks.allocate(Long.MAX_VALUE - 8));
        assertEquals(0, blocks.allocate(1L << 60));
    }
}

package org.trufflemojo.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;
import org.trufflemojo.MojoContext;
import org.trufflemojo.runtime.NativeMemory;

/** Mojo in a restricted Context: no native access (always checked memory), a native memory limit, a statement limit, interrupt and cancel. */
class SandboxTest {
    /** A loop that never ends, holding native memory (a List and a String) while it runs. */
    private static final String RUNAWAY = """
                    def main():
                        var l = List[Int]()
                        var s = String("held")
                        var i = 0
                        while True:
                            i += 1
                            if len(l) < 1000:
                                l.append(i)
                    """;

    @Test
    void runsWithoutNativeAccess() {
        // Mojo's native memory is the runtime's own (sun.misc.Unsafe), not the guest's native access (NFI)
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("mojo").allowNativeAccess(false).out(out).build()) {
            context.eval(Source.create("mojo", "def main():\n    var l = [1, 2, 3]\n    print(String(\"sum\"), l[0] + l[1] + l[2])\n")).execute();
        }
        assertEquals("sum 6\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aStatementLimitStopsARunawayLoop() {
        ResourceLimits limits = ResourceLimits.newBuilder().statementLimit(100_000, null).build();
        Context context = Context.newBuilder("mojo").resourceLimits(limits).build();
        PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval(Source.create("mojo", RUNAWAY)).execute());
        assertTrue(e.isResourceExhausted(), e.getMessage());
        assertTrue(e.getMessage().startsWith("Statement count limit of 100000 exceeded"), e.getMessage());
        // the limit cancelled the context: closing it reports that once more
        PolyglotException closed = assertThrows(PolyglotException.class, context::close);
        assertTrue(closed.isCancelled() || closed.isResourceExhausted(), closed.getMessage());
    }

    @Test
    void interruptStopsARunningProgram() throws Exception {
        try (Context context = Context.newBuilder("mojo").build()) {
            Thread runner = new Thread(() -> assertThrows(PolyglotException.class, () -> context.eval(Source.create("mojo", RUNAWAY)).execute()));
            runner.start();
            Thread.sleep(300);
            long start = System.nanoTime();
            interrupt(context);
            runner.join(10_000);
            assertTrue(!runner.isAlive(), "the program still runs");
            assertTrue(System.nanoTime() - start < 5_000_000_000L, "the interrupt took over 5 s");
        }
    }

    @Test
    void closeWithCancelStopsARunningProgramAndFreesItsMemory() throws Exception {
        Context context = Context.newBuilder("mojo").option("mojo.CheckMemory", "true").build();
        Value module = context.eval(Source.create("mojo", RUNAWAY));
        context.enter();
        NativeMemory memory = MojoContext.get(null).memory(); // (read again after the context is gone)
        context.leave();
        Thread runner = new Thread(() -> assertThrows(PolyglotException.class, module::execute));
        runner.start();
        Thread.sleep(300);
        long start = System.nanoTime();
        assertTrue(memory.liveBytes() > 0, "the running program holds no native memory");
        context.close(true);
        runner.join(10_000);
        assertTrue(!runner.isAlive(), "the program still runs");
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "cancelling took over 5 s");
        assertEquals(0, memory.liveBytes(), "native memory left after the context closed");
        assertEquals(null, memory.leakReport());
    }

    @Test
    void aNativeMemoryLimitIsAMojoErrorAtTheAllocationOverIt() {
        String holding = """
                        def main():
                            var kept = List[List[Int]]()
                            for i in range(100):
                                kept.append(List[Int](length=100000, fill=i))
                            print("not reached")
                        """;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("mojo").option("mojo.MaxNativeMemory", "4m").out(out).build()) {
            PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval(Source.create("mojo", holding)).execute());
            assertTrue(e.isGuestException() && !e.isInternalError(), e.getMessage());
            assertTrue(e.getMessage().contains(":4:30: error: native memory limit exceeded: allocating 800000 bytes with 4000192 in use, "
                            + "over the limit of 4194304 bytes (--mojo.MaxNativeMemory)"), e.getMessage());
        }
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        // under the limit, the same program's allocations are as usual
        try (Context context = Context.newBuilder("mojo").option("mojo.MaxNativeMemory", "100m").out(out).build()) {
            context.eval(Source.create("mojo", holding)).execute();
        }
        assertEquals("not reached\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void withoutNativeAccessMemoryIsAlwaysChecked() {
        // a read through a freed pointer: checked memory stops it with a Mojo error (unchecked, it would read freed memory)
        String useAfterFree = "def main():\n    var p = UnsafePointer[Int].alloc(1)\n    p[0] = 7\n    p.free()\n    print(p[0])\n";
        try (Context context = Context.newBuilder("mojo").allowNativeAccess(false).build()) {
            PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval(Source.create("mojo", useAfterFree)).execute());
            assertTrue(e.getMessage().contains(":5:12: error: access to memory that is not allocated (use after free?)"), e.getMessage());
        }
    }

    private static void interrupt(Context context) throws TimeoutException {
        context.interrupt(Duration.ofSeconds(5));
    }
}

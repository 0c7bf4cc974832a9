package org.trufflemojo.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;
import org.trufflemojo.MojoContext;
import org.trufflemojo.runtime.NativeMemory;

/**
 * A million calls from Java of Mojo functions whose results own native memory (a String, a List, a
 * struct with a String field): the border copies each result out and frees the Mojo value, so the
 * context's native memory stays flat. Memory is checked (a double free would fail the call), and the
 * fixture's close runs the program to its end and requires an empty leak report.
 */
class MillionCallsMemoryTest extends MojoModuleFixture {
    private static final int CALLS = 1_000_000;

    @Override
    String source() {
        return """
                        @fieldwise_init
                        struct Person(Copyable, Movable):
                            var name: String
                            var age: Int

                        fn greeting(n: Int) -> String:
                            return "hello number " + String(n)

                        fn squares(n: Int) -> List[Int]:
                            var l = List[Int]()
                            for i in range(n):
                                l.append(i * i)
                            return l^

                        fn person(n: Int) -> Person:
                            return Person("person " + String(n), n)

                        fn main():
                            pass
                        """;
    }

    @Test
    void nativeMemoryStaysFlatOverAMillionCalls() {
        Value greeting = module.getMember("greeting");
        Value squares = module.getMember("squares");
        Value person = module.getMember("person");
        long checksum = 0;
        long baseline = -1;
        long highest = 0;
        for (int i = 0; i < CALLS; i++) {
            switch (i % 3) {
                case 0 -> checksum += greeting.execute(i).asString().length();
                case 1 -> checksum += squares.execute(5).getArrayElement(4).asLong();
                default -> checksum += person.execute(i).getMember("age").asLong();
            }
            if (i == 999) {
                baseline = liveBytes(); // after warm-up: what the module itself keeps
            } else if (i > 999 && i % 100_000 == 0) {
                highest = Math.max(highest, liveBytes());
            }
        }
        long end = liveBytes();
        System.out.println("1,000,000 calls: native live bytes after 1,000 calls " + baseline + ", highest sampled " + highest
                        + ", at the end " + end + " (checksum " + checksum + ")");
        assertEquals(baseline, Math.max(highest, end), "native memory grew over the calls");
    }

    /** The native bytes the running Mojo program holds (the test thread enters the context to ask it). */
    private long liveBytes() {
        context.enter();
        try {
            NativeMemory memory = MojoContext.get(null).memory();
            return memory.liveBytes();
        } finally {
            context.leave();
        }
    }
}

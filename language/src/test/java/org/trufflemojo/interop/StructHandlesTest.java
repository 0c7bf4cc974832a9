package org.trufflemojo.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/**
 * A struct with its own lifecycle crosses as a handle that owns the Mojo value: calls borrow it (a
 * {@code var} parameter gets a copy), and its destructor runs exactly once, on release or at close.
 */
class StructHandlesTest {
    private static final String MODULE = """
                    struct Buffer(Copyable):
                        var data: UnsafePointer[Int]
                        var size: Int

                        fn __init__(out self, size: Int):
                            self.data = UnsafePointer[Int].alloc(size)
                            for i in range(size):
                                self.data[i] = i
                            self.size = size

                        fn __copyinit__(out self, other: Self):
                            self.data = UnsafePointer[Int].alloc(other.size)
                            for i in range(other.size):
                                self.data[i] = other.data[i]
                            self.size = other.size
                            print("copy")

                        fn __del__(deinit self):
                            print("del", self.size)
                            self.data.free()

                        fn sum(self) -> Int:
                            var t = 0
                            for i in range(self.size):
                                t += self.data[i]
                            return t

                        fn set(mut self, i: Int, v: Int):
                            self.data[i] = v

                    fn make(n: Int) -> Buffer:
                        return Buffer(n)

                    fn total(b: Buffer) -> Int:
                        return b.sum()

                    fn consume(var b: Buffer) -> Int:
                        b.set(0, 100)
                        return b.sum()
                    """;

    private static String text(ByteArrayOutputStream s) {
        return s.toString(StandardCharsets.UTF_8);
    }

    @Test
    void callsBorrowTheValueAndReleaseDestroysItOnce() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("mojo").out(out).err(err).option("mojo.CheckMemory", "true").build()) {
            Value module = context.eval(Source.create("mojo", MODULE));
            Value b = module.invokeMember("make", 4);
            assertEquals("Buffer", b.getMetaObject().getMetaQualifiedName());
            assertEquals(6, b.invokeMember("sum").asLong());
            assertEquals(6, module.invokeMember("total", b).asLong());
            b.invokeMember("set", 0, 10);
            assertEquals(16, module.invokeMember("total", b).asLong(), "a mut method changed the handle's own value");
            assertEquals(4, b.getMember("size").asLong());
            context.getBindings("mojo"); // (flushes nothing: output so far)
            assertEquals(106, module.invokeMember("consume", b).asLong());
            assertEquals(16, b.invokeMember("sum").asLong(), "the var parameter got a copy");
            assertTrue(b.hasMember("release"));
            b.invokeMember("release");
            b.invokeMember("release"); // a second release does nothing
            PolyglotException released = assertThrows(PolyglotException.class, () -> b.invokeMember("sum"));
            assertEquals("error: this 'Buffer' was released and cannot be used any more", released.getMessage());
        }
        assertEquals("copy\ndel 4\ndel 4\n", text(out), "the copy died in the callee, the handle's value on release, each once");
        assertEquals("", text(err), "checked memory found no leak and no double free");
    }

    @Test
    void handlesStillHeldAreReleasedWhenTheContextCloses() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("mojo").out(out).err(err).option("mojo.CheckMemory", "true").build()) {
            Value module = context.eval(Source.create("mojo", MODULE));
            module.invokeMember("make", 2);
            module.invokeMember("make", 3);
            assertFalse(text(out).contains("del"), "nothing is destroyed while another language holds it");
        }
        assertEquals("del 3\ndel 2\n", text(out), "released at close, the newest first");
        assertEquals("", text(err));
    }
}

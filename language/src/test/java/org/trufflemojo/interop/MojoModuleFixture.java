package org.trufflemojo.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test's Mojo module, evaluated in a fresh context with checked native memory; after each test the
 * program runs to its end, which reports any native memory the border did not free.
 */
abstract class MojoModuleFixture {
    protected Context context;
    protected Value module;
    private ByteArrayOutputStream err;

    /** The Mojo source of the module. */
    abstract String source();

    @BeforeEach
    void open() {
        err = new ByteArrayOutputStream();
        context = Context.newBuilder("mojo").allowHostAccess(HostAccess.ALL).err(err).option("mojo.CheckMemory", "true").build();
        module = context.eval(Source.create("mojo", source()));
    }

    @AfterEach
    void close() {
        module.execute();
        context.close();
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }
}

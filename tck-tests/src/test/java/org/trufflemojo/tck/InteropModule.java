package org.trufflemojo.tck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Source;

/** The Mojo module ({@code interop.mojo}) the JavaScript and Python tests call. */
final class InteropModule {
    private InteropModule() {
    }

    static Source source() {
        try (InputStream in = InteropModule.class.getResourceAsStream("/org/trufflemojo/tck/interop.mojo")) {
            return Source.newBuilder("mojo", new String(in.readAllBytes(), StandardCharsets.UTF_8), "interop.mojo").build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

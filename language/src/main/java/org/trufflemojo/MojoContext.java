package org.trufflemojo;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage.Env;

/** Per-context state: the output stream programs print to. */
public final class MojoContext {
    private final Env env;
    private final OutputStream out;

    public MojoContext(Env env) {
        this.env = env;
        this.out = new BufferedOutputStream(env.out(), 1 << 16);
    }

    public Env env() {
        return env;
    }

    @TruffleBoundary
    public void print(String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @TruffleBoundary
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            // the consumer closed its stream; nothing left to tell it
        }
    }
}

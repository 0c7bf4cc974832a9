package org.trufflemojo;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage.Env;

import org.trufflemojo.memory.NativeMemory;

/** Per-context state: the output stream programs print to. */
public final class MojoContext {
    private final Env env;
    private final OutputStream out;
    private final NativeMemory memory;

    public MojoContext(Env env, boolean checkMemory) {
        this.env = env;
        this.out = new BufferedOutputStream(env.out(), 1 << 16);
        this.memory = new NativeMemory(checkMemory);
    }

    public NativeMemory memory() {
        return memory;
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

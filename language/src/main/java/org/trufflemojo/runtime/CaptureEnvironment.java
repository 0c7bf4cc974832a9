package org.trufflemojo.runtime;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives;

/**
 * Where the closures nested in one function find the variables they capture: while a call of the
 * enclosing function runs, the addresses of its captured variables (which live in native memory for
 * the call) are on top of this stack. A closure runs only while the call that declared it is active
 * ({@code capturing} closures do not outlive it), so the innermost call's addresses are the ones.
 */
public final class CaptureEnvironment {
    private long[][] calls = new long[4][];
    private int depth;

    public void enter(long[] addresses) {
        if (depth == calls.length) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            calls = Arrays.copyOf(calls, depth * 2);
        }
        calls[depth++] = addresses;
    }

    public void exit() {
        calls[--depth] = null;
    }

    /** The address of the captured variable {@code index} in the innermost active call, or 0 if none is active. */
    public long address(int index) {
        return depth == 0 ? 0 : calls[depth - 1][index];
    }
}

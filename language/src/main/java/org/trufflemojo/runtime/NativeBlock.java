package org.trufflemojo.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import org.trufflemojo.MojoLanguage;

/**
 * A block of native memory as a memory profiler sees it: the allocation it is told of (String
 * bytes, List buffers, UnsafePointer blocks all come from {@link NativeMemory#allocate}).
 */
@ExportLibrary(InteropLibrary.class)
final class NativeBlock implements TruffleObject {
    private final long bytes;

    NativeBlock(long bytes) {
        this.bytes = bytes;
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends TruffleLanguage<?>> getLanguage() {
        return MojoLanguage.class;
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return bytes + " bytes of native memory";
    }
}

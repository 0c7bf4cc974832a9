package org.trufflemojo.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * A {@code Tuple[...]} or a {@code SIMD[dtype, n]} vector that crossed the border: a read-only
 * array of fixed size (neither can grow, and a tuple's elements are not assignable in Mojo).
 */
@ExportLibrary(InteropLibrary.class)
public final class MojoArray extends MojoValue {
    final Object[] elements;
    /** A tuple prints in parentheses, a vector in brackets. */
    private final boolean tuple;

    MojoArray(Border border, Object[] elements, boolean tuple) {
        super(border);
        this.elements = elements;
        this.tuple = tuple;
    }

    @Override
    @TruffleBoundary
    String text() {
        StringBuilder sb = new StringBuilder(tuple ? "(" : "[");
        for (int i = 0; i < elements.length; i++) {
            sb.append(i > 0 ? ", " : "").append(tuple ? Border.elementText(elements[i]) : Display.text(elements[i]));
        }
        return sb.append(tuple ? ")" : "]").toString();
    }

    @ExportMessage
    boolean hasArrayElements() {
        return true;
    }

    @ExportMessage
    long getArraySize() {
        return elements.length;
    }

    @ExportMessage
    boolean isArrayElementReadable(long index) {
        return index >= 0 && index < elements.length;
    }

    @ExportMessage
    Object readArrayElement(long index) throws InvalidArrayIndexException {
        if (!isArrayElementReadable(index)) {
            throw InvalidArrayIndexException.create(index);
        }
        return elements[(int) index];
    }
}

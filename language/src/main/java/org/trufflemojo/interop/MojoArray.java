package org.trufflemojo.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * A {@code Tuple[...]}, a {@code SIMD[dtype, n]} vector or an {@code InlineArray[T, n]} that crossed
 * the border: an array of fixed size (none can grow). An InlineArray's elements can be assigned; a
 * tuple's cannot, in Mojo, and a vector is a single value.
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

    @ExportMessage
    boolean isArrayElementModifiable(long index) {
        return border instanceof ContainerBorders.FixedArrayBorder && isArrayElementReadable(index);
    }

    @ExportMessage
    boolean isArrayElementInsertable(@SuppressWarnings("unused") long index) {
        return false;
    }

    @ExportMessage
    @TruffleBoundary
    void writeArrayElement(long index, Object value) throws UnsupportedMessageException, InvalidArrayIndexException, UnsupportedTypeException {
        if (!(border instanceof ContainerBorders.FixedArrayBorder array)) {
            throw UnsupportedMessageException.create();
        }
        if (!isArrayElementReadable(index)) {
            throw InvalidArrayIndexException.create(index);
        }
        try {
            elements[(int) index] = array.element(value);
        } catch (Border.Mismatch e) {
            throw UnsupportedTypeException.create(new Object[]{value}, "expected " + array.element.typeName() + ", got " + e.got);
        }
    }
}

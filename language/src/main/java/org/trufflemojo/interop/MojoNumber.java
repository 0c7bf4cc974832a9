package org.trufflemojo.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;

import org.trufflemojo.core.FloatFormat;

/**
 * A value of a fixed-width number type ({@code Int8}, {@code UInt}, {@code Float32}, ...) seen from
 * other languages: a number (every number message goes to the Java number it holds, so
 * {@code fitsInByte} and the others are exact) that knows its Mojo type.
 */
@ExportLibrary(value = InteropLibrary.class, delegateTo = "number")
public final class MojoNumber extends MojoValue {
    /** The value as Mojo holds it: a long (an unsigned 64-bit one in two's complement), a double, or a BigInteger (a wide type). */
    final Object value;
    /** The number other languages see: the long or double, or a {@link BigNumber} (a wide value, an unsigned one above Long.MAX_VALUE). */
    final Object number;

    MojoNumber(ScalarBorders.SizedBorder border, Object value) {
        super(border);
        this.value = value;
        this.number = value instanceof Long l && l < 0 && border.dtype.isUnsigned64() ? BigNumber.unsigned(l)
                        : value instanceof java.math.BigInteger b ? new BigNumber(b) : value;
    }

    @Override
    @TruffleBoundary
    String text() {
        if (value instanceof Double d) {
            return ((ScalarBorders.SizedBorder) border).dtype.bits == 32 ? FloatFormat.formatFloat(d.floatValue()) : FloatFormat.format(d);
        }
        if (value instanceof java.math.BigInteger b) {
            return b.toString();
        }
        long l = (Long) value;
        return ((ScalarBorders.SizedBorder) border).dtype.isUnsigned64() ? Long.toUnsignedString(l) : Long.toString(l);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MojoNumber n && n.value.equals(value) && n.border.typeName().equals(border.typeName());
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}

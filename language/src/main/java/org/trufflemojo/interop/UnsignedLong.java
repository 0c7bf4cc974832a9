package org.trufflemojo.interop;

import java.math.BigDecimal;
import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * An unsigned 64-bit value above {@code Long.MAX_VALUE} (a {@code UInt64} or {@code UInt} with its
 * top bit set) as a number: no Java number type but BigInteger holds it, and a double or float only
 * when it happens to be exactly representable. (Smaller values are plain longs.)
 */
@ExportLibrary(InteropLibrary.class)
final class UnsignedLong implements TruffleObject {
    private final BigInteger value;

    UnsignedLong(long bits) {
        this.value = new BigInteger(Long.toUnsignedString(bits));
    }

    @ExportMessage
    boolean isNumber() {
        return true;
    }

    @ExportMessage(name = "fitsInByte")
    @ExportMessage(name = "fitsInShort")
    @ExportMessage(name = "fitsInInt")
    @ExportMessage(name = "fitsInLong")
    boolean fitsInLong() {
        return false;
    }

    @ExportMessage
    boolean fitsInBigInteger() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    boolean fitsInDouble() {
        return new BigDecimal(value.doubleValue()).toBigIntegerExact().equals(value);
    }

    @ExportMessage
    @TruffleBoundary
    boolean fitsInFloat() {
        return new BigDecimal(value.floatValue()).toBigIntegerExact().equals(value);
    }

    @ExportMessage(name = "asByte")
    byte asByte() throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage(name = "asShort")
    short asShort() throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage(name = "asInt")
    int asInt() throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage(name = "asLong")
    long asLong() throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    BigInteger asBigInteger() {
        return value;
    }

    @ExportMessage
    @TruffleBoundary
    double asDouble() throws UnsupportedMessageException {
        if (!fitsInDouble()) {
            throw UnsupportedMessageException.create();
        }
        return value.doubleValue();
    }

    @ExportMessage
    @TruffleBoundary
    float asFloat() throws UnsupportedMessageException {
        if (!fitsInFloat()) {
            throw UnsupportedMessageException.create();
        }
        return value.floatValue();
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return value.toString();
    }
}

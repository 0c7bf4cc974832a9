package org.trufflemojo.interop;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;

import org.trufflemojo.MojoContext;
import org.trufflemojo.core.DType;
import org.trufflemojo.core.WideIntegers;
import org.trufflemojo.nodes.builtin.MojoNone;
import org.trufflemojo.runtime.NativeString;
import org.trufflemojo.runtime.StringOps;

/** The borders of the types whose values are single numbers, booleans, strings or None, and of the types that do not cross yet. */
public final class ScalarBorders {
    private ScalarBorders() {
    }

    /** {@code Int}, {@code Float64} and {@code Bool}: a long, a double or a boolean on both sides. */
    public static final class PrimitiveBorder extends Border {
        public enum Kind {
            /** Any number that fits a long exactly. */
            INT,
            /** Any number that fits a double exactly. */
            FLOAT,
            BOOL
        }

        private final Kind kind;

        public PrimitiveBorder(String name, Kind kind) {
            super(name);
            this.kind = kind;
        }

        @Override
        public Object export(Object mojo) {
            return mojo;
        }

        @Override
        @TruffleBoundary
        public Object normalize(Object foreign) throws Mismatch {
            InteropLibrary interop = InteropLibrary.getUncached(foreign);
            try {
                switch (kind) {
                    case INT -> {
                        if (interop.fitsInLong(foreign)) {
                            return interop.asLong(foreign);
                        }
                    }
                    case FLOAT -> {
                        if (interop.fitsInDouble(foreign)) {
                            return interop.asDouble(foreign);
                        }
                    }
                    case BOOL -> {
                        if (interop.isBoolean(foreign)) {
                            return interop.asBoolean(foreign);
                        }
                    }
                }
            } catch (UnsupportedMessageException e) {
                // a mismatch
            }
            throw mismatch(foreign);
        }

        @Override
        public Object materialize(Object border) {
            return border;
        }
    }

    /** {@code String}: native UTF-8 bytes on the Mojo side, a host string on the other (a copy of the text). */
    public static final class StringBorder extends Border {
        public StringBorder() {
            super("String");
        }

        @Override
        @TruffleBoundary
        public Object export(Object mojo) {
            return StringOps.toJava((NativeString) mojo);
        }

        @Override
        @TruffleBoundary
        public Object normalize(Object foreign) throws Mismatch {
            InteropLibrary interop = InteropLibrary.getUncached(foreign);
            try {
                if (interop.isString(foreign)) {
                    return interop.asString(foreign);
                }
            } catch (UnsupportedMessageException e) {
                // a mismatch
            }
            throw mismatch(foreign);
        }

        @Override
        @TruffleBoundary
        public Object materialize(Object border) {
            return StringOps.fromJava(MojoContext.get(this).memory(), (String) border, this);
        }
    }

    /** {@code None}: null on the other side. */
    public static final class NoneBorder extends Border {
        public NoneBorder() {
            super("NoneType");
        }

        @Override
        public Object export(Object mojo) {
            return MojoNone.INSTANCE;
        }

        @Override
        @TruffleBoundary
        public Object normalize(Object foreign) throws Mismatch {
            if (InteropLibrary.getUncached().isNull(foreign)) {
                return MojoNone.INSTANCE;
            }
            throw mismatch(foreign);
        }

        @Override
        public Object materialize(Object border) {
            return MojoNone.INSTANCE;
        }
    }

    /**
     * A fixed-width number ({@code Int8} ... {@code UInt64}, {@code UInt}, {@code Float32},
     * {@code Float16}): a {@link MojoNumber} that keeps its type, so that other languages see an
     * unsigned value as unsigned and tools name the type. A foreign number converts only if the
     * type holds it exactly (floats round to their precision, as Mojo's conversions do).
     */
    public static final class SizedBorder extends Border {
        private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);
        final DType dtype;

        public SizedBorder(String name, DType dtype) {
            super(name);
            this.dtype = dtype;
        }

        @Override
        public Object export(Object mojo) {
            return new MojoNumber(this, mojo);
        }

        @Override
        @TruffleBoundary
        public Object normalize(Object foreign) throws Mismatch {
            if (foreign instanceof MojoNumber n && n.border.typeName().equals(typeName())) {
                return n;
            }
            InteropLibrary interop = InteropLibrary.getUncached(foreign);
            try {
                if (dtype.isFloat()) {
                    if (interop.fitsInDouble(foreign)) {
                        return new MojoNumber(this, dtype.round(interop.asDouble(foreign)));
                    }
                } else if (dtype.isWide()) {
                    if (interop.fitsInBigInteger(foreign)) {
                        BigInteger v = interop.asBigInteger(foreign);
                        if (WideIntegers.wrap(v, dtype).equals(v)) {
                            return new MojoNumber(this, v); // (Int128 and wider hold their values as BigIntegers)
                        }
                    }
                } else if (interop.fitsInLong(foreign)) {
                    long v = interop.asLong(foreign);
                    if (dtype.isUnsigned64() ? v >= 0 : dtype.wrap(v) == v) {
                        return new MojoNumber(this, v);
                    }
                } else if (dtype.isUnsigned64() && interop.fitsInBigInteger(foreign)) {
                    BigInteger v = interop.asBigInteger(foreign);
                    if (v.signum() >= 0 && v.compareTo(TWO_TO_64) < 0) {
                        return new MojoNumber(this, v.longValue());
                    }
                }
            } catch (UnsupportedMessageException e) {
                // a mismatch
            }
            throw mismatch(foreign);
        }

        @Override
        public Object materialize(Object border) {
            return ((MojoNumber) border).value;
        }
    }

    /** A type whose values do not cross the border yet. */
    public static final class Unsupported extends Border {
        public Unsupported(String name) {
            super(name);
        }

        @Override
        public boolean isSupported() {
            return false;
        }

        @Override
        public Object export(Object mojo) {
            throw new IllegalStateException("checked before the call: " + typeName());
        }

        @Override
        public Object normalize(Object foreign) throws Mismatch {
            throw mismatch(foreign);
        }

        @Override
        public Object materialize(Object border) {
            throw new IllegalStateException("checked before the call: " + typeName());
        }
    }
}

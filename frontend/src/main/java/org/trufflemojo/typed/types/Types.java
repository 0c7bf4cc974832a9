package org.trufflemojo.typed.types;

import org.trufflemojo.core.DType;

import org.trufflemojo.core.Repr;

/** The built-in types of the language core. */
public final class Types {
    private Types() {
    }

    /** A built-in nominal type with a fixed run-time representation. */
    public static final class Builtin extends Type {
        private final String name;
        private final Repr repr;
        private final boolean ownsMemory;

        Builtin(String name, Repr repr) {
            this(name, repr, false);
        }

        Builtin(String name, Repr repr, boolean ownsMemory) {
            this.name = name;
            this.repr = repr;
            this.ownsMemory = ownsMemory;
        }

        @Override
        public boolean needsDestroy() {
            return ownsMemory;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Repr repr() {
            return repr;
        }
    }

    public static final Builtin INT = new Builtin("Int", Repr.LONG);
    public static final Builtin UINT = new Builtin("UInt", Repr.LONG);
    public static final Builtin FLOAT64 = new Builtin("Float64", Repr.DOUBLE);
    public static final Builtin BOOL = new Builtin("Bool", Repr.BOOLEAN);
    /** String owns its UTF-8 bytes in native memory: copies copy them, destroying frees them. */
    public static final Builtin STRING = new Builtin("String", Repr.OBJECT, true);
    public static final Builtin NONE = new Builtin("NoneType", Repr.NONE);
    /** {@code Error}: what {@code raise} throws; it carries a message. */
    public static final Builtin ERROR_VALUE = new Builtin("Error", Repr.OBJECT);
    /** The {@code Writer} a {@code write_to} method writes into (a text buffer). */
    public static final Builtin WRITER = new Builtin("Writer", Repr.OBJECT);
    /**
     * {@code PythonObject} (module {@code python}): a reference to a Python value of the polyglot
     * context. Its operations are looked up at run time; copies share the object.
     */
    public static final Builtin PYTHON_OBJECT = new Builtin("PythonObject", Repr.OBJECT);
    /** A hidden local holding what a call of a {@code -> ref} function returned: a location, owned by someone else. */
    public static final Builtin REFERENCE = new Builtin("(reference)", Repr.OBJECT);
    /** 1.x {@code Never}: the result type of a function that cannot return (it always raises or exits). */
    public static final Builtin NEVER = new Builtin("Never", Repr.NONE);
    /** The type of an expression that never produces a value (a call to a function that cannot return). */
    public static final Builtin ERROR = new Builtin("<error>", Repr.OBJECT);

    /** Compile-time literal types: they materialize to Int / Float64 / String unless a context asks otherwise. */
    public static final Builtin INT_LITERAL = new Builtin("IntLiteral", Repr.LONG);
    public static final Builtin FLOAT_LITERAL = new Builtin("FloatLiteral", Repr.DOUBLE);
    public static final Builtin STRING_LITERAL = new Builtin("StringLiteral", Repr.OBJECT);

    public static boolean isLiteral(Type t) {
        return t == INT_LITERAL || t == FLOAT_LITERAL || t == STRING_LITERAL;
    }

    /** The type a literal takes when nothing else is asked of it. */
    public static Type materialize(Type t) {
        if (t == INT_LITERAL) {
            return INT;
        }
        if (t == FLOAT_LITERAL) {
            return FLOAT64;
        }
        if (t == STRING_LITERAL) {
            return STRING;
        }
        return t;
    }

    public static boolean isIntegral(Type t) {
        return t == INT || t == UINT || t == INT_LITERAL;
    }

    public static boolean isNumeric(Type t) {
        return isIntegral(t) || t == FLOAT64 || t == FLOAT_LITERAL || t instanceof ScalarType;
    }

    public static boolean isStringLike(Type t) {
        return t == STRING || t == STRING_LITERAL;
    }

    /**
     * The DType values of a number type are carried as: its own for a scalar, {@code index} for Int
     * (and integer literals), {@code uindex} for UInt, {@code float64} for Float64, {@code bool} for
     * Bool; null for a type that is not a number.
     */
    public static DType dtypeOf(Type t) {
        if (t instanceof ScalarType s) {
            return s.dtype;
        }
        if (t == UINT) {
            return DType.UINDEX;
        }
        return switch (t.repr()) {
            case LONG -> DType.INDEX;
            case DOUBLE -> DType.FLOAT64;
            case BOOLEAN -> DType.BOOL;
            default -> null;
        };
    }
}

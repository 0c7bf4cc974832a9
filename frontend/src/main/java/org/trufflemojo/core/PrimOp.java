package org.trufflemojo.core;

/** Primitive operations on built-in types, chosen by the type checker so the node builder needs no type dispatch. */
public enum PrimOp {
    // Int (64-bit two's complement, wrapping)
    INT_ADD, INT_SUB, INT_MUL, INT_FLOORDIV, INT_MOD, INT_POW, INT_TRUEDIV,
    INT_AND, INT_OR, INT_XOR, INT_SHL, INT_SHR, INT_NEG, INT_INVERT,
    INT_EQ, INT_NE, INT_LT, INT_LE, INT_GT, INT_GE,
    // UInt (64-bit unsigned, wrapping)
    UINT_ADD, UINT_SUB, UINT_MUL, UINT_FLOORDIV, UINT_MOD, UINT_POW, UINT_TRUEDIV,
    UINT_AND, UINT_OR, UINT_XOR, UINT_SHL, UINT_SHR, UINT_NEG, UINT_INVERT,
    UINT_EQ, UINT_NE, UINT_LT, UINT_LE, UINT_GT, UINT_GE,
    // the integer DTypes wider than 64 bits (int128 ... uint256), on BigIntegers, wrapping to the result's DType
    WIDE_ADD, WIDE_SUB, WIDE_MUL, WIDE_FLOORDIV, WIDE_MOD, WIDE_POW,
    WIDE_AND, WIDE_OR, WIDE_XOR, WIDE_SHL, WIDE_SHR, WIDE_NEG, WIDE_INVERT, WIDE_MIN, WIDE_MAX,
    WIDE_EQ, WIDE_NE, WIDE_LT, WIDE_LE, WIDE_GT, WIDE_GE,
    // Float64
    FLOAT_ADD, FLOAT_SUB, FLOAT_MUL, FLOAT_DIV, FLOAT_FLOORDIV, FLOAT_MOD, FLOAT_POW, FLOAT_NEG,
    FLOAT_EQ, FLOAT_NE, FLOAT_LT, FLOAT_LE, FLOAT_GT, FLOAT_GE,
    // Bool
    BOOL_EQ, BOOL_NE, BOOL_AND, BOOL_OR, BOOL_XOR, BOOL_NOT, BOOL_LT, BOOL_LE, BOOL_GT, BOOL_GE,
    // String
    STR_ADD, STR_MUL, STR_EQ, STR_NE, STR_LT, STR_LE, STR_GT, STR_GE, STR_CONTAINS, STR_NOT_CONTAINS,
    STR_LEN, STR_INDEX, STR_SLICE,
    /** {@code s += t} on a String place: appends in place (amortized linear). */
    STR_APPEND,
    // conversions
    INT_TO_FLOAT, UINT_TO_FLOAT, FLOAT_TO_INT, INT_TO_UINT, UINT_TO_INT, BOOL_TO_INT, BOOL_TO_FLOAT,
    INT_TO_BOOL, FLOAT_TO_BOOL, STR_TO_BOOL, STR_TO_INT, STR_TO_FLOAT,
    TO_STRING,
    /** Converts a number to the scalar type of the Prim (wrapping to its width, or rounding to its precision). */
    TO_SCALAR,
    // math builtins
    FLOAT_SQRT, FLOAT_SIN, FLOAT_COS, FLOAT_TAN, FLOAT_EXP, FLOAT_LOG, FLOAT_FLOOR, FLOAT_CEIL, FLOAT_TRUNC,
    INT_ABS, FLOAT_ABS, INT_MIN, INT_MAX, FLOAT_MIN, FLOAT_MAX, UINT_MIN, UINT_MAX, STR_MIN, STR_MAX;

    /** Whether the operation may raise an Error: parsing a number from text that is not one. */
    public boolean mayRaise() {
        return this == STR_TO_INT || this == STR_TO_FLOAT;
    }
}

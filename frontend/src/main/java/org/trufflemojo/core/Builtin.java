package org.trufflemojo.core;

/** Functions the language provides without a declaration: built-ins and functions of standard modules. */
public enum Builtin {
    PRINT, LEN, ABS, MIN, MAX, RANGE, REPR, POW, ROUND, ORD, CHR, ENUMERATE, REVERSED, SIZE_OF, ALIGN_OF, SORT, HASH, ATOL, ATOF,
    // math module, on Float64
    SQRT, SIN, COS, TAN, EXP, LOG, FLOOR, CEIL, TRUNC,
    // more of math, returning Bool or Float64
    ISNAN, ISINF, ISFINITE, LOG2, LOG10, ATAN, EXP2,
    // time, random, sys
    PERF_COUNTER_NS, PERF_COUNTER, RANDOM_FLOAT64, RANDOM_SI64, SEED, EXIT, ARGV,
    // testing: raise an Error when the check fails
    ASSERT_TRUE, ASSERT_FALSE, ASSERT_EQUAL, ASSERT_NOT_EQUAL, ASSERT_RAISES;

    /** Whether a call may raise an Error: the testing assertions do when their check fails. */
    public boolean mayRaise() {
        return switch (this) {
            case ASSERT_TRUE, ASSERT_FALSE, ASSERT_EQUAL, ASSERT_NOT_EQUAL, ASSERT_RAISES -> true;
            default -> false;
        };
    }
}

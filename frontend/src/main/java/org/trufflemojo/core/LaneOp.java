package org.trufflemojo.core;

/**
 * An arithmetic operation applied lane by lane to SIMD vectors (or folded over the lanes of one, for
 * the reductions {@code reduce_add} = ADD, {@code reduce_mul} = MUL, {@code reduce_min} = MIN,
 * {@code reduce_max} = MAX).
 */
public enum LaneOp {
    ADD, SUB, MUL,
    /** {@code /}: true division for floats; floor division for integers. */
    DIV, FLOORDIV, MOD, POW,
    AND, OR, XOR, SHL, SHR,
    MIN, MAX,
    /** Lane-wise comparisons: a bool vector. */
    EQ, NE, LT, LE, GT, GE
}

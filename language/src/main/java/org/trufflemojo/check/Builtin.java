package org.trufflemojo.check;

/** Functions the language provides without a declaration: built-ins and functions of standard modules. */
public enum Builtin {
    PRINT, LEN, ABS, MIN, MAX, RANGE, REPR,
    // math module, on Float64
    SQRT, SIN, COS, TAN, EXP, LOG, FLOOR, CEIL, TRUNC;
}

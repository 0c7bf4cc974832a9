package org.trufflemojo.core;

/**
 * An operation of the run time's string library: the String methods called by name, and the
 * built-ins computed on text. The first operand is the string; results that are Strings are new
 * owned strings, byte offsets are UTF-8 offsets.
 */
public enum StringOpKind {
    /** operands: string, substring: the byte offset of the first occurrence, or -1. */
    FIND,
    /** operands: string, substring: the byte offset of the last occurrence, or -1. */
    RFIND,
    /** operands: string, substring: the number of non-overlapping occurrences. */
    COUNT,
    STARTSWITH,
    ENDSWITH,
    ISDIGIT,
    /** operands: string, and optionally the characters to strip (whitespace without it). */
    STRIP,
    LSTRIP,
    RSTRIP,
    UPPER,
    LOWER,
    /** operands: string, old, new. */
    REPLACE,
    /** {@code repr(s)}: the string quoted, with escapes. */
    REPR,
    /** {@code s.__str__()}: a copy. */
    STR,
    /** operands: separator, List[String]. */
    JOIN,
    /** operands: string, and optionally the separator (runs of whitespace without it). */
    SPLIT,
    /** {@code s.codepoint_slices()}, and what {@code for c in s} iterates over: a List of one String per code point. */
    CODEPOINT_SLICES,
    /** {@code hash(s)}: FNV-1a over the UTF-8 bytes. */
    HASH,
    /** {@code ord(s)}: the first code point. */
    ORD,
    /** {@code chr(i)}: the operand is the decimal text of the code point. */
    CHR,
    /** operands: format string, then the text and the repr of each argument. */
    FORMAT
}

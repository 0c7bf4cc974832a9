package org.trufflemojo.core;

/** An operation on an {@code Optional[T]}; the first operand is the optional. */
public enum OptionalOpKind {
    /** {@code o.value()}, {@code o[]} (and {@code p[]} of an OwnedPointer / ArcPointer): a view of the value; an error if empty. */
    VALUE,
    /** {@code o.__bool__()}, {@code if o:}, {@code o is not None}. */
    IS_SOME,
    /** operands: optional, default: a copy of the value, or the default if empty. */
    OR_ELSE
}

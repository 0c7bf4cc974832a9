package org.trufflemojo.typed.types;

/** The compile-time value of an origin parameter: where a reference points, reduced to whether it may mutate. */
public record OriginValue(boolean mutable) {
}

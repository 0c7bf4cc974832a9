package org.trufflemojo.check;

/** The compile-time value of an origin parameter: where a reference points, reduced to whether it may mutate. */
public record OriginValue(boolean mutable) {
}

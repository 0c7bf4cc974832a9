package org.trufflemojo.check;

import org.trufflemojo.typed.TExpr;

/** A name bound by {@code ref r = place}: uses of the name are uses of the place. */
record RefAlias(TExpr place) {
}

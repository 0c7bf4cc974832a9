package org.trufflemojo.check;

import org.trufflemojo.typed.Function;
import org.trufflemojo.typed.Local;

/**
 * A variable of an enclosing function, as a closure declared inside it sees it: using it captures
 * it (by reference, as Mojo's {@code capturing} closures do). {@code readOnly}: the closure may
 * read it but not change it (a 1.x {@code imm} capture).
 */
record CapturedVariable(Function owner, Local local, boolean readOnly) {
}

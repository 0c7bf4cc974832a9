package org.trufflemojo.core;

/** How a value is carried in frames, arguments and struct fields at run time. */
public enum Repr {
    LONG, DOUBLE, BOOLEAN, OBJECT, NONE
}

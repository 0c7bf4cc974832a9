package org.trufflemojo.interop;

import org.trufflemojo.typed.types.StructType;
import org.trufflemojo.typed.types.Type;
import org.trufflemojo.typed.types.Types;

/**
 * How a value of a Mojo type crosses the border to and from other languages: numbers and booleans
 * as themselves, Strings as host strings (copied; the native text stays on the Mojo side). Other
 * types do not cross yet.
 */
enum BorderType {
    INT("Int"),
    UINT("UInt"),
    FLOAT("Float64"),
    BOOL("Bool"),
    STRING("String"),
    NONE("None"),
    /** A struct whose values own no native memory (its fields are numbers, booleans, such structs): passed as the object itself. */
    STRUCT(null),
    UNSUPPORTED(null);

    final String mojoName;

    BorderType(String mojoName) {
        this.mojoName = mojoName;
    }

    static BorderType of(Type t) {
        if (t == Types.INT) {
            return INT;
        }
        if (t == Types.UINT) {
            return UINT;
        }
        if (t == Types.FLOAT64) {
            return FLOAT;
        }
        if (t == Types.BOOL) {
            return BOOL;
        }
        if (t == Types.STRING) {
            return STRING;
        }
        if (t == Types.NONE) {
            return NONE;
        }
        if (t instanceof StructType st && !st.needsDestroy()) {
            return STRUCT;
        }
        return UNSUPPORTED;
    }
}

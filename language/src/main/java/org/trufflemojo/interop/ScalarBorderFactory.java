package org.trufflemojo.interop;

import org.trufflemojo.core.DType;
import org.trufflemojo.typed.types.ScalarType;
import org.trufflemojo.typed.types.Type;
import org.trufflemojo.typed.types.Types;

/** The borders of the single-value types, and the {@code Unsupported} one for types that do not cross yet. */
public final class ScalarBorderFactory {
    private ScalarBorderFactory() {
    }

    public static Border of(Type t) {
        if (t == Types.INT || t == ScalarType.INT64 || t == ScalarType.INDEX) {
            return new ScalarBorders.IntBorder(t.name());
        }
        if (t == Types.FLOAT64) {
            return new ScalarBorders.FloatBorder();
        }
        if (t == Types.BOOL) {
            return new ScalarBorders.BoolBorder();
        }
        if (t == Types.STRING) {
            return new ScalarBorders.StringBorder();
        }
        if (t == Types.NONE) {
            return new ScalarBorders.NoneBorder();
        }
        if (t == Types.UINT) {
            return new ScalarBorders.SizedBorder(t.name(), DType.UINDEX);
        }
        if (t instanceof ScalarType s && !s.isWide()) {
            return new ScalarBorders.SizedBorder(t.name(), s.dtype);
        }
        return new ScalarBorders.Unsupported(t.name());
    }
}

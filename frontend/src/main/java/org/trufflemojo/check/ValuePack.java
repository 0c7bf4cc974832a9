package org.trufflemojo.check;

import java.util.ArrayList;
import java.util.List;

import org.trufflemojo.source.SourcePos;
import org.trufflemojo.typed.TExpr;
import org.trufflemojo.typed.types.Type;

/**
 * The constants a variadic compile-time value parameter is bound to ({@code fn shuffle[*mask: Int]}
 * called as {@code shuffle[3, 2, 1, 0]}): the body reads {@code len(mask)} and {@code mask[i]}
 * with a constant i. Values only (no positions), so equal packs make the same instance.
 */
record ValuePack(Type element, List<Object> values) {
    ValuePack with(TExpr.Const c) {
        List<Object> more = new ArrayList<>(values);
        more.add(c.value());
        return new ValuePack(c.type(), more);
    }

    TExpr.Const get(SourcePos pos, int i) {
        return new TExpr.Const(pos, element, values.get(i));
    }
}

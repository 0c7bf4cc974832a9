package org.trufflemojo.check;

import java.util.List;

import org.trufflemojo.source.SourcePos;
import org.trufflemojo.typed.Function;
import org.trufflemojo.typed.TExpr;

/**
 * A compile-time tuple of functions: what {@code __functions_in_module()} gives, the module's
 * functions in the order they are declared. A parameter bound to it ({@code test_funcs: Tuple}) is
 * read as {@code len(test_funcs)} and {@code test_funcs[i]} with a constant i, as in a
 * {@code comptime for} over it. Equal packs (the same functions) make the same instance.
 */
record FunctionPack(List<Function> functions) {
    /** The i-th function as a value: a reference its callers can call or pass on as a compile-time argument. */
    TExpr.FunctionRef get(SourcePos pos, int i) {
        Function f = functions.get(i);
        return new TExpr.FunctionRef(pos, f.valueType(), f);
    }
}

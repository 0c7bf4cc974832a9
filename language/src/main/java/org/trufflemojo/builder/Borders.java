package org.trufflemojo.builder;

import com.oracle.truffle.api.CallTarget;

import org.trufflemojo.MojoLanguage;
import org.trufflemojo.interop.Border;
import org.trufflemojo.interop.BorderCallRoot;
import org.trufflemojo.interop.ContainerBorders;
import org.trufflemojo.interop.MojoFunction;
import org.trufflemojo.interop.ScalarBorderFactory;
import org.trufflemojo.nodes.struct.LifecycleNodes;
import org.trufflemojo.syntax.Stmt;
import org.trufflemojo.typed.Function;
import org.trufflemojo.typed.Local;
import org.trufflemojo.typed.types.DictType;
import org.trufflemojo.typed.types.ListType;
import org.trufflemojo.typed.types.OptionalType;
import org.trufflemojo.typed.types.StructType;
import org.trufflemojo.typed.types.TupleType;
import org.trufflemojo.typed.types.Type;
import org.trufflemojo.typed.types.VectorType;

/**
 * Makes the {@link Border} of each Mojo type from the nodes that load, store, copy and destroy its
 * values, and the executables other languages see for the module's functions.
 */
final class Borders {
    private final MojoLanguage language;
    private final Lifecycle lifecycle;

    Borders(MojoLanguage language, Lifecycle lifecycle) {
        this.language = language;
        this.lifecycle = lifecycle;
    }

    /** A new border for values of type t (a node tree of its own: each call root adopts its borders). */
    Border of(Type t) {
        if (t instanceof ListType lt && lt.isGrowable()) {
            return new ContainerBorders.ListBorder(t.name(), of(lt.element), lifecycle.elements(lt));
        }
        if (t instanceof DictType dt && DictType.isSupportedKey(dt.key) && !(dt.key instanceof StructType)) {
            return new ContainerBorders.DictBorder(t.name(), of(dt.key), of(dt.value), lifecycle.dictTable(dt));
        }
        if (t instanceof TupleType tt) {
            return new ContainerBorders.TupleBorder(t.name(), tt.elements.stream().map(this::of).toArray(Border[]::new));
        }
        if (t instanceof OptionalType ot) {
            return new ContainerBorders.OptionalBorder(t.name(), of(ot.element));
        }
        if (t instanceof VectorType vt) {
            return new ContainerBorders.VectorBorder(t.name(), of(vt.element), vt.width);
        }
        if (t instanceof StructType st && !st.needsDestroy()) {
            lifecycle.layout(st);
            return new ContainerBorders.StructBorder(t.name(), lifecycle.copy(st));
        }
        return ScalarBorderFactory.of(t);
    }

    /** The executable for a checked function: a call through the border to its call target. */
    MojoFunction function(Function f, CallTarget target) {
        int n = f.params.size();
        BorderCallRoot.Parameter[] parameters = new BorderCallRoot.Parameter[n];
        Border[] borders = new Border[n];
        LifecycleNodes.DestroyValue[] destroys = new LifecycleNodes.DestroyValue[n];
        StringBuilder signature = new StringBuilder();
        StringBuilder type = new StringBuilder("fn(");
        for (int i = 0; i < n; i++) {
            Local p = f.params.get(i);
            boolean owned = p.convention == Stmt.Convention.VAR || p.convention == Stmt.Convention.DEINIT;
            parameters[i] = new BorderCallRoot.Parameter(p.name, p.convention == Stmt.Convention.MUT, owned);
            borders[i] = of(p.type);
            destroys[i] = lifecycle.destroy(p.type);
            signature.append(i > 0 ? ", " : "").append(p.name).append(": ").append(p.type.name());
            type.append(i > 0 ? ", " : "").append(p.type.name());
        }
        boolean constructor = f.owner != null && f.name.equals("__init__");
        String name = constructor ? f.owner.name() : f.name;
        Type result = constructor ? f.owner : f.resultType;
        type.append(") -> ").append(result.name());
        BorderCallRoot root = new BorderCallRoot(language, name, parameters, borders, destroys, of(result), lifecycle.destroy(result), target);
        return new MojoFunction(name, "fn " + name + "(" + signature + ") -> " + result.name(), type.toString(), root.getCallTarget(), constructor);
    }
}

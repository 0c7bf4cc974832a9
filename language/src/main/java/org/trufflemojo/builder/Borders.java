package org.trufflemojo.builder;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CallTarget;

import org.trufflemojo.MojoLanguage;
import org.trufflemojo.core.DType;
import org.trufflemojo.interop.Border;
import org.trufflemojo.interop.BorderCallRoot;
import org.trufflemojo.interop.ContainerBorders;
import org.trufflemojo.interop.MojoFunction;
import org.trufflemojo.interop.ScalarBorders;
import org.trufflemojo.interop.StructHandleBorder;
import org.trufflemojo.nodes.struct.LifecycleNodes;
import org.trufflemojo.syntax.Stmt;
import org.trufflemojo.typed.Function;
import org.trufflemojo.typed.Local;
import org.trufflemojo.typed.types.DictType;
import org.trufflemojo.typed.types.FunctionType;
import org.trufflemojo.typed.types.ListType;
import org.trufflemojo.typed.types.OptionalType;
import org.trufflemojo.typed.types.ScalarType;
import org.trufflemojo.typed.types.Types;
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

    /**
     * A new border for values of type t (a node tree of its own: each call root adopts its borders).
     * A value holding a struct with its own lifecycle crosses as a handle itself, or (a container of
     * them) not yet: its parts cannot be copied out and the original destroyed.
     */
    Border of(Type t) {
        Border border = borderOf(t);
        if (!(border instanceof StructHandleBorder) && containsHeldValue(t)) {
            return t instanceof StructType st ? handle(st) : new ScalarBorders.Unsupported(t.name());
        }
        return border;
    }

    /** Whether a value of type t holds, in a field or element, a struct crossing as a handle. */
    private boolean containsHeldValue(Type t) {
        if (t instanceof StructType st) {
            return st.needsDestroy() && (st.userCopyInit != null || st.userMoveInit != null || st.userDel != null)
                            || st.fieldList().stream().anyMatch(f -> containsHeldValue(f.type()));
        }
        if (t instanceof ListType lt) {
            return containsHeldValue(lt.element);
        }
        if (t instanceof DictType dt) {
            return containsHeldValue(dt.key) || containsHeldValue(dt.value);
        }
        if (t instanceof TupleType tt) {
            return tt.elements.stream().anyMatch(this::containsHeldValue);
        }
        return t instanceof OptionalType ot && containsHeldValue(ot.element);
    }

    private StructHandleBorder handle(StructType st) {
        lifecycle.layout(st);
        return new StructHandleBorder(st.name(), language, st.isCopyable() ? lifecycle.copy(st) : null, lifecycle.destroy(st));
    }

    private Border borderOf(Type t) {
        if (t instanceof ListType lt && lt.isGrowable()) {
            return new ContainerBorders.ListBorder(t.name(), of(lt.element), lifecycle.elements(lt));
        }
        if (t instanceof ListType lt && lt.fixedSize >= 0 && !lt.isView) {
            return new ContainerBorders.FixedArrayBorder(t.name(), of(lt.element), lifecycle.elements(lt), (int) lt.fixedSize);
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
            return new ContainerBorders.VectorBorder(t.name(), of(vt.element), vt.width, vt.element == Types.BOOL);
        }
        if (t instanceof FunctionType ft) {
            return new ContainerBorders.FunctionBorder(t.name(), target -> function(ft, target),
                            () -> ft.params.stream().map(this::of).toArray(Border[]::new), () -> of(ft.result));
        }
        if (t instanceof StructType st && !st.needsDestroy()) {
            lifecycle.layout(st);
            return new ContainerBorders.StructBorder(t.name(), lifecycle.copy(st));
        }
        if (t instanceof StructType st && st.userCopyInit == null && st.userMoveInit == null && st.userDel == null) {
            return new ContainerBorders.OwningStructBorder(t.name(), lifecycle.layout(st),
                            st.fieldList().stream().map(f -> of(f.type())).toArray(Border[]::new));
        }
        if (t instanceof StructType st) {
            return handle(st);
        }
        return scalar(t);
    }

    private static Border scalar(Type t) {
        if (t == Types.INT || t == ScalarType.INT64 || t == ScalarType.INDEX) {
            return new ScalarBorders.PrimitiveBorder(t.name(), ScalarBorders.PrimitiveBorder.Kind.INT);
        }
        if (t == Types.FLOAT64) {
            return new ScalarBorders.PrimitiveBorder(t.name(), ScalarBorders.PrimitiveBorder.Kind.FLOAT);
        }
        if (t == Types.BOOL) {
            return new ScalarBorders.PrimitiveBorder(t.name(), ScalarBorders.PrimitiveBorder.Kind.BOOL);
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
        if (t instanceof ScalarType s) {
            return new ScalarBorders.SizedBorder(t.name(), s.dtype);
        }
        return new ScalarBorders.Unsupported(t.name());
    }

    /** The executable for a checked function: a call through the border to its call target. */
    MojoFunction function(Function f, CallTarget target) {
        boolean constructor = f.owner != null && f.name.equals("__init__");
        Type result = constructor ? f.owner : f.resultType;
        List<BorderCallRoot.Parameter> parameters = new ArrayList<>();
        List<Type> types = new ArrayList<>();
        for (Local p : f.params) {
            boolean owned = p.convention == Stmt.Convention.VAR || p.convention == Stmt.Convention.DEINIT;
            parameters.add(new BorderCallRoot.Parameter(p.name, p.convention == Stmt.Convention.MUT, owned));
            types.add(p.type);
        }
        return function(constructor ? f.owner.name() : f.name, parameters, types, result, FunctionType.of(types, result, f.raises).name(), target, constructor);
    }

    /** The executable for a function value (its parameters are read-only, as in a function type). */
    private MojoFunction function(FunctionType ft, CallTarget target) {
        List<BorderCallRoot.Parameter> parameters = new ArrayList<>();
        for (int i = 0; i < ft.params.size(); i++) {
            parameters.add(new BorderCallRoot.Parameter("arg" + i, false, false));
        }
        return function("fn", parameters, ft.params, ft.result, ft.name(), target, false);
    }

    private MojoFunction function(String name, List<BorderCallRoot.Parameter> parameters, List<Type> types, Type result, String typeName, CallTarget target,
                    boolean constructor) {
        int n = parameters.size();
        Border[] borders = new Border[n];
        LifecycleNodes.DestroyValue[] destroys = new LifecycleNodes.DestroyValue[n];
        StringBuilder signature = new StringBuilder();
        for (int i = 0; i < n; i++) {
            borders[i] = of(types.get(i));
            destroys[i] = lifecycle.destroy(types.get(i));
            signature.append(i > 0 ? ", " : "").append(parameters.get(i).name()).append(": ").append(types.get(i).name());
        }
        BorderCallRoot root = new BorderCallRoot(language, name, parameters.toArray(new BorderCallRoot.Parameter[0]), borders, destroys, of(result),
                        lifecycle.destroy(result), target);
        return new MojoFunction(name, "fn " + name + "(" + signature + ") -> " + result.name(), typeName, root.getCallTarget(), target, constructor);
    }
}

package org.trufflemojo.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.trufflemojo.core.OptionalOpKind;
import org.trufflemojo.core.Repr;
import org.trufflemojo.source.SourcePos;
import org.trufflemojo.syntax.Stmt;
import org.trufflemojo.typed.Local;
import org.trufflemojo.typed.TExpr;
import org.trufflemojo.typed.TExprs;
import org.trufflemojo.typed.types.ListType;
import org.trufflemojo.typed.types.StructType;
import org.trufflemojo.typed.types.Types;

/**
 * The local ownership rules: how a value is passed (borrowed, owned by copy or move, or as a
 * mutable place), which places may be changed, and that a {@code mut} argument is not aliased.
 */
final class Conventions {
    private final FunctionContext ctx;
    private Conversions conversions;

    Conventions(FunctionContext ctx) {
        this.ctx = ctx;
    }

    /** Connects the collaborators; they use each other, so they are connected once all exist. */
    void wire(Conversions conversions) {
        this.conversions = conversions;
    }

    /**
     * A {@code mut} argument must be the only access to its value during the call: no other
     * argument may name the same place (or a part of it). Register types such as Int are exempt.
     */
    void checkExclusivity(SourcePos pos, String name, List<TExpr> args, List<TExpr> writeBack) {
        for (int i = 0; i < args.size(); i++) {
            TExpr mutPlace = writeBack.get(i);
            if (mutPlace == null || mutPlace.type().repr() != Repr.OBJECT || !isPlace(mutPlace)) {
                continue;
            }
            for (int j = 0; j < args.size(); j++) {
                TExpr other = args.get(j);
                if (other instanceof TExpr.Own o) {
                    other = o.place();
                }
                if (j != i && isPlace(other) && overlaps(mutPlace, other)) {
                    throw ctx.error(pos, "invalid call to '" + name + "': argument '" + describePlace(mutPlace)
                                    + "' is passed as 'mut' and is also passed as another argument (aliasing a mutable argument is not allowed)");
                }
            }
        }
    }

    static boolean overlaps(TExpr a, TExpr b) {
        if (placeRoot(a) != placeRoot(b)) {
            return false;
        }
        List<String> pa = fieldPath(a);
        List<String> pb = fieldPath(b);
        for (int k = 0; k < Math.min(pa.size(), pb.size()); k++) {
            if (!pa.get(k).equals(pb.get(k))) {
                return false;
            }
        }
        return true;
    }

    static List<String> fieldPath(TExpr e) {
        if (e instanceof TExpr.FieldRead fr) {
            List<String> p = new ArrayList<>(fieldPath(fr.object()));
            p.add(fr.field().name());
            return p;
        }
        return new ArrayList<>();
    }

    static String describePlace(TExpr e) {
        return placeRoot(e).name + String.join("", fieldPath(e).stream().map(f -> "." + f).toList());
    }

    /** An argument as its parameter's convention wants it: borrowed, owned (copy or move) or a mutable place. */
    TExpr argument(TExpr arg, Local param, String fnName, SourcePos pos) {
        switch (param.convention) {
            case MUT -> {
                if (TExprs.isMemoryPlace(arg) || TExprs.isObjectElementPlace(arg)) {
                    // A list element or pointee (or a field of one): changed where it lives. A
                    // pointee is always mutable; a list element only if its list is.
                    TExpr root = arg;
                    while (root instanceof TExpr.FieldRead fr) {
                        root = fr.object();
                    }
                    if (root instanceof TExpr.ListElement le) {
                        requireMutablePlace(le.list(), pos);
                    } else if (root instanceof TExpr.ReadLocal || root instanceof TExpr.Deref) {
                        requireMutablePlace(arg, pos); // a variable in memory (a closure's capture too) is as mutable as it was declared
                    }
                    return arg;
                }
                if (arg instanceof TExpr.RefTarget) {
                    requireMutablePlace(arg, pos); // what a -> ref function returned: changed where it lives
                    return arg;
                }
                if (arg instanceof TExpr.OptionalOp op && op.op() == OptionalOpKind.VALUE && arg.type() instanceof StructType
                                && isPlace(op.operands().get(0))) {
                    // `o.value().add(x)`: the value inside the Optional changes where it is (a struct
                    // value is one object, which the Optional holds), if the Optional may change
                    requireMutablePlace(op.operands().get(0), pos);
                    return arg;
                }
                if (!isPlace(arg) && param.name.equals("self") && arg.type() instanceof StructType && ctx.function != null) {
                    // a mutating method of a temporary (`iter(l).nth(2)`): it changes the temporary, destroyed after the call
                    Local temp = ctx.newLocal("(temporary)", arg.type(), pos);
                    return new TExpr.Temp(arg.pos(), arg.type(), temp, owned(arg, pos));
                }
                if (!isPlace(arg)) {
                    throw ctx.error(pos, "invalid call to '" + fnName + "': argument '" + param.name + "' must be a mutable value");
                }
                requireMutablePlace(arg, pos);
                return arg;
            }
            case VAR, DEINIT -> {
                return owned(arg, pos);
            }
            case REF -> {
                // A reference argument: the place itself; mutable if its origin was bound mutable.
                if (param.mutable) {
                    requireMutablePlace(arg, pos);
                    return arg;
                }
                return borrowed(arg, pos);
            }
            default -> {
                return borrowed(arg, pos);
            }
        }
    }

    /**
     * A view: a value owned by something else that is not a local place - an element of a tuple, an
     * optional, a box or a dict, or a field path inside one. Borrowing it needs no temporary;
     * owning it needs a copy.
     */
    static boolean isView(TExpr e) {
        if (e instanceof TExpr.FieldRead fr) {
            return isView(fr.object());
        }
        return e instanceof TExpr.TupleGet || e instanceof TExpr.RefTarget || (e instanceof TExpr.OptionalOp op && op.op() == OptionalOpKind.VALUE);
    }

    /** The value a view ({@link #isView}) looks into: its tuple, optional or struct, innermost first. */
    private static TExpr viewed(TExpr e) {
        TExpr inner = switch (e) {
            case TExpr.FieldRead fr -> fr.object();
            case TExpr.TupleGet tg -> tg.tuple();
            case TExpr.OptionalOp op -> op.operands().get(0);
            default -> null;
        };
        return inner != null && isView(inner) ? viewed(inner) : inner != null ? inner : e;
    }

    /** A place: a local, or a field path rooted at a local. */
    static boolean isPlace(TExpr e) {
        return e instanceof TExpr.ReadLocal || (e instanceof TExpr.FieldRead fr && isPlace(fr.object()));
    }

    static Local placeRoot(TExpr e) {
        return e instanceof TExpr.ReadLocal r ? r.local() : placeRoot(((TExpr.FieldRead) e).object());
    }

    /** Whether a value can be changed where it is (what {@link #requireMutablePlace} accepts). */
    boolean isMutablePlace(TExpr place) {
        return immutability(place) == null;
    }

    void requireMutablePlace(TExpr place, SourcePos pos) {
        String why = immutability(place);
        if (why != null) {
            throw ctx.error(pos, why);
        }
    }

    /** The hidden local a {@code ref r = f()} binding keeps its location in, or null. */
    private static Local heldReference(TExpr.RefTarget rt) {
        return rt.call() instanceof TExpr.ReadLocal rl && rl.type() == Types.REFERENCE ? rl.local() : null;
    }

    /** Why a place cannot be changed where it is (the error message), or null when it can. */
    private String immutability(TExpr place) {
        TExpr base = place;
        while (base instanceof TExpr.FieldRead fr) {
            base = fr.object();
        }
        if (base instanceof TExpr.ListElement le && le.list().type() instanceof ListType lt && lt.isView) {
            return null; // a span's elements belong to its owner (origins, which would say whether they may change, are not tracked)
        }
        if (base instanceof TExpr.ListElement le) {
            return immutability(le.list()); // a list's elements are as mutable as the list
        }
        if (base instanceof TExpr.Deref d && d.pointer() instanceof TExpr.CapturedAddress ca && !ca.mutable()) {
            return "expression must be mutable in assignment ('" + ca.local().name + "' is captured read-only)";
        }
        if (base instanceof TExpr.Deref) {
            return null; // memory behind an UnsafePointer is always mutable
        }
        if (base instanceof TExpr.RefTarget rt && rt.call() instanceof TExpr.Call call) {
            // A reference result: as mutable as the value it refers into (the receiver).
            if (!call.args().isEmpty()) {
                TExpr origin = call.args().get(0);
                if (isPlace(origin) || origin instanceof TExpr.RefTarget || TExprs.isMemoryPlace(origin)) {
                    return immutability(origin);
                }
            }
            return null;
        }
        if (base instanceof TExpr.RefTarget rt && heldReference(rt) instanceof Local held) {
            return held.mutable ? null : "expression must be mutable in assignment (the reference was bound to a read-only value)";
        }
        if (!isPlace(place)) {
            return "expression must be mutable in assignment";
        }
        Local root = placeRoot(place);
        if (!root.mutable) {
            String what = root.isParameter() ? "argument '" + root.name + "' is read-only" : "'" + root.name + "' is immutable";
            return "expression must be mutable in assignment (" + what + ")";
        }
        return null;
    }

    /**
     * Applies an operation that changes a String's or List's header to {@code receiver}. A receiver in
     * native memory (a list element, a pointee, a field of one) is changed through a view that is
     * written back afterwards; any other receiver is changed where it is.
     */
    TExpr inPlace(TExpr receiver, UnaryOperator<TExpr> op) {
        if (ctx.function == null || !TExprs.isMemoryPlace(receiver)) {
            return op.apply(receiver);
        }
        Local view = new Local("(changed in place)", receiver.type(), receiver.pos(), Stmt.Convention.READ, -1,
                        ctx.function.locals.size(), true);
        ctx.function.locals.add(view);
        TExpr result = op.apply(new TExpr.ReadLocal(receiver.pos(), receiver.type(), view));
        return new TExpr.InPlace(result.pos(), result.type(), receiver, view, result);
    }

    /**
     * An expression where an owned value is needed. A place is wrapped in {@link TExpr.Own}: the
     * ownership check turns it into a copy, or a move at the place's last use. Values held in
     * registers (Int, Float64, Bool) are simply copied.
     */
    TExpr owned(TExpr e, SourcePos pos) {
        if (e.type().repr() != Repr.OBJECT || e.type() == Types.WRITER) {
            return e;
        }
        if (e instanceof TExpr.Own) {
            return e;
        }
        if (e instanceof TExpr.Conditional c) {
            return new TExpr.Conditional(c.pos(), c.type(), c.condition(), owned(c.then(), pos), owned(c.otherwise(), pos));
        }
        if (isView(e) && e.type().needsDestroy()) {
            return new TExpr.Copy(e.pos(), e.type(), e); // a view of a value some container owns: the new owner gets a copy
        }
        if (e instanceof TExpr.RefTarget && e.type().needsDestroy()) {
            return new TExpr.Copy(e.pos(), e.type(), e); // a reference result is copied into its new owner
        }
        if (TExprs.isMemoryPlace(e) && !isPlace(e) && (e.type() instanceof StructType || e.type().needsDestroy())) {
            // A value in native memory (a list element, a pointee): the new owner gets a copy (made by a struct's __copyinit__).
            // (A variable in memory is a place like any other: the ownership check may move out of it.)
            if (!e.type().isCopyable()) {
                throw ctx.error(pos, "'" + e.type().name() + "' is not copyable because it has no '__copyinit__'");
            }
            return new TExpr.Copy(e.pos(), e.type(), e);
        }
        if (TExprs.isObjectElementPlace(e)) {
            // An element held by a list: the new owner gets its own copy.
            if (!e.type().isCopyable()) {
                throw ctx.error(pos, "'" + e.type().name() + "' is not copyable because it has no '__copyinit__'");
            }
            return e.type() instanceof StructType || e.type() instanceof ListType ? new TExpr.Copy(e.pos(), e.type(), e) : e;
        }
        if (isPlace(e)) {
            if (!e.type().isCopyable()) {
                throw ctx.error(pos, "'" + e.type().name() + "' is not copyable because it has no '__copyinit__'");
            }
            return new TExpr.Own(e.pos(), e.type(), e, false);
        }
        if (e instanceof TExpr.FieldRead && e.type().needsDestroy()) {
            // a field of a temporary (`make().name`): the temporary dies with its fields, the new owner gets a copy
            if (!e.type().isCopyable()) {
                throw ctx.error(pos, "'" + e.type().name() + "' is not copyable because it has no '__copyinit__'");
            }
            return new TExpr.Copy(e.pos(), e.type(), e);
        }
        return e;
    }

    /**
     * An expression that is only borrowed. A place is used where it is; an rvalue that owns
     * something is kept in a hidden local so it is destroyed right after this use.
     */
    TExpr borrowedString(TExpr e, SourcePos pos) {
        return borrowed(conversions.coerce(e, Types.STRING, pos), pos);
    }

    /**
     * Whether e computes a new value (a call's result, an operation) rather than naming a value
     * that exists (a constant, a place, a reference or a view into a container).
     */
    boolean isComputedValue(TExpr e) {
        return !(e instanceof TExpr.Const || e instanceof TExpr.RefTarget || e instanceof TExpr.Temp || isView(e) || isPlace(e)
                        || TExprs.isObjectElementPlace(e) || TExprs.isMemoryPlace(e));
    }

    TExpr borrowed(TExpr e, SourcePos pos) {
        if (e instanceof TExpr.Conditional c && e.type().needsDestroy() && ctx.function != null) {
            // One branch may be a place, the other an rvalue: own both, and destroy the result after use.
            e = new TExpr.Conditional(c.pos(), c.type(), c.condition(), owned(c.then(), pos), owned(c.otherwise(), pos));
            Local temp = ctx.newLocal("(temporary)", e.type(), pos);
            return new TExpr.Temp(e.pos(), e.type(), temp, e);
        }
        if (e instanceof TExpr.RefTarget) {
            return e; // a reference: its owner keeps it alive and destroys it
        }
        if (isView(e)) {
            return e; // a view of a value some container owns
        }
        if (e instanceof TExpr.Temp || isPlace(e) || !e.type().needsDestroy() || ctx.function == null || TExprs.isObjectElementPlace(e)
                        || TExprs.isMemoryPlace(e)) {
            return e;
        }
        Local temp = ctx.newLocal("(temporary)", e.type(), pos);
        return new TExpr.Temp(e.pos(), e.type(), temp, e);
    }

    /** A computed value kept in a hidden local where it is first evaluated, so that {@link #again} can read it. */
    TExpr evaluatedOnce(TExpr e) {
        // (a call that returns a reference is evaluated once too: it may have effects; so is a view
        // into a computed value, as it.next().value(), even once that value is held in a temporary: the
        // value is copied out of it)
        if (!(isComputedValue(e) || e instanceof TExpr.RefTarget || isView(e) && (isComputedValue(viewed(e)) || viewed(e) instanceof TExpr.Temp)) || ctx.function == null) {
            return e;
        }
        return new TExpr.Temp(e.pos(), e.type(), ctx.newLocal("(temporary)", e.type(), e.pos()), owned(e, e.pos()));
    }

    /** A second use of a value: the hidden local it was evaluated into, or the value itself. */
    static TExpr again(TExpr e) {
        return e instanceof TExpr.Temp temp ? new TExpr.ReadLocal(temp.pos(), temp.type(), temp.temp()) : e;
    }
}

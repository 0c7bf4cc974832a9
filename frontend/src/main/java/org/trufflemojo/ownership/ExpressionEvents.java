package org.trufflemojo.ownership;

import java.util.ArrayList;
import java.util.List;

import org.trufflemojo.ownership.ControlFlowGraph.Kind;
import org.trufflemojo.ownership.LifetimePlan.Site;
import org.trufflemojo.syntax.Stmt;
import org.trufflemojo.typed.TExpr;
import org.trufflemojo.typed.types.FunctionType;

/**
 * The events of expressions, for {@link CfgBuilder}: uses and transfers of places in evaluation
 * order, a raise edge after every operation that may raise, and a destroy site after each call
 * (where the values that only the call's arguments used can die).
 */
final class ExpressionEvents {
    private final CfgBuilder builder;

    /** The list operations that may move a list's elements (or remove them): references into it die. */
    private static final java.util.Set<TExpr.ListOpKind> RESIZING = java.util.EnumSet.of(TExpr.ListOpKind.APPEND, TExpr.ListOpKind.POP,
                    TExpr.ListOpKind.INSERT, TExpr.ListOpKind.EXTEND, TExpr.ListOpKind.CLEAR, TExpr.ListOpKind.RESERVE, TExpr.ListOpKind.RESIZE,
                    TExpr.ListOpKind.UNINIT_RESIZE);

    ExpressionEvents(CfgBuilder builder) {
        this.builder = builder;
    }

    void expression(TExpr e) {
        if (!builder.reachable()) {
            return;
        }
        switch (e) {
            case TExpr.Const c -> {
            }
            case TExpr.ReadLocal r -> builder.emit(Kind.USE, Places.whole(r.local()), r.pos(), e);
            case TExpr.FieldRead fr -> {
                Place p = Places.placeOf(fr);
                if (p != null) {
                    builder.emit(Kind.USE, p, fr.pos(), e);
                } else {
                    expression(fr.object());
                }
            }
            case TExpr.Own o -> {
                Place p = Places.placeOf(o.place());
                builder.emit(Kind.OWN, p, o.pos(), o);
            }
            case TExpr.Temp t -> {
                expression(t.value());
                builder.recordView(t.temp(), t.value());
                builder.emit(Kind.DEF, Places.whole(t.temp()), t.pos(), null);
                builder.emit(Kind.USE, Places.whole(t.temp()), t.pos(), e);
            }
            case TExpr.Prim p -> {
                operands(p.operands());
                if (p.op().mayRaise()) {
                    builder.raiseEdge(p); // malformed text raises
                }
            }
            case TExpr.Logical l -> {
                expression(l.left());
                builder.alternatives(l, l.right(), null); // the right operand runs only on one path
            }
            case TExpr.CompareChain c -> operands(c.operands());
            case TExpr.Block b -> {
                builder.statement(b.body());
                expression(b.result());
            }
            case TExpr.Conditional c -> {
                expression(c.condition());
                builder.alternatives(c, c.then(), c.otherwise());
            }
            case TExpr.Call c -> {
                operands(c.args());
                for (int i = 0; i < c.args().size() && i < c.target().params.size(); i++) {
                    if (c.target().params.get(i).convention == Stmt.Convention.MUT) {
                        builder.invalidateInteriorReferences(c.args().get(i), c.pos()); // (a `mut self` method may grow the list)
                    }
                }
                if (c.target().raises) {
                    builder.raiseEdge(c);
                }
                if (!c.target().returnsRef) {
                    // (a reference result keeps its origin alive: nothing may die before it is used)
                    builder.site(Site.AFTER, c);
                }
            }
            case TExpr.Format f -> operands(f.values());
            case TExpr.Stringify s -> expression(s.value());
            case TExpr.WriterWrite w -> {
                List<TExpr> all = new ArrayList<>();
                all.add(w.writer());
                all.addAll(w.values());
                operands(all);
            }
            case TExpr.Copy c -> expression(c.source());
            case TExpr.Deref d -> operands(List.of(d.pointer(), d.index()));
            case TExpr.Memory m -> operands(m.operands());
            case TExpr.ListElement le -> operands(List.of(le.list(), le.index()));
            case TExpr.ListOp lo -> {
                operands(lo.operands());
                if (RESIZING.contains(lo.op())) {
                    builder.invalidateInteriorReferences(lo.operands().get(0), lo.pos());
                }
                if (lo.op() == TExpr.ListOpKind.INDEX) {
                    builder.raiseEdge(lo); // a missing element raises ValueError
                }
            }
            case TExpr.TupleNew tn -> operands(tn.elements());
            case TExpr.TupleGet tg -> operands(List.of(tg.tuple()));
            case TExpr.OptionalSome os -> expression(os.value());
            case TExpr.OptionalOp oo -> operands(oo.operands());
            case TExpr.DictOp dop -> {
                operands(dop.operands());
                if (dop.op().mayRaise()) {
                    builder.raiseEdge(dop); // a missing key raises
                }
            }
            case TExpr.RefTarget rt -> {
                expression(rt.call());
                if (rt.call() instanceof TExpr.ReadLocal held && held.local().referenceOwner != null) {
                    // a reference kept in a local (ref r = f()): using it uses what it points into
                    builder.emit(Kind.USE, Places.whole(held.local().referenceOwner), rt.pos(), rt);
                }
            }
            case TExpr.FunctionRef fr -> {
            }
            case TExpr.CapturedAddress ca -> {
                // (the captured variable belongs to the enclosing function, which keeps it alive)
            }
            case TExpr.IndirectCall ic -> {
                List<TExpr> all = new ArrayList<>();
                all.add(ic.callee());
                all.addAll(ic.args());
                operands(all);
                if (ic.callee().type() instanceof FunctionType ft && ft.raises) {
                    builder.raiseEdge(ic);
                }
                builder.site(Site.AFTER, ic);
            }
            case TExpr.VectorOp vo -> operands(vo.operands());
            case TExpr.MakeRef mr -> {
                Place p = Places.placeOf(mr.place());
                if (p != null) {
                    builder.emit(Kind.USE, p, mr.pos(), mr);
                } else {
                    expression(mr.place());
                }
            }
            case TExpr.RefStore rs -> operands(List.of(rs.target(), rs.value()));
            case TExpr.InPlace ip -> {
                expression(ip.place());
                builder.emit(Kind.DEF, Places.whole(ip.view()), ip.pos(), null);
                expression(ip.op());
            }
            case TExpr.IntrinsicCall ic -> {
                operands(ic.operands());
                if (ic.raises()) {
                    builder.raiseEdge(ic); // e.g. a failed assertion
                }
            }
        }
    }

    /**
     * The operands of one operation. Places that are only borrowed are used by the operation
     * itself, after every operand has been evaluated, so their uses come last: a place must
     * not die at a destroy site inside a later operand (say, after a nested call) while the
     * operation still needs it.
     */
    void operands(List<TExpr> operands) {
        for (TExpr o : operands) {
            if (o instanceof TExpr.Temp t) {
                // The temporary is made now but used by the operation: its use comes last too.
                expression(t.value());
                builder.emit(Kind.DEF, Places.whole(t.temp()), t.pos(), null);
            } else if (!isBorrowedPlace(o)) {
                expression(o);
            }
        }
        for (TExpr o : operands) {
            if (o instanceof TExpr.Temp t) {
                builder.emit(Kind.USE, Places.whole(t.temp()), t.pos(), o);
            } else if (isBorrowedPlace(o)) {
                expression(o);
            }
            Place origin = referenceOrigin(o);
            if (origin != null) {
                builder.emit(Kind.USE, origin, o.pos(), o); // the reference is used here: so is what it points into
            }
        }
    }

    /** For a reference result (or a field of one), the place it points into: its receiver. */
    private Place referenceOrigin(TExpr e) {
        while (e instanceof TExpr.FieldRead fr) {
            e = fr.object();
        }
        if (e instanceof TExpr.RefTarget rt && rt.call() instanceof TExpr.Call call && !call.args().isEmpty()) {
            TExpr receiver = call.args().get(0);
            Place p = Places.placeOf(receiver);
            return p != null ? p : referenceOrigin(receiver);
        }
        return null;
    }

    private boolean isBorrowedPlace(TExpr e) {
        return (e instanceof TExpr.ReadLocal || e instanceof TExpr.FieldRead) && Places.placeOf(e) != null;
    }
}

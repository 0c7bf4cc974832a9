package org.trufflemojo.check;

import java.util.List;

import org.trufflemojo.syntax.Expr;
import org.trufflemojo.syntax.Stmt;

/**
 * A walk over a function body's syntax, before it is checked: every statement and expression, the
 * bodies of nested functions, lambdas and comprehensions included. The visitor sees each expression
 * (before its parts) and each name the body declares (a {@code var}, a {@code ref}, a loop
 * variable, an {@code except} name).
 */
final class SyntaxWalk {
    interface Visitor {
        void expression(Expr e);

        default void declared(String name) {
        }
    }

    private final Visitor visitor;

    private SyntaxWalk(Visitor visitor) {
        this.visitor = visitor;
    }

    static void walk(List<Stmt> body, Visitor visitor) {
        new SyntaxWalk(visitor).statements(body);
    }

    private void statements(List<Stmt> body) {
        if (body != null) {
            body.forEach(this::statement);
        }
    }

    private void statement(Stmt s) {
        switch (s) {
            case Stmt.VarDecl v -> {
                visitor.declared(v.name());
                expression(v.init());
            }
            case Stmt.RefDecl r -> {
                visitor.declared(r.name());
                expression(r.init());
            }
            case Stmt.Assign a -> {
                expressions(a.targets());
                expression(a.value());
            }
            case Stmt.AugAssign a -> {
                expression(a.target());
                expression(a.value());
            }
            case Stmt.ExprStmt e -> expression(e.expr());
            case Stmt.Assert a -> {
                expression(a.condition());
                expression(a.message());
            }
            case Stmt.If i -> {
                expression(i.condition());
                statements(i.then());
                statements(i.otherwise());
            }
            case Stmt.While w -> {
                expression(w.condition());
                statements(w.body());
                statements(w.otherwise());
            }
            case Stmt.For f -> {
                f.targets().forEach(visitor::declared);
                expression(f.iterable());
                statements(f.body());
                statements(f.otherwise());
            }
            case Stmt.Return r -> expression(r.value());
            case Stmt.Raise r -> expression(r.value());
            case Stmt.Try t -> {
                statements(t.body());
                for (Stmt.ExceptClause h : t.handlers()) {
                    if (h.name() != null) {
                        visitor.declared(h.name());
                    }
                    statements(h.body());
                }
                statements(t.otherwise());
                statements(t.finallyBody());
            }
            case Stmt.With w -> {
                w.items().forEach(item -> expression(item.context()));
                statements(w.body());
            }
            case Stmt.FunctionDef fd -> statements(fd.body());
            default -> {
                // declarations of other kinds and jumps have no expressions
            }
        }
    }

    private void expressions(List<Expr> es) {
        es.forEach(this::expression);
    }

    private void arguments(List<Expr.Arg> args) {
        args.forEach(a -> expression(a.value()));
    }

    private void expression(Expr e) {
        if (e == null) {
            return;
        }
        visitor.expression(e);
        switch (e) {
            case Expr.Call c -> {
                expression(c.callee());
                arguments(c.args());
            }
            case Expr.Attribute a -> expression(a.target());
            case Expr.Index i -> {
                expression(i.target());
                arguments(i.indices());
            }
            case Expr.Slice s -> {
                expression(s.lower());
                expression(s.upper());
                expression(s.step());
            }
            case Expr.Binary b -> {
                expression(b.left());
                expression(b.right());
            }
            case Expr.Unary u -> expression(u.operand());
            case Expr.Compare c -> expressions(c.operands());
            case Expr.Logical l -> {
                expression(l.left());
                expression(l.right());
            }
            case Expr.Not n -> expression(n.operand());
            case Expr.Conditional c -> {
                expression(c.condition());
                expression(c.then());
                expression(c.otherwise());
            }
            case Expr.Transfer t -> expression(t.value());
            case Expr.Walrus w -> {
                visitor.declared(w.name());
                expression(w.value());
            }
            case Expr.ListLit l -> expressions(l.elements());
            case Expr.TupleLit t -> expressions(t.elements());
            case Expr.SetLit s -> expressions(s.elements());
            case Expr.InitList il -> arguments(il.args());
            case Expr.TemplateString ts -> expressions(ts.parts());
            case Expr.Lambda l -> expression(l.body());
            case Expr.DictLit d -> {
                expressions(d.keys());
                expressions(d.values());
            }
            case Expr.Comprehension c -> {
                expression(c.element());
                expression(c.value());
                statements(c.clauses());
            }
            default -> {
                // literals, names and types have no parts
            }
        }
    }
}

package org.trufflemojo.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.trufflemojo.syntax.Expr;
import org.trufflemojo.syntax.Stmt;

/**
 * The names of the variables whose address a function body takes ({@code UnsafePointer(to=x)},
 * {@code UnsafePointer[T](to=x.field)}, {@code Pointer(to=x)}), found before the body is checked:
 * such a variable lives in native memory from its declaration on, so that every use of it, also
 * one checked before the address is taken, goes through that memory. Found by name, in the body
 * and the functions nested in it: a name taken too often only costs a variable its frame slot.
 */
final class AddressTakenNames {
    private final Set<String> names = new HashSet<>();

    private AddressTakenNames() {
    }

    static Set<String> of(List<Stmt> body) {
        AddressTakenNames finder = new AddressTakenNames();
        finder.statements(body);
        return finder.names;
    }

    private void statements(List<Stmt> body) {
        if (body != null) {
            body.forEach(this::statement);
        }
    }

    private void statement(Stmt s) {
        switch (s) {
            case Stmt.VarDecl v -> expression(v.init());
            case Stmt.RefDecl r -> expression(r.init());
            case Stmt.Assign a -> {
                expressions(a.targets());
                expression(a.value());
            }
            case Stmt.AugAssign a -> {
                expression(a.target());
                expression(a.value());
            }
            case Stmt.ExprStmt e -> expression(e.expr());
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
                expression(f.iterable());
                statements(f.body());
                statements(f.otherwise());
            }
            case Stmt.Return r -> expression(r.value());
            case Stmt.Raise r -> expression(r.value());
            case Stmt.Try t -> {
                statements(t.body());
                t.handlers().forEach(h -> statements(h.body()));
                statements(t.otherwise());
                statements(t.finallyBody());
            }
            case Stmt.With w -> {
                w.items().forEach(item -> expression(item.context()));
                statements(w.body());
            }
            case Stmt.FunctionDef fd -> statements(fd.body());
            default -> {
                // declarations and jumps take no addresses
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
        switch (e) {
            case null -> {
            }
            case Expr.Call c -> {
                if (isPointerConstructor(c.callee())) {
                    for (Expr.Arg a : c.args()) {
                        String root = "to".equals(a.keyword()) ? rootName(a.value()) : null;
                        if (root != null) {
                            names.add(root);
                        }
                    }
                }
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
            case Expr.ListLit l -> expressions(l.elements());
            case Expr.TupleLit t -> expressions(t.elements());
            case Expr.SetLit s -> expressions(s.elements());
            case Expr.InitList il -> arguments(il.args());
            case Expr.TemplateString ts -> expressions(ts.parts());
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
                // literals, names and types take no addresses
            }
        }
    }

    /** {@code UnsafePointer}, {@code Pointer}, or one of them with parameters ({@code UnsafePointer[T]}). */
    private static boolean isPointerConstructor(Expr callee) {
        Expr base = callee instanceof Expr.Index ix ? ix.target() : callee;
        return base instanceof Expr.Name n && (n.name().equals("UnsafePointer") || n.name().equals("Pointer"));
    }

    /** The variable a place names: x for {@code x} or {@code x.a.b}; null for any other place. */
    private static String rootName(Expr place) {
        while (place instanceof Expr.Attribute a) {
            place = a.target();
        }
        return place instanceof Expr.Name n ? n.name() : null;
    }
}

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
    private AddressTakenNames() {
    }

    static Set<String> of(List<Stmt> body) {
        Set<String> names = new HashSet<>();
        SyntaxWalk.walk(body, e -> {
            if (e instanceof Expr.Call c && isPointerConstructor(c.callee())) {
                for (Expr.Arg a : c.args()) {
                    String root = "to".equals(a.keyword()) ? rootName(a.value()) : null;
                    if (root != null) {
                        names.add(root);
                    }
                }
            }
        });
        return names;
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

package org.trufflemojo.ownership;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.trufflemojo.ownership.LifetimePlan.Decision;
import org.trufflemojo.ownership.LifetimePlan.Destruction;
import org.trufflemojo.ownership.LifetimePlan.Site;
import org.trufflemojo.ownership.LifetimePlan.Transfer;
import org.trufflemojo.source.SourcePos;
import org.trufflemojo.typed.Function;
import org.trufflemojo.typed.Program;
import org.trufflemojo.typed.TStmt;
import org.trufflemojo.typed.types.StructType;
import org.trufflemojo.typed.TExpr;
import org.trufflemojo.typed.types.OriginValue;
import org.trufflemojo.typed.types.Type;

/**
 * Writes a {@link LifetimePlan} as text, one section per function in the program's order:
 *
 * <pre>
 * fn main
 *     3:13  copy s
 *     4:13  move s
 *     5:5  destroy t (after last use)
 * </pre>
 *
 * Each line is a source position ({@code line:column}) and a decision: a transfer that copies or
 * moves a place, or a destroy with its site in words. A destroy is placed at the node it is keyed
 * by (the statement after which it runs, the {@code if} whose branch it starts, ...), except
 * at the end of the function, where it is placed at the last event of the body. Lines come in
 * the order the check walks the function, which is source order: evaluation order within a
 * statement (a destroy before a store comes after the copies of the stored value, though the
 * assignment it is keyed by starts further left), a branch before the code after it, the body of a
 * {@code with} before its exit. The format is stable: golden {@code .plan} files are written in it.
 */
public final class LifetimePlanPrinter {
    private LifetimePlanPrinter() {
    }

    public static String print(Program program, LifetimePlan plan) {
        StringBuilder out = new StringBuilder();
        for (Function f : program.functions()) {
            if (f.body == null || f.module != null) {
                continue; // (the standard library's functions are not the program's own)
            }
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append("fn ").append(header(f)).append('\n');
            List<Decision> decisions = new ArrayList<>(plan.decisions(f));
            decisions.sort(Comparator.comparingInt(Decision::order)); // stable: destroys at one site keep their order
            if (decisions.isEmpty()) {
                out.append("    (nothing to copy, move or destroy)\n");
            }
            for (Decision d : decisions) {
                out.append("    ").append(position(d.pos())).append("  ").append(describe(d)).append('\n');
            }
        }
        return out.toString();
    }

    /** The function's name as messages show it, with the compile-time arguments of a generic instance. */
    private static String header(Function f) {
        if (f.typeArgs.isEmpty()) {
            return f.displayName();
        }
        String args = f.typeArgs.entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> e.getKey() + "=" + parameterValue(e.getValue())).collect(Collectors.joining(", "));
        return f.displayName() + "[" + args + "]";
    }

    /** A compile-time argument as Mojo source spells it: a type by its name, a constant by its value. */
    private static String parameterValue(Object value) {
        return switch (value) {
            case Type t -> t.name();
            case TExpr.Const c when c.value() instanceof Boolean b -> b ? "True" : "False";
            case TExpr.Const c when c.value() instanceof String text -> "\"" + text + "\"";
            case TExpr.Const c -> String.valueOf(c.value());
            case OriginValue o -> o.mutable() ? "MutableAnyOrigin" : "ImmutableAnyOrigin";
            default -> String.valueOf(value);
        };
    }

    private static String position(SourcePos pos) {
        return pos.line() + ":" + pos.column();
    }

    static String describe(Decision d) {
        return switch (d) {
            case Transfer t -> (t.move() ? "move " : "copy ") + name(t.place());
            case Destruction x -> "destroy " + what(x.destroy()) + " (" + siteInWords(x.site(), x.node()) + ")";
        };
    }

    /** The place destroyed; for a fieldwise destroy (no {@code __del__}), the fields that are. */
    private static String what(LifetimePlan.Destroy d) {
        if (!d.fieldwise()) {
            return name(d.place());
        }
        if (d.fields().isEmpty()) {
            return "fields of " + name(d.place()) + ": none";
        }
        return "fields of " + name(d.place()) + ": " + d.fields().stream().map(StructType.Field::name).collect(Collectors.joining(", "));
    }

    /**
     * A place as the source spells it ({@code p.name}). The checker's hidden locals are named in
     * parentheses ({@code (temporary)}); as there are many, each is told by where it is made:
     * {@code (temporary at 18:15)}.
     */
    static String name(Place p) {
        String shown = p.toString();
        if (p.root().name.startsWith("(") && p.root().name.endsWith(")")) {
            String root = p.root().name;
            shown = root.substring(0, root.length() - 1) + " at " + position(p.root().declaredAt) + ")" + shown.substring(root.length());
        }
        return shown;
    }

    static String siteInWords(Site site, Object node) {
        return switch (site) {
            case AFTER -> "after last use";
            case BEFORE_STORE -> "before store";
            case BRANCH_START -> switch (node) {
                case TStmt.If i -> "branch start";
                case TExpr.Logical l -> "right operand start";
                case TExpr.Conditional c -> "branch start";
                default -> "loop body start";
            };
            case ELSE_START -> node instanceof TExpr.Logical ? "right operand skipped" : "else start";
            case BRANCH_END -> node instanceof TExpr.Logical ? "right operand end" : "branch end";
            case ELSE_END -> "else end";
            case LOOP_EXIT -> "loop exit";
            case BEFORE_JUMP -> switch (node) {
                case TStmt.Return r -> "before return";
                case TStmt.Break b -> "before break";
                case TStmt.Continue c -> "before continue";
                case TStmt.Raise r -> "before raise";
                default -> "before jump";
            };
            case RAISE_EDGE -> "raise edge";
            case HANDLER_START -> "handler start";
            case BLOCK_END -> "end of scope";
            case ENTRY -> "entry";
            case END -> "end of function";
        };
    }
}

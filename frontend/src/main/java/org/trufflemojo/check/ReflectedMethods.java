package org.trufflemojo.check;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import org.trufflemojo.parser.Parser;
import org.trufflemojo.source.Diagnostics;
import org.trufflemojo.source.SourcePos;
import org.trufflemojo.syntax.Dialect;
import org.trufflemojo.syntax.Stmt;
import org.trufflemojo.typed.types.StructType;

/**
 * The methods Mojo 1.x gives a struct through reflection on its fields when it declares a trait
 * without writing them: {@code Writable}'s {@code write_to} (the type's name and its fields,
 * {@code Pair[Int](first=1, second=2)}), {@code Equatable}'s {@code __eq__} and {@code __ne__}
 * (field by field), and {@code Comparable}'s {@code __gt__}, {@code __le__} and {@code __ge__} from
 * its {@code __lt__}. They are written as Mojo and parsed, placed at the struct's declaration.
 */
final class ReflectedMethods {
    private ReflectedMethods() {
    }

    /** The methods to add to the struct (its fields and methods declared, its traits known). */
    static List<Stmt.FunctionDef> of(StructType st) {
        List<String> fields = st.fieldList().stream().map(StructType.Field::name).toList();
        StringBuilder code = new StringBuilder();
        if (st.traits.contains("Writable") && !st.methods.containsKey("write_to")) {
            code.append("fn write_to(self, mut writer: Some[Writer]):\n");
            code.append("    writer.write(\"").append(st.name()).append("(\")\n");
            for (int i = 0; i < fields.size(); i++) {
                code.append("    writer.write(\"").append(i > 0 ? ", " : "").append(fields.get(i)).append("=\", self.").append(fields.get(i)).append(")\n");
            }
            code.append("    writer.write(\")\")\n");
        }
        // (a Comparable is Equatable too)
        boolean equatable = st.traits.contains("EqualityComparable") || st.traits.contains("Comparable");
        if (equatable && !st.methods.containsKey("__eq__")) {
            code.append("fn __eq__(self, other: Self) -> Bool:\n    return ");
            code.append(fields.isEmpty() ? "True" : String.join(" and ", fields.stream().map(f -> "self." + f + " == other." + f).toList()));
            code.append("\n");
        }
        if (equatable && !st.methods.containsKey("__ne__")) {
            code.append("fn __ne__(self, other: Self) -> Bool:\n    return not (self == other)\n");
        }
        if (st.traits.contains("Comparable") && st.methods.containsKey("__lt__")) {
            String[][] derived = {{"__gt__", "other < self"}, {"__le__", "not (other < self)"}, {"__ge__", "not (self < other)"}};
            for (String[] d : derived) {
                if (!st.methods.containsKey(d[0])) {
                    code.append("fn ").append(d[0]).append("(self, other: Self) -> Bool:\n    return ").append(d[1]).append("\n");
                }
            }
        }
        if (code.isEmpty()) {
            return List.of();
        }
        Diagnostics diagnostics = new Diagnostics("(reflected methods of " + st.name() + ")", code);
        List<Stmt.FunctionDef> methods = new ArrayList<>();
        for (Stmt s : Parser.parseFile(code.toString(), diagnostics, Dialect.MOJO_1).statements()) {
            methods.add((Stmt.FunctionDef) relocated(s, st.syntax.pos()));
        }
        return methods;
    }

    /** A syntax tree with every position replaced by {@code pos} (what a message about it points at). */
    @SuppressWarnings("unchecked")
    static <T> T relocated(T node, SourcePos pos) {
        if (node instanceof SourcePos) {
            return (T) pos;
        }
        if (node instanceof List<?> list) {
            return (T) list.stream().map(e -> relocated(e, pos)).toList();
        }
        if (node == null || !node.getClass().isRecord()) {
            return node;
        }
        try {
            RecordComponent[] components = node.getClass().getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = relocated(components[i].getAccessor().invoke(node), pos);
                types[i] = components[i].getType();
            }
            var constructor = node.getClass().getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return (T) constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot relocate " + node.getClass().getSimpleName(), e);
        }
    }
}

package org.trufflemojo.tck;

import static org.graalvm.polyglot.tck.TypeDescriptor.ARRAY;
import static org.graalvm.polyglot.tck.TypeDescriptor.BOOLEAN;
import static org.graalvm.polyglot.tck.TypeDescriptor.HASH;
import static org.graalvm.polyglot.tck.TypeDescriptor.NULL;
import static org.graalvm.polyglot.tck.TypeDescriptor.NUMBER;
import static org.graalvm.polyglot.tck.TypeDescriptor.OBJECT;
import static org.graalvm.polyglot.tck.TypeDescriptor.STRING;
import static org.graalvm.polyglot.tck.TypeDescriptor.array;
import static org.graalvm.polyglot.tck.TypeDescriptor.executable;
import static org.graalvm.polyglot.tck.TypeDescriptor.hash;
import static org.graalvm.polyglot.tck.TypeDescriptor.intersection;
import static org.graalvm.polyglot.tck.TypeDescriptor.union;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Predicate;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.tck.LanguageProvider;
import org.graalvm.polyglot.tck.Snippet;
import org.graalvm.polyglot.tck.TypeDescriptor;

/**
 * Mojo for the Truffle polyglot TCK. Every snippet is a typed function of one module
 * ({@code snippets.mojo}); its TCK types describe what the function takes and gives. Scripts and
 * invalid-syntax scripts are separate sources.
 */
public final class MojoTCKLanguageProvider implements LanguageProvider {
    private static final String ID = "mojo";
    private static final String RESOURCES = "/org/trufflemojo/tck/";
    /** A List crosses as an array that also has the member {@code append}: an object too. */
    private static final TypeDescriptor LIST_OF_NUMBERS = intersection(OBJECT, array(NUMBER));
    private static final Predicate<List<? extends Value>> NEVER_FAILS = p -> false;
    private static final Predicate<List<? extends Value>> ZERO_DIVISOR = p -> p.get(1).fitsInLong() && p.get(1).asLong() == 0;

    /** The snippets module of each context (the TCK asks for snippets several times per context). */
    private final Map<Context, Value> modules = new WeakHashMap<>();

    @Override
    public String getId() {
        return ID;
    }

    private Value module(Context context) {
        return modules.computeIfAbsent(context, c -> c.eval(source("snippets.mojo")));
    }

    private Value function(Context context, String name) {
        return module(context).getMember(name);
    }

    /**
     * Mojo has no identity function over every value (each function has typed parameters): the
     * identity here is that of Float64, which every TCK number converts to.
     */
    @Override
    public Value createIdentityFunction(Context context) {
        return function(context, "identity");
    }

    @Override
    public Snippet createIdentityFunctionSnippet(Context context) {
        return snippet(context, "identity", "identity", NUMBER, NEVER_FAILS, NUMBER);
    }

    @Override
    public Collection<? extends Snippet> createValueConstructors(Context context) {
        List<Snippet> s = new ArrayList<>();
        s.add(value(context, "Int", "v_int", NUMBER));
        s.add(value(context, "Float64", "v_float", NUMBER));
        s.add(value(context, "Bool", "v_bool", BOOLEAN));
        s.add(value(context, "String", "v_string", STRING));
        s.add(value(context, "Int8", "v_int8", NUMBER));
        s.add(value(context, "UInt64", "v_uint64_max", NUMBER));
        s.add(value(context, "Float32", "v_float32", NUMBER));
        s.add(value(context, "None", "v_none", NULL));
        s.add(value(context, "List[Int]", "v_list_int", LIST_OF_NUMBERS));
        s.add(value(context, "List[String]", "v_list_string", intersection(OBJECT, array(STRING))));
        s.add(value(context, "List[List[Int]]", "v_list_list", intersection(OBJECT, array(LIST_OF_NUMBERS))));
        s.add(value(context, "Dict[String, Int]", "v_dict", hash(STRING, NUMBER)));
        s.add(value(context, "Tuple[Int, String]", "v_tuple", array(union(NUMBER, STRING))));
        s.add(value(context, "SIMD[DType.float32, 4]", "v_simd", array(NUMBER)));
        s.add(value(context, "Optional[Int]", "v_optional", NUMBER));
        s.add(value(context, "Optional[Int]()", "v_empty_optional", NULL));
        s.add(value(context, "Point", "v_struct", OBJECT));
        s.add(value(context, "Person", "v_owning_struct", OBJECT));
        s.add(value(context, "fn(Int) -> Int", "v_function", executable(NUMBER, NUMBER)));
        return s;
    }

    @Override
    public Collection<? extends Snippet> createExpressions(Context context) {
        List<Snippet> s = new ArrayList<>();
        String[][] intArithmetic = {{"+", "int_add"}, {"-", "int_sub"}, {"*", "int_mul"}, {"&", "int_and"}, {"|", "int_or"}, {"^", "int_xor"}};
        for (String[] op : intArithmetic) {
            s.add(snippet(context, op[0], op[1], NUMBER, NEVER_FAILS, NUMBER, NUMBER));
        }
        s.add(snippet(context, "//", "int_floordiv", NUMBER, ZERO_DIVISOR, NUMBER, NUMBER));
        s.add(snippet(context, "%", "int_mod", NUMBER, ZERO_DIVISOR, NUMBER, NUMBER));
        String[][] intComparisons = {{"==", "int_eq"}, {"!=", "int_ne"}, {"<", "int_lt"}, {"<=", "int_le"}, {">", "int_gt"}, {">=", "int_ge"}};
        for (String[] op : intComparisons) {
            s.add(snippet(context, op[0], op[1], BOOLEAN, NEVER_FAILS, NUMBER, NUMBER));
        }
        s.add(snippet(context, "-x", "int_neg", NUMBER, NEVER_FAILS, NUMBER));
        String[][] floatArithmetic = {{"+", "float_add"}, {"-", "float_sub"}, {"*", "float_mul"}, {"/", "float_div"}};
        for (String[] op : floatArithmetic) {
            s.add(snippet(context, op[0], op[1], NUMBER, NEVER_FAILS, NUMBER, NUMBER));
        }
        s.add(snippet(context, "<", "float_lt", BOOLEAN, NEVER_FAILS, NUMBER, NUMBER));
        s.add(snippet(context, "==", "float_eq", BOOLEAN, NEVER_FAILS, NUMBER, NUMBER));
        s.add(snippet(context, "-x", "float_neg", NUMBER, NEVER_FAILS, NUMBER));
        s.add(snippet(context, "+", "str_concat", STRING, NEVER_FAILS, STRING, STRING));
        s.add(snippet(context, "==", "str_eq", BOOLEAN, NEVER_FAILS, STRING, STRING));
        s.add(snippet(context, "!=", "str_ne", BOOLEAN, NEVER_FAILS, STRING, STRING));
        s.add(snippet(context, "<", "str_lt", BOOLEAN, NEVER_FAILS, STRING, STRING));
        s.add(snippet(context, "len(String)", "str_len", NUMBER, NEVER_FAILS, STRING));
        s.add(snippet(context, "String(Int)", "int_to_str", STRING, NEVER_FAILS, NUMBER));
        s.add(snippet(context, "and", "bool_and", BOOLEAN, NEVER_FAILS, BOOLEAN, BOOLEAN));
        s.add(snippet(context, "or", "bool_or", BOOLEAN, NEVER_FAILS, BOOLEAN, BOOLEAN));
        s.add(snippet(context, "not", "bool_not", BOOLEAN, NEVER_FAILS, BOOLEAN));
        s.add(snippet(context, "==", "bool_eq", BOOLEAN, NEVER_FAILS, BOOLEAN, BOOLEAN));
        s.add(snippet(context, "len(List)", "list_len", NUMBER, NEVER_FAILS, ARRAY));
        s.add(snippet(context, "List + List", "list_concat", LIST_OF_NUMBERS, NEVER_FAILS, ARRAY, ARRAY));
        s.add(snippet(context, "len(Dict)", "dict_len", NUMBER, NEVER_FAILS, HASH));
        // No snippet takes a function: the TCK types some host values as non-executable that are
        // executable (a java.time.LocalTime is a TemporalAdjuster) and others as returning anything
        // that return numbers, so whether a call of `fn(Int) -> Int` must fail cannot be told from the
        // TCK types. Function values are covered by language/src/test/.../FunctionsAndMethodsTest.
        return s;
    }

    @Override
    public Collection<? extends Snippet> createStatements(Context context) {
        List<Snippet> s = new ArrayList<>();
        s.add(snippet(context, "if", "stmt_if", NUMBER, NEVER_FAILS, BOOLEAN));
        s.add(snippet(context, "while", "stmt_while", NUMBER, NEVER_FAILS, NUMBER));
        s.add(snippet(context, "for in range", "stmt_for_range", NUMBER, NEVER_FAILS, NUMBER));
        s.add(snippet(context, "for in List[Int]", "stmt_for_list", NUMBER, NEVER_FAILS, ARRAY));
        s.add(snippet(context, "for in List[String]", "stmt_for_strings", STRING, NEVER_FAILS, ARRAY));
        s.add(snippet(context, "assign", "stmt_assign", STRING, NEVER_FAILS, STRING));
        s.add(snippet(context, "try", "stmt_try", NUMBER, NEVER_FAILS, NUMBER));
        s.add(snippet(context, "conditional expression", "stmt_ternary", STRING, NEVER_FAILS, BOOLEAN));
        return s;
    }

    /** Whole programs: evaluating gives the module, executing it runs main (and gives None). */
    @Override
    public Collection<? extends Snippet> createScripts(Context context) {
        List<Snippet> s = new ArrayList<>();
        for (String name : new String[]{"Fibonacci.mojo", "Structs.mojo", "Collections.mojo"}) {
            s.add(Snippet.newBuilder(name, context.eval(source(name)), NULL).build());
        }
        return s;
    }

    @Override
    public Collection<? extends Source> createInvalidSyntaxScripts(Context context) {
        return List.of(source("InvalidSyntax01.mojo"), source("InvalidSyntax02.mojo"), source("InvalidSyntax03.mojo"));
    }

    private Snippet value(Context context, String id, String function, TypeDescriptor type) {
        return Snippet.newBuilder(id, function(context, function), type).build();
    }

    private Snippet snippet(Context context, String id, String function, TypeDescriptor result, Predicate<List<? extends Value>> mayFail,
                    TypeDescriptor... parameters) {
        return Snippet.newBuilder(id, function(context, function), result).parameterTypes(parameters)
                        .resultVerifier(new MojoResultVerifier(List.of(parameters), mayFail)).build();
    }

    private static Source source(String name) {
        try (InputStream in = MojoTCKLanguageProvider.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing TCK resource " + name);
            }
            return Source.newBuilder(ID, new String(in.readAllBytes(), StandardCharsets.UTF_8), name).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

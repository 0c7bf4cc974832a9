package org.trufflemojo.check;

import java.util.Map;

import org.trufflemojo.source.SourcePos;
import org.trufflemojo.typed.TExpr;
import org.trufflemojo.core.Builtin;
import org.trufflemojo.typed.types.TypeConstructor;
import org.trufflemojo.typed.types.Types;

/** The standard modules a program may import, by module name. */
final class BuiltinModules {
    private BuiltinModules() {
    }

    private static final Map<String, Object> MATH = Map.ofEntries(
                    Map.entry("sqrt", Builtin.SQRT), Map.entry("sin", Builtin.SIN), Map.entry("cos", Builtin.COS),
                    Map.entry("tan", Builtin.TAN), Map.entry("exp", Builtin.EXP), Map.entry("log", Builtin.LOG),
                    Map.entry("floor", Builtin.FLOOR), Map.entry("ceil", Builtin.CEIL), Map.entry("trunc", Builtin.TRUNC),
                    Map.entry("pi", new TExpr.Const(SourcePos.NONE, Types.FLOAT64, Math.PI)),
                    Map.entry("e", new TExpr.Const(SourcePos.NONE, Types.FLOAT64, Math.E)),
                    Map.entry("inf", new TExpr.Const(SourcePos.NONE, Types.FLOAT64, Double.POSITIVE_INFINITY)),
                    Map.entry("nan", new TExpr.Const(SourcePos.NONE, Types.FLOAT64, Double.NaN)),
                    Map.entry("isnan", Builtin.ISNAN), Map.entry("isinf", Builtin.ISINF), Map.entry("isfinite", Builtin.ISFINITE),
                    Map.entry("log2", Builtin.LOG2), Map.entry("log10", Builtin.LOG10), Map.entry("atan", Builtin.ATAN),
                    Map.entry("exp2", Builtin.EXP2));

    static Map<String, Object> lookup(String module) {
        return switch (module) {
            case "math" -> MATH;
            case "builtin" -> Map.of();
            case "time" -> Map.of("perf_counter_ns", Builtin.PERF_COUNTER_NS, "perf_counter", Builtin.PERF_COUNTER,
                            "monotonic", Builtin.PERF_COUNTER_NS, "now", Builtin.PERF_COUNTER_NS);
            case "random" -> Map.of("random_float64", Builtin.RANDOM_FLOAT64, "random_si64", Builtin.RANDOM_SI64, "seed", Builtin.SEED);
            case "sys" -> Map.of("exit", Builtin.EXIT, "argv", Builtin.ARGV, "size_of", Builtin.SIZE_OF, "align_of", Builtin.ALIGN_OF);
            case "sys.info" -> Map.of("size_of", Builtin.SIZE_OF, "align_of", Builtin.ALIGN_OF);
            case "testing" -> Map.of("assert_true", Builtin.ASSERT_TRUE, "assert_false", Builtin.ASSERT_FALSE,
                            "assert_equal", Builtin.ASSERT_EQUAL, "assert_not_equal", Builtin.ASSERT_NOT_EQUAL,
                            "assert_raises", Builtin.ASSERT_RAISES);
            case "memory" -> Map.of("UnsafePointer", TypeConstructor.UNSAFE_POINTER, "OwnedPointer", TypeConstructor.OWNED_POINTER,
                            "ArcPointer", TypeConstructor.ARC_POINTER, "Span", TypeConstructor.SPAN);
            case "memory.unsafe_pointer", "memory.owned_pointer", "memory.arc" -> Map.of("UnsafePointer", TypeConstructor.UNSAFE_POINTER,
                            "OwnedPointer", TypeConstructor.OWNED_POINTER, "ArcPointer", TypeConstructor.ARC_POINTER);
            case "collections" -> Map.of("List", TypeConstructor.LIST, "Optional", TypeConstructor.OPTIONAL, "Dict", TypeConstructor.DICT,
                            "InlineArray", TypeConstructor.INLINE_ARRAY);
            case "collections.list" -> Map.of("List", TypeConstructor.LIST);
            case "collections.inline_array" -> Map.of("InlineArray", TypeConstructor.INLINE_ARRAY);
            case "collections.dict" -> Map.of("Dict", TypeConstructor.DICT);
            case "memory.span" -> Map.of("Span", TypeConstructor.SPAN);
            case "collections.optional" -> Map.of("Optional", TypeConstructor.OPTIONAL);
            default -> null;
        };
    }

    /** Names every module sees without an import. */
    static final Map<String, Object> PRELUDE = Map.ofEntries(
                    Map.entry("print", Builtin.PRINT), Map.entry("len", Builtin.LEN), Map.entry("abs", Builtin.ABS),
                    Map.entry("min", Builtin.MIN), Map.entry("max", Builtin.MAX), Map.entry("range", Builtin.RANGE),
                    Map.entry("repr", Builtin.REPR), Map.entry("pow", Builtin.POW), Map.entry("round", Builtin.ROUND),
                    Map.entry("ord", Builtin.ORD), Map.entry("chr", Builtin.CHR), Map.entry("enumerate", Builtin.ENUMERATE), Map.entry("reversed", Builtin.REVERSED),
                    Map.entry("sort", Builtin.SORT), Map.entry("hash", Builtin.HASH),
                    Map.entry("atol", Builtin.ATOL), Map.entry("atof", Builtin.ATOF));
}

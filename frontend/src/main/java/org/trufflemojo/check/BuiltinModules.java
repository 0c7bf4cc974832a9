package org.trufflemojo.check;

import java.util.Map;

import org.trufflemojo.source.SourcePos;
import org.trufflemojo.typed.TExpr;
import org.trufflemojo.typed.types.TypeConstructor;
import org.trufflemojo.typed.types.Trait;
import org.trufflemojo.typed.types.Types;

/**
 * The names of the standard modules that the checker provides itself: types, constants and the
 * built-ins whose typing depends on their arguments. Everything else a module has is declared in
 * Mojo in the library ({@link StandardLibrary}); a module may have both.
 */
final class BuiltinModules {
    private BuiltinModules() {
    }

    /** The constants of {@code math}; its functions are declared in the library's math.mojo. */
    private static final Map<String, Object> MATH = Map.of(
                    "pi", new TExpr.Const(SourcePos.NONE, Types.FLOAT64, Math.PI),
                    "e", new TExpr.Const(SourcePos.NONE, Types.FLOAT64, Math.E),
                    "inf", new TExpr.Const(SourcePos.NONE, Types.FLOAT64, Double.POSITIVE_INFINITY),
                    "nan", new TExpr.Const(SourcePos.NONE, Types.FLOAT64, Double.NaN),
                    // the traits of the types floor, ceil, trunc and round take (a trait conforms by its name)
                    "Floorable", Trait.builtin("Floorable"), "Ceilable", Trait.builtin("Ceilable"), "Truncable", Trait.builtin("Truncable"));

    static Map<String, Object> lookup(String module) {
        return switch (module) {
            case "math" -> MATH;
            case "builtin" -> Map.of();
            case "sys", "sys.info" -> Map.of("size_of", Builtin.SIZE_OF, "align_of", Builtin.ALIGN_OF, "sizeof", Builtin.SIZE_OF, "alignof",
                            Builtin.ALIGN_OF, "bit_width_of", Builtin.BITWIDTH_OF, "bitwidthof", Builtin.BITWIDTH_OF);
            case "sys.intrinsics" -> Map.of("_type_is_eq", Builtin.TYPE_IS_EQ);
            case "builtin._location" -> Map.of("__source_location", Builtin.SOURCE_LOCATION, "__call_location", Builtin.CALL_LOCATION);
            case "reflection" -> Map.of("source_location", Builtin.SOURCE_LOCATION, "call_location", Builtin.CALL_LOCATION, "reflect", Builtin.REFLECT,
                            "get_function_name", Builtin.GET_FUNCTION_NAME);
            case "compile.reflection", "compile" -> Map.of("get_function_name", Builtin.GET_FUNCTION_NAME); // (25.x)
            case "builtin.globals" -> Map.of("global_constant", Builtin.GLOBAL_CONSTANT);
            case "sys.param_env" -> Map.of("is_defined", Builtin.IS_DEFINED, "env_get_int", Builtin.DEFINED_INT, "env_get_string", Builtin.DEFINED_STRING,
                            "env_get_bool", Builtin.DEFINED_BOOL);
            case "sys.defines" -> Map.of("is_defined", Builtin.IS_DEFINED, "get_defined_int", Builtin.DEFINED_INT,
                            "get_defined_string", Builtin.DEFINED_STRING, "get_defined_bool", Builtin.DEFINED_BOOL);
            case "testing" -> Map.of("assert_equal", Builtin.ASSERT_EQUAL, "assert_not_equal", Builtin.ASSERT_NOT_EQUAL,
                            "assert_raises", Builtin.ASSERT_RAISES);
            case "memory" -> Map.of("UnsafePointer", TypeConstructor.UNSAFE_POINTER, "Pointer", TypeConstructor.UNSAFE_POINTER, "OwnedPointer", TypeConstructor.OWNED_POINTER,
                            "ArcPointer", TypeConstructor.ARC_POINTER, "Span", TypeConstructor.SPAN);
            case "memory.unsafe_pointer", "memory.owned_pointer", "memory.arc" -> Map.of("UnsafePointer", TypeConstructor.UNSAFE_POINTER,
                            "OwnedPointer", TypeConstructor.OWNED_POINTER, "ArcPointer", TypeConstructor.ARC_POINTER);
            // (OptionalReg, Optional's register-passable twin in 25.x, is the same Optional here: every Optional is one value)
            // (1.x: std.collections also has Span, and InlineArray is Array)
            case "collections" -> Map.of("List", TypeConstructor.LIST, "Optional", TypeConstructor.OPTIONAL, "OptionalReg", TypeConstructor.OPTIONAL,
                            "Dict", TypeConstructor.DICT, "InlineArray", TypeConstructor.INLINE_ARRAY, "Array", TypeConstructor.INLINE_ARRAY,
                            "Span", TypeConstructor.SPAN);
            case "collections.list" -> Map.of("List", TypeConstructor.LIST);
            case "collections.inline_array" -> Map.of("InlineArray", TypeConstructor.INLINE_ARRAY);
            case "collections.dict" -> Map.of("Dict", TypeConstructor.DICT);
            case "memory.span" -> Map.of("Span", TypeConstructor.SPAN);
            case "memory.pointer" -> Map.of("Pointer", TypeConstructor.UNSAFE_POINTER);
            case "collections.optional" -> Map.of("Optional", TypeConstructor.OPTIONAL, "OptionalReg", TypeConstructor.OPTIONAL);
            default -> null;
        };
    }

    /** Names every module sees without an import, besides the functions the library declares in builtin.mojo. */
    static final Map<String, Object> PRELUDE = Map.ofEntries(
                    Map.entry("print", Builtin.PRINT), Map.entry("len", Builtin.LEN), Map.entry("min", Builtin.MIN),
                    Map.entry("max", Builtin.MAX), Map.entry("range", Builtin.RANGE), Map.entry("repr", Builtin.REPR),
                    Map.entry("pow", Builtin.POW), Map.entry("enumerate", Builtin.ENUMERATE), Map.entry("reversed", Builtin.REVERSED),
                    Map.entry("hash", Builtin.HASH),
                    Map.entry("rebind", Builtin.REBIND), Map.entry("constrained", Builtin.CONSTRAINED),
                    Map.entry("__functions_in_module", Builtin.FUNCTIONS_IN_MODULE), Map.entry("materialize", Builtin.MATERIALIZE),
                    Map.entry("conforms_to", Builtin.CONFORMS_TO), Map.entry("reflect", Builtin.REFLECT),
                    Map.entry("trait_downcast", Builtin.TRAIT_DOWNCAST));
}

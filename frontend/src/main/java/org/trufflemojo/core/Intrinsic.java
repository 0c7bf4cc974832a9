package org.trufflemojo.core;

import java.util.HashMap;
import java.util.Map;

/**
 * The operations implemented in Java that the standard library's Mojo declarations bind to. A
 * library function declared {@code @intrinsic("math.sqrt") fn sqrt(x: Float64) -> Float64: ...}
 * is checked like any function (its parameters, conventions, defaults and {@code raises} come from
 * the declaration); a call of it runs the intrinsic. A pure operation that is a primitive
 * names it, so it compiles to the same arithmetic node as an operator; every other intrinsic is one
 * node of the run-time's intrinsic table.
 */
public enum Intrinsic {
    // math: pure operations on Float64
    ISNAN("math.isnan"),
    ISINF("math.isinf"),
    ISFINITE("math.isfinite"),
    LOG2("math.log2"),
    LOG10("math.log10"),
    ATAN("math.atan"),
    EXP2("math.exp2"),
    // builtin: functions every module sees (std/builtin.mojo)
    /** Rounds half away from zero, as Mojo's {@code round} of a Float64. */
    ROUND("builtin.round"),
    /** The one-character String of a code point. */
    CHR("builtin.chr"),
    ATOL("builtin.atol"),
    /** Halts in an attached debugger, as if a breakpoint were set there; does nothing without one. */
    BREAKPOINT("builtin.breakpoint"),
    // bit: on a 64-bit Int
    BIT_COUNT_LEADING_ZEROS("bit.count_leading_zeros"),
    BIT_COUNT_TRAILING_ZEROS("bit.count_trailing_zeros"),
    BIT_POP_COUNT("bit.pop_count"),
    BIT_REVERSE("bit.bit_reverse"),
    BIT_BYTE_SWAP("bit.byte_swap"),
    BIT_NOT("bit.bit_not"),
    /** Operands: the value, the distance (negative: to the right). */
    BIT_ROTATE_LEFT("bit.rotate_left"),
    // time
    PERF_COUNTER_NS("time.perf_counter_ns"),
    PERF_COUNTER("time.perf_counter"),
    SLEEP("time.sleep"),
    // random: one generator per run, seeded from the clock unless seeded
    RANDOM_FLOAT64("random.random_float64"),
    RANDOM_SI64("random.random_si64"),
    SEED("random.seed"),
    SEED_FROM_CLOCK("random.seed_from_clock"),
    // python: operations on PythonObject values, run by GraalPy at run time (see check/PythonOperations)
    PY_IMPORT("python.import_module"),
    PY_EVALUATE("python.evaluate"),
    PY_FROM_INT("python.from_int"),
    PY_FROM_FLOAT("python.from_float"),
    PY_FROM_BOOL("python.from_bool"),
    PY_FROM_STRING("python.from_string"),
    /** Operands: the object, the attribute name (a literal). */
    PY_GETATTR("python.getattr"),
    /** Operands: the callee, the keyword names (a literal, comma-separated, the last arguments' names), the arguments. */
    PY_CALL("python.call"),
    /** Operands: the name of the function of Python's operator module (a literal), then its arguments. */
    PY_OPERATOR("python.operator"),
    /** Operands: the name of a Python builtin function (a literal), then its arguments. */
    PY_BUILTIN("python.builtin"),
    PY_TO_INT("python.to_int"),
    PY_TO_FLOAT("python.to_float"),
    PY_TO_STRING("python.to_string"),
    PY_TO_BOOL("python.to_bool"),
    /** An interop iterator over a Python value; then whether it has a next element, and that element. */
    PY_ITER("python.iter"),
    PY_HAS_NEXT("python.has_next"),
    PY_NEXT("python.next"),
    // sys and os
    EXIT("sys.exit"),
    ARGV("sys.argv"),
    GETENV("os.getenv"),
    ABORT("os.abort"),
    // a failed `assert` (debug_assert): operands are its message and, to only warn (ASSERT=warn), where it is ("" to stop)
    ASSERT_FAILED("debug.assert_failed"),
    /** Mojo 1.x indexing: a negative run-time index is out of bounds (it no longer counts from the end); the index itself. */
    INDEX_NOT_NEGATIVE("index.not_negative"),
    // sys.ffi._Global: the process-wide values made on first use, by name
    GLOBAL_ADDRESS("global.address"),
    GLOBAL_REGISTER("global.register"),
    /** memory.memcpy: operands the destination and source addresses and the number of bytes. */
    MEMORY_COPY_BYTES("memory.copy_bytes"),
    BOX_ADDRESS("box.address"),
    BOX_RELEASE("box.release"),
    BOX_COUNT("box.count"),
    // String methods (std/builtin/string.mojo); the receiver is the first operand
    /** A copy of the string. */
    STRING_STR("string.str"),
    STRING_FIND("string.find"),
    STRING_RFIND("string.rfind"),
    STRING_COUNT("string.count"),
    STRING_STARTSWITH("string.startswith"),
    STRING_ENDSWITH("string.endswith"),
    STRING_ISDIGIT("string.isdigit"),
    STRING_ISLOWER("string.islower"),
    STRING_ISUPPER("string.isupper"),
    /** Without a second operand, whitespace; else the characters of the second operand. */
    STRING_STRIP("string.strip"),
    STRING_LSTRIP("string.lstrip"),
    STRING_RSTRIP("string.rstrip"),
    STRING_UPPER("string.upper"),
    STRING_LOWER("string.lower"),
    STRING_REPLACE("string.replace"),
    STRING_JOIN("string.join"),
    /** Without a second operand, at runs of whitespace; else at each occurrence of the separator. */
    STRING_SPLIT("string.split"),
    STRING_CODEPOINT_SLICES("string.codepoint_slices"),
    // each user-perceived character (extended grapheme cluster) of a string, as Strings: 1.0's string iteration
    STRING_GRAPHEME_SLICES("string.grapheme_slices"),
    STRING_BYTE_AT("string.byte_at"),
    STRING_FROM_BYTES("string.from_bytes"),
    STRING_UNSAFE_PTR("string.unsafe_ptr"),
    // a String's buffer and the form Mojo keeps it in (inline, static, NUL-terminated)
    STRING_CAPACITY("string.capacity"),
    STRING_IS_INLINE("string.is_inline"),
    STRING_HAS_NUL_TERMINATOR("string.has_nul_terminator"),
    STRING_WITH_CAPACITY("string.with_capacity"),
    STRING_COPY("string.copy"),
    /** The receiver is changed in place, as the ones below. */
    STRING_RESERVE("string.reserve"),
    STRING_RESIZE("string.resize"),
    STRING_RESIZE_UNINIT("string.resize_uninit"),
    STRING_UNSAFE_PTR_MUT("string.unsafe_ptr_mut"),
    STRING_UNSAFE_CSTR_PTR("string.unsafe_cstr_ptr"),
    // List[T] methods (std/builtin/list.mojo): the checker lowers them to list operations of the element type
    LIST_APPEND("list.append"),
    LIST_POP("list.pop"),
    LIST_INSERT("list.insert"),
    LIST_EXTEND("list.extend"),
    LIST_DEL("list.del"),
    LIST_CLEAR("list.clear"),
    LIST_REVERSE("list.reverse"),
    LIST_SORT("list.sort"),
    LIST_RESERVE("list.reserve"),
    LIST_RESIZE("list.resize"),
    LIST_RESIZE_UNINIT("list.resize_uninit"),
    LIST_LEN("list.len"),
    LIST_STR("list.str"),
    LIST_COPY("list.copy"),
    LIST_CONTAINS("list.contains"),
    LIST_COUNT("list.count"),
    LIST_INDEX("list.index"),
    LIST_EQ("list.eq"),
    LIST_NE("list.ne"),
    LIST_UNSAFE_PTR("list.unsafe_ptr"),
    // Dict[K, V] methods (std/builtin/dict.mojo): the checker lowers them to dict operations of the key and value types
    DICT_GET("dict.get"),
    DICT_GET_OR("dict.get_or"),
    DICT_POP("dict.pop"),
    DICT_POP_OR("dict.pop_or"),
    DICT_POPITEM("dict.popitem"),
    DICT_SETDEFAULT("dict.setdefault"),
    DICT_CLEAR("dict.clear"),
    DICT_UPDATE("dict.update"),
    DICT_KEYS("dict.keys"),
    DICT_VALUES("dict.values"),
    DICT_ITEMS("dict.items"),
    DICT_LEN("dict.len"),
    DICT_CONTAINS("dict.contains"),
    DICT_STR("dict.str"),
    /** Folded by the checker: both operands are IntLiterals, which are compile-time constants. */
    LITERAL_CEILDIV("literal.ceildiv"),
    DICT_RESERVED("dict.reserved"),
    DICT_COPY("dict.copy"),
    // Optional[T] methods (std/builtin/optional.mojo): the checker lowers them to optional operations of the element type
    OPTIONAL_VALUE("optional.value"),
    OPTIONAL_OR_ELSE("optional.or_else"),
    OPTIONAL_IS_SOME("optional.is_some"),
    OPTIONAL_COPY("optional.copy"),
    // SIMD[dtype, width] methods (std/builtin/simd.mojo): lowered to lane operations
    SIMD_REDUCE_ADD("simd.reduce_add"),
    SIMD_REDUCE_MUL("simd.reduce_mul"),
    SIMD_REDUCE_MIN("simd.reduce_min"),
    SIMD_REDUCE_MAX("simd.reduce_max"),
    SIMD_REDUCE_AND("simd.reduce_and"),
    SIMD_REDUCE_OR("simd.reduce_or"),
    SIMD_REDUCE_XOR("simd.reduce_xor"),
    SIMD_LEN("simd.len"),
    // UnsafePointer[T] methods (std/builtin/unsafe_pointer.mojo): lowered to memory operations of the pointee type
    POINTER_FREE("pointer.free"),
    POINTER_STORE("pointer.store"),
    POINTER_TAKE("pointer.take"),
    /** init_pointee_move: the value moves into the memory (its __moveinit__ runs). */
    POINTER_MOVE_IN("pointer.move_in"),
    /** take_pointee: the pointee moves out (its __moveinit__ runs). */
    POINTER_MOVE_OUT("pointer.move_out"),
    POINTER_DESTROY_POINTEE("pointer.destroy_pointee"),
    POINTER_OFFSET("pointer.offset"),
    POINTER_BITCAST("pointer.bitcast"),
    // String operations the checker emits: repr(s), hash(s), ord(s), chr(i) (its operand the decimal text), s.format(...)
    STRING_REPR("string.repr"),
    STRING_HASH("string.hash"),
    STRING_ORD("builtin.ord"),
    /** Operands: the template, then each argument's text and its repr, in pairs. */
    STRING_FORMAT("string.format"),
    // testing: raise an AssertionError when the check fails
    /** The checker compares the two values and formats them; this raises when the result is not the expected one. */
    ASSERT_EQUAL("testing.assert_equal"),
    ASSERT_NOT_EQUAL("testing.assert_not_equal"),
    /** Runs in the handler of an {@code assert_raises} block: checks the caught error's text. */
    ASSERT_RAISES("testing.assert_raises");

    /** The name a library declaration binds with {@code @intrinsic("...")}: the module and the function. */
    public final String spelling;

    /** Whether the checker lowers a call of this to an operation of its own typed tree (a list, dict or optional operation). */
    public boolean isLoweredByChecker() {
        return spelling.startsWith("list.") || spelling.startsWith("dict.") || spelling.startsWith("optional.") || spelling.startsWith("pointer.")
                        || spelling.startsWith("simd.")
                        || spelling.startsWith("literal.");
    }

    Intrinsic(String spelling) {
        this.spelling = spelling;
    }

    private static final Map<String, Intrinsic> BY_SPELLING = new HashMap<>();

    static {
        for (Intrinsic i : values()) {
            BY_SPELLING.put(i.spelling, i);
        }
    }

    /** The intrinsic a declaration names, or null if there is none of that name. */
    public static Intrinsic named(String spelling) {
        return BY_SPELLING.get(spelling);
    }
}

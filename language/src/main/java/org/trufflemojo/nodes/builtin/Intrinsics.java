package org.trufflemojo.nodes.builtin;

import org.trufflemojo.nodes.memory.MemoryNodesFactory;

import org.trufflemojo.core.Intrinsic;
import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.nodes.builtin.bit.BitNodesFactory;
import org.trufflemojo.nodes.builtin.math.MathNodesFactory;
import org.trufflemojo.nodes.builtin.memory.MemoryFunctionNodesFactory;
import org.trufflemojo.nodes.builtin.os.EnvironmentNodesFactory;
import org.trufflemojo.nodes.builtin.os.GlobalNodesFactory;
import org.trufflemojo.nodes.builtin.random.RandomNodes;
import org.trufflemojo.nodes.builtin.random.RandomNodesFactory;
import org.trufflemojo.nodes.builtin.string.CharacterNodesFactory;
import org.trufflemojo.nodes.builtin.string.StringBufferNodesFactory;
import org.trufflemojo.nodes.builtin.string.StringMethodNode;
import org.trufflemojo.nodes.builtin.sys.SysNodes;
import org.trufflemojo.nodes.builtin.sys.SysNodesFactory;
import org.trufflemojo.nodes.builtin.testing.AssertNodes;
import org.trufflemojo.nodes.builtin.time.ClockNodes;
import org.trufflemojo.nodes.builtin.time.ClockNodesFactory;
import org.trufflemojo.nodes.python.PythonNode;

/**
 * The run-time side of the intrinsics the standard library binds to: one node per intrinsic, made
 * from the call's operands (already bound to the declaration's parameters, so their number is the
 * declaration's). The switch is exhaustive: a new intrinsic does not compile until it has a node.
 */
public final class Intrinsics {
    private Intrinsics() {
    }

    public static MojoExpressionNode create(Intrinsic intrinsic, MojoExpressionNode[] operands) {
        return switch (intrinsic) {
            case LIST_APPEND, LIST_POP, LIST_INSERT, LIST_EXTEND, LIST_DEL, LIST_CLEAR, LIST_REVERSE, LIST_SORT, LIST_RESERVE, LIST_RESIZE, LIST_RESIZE_UNINIT, LIST_LEN,
                            LIST_STR, LIST_COPY, LIST_CONTAINS, LIST_COUNT, LIST_INDEX, LIST_EQ, LIST_NE, LIST_UNSAFE_PTR ->
                throw new IllegalArgumentException(intrinsic + " is lowered to a list operation of its element type by the checker");
            case DICT_GET, DICT_GET_OR, DICT_POP, DICT_POP_OR, DICT_POPITEM, DICT_SETDEFAULT, DICT_CLEAR, DICT_UPDATE, DICT_KEYS, DICT_VALUES,
                            DICT_ITEMS, DICT_LEN, DICT_CONTAINS, DICT_STR, DICT_RESERVED, LITERAL_CEILDIV, DICT_COPY ->
                throw new IllegalArgumentException(intrinsic + " is lowered to a dict operation of its key and value types by the checker");
            case OPTIONAL_VALUE, OPTIONAL_OR_ELSE, OPTIONAL_IS_SOME, OPTIONAL_COPY, POINTER_FREE, POINTER_STORE, POINTER_TAKE, POINTER_MOVE_IN, POINTER_MOVE_OUT, POINTER_DESTROY_POINTEE,
                            POINTER_OFFSET, POINTER_BITCAST, SIMD_REDUCE_ADD, SIMD_REDUCE_MUL, SIMD_REDUCE_MIN, SIMD_REDUCE_MAX, SIMD_REDUCE_AND, SIMD_REDUCE_OR, SIMD_REDUCE_XOR, SIMD_LEN ->
                throw new IllegalArgumentException(intrinsic + " is lowered to an optional operation of its element type by the checker");
            case ISNAN -> MathNodesFactory.IsNanNodeGen.create(operands[0]);
            case ISINF -> MathNodesFactory.IsInfNodeGen.create(operands[0]);
            case ISFINITE -> MathNodesFactory.IsFiniteNodeGen.create(operands[0]);
            case LOG2 -> MathNodesFactory.Log2NodeGen.create(operands[0]);
            case LOG10 -> MathNodesFactory.Log10NodeGen.create(operands[0]);
            case ATAN -> MathNodesFactory.AtanNodeGen.create(operands[0]);
            case EXP2 -> MathNodesFactory.Exp2NodeGen.create(operands[0]);
            case ROUND -> MathNodesFactory.RoundNodeGen.create(operands[0]);
            case CHR -> CharacterNodesFactory.ChrNodeGen.create(operands[0]);
            case BREAKPOINT -> new BreakpointNodes.Expression();
            case ATOL -> CharacterNodesFactory.AtolNodeGen.create(operands[0], operands[1]);
            case STRING_BYTE_AT -> CharacterNodesFactory.ByteAtNodeGen.create(operands[0], operands[1]);
            case STRING_FROM_BYTES -> CharacterNodesFactory.FromBytesNodeGen.create(operands[0], operands[1]);
            case STRING_UNSAFE_PTR -> CharacterNodesFactory.UnsafePtrNodeGen.create(operands[0]);
            case STRING_CAPACITY -> StringBufferNodesFactory.CapacityNodeGen.create(operands[0]);
            case STRING_IS_INLINE -> StringBufferNodesFactory.IsInlineNodeGen.create(operands[0]);
            case STRING_HAS_NUL_TERMINATOR -> StringBufferNodesFactory.HasNulTerminatorNodeGen.create(operands[0]);
            case STRING_WITH_CAPACITY -> StringBufferNodesFactory.WithCapacityNodeGen.create(operands[0]);
            case STRING_COPY -> StringBufferNodesFactory.CopyNodeGen.create(operands[0]);
            case STRING_RESERVE -> StringBufferNodesFactory.ReserveNodeGen.create(operands[0], operands[1]);
            case STRING_RESIZE -> StringBufferNodesFactory.ResizeNodeGen.create(operands[0], operands[1], operands[2]);
            case STRING_RESIZE_UNINIT -> StringBufferNodesFactory.ResizeUninitNodeGen.create(operands[0], operands[1]);
            case STRING_UNSAFE_PTR_MUT -> StringBufferNodesFactory.MutableBytesNodeGen.create(operands[0]);
            case STRING_UNSAFE_CSTR_PTR -> StringBufferNodesFactory.CStringNodeGen.create(operands[0]);
            case BIT_COUNT_LEADING_ZEROS -> BitNodesFactory.LeadingZerosNodeGen.create(operands[0]);
            case BIT_COUNT_TRAILING_ZEROS -> BitNodesFactory.TrailingZerosNodeGen.create(operands[0]);
            case BIT_POP_COUNT -> BitNodesFactory.PopCountNodeGen.create(operands[0]);
            case BIT_REVERSE -> BitNodesFactory.ReverseNodeGen.create(operands[0]);
            case BIT_BYTE_SWAP -> BitNodesFactory.ByteSwapNodeGen.create(operands[0]);
            case BIT_NOT -> BitNodesFactory.NotNodeGen.create(operands[0]);
            case BIT_ROTATE_LEFT -> BitNodesFactory.RotateLeftNodeGen.create(operands[0], operands[1]);
            case PERF_COUNTER_NS -> new ClockNodes.PerfCounterNs();
            case PERF_COUNTER -> new ClockNodes.PerfCounter();
            case SLEEP -> ClockNodesFactory.SleepNodeGen.create(operands[0]);
            case RANDOM_FLOAT64 -> RandomNodesFactory.Float64NodeGen.create(operands[0], operands[1]);
            case RANDOM_SI64 -> RandomNodesFactory.SInt64NodeGen.create(operands[0], operands[1]);
            case SEED -> RandomNodesFactory.SeedNodeGen.create(operands[0]);
            case SEED_FROM_CLOCK -> new RandomNodes.SeedFromClock();
            case EXIT -> SysNodesFactory.ExitNodeGen.create(operands[0]);
            case ARGV -> new SysNodes.Argv();
            case GETENV -> EnvironmentNodesFactory.GetenvNodeGen.create(operands[0], operands[1]);
            case ABORT -> EnvironmentNodesFactory.AbortNodeGen.create(operands[0]);
            case INDEX_NOT_NEGATIVE -> IndexChecksFactory.NotNegativeNodeGen.create(operands[0]);
            case ASSERT_FAILED -> EnvironmentNodesFactory.AssertFailedNodeGen.create(operands[0], operands[1]);
            case GLOBAL_ADDRESS -> GlobalNodesFactory.GlobalAddressNodeGen.create(operands[0]);
            case GLOBAL_REGISTER -> GlobalNodesFactory.RegisterGlobalNodeGen.create(operands[0], operands[1]);
            case MEMORY_COPY_BYTES -> MemoryFunctionNodesFactory.CopyBytesNodeGen.create(operands[0], operands[1], operands[2]);
            case BOX_ADDRESS -> operands[0]; // a native box is the address of its value
            case BOX_RELEASE -> MemoryNodesFactory.ReleaseBoxNodeGen.create(operands[0]);
            case BOX_COUNT -> MemoryNodesFactory.ShareCountNodeGen.create(operands[0]);
            case STRING_STR, STRING_FIND, STRING_RFIND, STRING_COUNT, STRING_STARTSWITH, STRING_ENDSWITH, STRING_ISDIGIT, STRING_ISLOWER, STRING_ISUPPER, STRING_STRIP,
                            STRING_LSTRIP, STRING_RSTRIP, STRING_UPPER, STRING_LOWER, STRING_REPLACE, STRING_JOIN, STRING_SPLIT,
                            STRING_CODEPOINT_SLICES, STRING_GRAPHEME_SLICES, STRING_REPR, STRING_HASH, STRING_ORD, STRING_FORMAT ->
                new StringMethodNode(intrinsic, operands);
            case PY_IMPORT, PY_EVALUATE, PY_FROM_INT, PY_FROM_FLOAT, PY_FROM_BOOL, PY_FROM_STRING, PY_GETATTR, PY_CALL, PY_OPERATOR, PY_BUILTIN,
                            PY_TO_INT, PY_TO_FLOAT, PY_TO_STRING, PY_TO_BOOL,
                            PY_ITER, PY_HAS_NEXT, PY_NEXT ->
                new PythonNode(intrinsic, operands);
            case ASSERT_EQUAL -> new AssertNodes.Equality(true, operands);
            case ASSERT_NOT_EQUAL -> new AssertNodes.Equality(false, operands);
            case ASSERT_RAISES -> new AssertNodes.RaisedContains(operands);
        };
    }
}

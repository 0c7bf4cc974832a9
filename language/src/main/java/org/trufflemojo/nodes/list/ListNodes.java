package org.trufflemojo.nodes.list;

import java.math.BigInteger;
import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.nodes.MojoStatementNode;
import org.trufflemojo.nodes.struct.LifecycleNodes;
import org.trufflemojo.core.FloatFormat;
import org.trufflemojo.runtime.ListObject;
import org.trufflemojo.runtime.StringOps;
import org.trufflemojo.core.Repr;
import org.trufflemojo.nodes.control.LoopShell;
import org.trufflemojo.MojoContext;
import org.trufflemojo.nodes.expression.BooleanExpressionNode;
import org.trufflemojo.nodes.expression.LongExpressionNode;
import org.trufflemojo.runtime.MojoError;
import org.trufflemojo.runtime.MojoRaise;
import org.trufflemojo.runtime.NativeString;

/** The operations of {@code List[T]}; element storage is an {@link Elements} node of the list's type. */
public final class ListNodes {
    private ListNodes() {
    }

    private static ListObject list(MojoExpressionNode node, VirtualFrame frame) {
        return (ListObject) node.executeGeneric(frame);
    }

    public static final class New extends MojoExpressionNode {
        @Children private final MojoExpressionNode[] values;
        @Child private Elements elements;

        public New(MojoExpressionNode[] values, Elements elements) {
            this.values = values;
            this.elements = elements;
        }

        @Override
        @ExplodeLoop
        public Object executeGeneric(VirtualFrame frame) {
            ListObject l = new ListObject();
            if (values.length > 0) {
                elements.reserveExactly(l, values.length);
                for (int i = 0; i < values.length; i++) {
                    elements.put(l, i, elements.moveIn(values[i].executeGeneric(frame)));
                }
                l.size = values.length;
            }
            return l;
        }
    }

    /** {@code List[T](length=n, fill=v)}: n copies of a borrowed value. */
    @NodeChild(value = "length", type = MojoExpressionNode.class)
    @NodeChild(value = "value", type = MojoExpressionNode.class)
    public abstract static class Filled extends MojoExpressionNode {
        @Child private Elements elements;
        @Child private LifecycleNodes.CopyValue copy;

        protected Filled(Elements elements, LifecycleNodes.CopyValue copy) {
            this.elements = elements;
            this.copy = copy;
        }

        @Specialization
        protected Object filled(long length, Object v) {
            long n = Math.max(0, length);
            ListObject l = new ListObject();
            if (n > 0) {
                elements.reserveExactly(l, n);
                for (long i = 0; i < n; i++) {
                    elements.put(l, i, copy == null ? v : copy.execute(v));
                }
                l.size = n;
            }
            return l;
        }
    }

    @NodeChild(value = "list", type = MojoExpressionNode.class)
    @NodeChild(value = "value", type = MojoExpressionNode.class)
    public abstract static class Append extends MojoExpressionNode {
        @Child private Elements elements;

        protected Append(Elements elements) {
            this.elements = elements;
        }

        @Specialization
        protected Object append(ListObject l, Object v) {
            elements.reserve(l, l.size + 1);
            elements.put(l, l.size, elements.moveIn(v));
            l.size++;
            return null;
        }
    }

    /** {@code pop(i)} ({@code pop()} is {@code pop(-1)}): the element moves out of the list. */
    @NodeChild(value = "list", type = MojoExpressionNode.class)
    @NodeChild(value = "index", type = MojoExpressionNode.class)
    public abstract static class Pop extends MojoExpressionNode {
        @Child private Elements elements;

        protected Pop(Elements elements) {
            this.elements = elements;
        }

        @Specialization
        protected Object pop(ListObject l, long index) {
            long k = Elements.checkIndex(l, index, this);
            // As Mojo's List.pop: the element is taken out, the later ones move down, the result moves out.
            Object v = elements.moveIn(elements.get(l, k));
            elements.shift(l, k + 1, k, l.size - k - 1);
            l.size--;
            return elements.moveIn(v);
        }
    }

    /** {@code insert(i, v)}: the position is taken against the size after all operands are evaluated, as in Mojo's List.insert. */
    @NodeChild(value = "list", type = MojoExpressionNode.class)
    @NodeChild(value = "index", type = MojoExpressionNode.class)
    @NodeChild(value = "value", type = MojoExpressionNode.class)
    public abstract static class Insert extends MojoExpressionNode {
        @Child private Elements elements;

        protected Insert(Elements elements) {
            this.elements = elements;
        }

        @Specialization
        protected Object insert(ListObject l, long i, Object v) {
            long k = Math.max(0, Math.min(l.size, i < 0 ? i + l.size : i));
            elements.reserve(l, l.size + 1);
            if (elements.movesAreObservable()) {
                // As Mojo's List.insert: append, then swap the new element down, three moves a step.
                elements.put(l, l.size, elements.moveIn(v));
                for (long e = l.size; e > k; e--) {
                    Object moving = elements.moveIn(elements.get(l, e));
                    elements.put(l, e, elements.moveIn(elements.get(l, e - 1)));
                    elements.put(l, e - 1, elements.moveIn(moving));
                }
            } else {
                elements.shift(l, k, k + 1, l.size - k);
                elements.put(l, k, v);
            }
            l.size++;
            return null;
        }
    }

    /** {@code list[i] = value}: the old element is destroyed, the value moves in. */
    @NodeChild(value = "list", type = MojoExpressionNode.class)
    @NodeChild(value = "index", type = MojoExpressionNode.class)
    @NodeChild(value = "value", type = MojoExpressionNode.class)
    public abstract static class Set extends MojoExpressionNode {
        @Child private Elements elements;
        @Child private LifecycleNodes.DestroyValue destroy;

        protected Set(Elements elements, LifecycleNodes.DestroyValue destroy) {
            this.elements = elements;
            this.destroy = destroy;
        }

        @Specialization
        protected Object set(ListObject l, long index, Object v) {
            long k = Elements.checkIndex(l, index, this);
            if (destroy != null) {
                destroy.execute(elements.get(l, k));
            }
            elements.put(l, k, v);
            return null;
        }
    }

    /**
     * Reads element {@code list[i]} (a view of it). Hand-written: each typed execute method reads the
     * element in its own representation, where a DSL node would box it.
     */
    public static final class Get extends MojoExpressionNode {
        @Child private MojoExpressionNode list;
        @Child private MojoExpressionNode index;
        @Child private Elements elements;

        public Get(MojoExpressionNode list, MojoExpressionNode index, Elements elements) {
            this.list = list;
            this.index = index;
            this.elements = elements;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            ListObject l = list(list, frame);
            return elements.get(l, Elements.checkIndex(l, index.executeLong(frame), this));
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            ListObject l = list(list, frame);
            return elements.getLong(l, Elements.checkIndex(l, index.executeLong(frame), this));
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            ListObject l = list(list, frame);
            return elements.getDouble(l, Elements.checkIndex(l, index.executeLong(frame), this));
        }

        @Override
        public boolean executeBoolean(VirtualFrame frame) {
            ListObject l = list(list, frame);
            return elements.getBoolean(l, Elements.checkIndex(l, index.executeLong(frame), this));
        }
    }

    /** The native address of element {@code list[i]}, for reading or writing its fields in place. */
    @NodeChild(value = "list", type = MojoExpressionNode.class)
    @NodeChild(value = "index", type = MojoExpressionNode.class)
    public abstract static class Address extends LongExpressionNode {
        @Child private Elements elements;

        protected Address(Elements elements) {
            this.elements = elements;
        }

        @Specialization
        protected long address(ListObject l, long index) {
            return elements.address(l, Elements.checkIndex(l, index, this));
        }
    }

    @NodeChild(value = "list", type = MojoExpressionNode.class)
    public abstract static class Length extends LongExpressionNode {
        @Specialization
        protected long length(ListObject l) {
            return l.size;
        }
    }

    /** {@code extend(other^)}: other (owned) gives up its elements: each moves to the end of the list, and its buffer is freed. */
    @NodeChild(value = "list", type = MojoExpressionNode.class)
    @NodeChild(value = "other", type = MojoExpressionNode.class)
    public abstract static class Extend extends MojoExpressionNode {
        @Child private Elements elements;

        protected Extend(Elements elements) {
            this.elements = elements;
        }

        @Specialization
        protected Object extend(ListObject l, ListObject o) {
            long n = o.size;
            elements.reserve(l, l.size + n);
            for (long i = 0; i < n; i++) {
                elements.put(l, l.size, elements.moveIn(elements.get(o, i)));
                l.size++;
            }
            elements.release(o); // its elements live on in l
            return null;
        }
    }

    /** {@code a + b}: a new list holding copies of the elements of both. */
    @NodeChild(value = "left", type = MojoExpressionNode.class)
    @NodeChild(value = "right", type = MojoExpressionNode.class)
    public abstract static class Concat extends MojoExpressionNode {
        @Child private Elements elements;
        @Child private LifecycleNodes.CopyValue copy;

        protected Concat(Elements elements, LifecycleNodes.CopyValue copy) {
            this.elements = elements;
            this.copy = copy;
        }

        @Specialization
        protected Object concat(ListObject from, ListObject other) {
            ListObject to = new ListObject();
            elements.reserveExactly(to, from.size + other.size);
            for (long i = 0; i < from.size; i++) {
                Object v = elements.get(from, i);
                elements.put(to, to.size++, copy == null ? v : copy.execute(v));
            }
            for (long i = 0; i < other.size; i++) {
                Object v = elements.get(other, i);
                elements.put(to, to.size++, copy == null ? v : copy.execute(v));
            }
            return to;
        }
    }

    /** {@code list[start:end:step]}: a new list holding copies of the elements; an absent bound or step is null. */
    @NodeChild(value = "list", type = MojoExpressionNode.class)
    @NodeChild(value = "start", type = MojoExpressionNode.class)
    @NodeChild(value = "end", type = MojoExpressionNode.class)
    @NodeChild(value = "step", type = MojoExpressionNode.class)
    public abstract static class Slice extends MojoExpressionNode {
        @Child private Elements elements;
        @Child private LifecycleNodes.CopyValue copy;

        protected Slice(Elements elements, LifecycleNodes.CopyValue copy) {
            this.elements = elements;
            this.copy = copy;
        }

        @Specialization
        protected Object slice(ListObject from, Object start, Object end, Object stepValue) {
            ListObject to = new ListObject();
            long n = from.size;
            long step = stepValue == null ? 1 : (long) stepValue;
            if (step == 0) {
                throw new MojoError("slice step cannot be zero", this);
            }
            long lo = step > 0 ? (start == null ? 0 : clamp((long) start, n, 0, n)) : (start == null ? n - 1 : clamp((long) start, n, -1, n - 1));
            long hi = step > 0 ? (end == null ? n : clamp((long) end, n, 0, n)) : (end == null ? -1 : clamp((long) end, n, -1, n - 1));
            for (long i = lo; step > 0 ? i < hi : i > hi; i += step) {
                elements.reserve(to, to.size + 1);
                Object v = elements.get(from, i);
                elements.put(to, to.size++, copy == null ? v : copy.execute(v));
            }
            return to;
        }

        private static long clamp(long v, long n, long min, long max) {
            long k = v < 0 ? v + n : v;
            return Math.max(min, Math.min(max, k));
        }
    }

    /** {@code clear()}, {@code reverse()}, {@code sort()}. */
    @NodeChild(value = "list", type = MojoExpressionNode.class)
    public abstract static class Rearrange extends MojoExpressionNode {
        public enum Kind {
            CLEAR, REVERSE, SORT
        }

        private final Kind kind;
        private final Repr repr;
        @Child private Elements elements;
        @Child private LifecycleNodes.DestroyValue destroy;

        protected Rearrange(Kind kind, Repr repr, Elements elements, LifecycleNodes.DestroyValue destroy) {
            this.kind = kind;
            this.repr = repr;
            this.elements = elements;
            this.destroy = destroy;
        }

        @Specialization
        protected Object rearrange(ListObject l) {
            switch (kind) {
                case CLEAR -> {
                    if (destroy != null) {
                        for (long i = 0; i < l.size; i++) {
                            destroy.execute(elements.get(l, i));
                        }
                    }
                    l.size = 0;
                }
                case REVERSE -> {
                    for (long i = 0, j = l.size - 1; i < j; i++, j--) {
                        Object a = elements.moveIn(elements.get(l, i));
                        elements.put(l, i, elements.moveIn(elements.get(l, j)));
                        elements.put(l, j, elements.moveIn(a));
                    }
                }
                case SORT -> {
                    Object[] values = new Object[(int) l.size];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = elements.get(l, i);
                    }
                    sort(values, repr);
                    for (int i = 0; i < values.length; i++) {
                        elements.put(l, i, values[i]);
                    }
                }
            }
            return null;
        }

        @TruffleBoundary
        private static void sort(Object[] values, Repr repr) {
            if (repr == Repr.OBJECT) {
                Arrays.sort(values, (a, b) -> StringOps.compare((NativeString) a, (NativeString) b));
            } else {
                Arrays.sort(values);
            }
        }
    }

    /** {@code value in list}. */
    @NodeChild(value = "list", type = MojoExpressionNode.class)
    @NodeChild(value = "value", type = MojoExpressionNode.class)
    public abstract static class Contains extends BooleanExpressionNode {
        @Child private Elements elements;
        @Child private ElementEquality equality;

        protected Contains(Elements elements, ElementEquality equality) {
            this.elements = elements;
            this.equality = equality;
        }

        @Specialization
        protected boolean contains(ListObject l, Object v) {
            return find(l, v, elements, equality) >= 0;
        }
    }

    /** {@code list.index(v)}: the first position of an equal element, else a ValueError. */
    @NodeChild(value = "list", type = MojoExpressionNode.class)
    @NodeChild(value = "value", type = MojoExpressionNode.class)
    public abstract static class IndexOf extends LongExpressionNode {
        @Child private Elements elements;
        @Child private ElementEquality equality;

        protected IndexOf(Elements elements, ElementEquality equality) {
            this.elements = elements;
            this.equality = equality;
        }

        @Specialization
        protected long indexOf(ListObject l, Object v) {
            long at = find(l, v, elements, equality);
            if (at < 0) {
                throw new MojoRaise("ValueError: Given element is not in list", this);
            }
            return at;
        }
    }

    /** {@code list.count(v)}. */
    @NodeChild(value = "list", type = MojoExpressionNode.class)
    @NodeChild(value = "value", type = MojoExpressionNode.class)
    public abstract static class Count extends LongExpressionNode {
        @Child private Elements elements;
        @Child private ElementEquality equality;

        protected Count(Elements elements, ElementEquality equality) {
            this.elements = elements;
            this.equality = equality;
        }

        @Specialization
        protected long count(ListObject l, Object v) {
            long n = 0;
            for (long i = 0; i < l.size; i++) {
                if (equality.equal(elements.get(l, i), v)) {
                    n++;
                }
            }
            return n;
        }
    }

    /** {@code a == b} on lists: the same length and equal elements. */
    @NodeChild(value = "left", type = MojoExpressionNode.class)
    @NodeChild(value = "right", type = MojoExpressionNode.class)
    public abstract static class Equals extends BooleanExpressionNode {
        @Child private Elements elements;
        @Child private ElementEquality equality;

        protected Equals(Elements elements, ElementEquality equality) {
            this.elements = elements;
            this.equality = equality;
        }

        @Specialization
        protected boolean equals(ListObject a, ListObject b) {
            if (a.size != b.size) {
                return false;
            }
            for (long i = 0; i < a.size; i++) {
                if (!equality.equal(elements.get(a, i), elements.get(b, i))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** {@code list * n}: a new list holding n copies of the elements, in order. */
    @NodeChild(value = "list", type = MojoExpressionNode.class)
    @NodeChild(value = "count", type = MojoExpressionNode.class)
    public abstract static class Repeat extends MojoExpressionNode {
        @Child private Elements elements;
        @Child private LifecycleNodes.CopyValue copy;

        protected Repeat(Elements elements, LifecycleNodes.CopyValue copy) {
            this.elements = elements;
            this.copy = copy;
        }

        @Specialization
        protected Object repeat(ListObject from, long count) {
            long n = Math.max(0, count);
            ListObject to = new ListObject();
            if (n == 0 || from.size == 0) {
                return to;
            }
            // (a count past a long's range asks for the most: reserving it is then an out-of-memory error)
            long total = Math.multiplyHigh(n, from.size) == 0 && n * from.size >= 0 ? n * from.size : Long.MAX_VALUE;
            elements.reserveExactly(to, total);
            for (long k = 0; k < n; k++) {
                for (long i = 0; i < from.size; i++) {
                    Object v = elements.get(from, i);
                    elements.put(to, to.size++, copy == null ? v : copy.execute(v));
                }
            }
            return to;
        }
    }

    private static long find(ListObject l, Object v, Elements elements, ElementEquality equality) {
        for (long i = 0; i < l.size; i++) {
            if (equality.equal(elements.get(l, i), v)) {
                return i;
            }
        }
        return -1;
    }

    /** How {@code in}, {@code index}, {@code count} and {@code ==} compare elements: built in for numbers, Bools and Strings. */
    public static class ElementEquality extends Node {
        public boolean equal(Object a, Object b) {
            return same(a, b);
        }
    }

    /** Elements of a struct type compare with its {@code __eq__}. */
    public static final class StructEquality extends ElementEquality {
        @Child private DirectCallNode eq;

        public StructEquality(CallTarget eq) {
            this.eq = DirectCallNode.create(eq);
        }

        @Override
        public boolean equal(Object a, Object b) {
            return (boolean) eq.call(a, b);
        }
    }

    /** Element equality for the element types lists compare (numbers, Bools, Strings); compiles inline. */
    private static boolean same(Object a, Object b) {
        if (a instanceof NativeString x) {
            return StringOps.equal(x, (NativeString) b);
        }
        if (a instanceof Double x) {
            return x.doubleValue() == (Double) b; // IEEE equality: NaN differs from itself, -0.0 equals 0.0
        }
        if (a instanceof Long x) {
            return x.longValue() == (Long) b;
        }
        return (Boolean) a == ((Boolean) b).booleanValue();
    }

    /** Writes an element as {@code List.__str__} shows it: numbers as printed, Strings quoted. */
    public abstract static class ElementText extends Node {
        public abstract void append(StringBuilder sb, Object element);
    }

    public static final class ScalarText extends ElementText {
        private final Repr repr;
        private final boolean unsigned;
        private final boolean narrowFloat;

        public ScalarText(Repr repr, boolean unsigned, boolean narrowFloat) {
            this.repr = repr;
            this.unsigned = unsigned;
            this.narrowFloat = narrowFloat;
        }

        @Override
        @TruffleBoundary
        public void append(StringBuilder sb, Object e) {
            switch (repr) {
                case LONG -> sb.append(unsigned ? Long.toUnsignedString((long) e) : Long.toString((long) e));
                case DOUBLE -> sb.append(narrowFloat ? FloatFormat.formatFloat((float) (double) e) : FloatFormat.format((double) e));
                case BOOLEAN -> sb.append((boolean) e ? "True" : "False");
                default -> {
                    if (e instanceof BigInteger wide) {
                        sb.append(wide); // an integer wider than 64 bits
                    } else {
                        sb.append('\'').append(StringOps.toJava((NativeString) e)).append('\'');
                    }
                }
            }
        }
    }

    public static final class ListText extends ElementText {
        @Child private Elements elements;
        @Child private ElementText element;

        public ListText(Elements elements, ElementText element) {
            this.elements = elements;
            this.element = element;
        }

        @Override
        public void append(StringBuilder sb, Object e) {
            ListObject l = (ListObject) e;
            sb.append('[');
            for (long i = 0; i < l.size; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                element.append(sb, elements.get(l, i));
            }
            sb.append(']');
        }
    }

    @NodeChild(value = "list", type = MojoExpressionNode.class)
    public abstract static class Str extends MojoExpressionNode {
        @Child private ListText text;

        protected Str(ListText text) {
            this.text = text;
        }

        @Specialization
        protected Object str(ListObject l) {
            StringBuilder sb = newBuilder();
            text.append(sb, l);
            return StringOps.fromJava(MojoContext.get(this).memory(), toText(sb), this);
        }

        @TruffleBoundary
        private static StringBuilder newBuilder() {
            return new StringBuilder();
        }

        @TruffleBoundary
        private static String toText(StringBuilder sb) {
            return sb.toString();
        }
    }

    /** Copies a list: a new buffer with a copy of each element. */
    public static final class Copy extends LifecycleNodes.CopyValue {
        @Child private Elements elements;
        @Child private LifecycleNodes.CopyValue element;

        public Copy(Elements elements, LifecycleNodes.CopyValue element) {
            this.elements = elements;
            this.element = element;
        }

        @Override
        public Object execute(Object value) {
            ListObject from = (ListObject) value;
            ListObject to = new ListObject();
            elements.reserveExactly(to, from.capacity); // as Mojo's List.__copyinit__: the same capacity
            for (long i = 0; i < from.size; i++) {
                Object v = elements.get(from, i);
                elements.put(to, i, element == null ? v : element.execute(v));
            }
            to.size = from.size;
            return to;
        }
    }

    /**
     * Moves an InlineArray: its elements live inline in Mojo, so moving the array moves each element
     * (runs its move constructor). The source is consumed by the move, so the elements are moved in place.
     */
    public static final class MoveElements extends LifecycleNodes.CopyValue {
        @Child private Elements elements;
        @Child private LifecycleNodes.CopyValue element;

        public MoveElements(Elements elements, LifecycleNodes.CopyValue element) {
            this.elements = elements;
            this.element = element;
        }

        @Override
        public Object execute(Object value) {
            ListObject list = (ListObject) value;
            for (long i = 0; i < list.size; i++) {
                elements.put(list, i, element.execute(elements.get(list, i)));
            }
            return list;
        }
    }

    /** Destroys a list: each element by its type, then the buffer. */
    public static final class Destroy extends LifecycleNodes.DestroyValue {
        @Child private Elements elements;
        @Child private LifecycleNodes.DestroyValue element;

        public Destroy(Elements elements, LifecycleNodes.DestroyValue element) {
            this.elements = elements;
            this.element = element;
        }

        @Override
        public void execute(Object value) {
            ListObject l = (ListObject) value;
            if (element != null) {
                for (long i = 0; i < l.size; i++) {
                    element.execute(elements.get(l, i));
                }
            }
            elements.release(l);
        }
    }

    /** {@code for v in list}: the list is read at every iteration, so changes to it are seen. */
    public static final class ForEach extends MojoStatementNode {
        @Child private MojoExpressionNode list;
        @Child private LoopShell loop;
        private final int indexSlot;
        private final boolean backward;

        public ForEach(MojoExpressionNode list, MojoExpressionNode listAgain, boolean backward, int indexSlot, MojoStatementNode writeVariable,
                        MojoStatementNode body, MojoStatementNode otherwise) {
            this.list = list;
            this.indexSlot = indexSlot;
            this.backward = backward;
            this.loop = new LoopShell(new Iteration(listAgain, indexSlot, backward, writeVariable, body), otherwise);
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            ListObject l = (ListObject) list.executeGeneric(frame);
            frame.setLong(indexSlot, backward ? l.size : -1);
            loop.execute(frame);
        }

        private static final class Iteration extends LoopShell.Iteration {
            @Child private MojoExpressionNode list;
            @Child private MojoStatementNode writeVariable;
            private final int indexSlot;
            private final boolean backward;

            Iteration(MojoExpressionNode list, int indexSlot, boolean backward, MojoStatementNode writeVariable, MojoStatementNode body) {
                super(body);
                this.list = list;
                this.indexSlot = indexSlot;
                this.backward = backward;
                this.writeVariable = writeVariable;
            }

            @Override
            protected boolean advance(VirtualFrame frame) {
                long i;
                if (backward) {
                    i = Math.min(frame.getLong(indexSlot), ((ListObject) list.executeGeneric(frame)).size) - 1;
                    if (i < 0) {
                        return false;
                    }
                } else {
                    i = frame.getLong(indexSlot) + 1;
                    if (i >= ((ListObject) list.executeGeneric(frame)).size) {
                        return false;
                    }
                }
                frame.setLong(indexSlot, i);
                if (writeVariable != null) {
                    writeVariable.executeVoid(frame);
                }
                return true;
            }
        }
    }
}

package org.trufflemojo.nodes.list;

import static org.trufflemojo.nodes.list.ListNodes.list;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.nodes.expression.LongExpressionNode;
import org.trufflemojo.nodes.struct.LifecycleNodes;
import org.trufflemojo.runtime.ListObject;
import org.trufflemojo.runtime.MojoError;

/** A list's buffer as a program sees it: {@code capacity}, {@code reserve}, {@code resize}, {@code unsafe_ptr}. */
public final class ListSizingNodes {
    private ListSizingNodes() {
    }

    /** {@code list.capacity}. */
    public static final class Capacity extends LongExpressionNode {
        @Child private MojoExpressionNode list;

        public Capacity(MojoExpressionNode list) {
            this.list = list;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return list(list, frame).capacity;
        }
    }

    /** {@code List[T](capacity=n)}: an empty list with room for n elements. */
    public static final class WithCapacity extends MojoExpressionNode {
        @Child private MojoExpressionNode capacity;
        @Child private Elements elements;

        public WithCapacity(MojoExpressionNode capacity, Elements elements) {
            this.capacity = capacity;
            this.elements = elements;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            long n = capacity.executeLong(frame);
            if (n < 0) {
                throw new MojoError("List capacity cannot be negative (" + n + ")", this);
            }
            ListObject l = new ListObject();
            elements.reserveExactly(l, n);
            return l;
        }
    }

    /** {@code list.reserve(n)}: room for n elements (the buffer never shrinks). */
    public static final class Reserve extends MojoExpressionNode {
        @Child private MojoExpressionNode list;
        @Child private MojoExpressionNode capacity;
        @Child private Elements elements;

        public Reserve(MojoExpressionNode list, MojoExpressionNode capacity, Elements elements) {
            this.list = list;
            this.capacity = capacity;
            this.elements = elements;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            ListObject l = list(list, frame);
            elements.reserveExactly(l, capacity.executeLong(frame));
            return null;
        }
    }

    /** {@code list.resize(n, value)}: destroys the elements past n, or appends copies of value up to n. */
    public static final class Resize extends MojoExpressionNode {
        @Child private MojoExpressionNode list;
        @Child private MojoExpressionNode length;
        @Child private MojoExpressionNode value;
        @Child private Elements elements;
        @Child private LifecycleNodes.CopyValue copy;
        @Child private LifecycleNodes.DestroyValue destroy;

        public Resize(MojoExpressionNode list, MojoExpressionNode length, MojoExpressionNode value, Elements elements, LifecycleNodes.CopyValue copy,
                        LifecycleNodes.DestroyValue destroy) {
            this.list = list;
            this.length = length;
            this.value = value;
            this.elements = elements;
            this.copy = copy;
            this.destroy = destroy;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            ListObject l = list(list, frame);
            long n = length.executeLong(frame);
            Object v = value.executeGeneric(frame);
            if (n < 0) {
                throw new MojoError("List length cannot be negative (" + n + ")", this);
            }
            if (n <= l.size) {
                for (long i = n; i < l.size && destroy != null; i++) {
                    destroy.execute(elements.get(l, i));
                }
                l.size = n;
                return null;
            }
            elements.reserveExactly(l, n);
            while (l.size < n) {
                elements.put(l, l.size, copy == null ? v : copy.execute(v));
                l.size++;
            }
            return null;
        }
    }

    /** {@code list.unsafe_ptr()}: the address of the first element. */
    public static final class Data extends LongExpressionNode {
        @Child private MojoExpressionNode list;

        public Data(MojoExpressionNode list) {
            this.list = list;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return list(list, frame).data;
        }
    }
}

package org.trufflemojo.nodes.list;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

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
    @NodeChild(value = "list", type = MojoExpressionNode.class)
    public abstract static class Capacity extends LongExpressionNode {
        @Specialization
        protected long capacity(ListObject l) {
            return l.capacity;
        }
    }

    /** {@code List[T](capacity=n)}: an empty list with room for n elements. */
    @NodeChild(value = "capacity", type = MojoExpressionNode.class)
    public abstract static class WithCapacity extends MojoExpressionNode {
        @Child private Elements elements;

        protected WithCapacity(Elements elements) {
            this.elements = elements;
        }

        @Specialization
        protected Object withCapacity(long n) {
            if (n < 0) {
                throw new MojoError("List capacity cannot be negative (" + n + ")", this);
            }
            ListObject l = new ListObject();
            elements.reserveExactly(l, n);
            return l;
        }
    }

    /** {@code list.reserve(n)}: room for n elements (the buffer never shrinks). */
    @NodeChild(value = "list", type = MojoExpressionNode.class)
    @NodeChild(value = "capacity", type = MojoExpressionNode.class)
    public abstract static class Reserve extends MojoExpressionNode {
        @Child private Elements elements;

        protected Reserve(Elements elements) {
            this.elements = elements;
        }

        @Specialization
        protected Object reserve(ListObject l, long capacity) {
            elements.reserveExactly(l, capacity);
            return null;
        }
    }

    /** {@code list.resize(n, value)}: destroys the elements past n, or appends copies of value up to n. */
    @NodeChild(value = "list", type = MojoExpressionNode.class)
    @NodeChild(value = "length", type = MojoExpressionNode.class)
    @NodeChild(value = "value", type = MojoExpressionNode.class)
    public abstract static class Resize extends MojoExpressionNode {
        @Child private Elements elements;
        @Child private LifecycleNodes.CopyValue copy;
        @Child private LifecycleNodes.DestroyValue destroy;

        protected Resize(Elements elements, LifecycleNodes.CopyValue copy, LifecycleNodes.DestroyValue destroy) {
            this.elements = elements;
            this.copy = copy;
            this.destroy = destroy;
        }

        @Specialization
        protected Object resize(ListObject l, long n, Object v) {
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

    /**
     * Makes l exactly n elements long without initializing the new ones (Mojo's
     * {@code unsafe_uninit_length}: the program writes them, with {@code init_pointee_move});
     * shortening destroys the elements past n.
     */
    static void setUninitLength(ListObject l, long n, Elements elements, LifecycleNodes.DestroyValue destroy, Node location) {
        if (n < 0) {
            throw new MojoError("List length cannot be negative (" + n + ")", location);
        }
        for (long i = n; i < l.size && destroy != null; i++) {
            destroy.execute(elements.get(l, i));
        }
        elements.reserveExactly(l, n);
        l.size = n;
    }

    /** {@code List[T](unsafe_uninit_length=n)}. */
    @NodeChild(value = "length", type = MojoExpressionNode.class)
    public abstract static class Uninit extends MojoExpressionNode {
        @Child private Elements elements;

        protected Uninit(Elements elements) {
            this.elements = elements;
        }

        @Specialization
        protected Object uninit(long n) {
            ListObject l = new ListObject();
            setUninitLength(l, n, elements, null, this);
            return l;
        }
    }

    /** {@code list.resize(unsafe_uninit_length=n)}. */
    @NodeChild(value = "list", type = MojoExpressionNode.class)
    @NodeChild(value = "length", type = MojoExpressionNode.class)
    public abstract static class UninitResize extends MojoExpressionNode {
        @Child private Elements elements;
        @Child private LifecycleNodes.DestroyValue destroy;

        protected UninitResize(Elements elements, LifecycleNodes.DestroyValue destroy) {
            this.elements = elements;
            this.destroy = destroy;
        }

        @Specialization
        protected Object resize(ListObject l, long n) {
            setUninitLength(l, n, elements, destroy, this);
            return null;
        }
    }

    /** {@code list.unsafe_ptr()}: the address of the first element. */
    @NodeChild(value = "list", type = MojoExpressionNode.class)
    public abstract static class Data extends LongExpressionNode {
        @Specialization
        protected long data(ListObject l) {
            return l.data;
        }
    }
}

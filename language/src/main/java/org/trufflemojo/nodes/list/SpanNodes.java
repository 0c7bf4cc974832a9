package org.trufflemojo.nodes.list;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;

import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.runtime.ListObject;
import org.trufflemojo.runtime.MojoError;

/**
 * The constructors of {@code Span[T]}. A span is a list header (address, length) over elements
 * that something else owns: it is never destroyed, so it never frees or grows them, and element
 * reads and writes through it reach the owner's memory.
 */
public final class SpanNodes {
    private SpanNodes() {
    }

    /** A span header over {@code size} elements starting at element {@code first} of {@code owner}. */
    static ListObject view(Elements elements, ListObject owner, long first, long size, MojoExpressionNode location) {
        ListObject span = new ListObject();
        span.size = size;
        span.capacity = size;
        if (!(elements instanceof Elements.Native)) {
            // (elements held as Java objects are shared as the whole array: a part of it cannot start elsewhere)
            if (first != 0) {
                throw new MojoError("a Span of part of a list of these elements is not supported yet", location);
            }
            span.objects = owner.objects;
        } else {
            span.data = elements.address(owner, first);
        }
        return span;
    }

    /** {@code Span(list)}: all the elements of a List or an InlineArray. */
    @NodeChild(value = "list", type = MojoExpressionNode.class)
    public abstract static class View extends MojoExpressionNode {
        @Child private Elements elements;

        protected View(Elements elements) {
            this.elements = elements;
        }

        @Specialization
        protected Object view(ListObject list) {
            return SpanNodes.view(elements, list, 0, list.size, this);
        }
    }

    /** {@code Span(ptr=p, length=n)}: the n elements at address p. */
    @NodeChild(value = "pointer", type = MojoExpressionNode.class)
    @NodeChild(value = "length", type = MojoExpressionNode.class)
    public abstract static class ViewOfMemory extends MojoExpressionNode {
        @Specialization
        protected Object view(long pointer, long length) {
            if (length < 0) {
                throw new MojoError("a Span cannot have a negative length", this);
            }
            return ListObject.ofNative(pointer, length, length);
        }
    }

    /** {@code span[start:end]}: a span of the part (Mojo's span slices take no step but 1). */
    @NodeChild(value = "span", type = MojoExpressionNode.class)
    @NodeChild(value = "start", type = MojoExpressionNode.class)
    @NodeChild(value = "end", type = MojoExpressionNode.class)
    @NodeChild(value = "step", type = MojoExpressionNode.class)
    public abstract static class SubView extends MojoExpressionNode {
        @Child private Elements elements;

        protected SubView(Elements elements) {
            this.elements = elements;
        }

        @Specialization
        protected Object slice(ListObject span, Object start, Object end, Object step) {
            if (step != null && (long) step != 1) {
                throw new MojoError("Slice must be contiguous (step 1) for a Span", this);
            }
            long n = span.size;
            long lo = start == null ? 0 : clamp((long) start, n);
            long hi = end == null ? n : clamp((long) end, n);
            return view(elements, span, lo, Math.max(0, hi - lo), this);
        }

        private static long clamp(long v, long n) {
            return Math.max(0, Math.min(n, v < 0 ? v + n : v));
        }
    }
}

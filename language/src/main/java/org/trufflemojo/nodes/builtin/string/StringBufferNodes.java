package org.trufflemojo.nodes.builtin.string;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;

import org.trufflemojo.MojoContext;
import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.runtime.NativeString;
import org.trufflemojo.runtime.StringOps;

/**
 * A String's buffer as a program sees it: {@code capacity()}, {@code reserve}, {@code resize},
 * {@code unsafe_ptr_mut}, {@code unsafe_cstr_ptr}, and the form Mojo keeps it in ({@code _is_inline},
 * {@code _has_nul_terminator}). The operations that change the string change its header in place
 * (the receiver is a {@code mut self}).
 */
public final class StringBufferNodes {
    private StringBufferNodes() {
    }

    /** {@code s.capacity()}: the bytes it can hold before it reallocates (see {@link NativeString#mojoCapacity()}). */
    @NodeChild(value = "string", type = MojoExpressionNode.class)
    public abstract static class Capacity extends MojoExpressionNode {
        @Specialization
        protected long capacity(NativeString s) {
            return s.mojoCapacity();
        }
    }

    /** {@code s._is_inline()}: whether Mojo keeps the bytes in the String value itself. */
    @NodeChild(value = "string", type = MojoExpressionNode.class)
    public abstract static class IsInline extends MojoExpressionNode {
        @Specialization
        protected boolean isInline(NativeString s) {
            return s.isInline();
        }
    }

    /** {@code s._has_nul_terminator()}: whether a NUL that belongs to the string follows its last byte. */
    @NodeChild(value = "string", type = MojoExpressionNode.class)
    public abstract static class HasNulTerminator extends MojoExpressionNode {
        @Specialization
        protected boolean hasNulTerminator(NativeString s) {
            return s.hasNulTerminator();
        }
    }

    /** {@code String(capacity=n)}. */
    @NodeChild(value = "capacity", type = MojoExpressionNode.class)
    public abstract static class WithCapacity extends MojoExpressionNode {
        @Specialization
        protected NativeString withCapacity(long capacity) {
            return StringOps.withCapacity(MojoContext.get(this).memory(), capacity, this);
        }
    }

    /** {@code s.copy()}: a copy in the same form (see {@link StringOps#copy}). */
    @NodeChild(value = "string", type = MojoExpressionNode.class)
    public abstract static class Copy extends MojoExpressionNode {
        @Specialization
        protected NativeString copy(NativeString s) {
            return StringOps.copy(MojoContext.get(this).memory(), s, this);
        }
    }

    /** {@code s.reserve(n)}. */
    @NodeChild(value = "string", type = MojoExpressionNode.class)
    @NodeChild(value = "capacity", type = MojoExpressionNode.class)
    public abstract static class Reserve extends MojoExpressionNode {
        @Specialization
        protected Object reserve(NativeString s, long capacity) {
            StringOps.reserve(MojoContext.get(this).memory(), s, capacity, this);
            return null;
        }
    }

    /** {@code s.resize(n, fill_byte)}. */
    @NodeChild(value = "string", type = MojoExpressionNode.class)
    @NodeChild(value = "length", type = MojoExpressionNode.class)
    @NodeChild(value = "fill", type = MojoExpressionNode.class)
    public abstract static class Resize extends MojoExpressionNode {
        @Specialization
        protected Object resize(NativeString s, long length, long fill) {
            StringOps.resize(MojoContext.get(this).memory(), s, length, (byte) fill, this);
            return null;
        }
    }

    /** {@code s.resize(unsafe_uninit_length=n)}: new bytes are left for the caller to write. */
    @NodeChild(value = "string", type = MojoExpressionNode.class)
    @NodeChild(value = "length", type = MojoExpressionNode.class)
    public abstract static class ResizeUninit extends MojoExpressionNode {
        @Specialization
        protected Object resize(NativeString s, long length) {
            StringOps.resize(MojoContext.get(this).memory(), s, length, null, this);
            return null;
        }
    }

    /** {@code s.unsafe_ptr_mut()}: the address of bytes the string owns. */
    @NodeChild(value = "string", type = MojoExpressionNode.class)
    public abstract static class MutableBytes extends MojoExpressionNode {
        @Specialization
        protected long mutableBytes(NativeString s) {
            return StringOps.mutableBytes(MojoContext.get(this).memory(), s, this);
        }
    }

    /** {@code s.unsafe_cstr_ptr()}: the address of the bytes, NUL-terminated. */
    @NodeChild(value = "string", type = MojoExpressionNode.class)
    public abstract static class CString extends MojoExpressionNode {
        @Specialization
        protected long cString(NativeString s) {
            return StringOps.cString(MojoContext.get(this).memory(), s, this);
        }
    }
}

package org.trufflemojo.nodes.builtin.string;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;

import org.trufflemojo.MojoContext;
import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.runtime.MojoError;
import org.trufflemojo.runtime.NativeString;
import org.trufflemojo.runtime.StringOps;

/** Characters as code points ({@code chr}) and the bytes of a String. */
public final class CharacterNodes {
    private CharacterNodes() {
    }

    /** {@code chr(c)}: a new one-character String; a value that is no code point is an error. */
    @NodeChild(value = "codePoint", type = MojoExpressionNode.class)
    public abstract static class Chr extends MojoExpressionNode {
        @Specialization
        @TruffleBoundary
        protected NativeString chr(long codePoint) {
            if (codePoint < 0 || codePoint > Character.MAX_CODE_POINT) {
                throw new MojoError("chr: " + codePoint + " is not a Unicode code point", this);
            }
            return StringOps.fromJava(MojoContext.get(this).memory(), new String(Character.toChars((int) codePoint)), this);
        }
    }

    /** The byte at a UTF-8 offset of a String, as a number 0..255 (a negative offset counts from the end). */
    @NodeChild(value = "string", type = MojoExpressionNode.class)
    @NodeChild(value = "offset", type = MojoExpressionNode.class)
    public abstract static class ByteAt extends MojoExpressionNode {
        @Specialization
        protected long byteAt(NativeString s, long offset) {
            return StringOps.byteAt(s, offset, this);
        }
    }

    /** A new String of the length bytes at an address (the caller guarantees they are UTF-8). */
    @NodeChild(value = "data", type = MojoExpressionNode.class)
    @NodeChild(value = "length", type = MojoExpressionNode.class)
    public abstract static class FromBytes extends MojoExpressionNode {
        @Specialization
        protected NativeString fromBytes(long data, long length) {
            return StringOps.fromBytes(MojoContext.get(this).memory(), data, length, this);
        }
    }

    /** {@code s.unsafe_ptr()}: the address of the string's first byte (valid while the string is unchanged). */
    @NodeChild(value = "string", type = MojoExpressionNode.class)
    public abstract static class UnsafePtr extends MojoExpressionNode {
        @Specialization
        protected long unsafePtr(NativeString s) {
            return s.data;
        }
    }

    /** {@code atol(s, base)}: the Int the text spells in that base (0: the base its prefix says); raises otherwise. */
    @NodeChild(value = "string", type = MojoExpressionNode.class)
    @NodeChild(value = "base", type = MojoExpressionNode.class)
    public abstract static class Atol extends MojoExpressionNode {
        @Specialization
        protected long atol(NativeString s, long base) {
            return StringOps.parseInt(s, base, this);
        }
    }
}

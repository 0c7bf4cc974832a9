package org.trufflemojo.nodes.memory;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeUtil;
import com.oracle.truffle.api.staticobject.StaticProperty;

import org.trufflemojo.MojoContext;
import org.trufflemojo.runtime.NativeMemory;
import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.nodes.expression.ContainerNodes;
import org.trufflemojo.nodes.expression.LongExpressionNode;
import org.trufflemojo.nodes.struct.LifecycleNodes;
import org.trufflemojo.runtime.DictObject;
import org.trufflemojo.runtime.ListObject;
import org.trufflemojo.runtime.NativeString;
import org.trufflemojo.runtime.StructLayout;
import org.trufflemojo.runtime.StructObject;
import org.trufflemojo.core.Repr;
import org.trufflemojo.core.DType;
import org.trufflemojo.core.WideIntegers;
import java.math.BigInteger;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.trufflemojo.core.HeaderSizes;
import com.oracle.truffle.api.CallTarget;
import org.trufflemojo.runtime.MojoError;

/** Nodes behind {@code UnsafePointer}: address arithmetic, allocation, and typed loads and stores. */
public final class MemoryNodes {
    private MemoryNodes() {
    }

    static NativeMemory memory(Node node) {
        return MojoContext.get(node).memory();
    }

    /** {@code pointer + index * elementSize}: the address of element {@code p[i]}. */
    @NodeChild(value = "pointer", type = MojoExpressionNode.class)
    @NodeChild(value = "index", type = MojoExpressionNode.class)
    public abstract static class ElementAddress extends LongExpressionNode {
        private final long elementSize;

        protected ElementAddress(long elementSize) {
            this.elementSize = elementSize;
        }

        @Specialization
        protected long address(long pointer, long index) {
            return pointer + index * elementSize;
        }
    }

    /** {@code pointer + offset}: the address of a field of the struct at pointer. */
    @NodeChild(value = "pointer", type = MojoExpressionNode.class)
    public abstract static class FieldAddress extends LongExpressionNode {
        private final long offset;

        protected FieldAddress(long offset) {
            this.offset = offset;
        }

        @Specialization
        protected long address(long pointer) {
            return pointer + offset;
        }
    }

    @NodeChild(value = "count", type = MojoExpressionNode.class)
    public abstract static class Allocate extends LongExpressionNode {
        private final long elementSize;
        private final long alignment;

        protected Allocate(long elementSize, long alignment) {
            this.elementSize = elementSize;
            this.alignment = alignment;
        }

        @Specialization
        protected long allocate(long n) {
            if (n < 0) {
                throw new MojoError("cannot allocate a negative number of elements (" + n + ")", this);
            }
            return memory(this).allocateProgramBlock(NativeMemory.sizeOf(n, elementSize, this), alignment, this);
        }
    }

    @NodeChild(value = "pointer", type = MojoExpressionNode.class)
    public abstract static class Free extends MojoExpressionNode {
        @Specialization
        protected Object free(long pointer) {
            memory(this).freeProgramBlock(pointer, this);
            return null;
        }
    }

    /**
     * What loaders and storers share: the check made before each access. Outside checked mode that is a
     * null check, unless the node only ever gets addresses inside a live buffer (a list's elements,
     * indexed after a bounds check), where it would cost a compare and a branch per element in a loop.
     */
    abstract static class Access extends Node {
        @CompilationFinal private boolean addressesInBounds;

        /** Marks this node, and the loaders and storers it uses for parts of its value, as only given in-bounds addresses. */
        public final void trustAddresses() {
            addressesInBounds = true;
            NodeUtil.forEachChild(this, child -> {
                if (child instanceof Access a) {
                    a.trustAddresses();
                }
                return true;
            });
        }

        /** The memory, after checking that {@code bytes} at {@code address} may be accessed. */
        protected final NativeMemory access(long address, long bytes) {
            NativeMemory m = memory(this);
            if (!addressesInBounds || m.isChecked()) {
                m.check(address, bytes, this);
            }
            return m;
        }
    }

    /** Reads a value of one type from an address. */
    public abstract static class Loader extends Access {
        public abstract Object load(long address);

        public long loadLong(long address) {
            return (long) load(address);
        }

        public double loadDouble(long address) {
            return (double) load(address);
        }

        public boolean loadBoolean(long address) {
            return (boolean) load(address);
        }
    }

    /** Writes a value of one type to an address. */
    public abstract static class Storer extends Access {
        public abstract void store(long address, Object value);
    }

    public static final class PrimitiveLoader extends Loader {
        private final Repr repr;

        public PrimitiveLoader(Repr repr) {
            this.repr = repr;
        }

        private NativeMemory checked(long address) {
            return access(address, repr == Repr.BOOLEAN ? 1 : 8);
        }

        @Override
        public Object load(long address) {
            return switch (repr) {
                case LONG -> loadLong(address);
                case DOUBLE -> loadDouble(address);
                default -> loadBoolean(address);
            };
        }

        @Override
        public long loadLong(long address) {
            return checked(address).getLong(address);
        }

        @Override
        public double loadDouble(long address) {
            return checked(address).getDouble(address);
        }

        @Override
        public boolean loadBoolean(long address) {
            return checked(address).getBoolean(address);
        }
    }

    public static final class PrimitiveStorer extends Storer {
        private final Repr repr;

        public PrimitiveStorer(Repr repr) {
            this.repr = repr;
        }

        @Override
        public void store(long address, Object value) {
            NativeMemory m = access(address, repr == Repr.BOOLEAN ? 1 : 8);
            switch (repr) {
                case LONG -> m.putLong(address, (long) value);
                case DOUBLE -> m.putDouble(address, (double) value);
                default -> m.putBoolean(address, (boolean) value);
            }
        }
    }

    /** Reads a fixed-width scalar ({@code Int8} ... {@code UInt64}, {@code Float16}, {@code Float32}) in its own width. */
    public static final class ScalarLoader extends Loader {
        private final DType type;

        public ScalarLoader(DType type) {
            this.type = type;
        }

        @Override
        public Object load(long address) {
            if (type.isWide()) {
                return loadWide(memory(this), address, type, this);
            }
            return type.isFloat() ? (Object) loadDouble(address) : (Object) loadLong(address);
        }

        @Override
        public long loadLong(long address) {
            NativeMemory m = access(address, type.bits / 8);
            boolean signed = type.isSigned();
            return switch (type.bits) {
                case 8 -> signed ? m.getByte(address) : m.getByte(address) & 0xFFL;
                case 16 -> signed ? m.getShort(address) : m.getShort(address) & 0xFFFFL;
                case 32 -> signed ? m.getInt(address) : m.getInt(address) & 0xFFFFFFFFL;
                default -> m.getLong(address);
            };
        }

        @Override
        public double loadDouble(long address) {
            NativeMemory m = access(address, type.bits / 8);
            return type.bits == 32 ? m.getFloat(address) : type.fromHalfBits(m.getShort(address));
        }
    }

    /** An integer wider than a long, from its bytes in memory (least significant first, as on the machine). */
    @TruffleBoundary
    private static BigInteger loadWide(NativeMemory m, long address, DType type, Node location) {
        m.check(address, type.bits / 8, location);
        byte[] bytes = new byte[type.bits / 8];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = m.getByte(address + i);
        }
        return WideIntegers.fromLittleEndian(bytes, type);
    }

    @TruffleBoundary
    private static void storeWide(NativeMemory m, long address, BigInteger value, DType type) {
        byte[] bytes = WideIntegers.toLittleEndian(value, type);
        for (int i = 0; i < bytes.length; i++) {
            m.putByte(address + i, bytes[i]);
        }
    }

    /** Writes a fixed-width scalar in its own width. */
    public static final class ScalarStorer extends Storer {
        private final DType type;

        public ScalarStorer(DType type) {
            this.type = type;
        }

        @Override
        public void store(long address, Object value) {
            NativeMemory m = access(address, type.bits / 8);
            if (type.isFloat()) {
                double d = (double) value;
                if (type.bits == 32) {
                    m.putFloat(address, (float) d);
                } else {
                    m.putShort(address, type.toHalfBits(d));
                }
                return;
            }
            if (type.isWide()) {
                storeWide(m, address, (BigInteger) value, type);
                return;
            }
            long v = (long) value;
            switch (type.bits) {
                case 8 -> m.putByte(address, (byte) v);
                case 16 -> m.putShort(address, (short) v);
                case 32 -> m.putInt(address, (int) v);
                default -> m.putLong(address, v);
            }
        }
    }

    /** The values stored in native memory as a header over a buffer they own. */
    public enum HeaderKind {
        STRING(HeaderSizes.STRING_OR_LIST),
        LIST(HeaderSizes.STRING_OR_LIST),
        DICT(HeaderSizes.DICT);

        final long size;

        HeaderKind(long size) {
            this.size = size;
        }
    }

    /**
     * Reads a String, List or Dict header (data pointer, length, capacity; a dict's five words) as a
     * new header object over the same buffers: a view of the value in memory, as a struct loader gives one.
     */
    public static final class HeaderLoader extends Loader {
        private final HeaderKind kind;

        public HeaderLoader(HeaderKind kind) {
            this.kind = kind;
        }

        @Override
        public Object load(long address) {
            NativeMemory m = access(address, kind.size);
            return switch (kind) {
                case STRING -> {
                    NativeString s = NativeString.load(m, address);
                    m.checkLoadedBuffer(s.data, s.length, "String", this);
                    yield s;
                }
                case LIST -> {
                    ListObject l = ListObject.load(m, address);
                    m.checkLoadedBuffer(l.data, l.size == 0 ? 0 : 1, "List", this);
                    yield l;
                }
                case DICT -> {
                    DictObject d = DictObject.load(m, address);
                    m.checkLoadedBuffer(d.entries, d.used == 0 ? 0 : 1, "Dict", this);
                    yield d;
                }
            };
        }
    }

    /** Writes a String, List or Dict header into memory (ownership of its buffers goes with it). */
    public static final class HeaderStorer extends Storer {
        private final HeaderKind kind;

        public HeaderStorer(HeaderKind kind) {
            this.kind = kind;
        }

        @Override
        public void store(long address, Object value) {
            NativeMemory m = access(address, kind.size);
            switch (kind) {
                case STRING -> ((NativeString) value).storeTo(m, address);
                case LIST -> ((ListObject) value).storeTo(m, address);
                case DICT -> ((DictObject) value).storeTo(m, address);
            }
        }
    }

    /** Reads a tuple stored flat (its elements one after another) as a new tuple over the same bits. */
    public static final class TupleLoader extends Loader {
        @CompilationFinal(dimensions = 1) private final long[] offsets;
        @Children private final Loader[] elements;

        public TupleLoader(long[] offsets, Loader[] elements) {
            this.offsets = offsets;
            this.elements = elements;
        }

        @Override
        @ExplodeLoop
        public Object load(long address) {
            Object[] t = new Object[elements.length];
            for (int i = 0; i < elements.length; i++) {
                t[i] = elements[i].load(address + offsets[i]);
            }
            return t;
        }
    }

    public static final class TupleStorer extends Storer {
        @CompilationFinal(dimensions = 1) private final long[] offsets;
        @Children private final Storer[] elements;

        public TupleStorer(long[] offsets, Storer[] elements) {
            this.offsets = offsets;
            this.elements = elements;
        }

        @Override
        @ExplodeLoop
        public void store(long address, Object value) {
            Object[] t = (Object[]) value;
            for (int i = 0; i < elements.length; i++) {
                elements[i].store(address + offsets[i], t[i]);
            }
        }
    }

    /** Reads a SIMD vector stored as its lanes one after another, as a new long[] or double[]. */
    public static final class VectorLoader extends Loader {
        private final int width;
        private final long laneSize;
        private final boolean isFloat;
        @Child private Loader lane;

        public VectorLoader(int width, long laneSize, boolean isFloat, Loader lane) {
            this.width = width;
            this.laneSize = laneSize;
            this.isFloat = isFloat;
            this.lane = lane;
        }

        @Override
        @ExplodeLoop
        public Object load(long address) {
            if (isFloat) {
                double[] lanes = new double[width];
                for (int i = 0; i < width; i++) {
                    lanes[i] = lane.loadDouble(address + i * laneSize);
                }
                return lanes;
            }
            long[] lanes = new long[width];
            for (int i = 0; i < width; i++) {
                lanes[i] = lane.loadLong(address + i * laneSize);
            }
            return lanes;
        }
    }

    public static final class VectorStorer extends Storer {
        private final int width;
        private final long laneSize;
        @Child private Storer lane;

        public VectorStorer(int width, long laneSize, Storer lane) {
            this.width = width;
            this.laneSize = laneSize;
            this.lane = lane;
        }

        @Override
        @ExplodeLoop
        public void store(long address, Object value) {
            if (value instanceof double[] lanes) {
                for (int i = 0; i < width; i++) {
                    lane.store(address + i * laneSize, lanes[i]);
                }
            } else {
                long[] lanes = (long[]) value;
                for (int i = 0; i < width; i++) {
                    lane.store(address + i * laneSize, lanes[i]);
                }
            }
        }
    }

    /** Reads a function value, stored as its number in the context's function table. */
    public static final class FunctionLoader extends Loader {
        @Override
        public Object load(long address) {
            NativeMemory m = access(address, 8);
            return MojoContext.get(this).function(m.getLong(address), this);
        }
    }

    public static final class FunctionStorer extends Storer {
        @Override
        public void store(long address, Object value) {
            NativeMemory m = access(address, 8);
            m.putLong(address, MojoContext.get(this).functionNumber((CallTarget) value));
        }
    }

    /**
     * Reads a Python object (any object of another language), stored as its number in the context's
     * table of foreign objects: native memory cannot hold a reference the garbage collector sees.
     */
    public static final class ForeignObjectLoader extends Loader {
        @Override
        public Object load(long address) {
            NativeMemory m = access(address, 8);
            return MojoContext.get(this).foreignObject(m.getLong(address), this);
        }
    }

    public static final class ForeignObjectStorer extends Storer {
        @Override
        public void store(long address, Object value) {
            NativeMemory m = access(address, 8);
            m.putLong(address, MojoContext.get(this).foreignObjectNumber(value));
        }
    }

    /** Reads an Optional stored as its value followed by a presence flag. */
    public static final class OptionalLoader extends Loader {
        private final long flagOffset;
        @Child private Loader element;

        public OptionalLoader(long flagOffset, Loader element) {
            this.flagOffset = flagOffset;
            this.element = element;
        }

        @Override
        public Object load(long address) {
            NativeMemory m = access(address + flagOffset, 1);
            return m.getBoolean(address + flagOffset) ? new ContainerNodes.Some(element.load(address)) : null;
        }
    }

    public static final class OptionalStorer extends Storer {
        private final long flagOffset;
        @Child private Storer element;

        public OptionalStorer(long flagOffset, Storer element) {
            this.flagOffset = flagOffset;
            this.element = element;
        }

        @Override
        public void store(long address, Object value) {
            NativeMemory m = access(address + flagOffset, 1);
            m.putBoolean(address + flagOffset, value != null);
            if (value != null) {
                element.store(address, ((ContainerNodes.Some) value).value);
            }
        }
    }

    /** Materializes a struct stored flat in memory as an instance (a copy of its bits). */
    public static final class StructLoader extends Loader {
        private final StructLayout layout;
        @CompilationFinal(dimensions = 1) private final StaticProperty[] properties;
        @CompilationFinal(dimensions = 1) private final long[] offsets;
        @CompilationFinal(dimensions = 1) private final Repr[] reprs;
        @Children private final Loader[] fields;

        public StructLoader(StructLayout layout, StaticProperty[] properties, long[] offsets, Repr[] reprs, Loader[] fields) {
            this.layout = layout;
            this.properties = properties;
            this.offsets = offsets;
            this.reprs = reprs;
            this.fields = fields;
        }

        @Override
        @ExplodeLoop
        public Object load(long address) {
            StructObject o = layout.newInstance();
            for (int i = 0; i < fields.length; i++) {
                long a = address + offsets[i];
                switch (reprs[i]) {
                    case LONG -> properties[i].setLong(o, fields[i].loadLong(a));
                    case DOUBLE -> properties[i].setDouble(o, fields[i].loadDouble(a));
                    case BOOLEAN -> properties[i].setBoolean(o, fields[i].loadBoolean(a));
                    default -> properties[i].setObject(o, fields[i].load(a));
                }
            }
            return o;
        }
    }

    /** Stores an instance's fields flat into memory. */
    public static final class StructStorer extends Storer {
        @CompilationFinal(dimensions = 1) private final StaticProperty[] properties;
        @CompilationFinal(dimensions = 1) private final long[] offsets;
        @CompilationFinal(dimensions = 1) private final Repr[] reprs;
        @Children private final Storer[] fields;

        public StructStorer(StaticProperty[] properties, long[] offsets, Repr[] reprs, Storer[] fields) {
            this.properties = properties;
            this.offsets = offsets;
            this.reprs = reprs;
            this.fields = fields;
        }

        @Override
        @ExplodeLoop
        public void store(long address, Object value) {
            for (int i = 0; i < fields.length; i++) {
                long a = address + offsets[i];
                switch (reprs[i]) {
                    case LONG -> fields[i].store(a, properties[i].getLong(value));
                    case DOUBLE -> fields[i].store(a, properties[i].getDouble(value));
                    case BOOLEAN -> fields[i].store(a, properties[i].getBoolean(value));
                    default -> fields[i].store(a, properties[i].getObject(value));
                }
            }
        }
    }

    /**
     * Reads the value at an address (a copy of its bits). Hand-written: each typed execute method
     * loads the value in its own representation, where a DSL node would box it.
     */
    public static final class Load extends MojoExpressionNode {
        @Child private MojoExpressionNode address;
        @Child private Loader loader;

        public Load(MojoExpressionNode address, Loader loader) {
            this.address = address;
            this.loader = loader;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return loader.load(address.executeLong(frame));
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return loader.loadLong(address.executeLong(frame));
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            return loader.loadDouble(address.executeLong(frame));
        }

        @Override
        public boolean executeBoolean(VirtualFrame frame) {
            return loader.loadBoolean(address.executeLong(frame));
        }
    }

    /**
     * Stores a value at an address; when it replaces a value there ({@code p[] = v}), that one is
     * destroyed first (oldLoader and destroyOld are null for a store into uninitialized memory).
     */
    @NodeChild(value = "address", type = MojoExpressionNode.class)
    @NodeChild(value = "value", type = MojoExpressionNode.class)
    public abstract static class Store extends MojoExpressionNode {
        @Child private Storer storer;
        @Child private Loader oldLoader;
        @Child private LifecycleNodes.DestroyValue destroyOld;

        protected Store(Storer storer, Loader oldLoader, LifecycleNodes.DestroyValue destroyOld) {
            this.storer = storer;
            this.oldLoader = oldLoader;
            this.destroyOld = destroyOld;
        }

        @Specialization
        protected Object store(long a, Object v) {
            if (destroyOld != null) {
                destroyOld.execute(oldLoader.load(a));
            }
            storer.store(a, v);
            return null;
        }
    }

    /**
     * Changes a String or List header that lives in native memory: reads it into a frame slot, runs
     * the operation (which works on that slot), and writes the changed header back.
     */
    public static final class UpdateInPlace extends MojoExpressionNode {
        @Child private MojoExpressionNode address;
        @Child private Loader loader;
        @Child private Storer storer;
        @Child private MojoExpressionNode operation;
        private final int viewSlot;

        public UpdateInPlace(MojoExpressionNode address, Loader loader, Storer storer, int viewSlot, MojoExpressionNode operation) {
            this.address = address;
            this.loader = loader;
            this.storer = storer;
            this.viewSlot = viewSlot;
            this.operation = operation;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            long a = address.executeLong(frame);
            Object view = loader.load(a);
            frame.setObject(viewSlot, view);
            try {
                return operation.executeGeneric(frame);
            } finally {
                storer.store(a, view);
            }
        }
    }

    /**
     * {@code OwnedPointer(v)} / {@code ArcPointer(v)}: allocates room for v (after an 8-byte share
     * count for an ArcPointer) and moves v there. The box value is v's address.
     */
    @NodeChild(value = "value", type = MojoExpressionNode.class)
    public abstract static class NewBox extends MojoExpressionNode {
        @Child private Storer storer;
        private final long size;
        private final boolean shared;

        protected NewBox(Storer storer, long size, boolean shared) {
            this.storer = storer;
            this.size = size;
            this.shared = shared;
        }

        @Specialization
        protected long newBox(Object v) {
            NativeMemory m = memory(this);
            long block = m.allocate(shared ? size + 8 : size, this);
            long address = block;
            if (shared) {
                m.putLong(block, 1);
                address = block + 8;
            }
            storer.store(address, v);
            return address;
        }
    }

    /** {@code ArcPointer.count()}: how many ArcPointers share the value (the count before it). */
    @NodeChild(value = "box", type = MojoExpressionNode.class)
    public abstract static class ShareCount extends MojoExpressionNode {
        @Specialization
        protected long count(long address) {
            NativeMemory m = memory(this);
            m.check(address - 8, 8, this);
            return m.getLong(address - 8);
        }
    }

    /**
     * {@code OwnedPointer.steal_data()}: the box's memory becomes the program's own block, which it
     * frees with {@code UnsafePointer.free}.
     */
    @NodeChild(value = "box", type = MojoExpressionNode.class)
    public abstract static class ReleaseBox extends MojoExpressionNode {
        @Specialization
        protected long release(long address) {
            memory(this).adoptProgramBlock(address);
            return address;
        }
    }

    /** Copying an ArcPointer: one more share of the same value. */
    public static final class ShareBox extends LifecycleNodes.CopyValue {
        @Override
        public Object execute(Object value) {
            long address = (long) value;
            NativeMemory m = memory(this);
            m.check(address - 8, 8, this);
            m.putLong(address - 8, m.getLong(address - 8) + 1);
            return value;
        }
    }

    /** Destroying a box: the value is destroyed and its memory freed (for an ArcPointer, with the last share). */
    public static final class FreeBox extends LifecycleNodes.DestroyValue {
        @Child private Loader loader;
        @Child private LifecycleNodes.DestroyValue destroy;
        private final boolean shared;

        public FreeBox(Loader loader, LifecycleNodes.DestroyValue destroy, boolean shared) {
            this.loader = loader;
            this.destroy = destroy;
            this.shared = shared;
        }

        @Override
        public void execute(Object value) {
            long address = (long) value;
            NativeMemory m = memory(this);
            if (shared) {
                m.check(address - 8, 8, this);
                long shares = m.getLong(address - 8) - 1;
                m.putLong(address - 8, shares);
                if (shares > 0) {
                    return;
                }
            }
            if (destroy != null) {
                destroy.execute(loader.load(address));
            }
            m.free(shared ? address - 8 : address, this);
        }
    }

    /** {@code destroy_pointee()}: runs the destructor of the value at an address. */
    @NodeChild(value = "address", type = MojoExpressionNode.class)
    public abstract static class DestroyPointee extends MojoExpressionNode {
        @Child private Loader loader;
        @Child private LifecycleNodes.DestroyValue destroy;

        protected DestroyPointee(Loader loader, LifecycleNodes.DestroyValue destroy) {
            this.loader = loader;
            this.destroy = destroy;
        }

        @Specialization
        protected Object destroyPointee(long a) {
            if (destroy != null) {
                destroy.execute(loader.load(a));
            }
            return null;
        }
    }
}

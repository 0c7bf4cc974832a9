package org.trufflemojo.nodes.struct;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.staticobject.StaticProperty;

import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.nodes.list.Elements;
import org.trufflemojo.nodes.memory.MemoryNodes;
import org.trufflemojo.runtime.ListObject;
import org.trufflemojo.runtime.MojoError;
import org.trufflemojo.core.Repr;
import org.trufflemojo.nodes.MojoStatementNode;

/**
 * References returned by functions declared {@code -> ref [origin] T}. A reference is a run-time
 * object naming a location: native memory, a field of a struct instance, a list element, or (for a
 * whole struct instance) the instance itself. Callers read through it, assign through it, and
 * assign fields of the struct it names.
 */
public final class RefNodes {
    private RefNodes() {
    }

    /** A location that can be read and written. */
    public abstract static class Ref {
        public abstract Object get();

        public abstract void set(Object value);

        /** The native address for memory references, else -1. */
        public long address() {
            return -1;
        }
    }

    static final class MemoryRef extends Ref {
        final long address;
        final MemoryNodes.Loader loader;
        final MemoryNodes.Storer storer;

        MemoryRef(long address, MemoryNodes.Loader loader, MemoryNodes.Storer storer) {
            this.address = address;
            this.loader = loader;
            this.storer = storer;
        }

        @Override
        public Object get() {
            return loader.load(address);
        }

        @Override
        public void set(Object value) {
            storer.store(address, value);
        }

        @Override
        public long address() {
            return address;
        }
    }

    static final class FieldRef extends Ref {
        final Object object;
        final StaticProperty property;
        final Repr repr;

        FieldRef(Object object, StaticProperty property, Repr repr) {
            this.object = object;
            this.property = property;
            this.repr = repr;
        }

        @Override
        public Object get() {
            return read(property, repr, object);
        }

        static Object read(StaticProperty property, Repr repr, Object object) {
            return switch (repr) {
                case LONG -> property.getLong(object);
                case DOUBLE -> property.getDouble(object);
                case BOOLEAN -> property.getBoolean(object);
                default -> property.getObject(object);
            };
        }

        @Override
        public void set(Object value) {
            FieldNodes.Write.store(property, repr, object, value);
        }
    }

    static final class ElementRef extends Ref {
        final ListObject list;
        final long index;
        final Elements elements;

        ElementRef(ListObject list, long index, Elements elements) {
            this.list = list;
            this.index = index;
            this.elements = elements;
        }

        @Override
        public Object get() {
            return elements.get(list, index);
        }

        @Override
        public void set(Object value) {
            elements.put(list, index, value);
        }
    }

    /** A whole value (a struct instance is changed in place through it). */
    static final class ValueRef extends Ref {
        final Object value;

        ValueRef(Object value) {
            this.value = value;
        }

        @Override
        public Object get() {
            return value;
        }

        @Override
        @TruffleBoundary
        public void set(Object v) {
            throw new MojoError("this reference cannot be assigned as a whole", null);
        }
    }

    /** Makes the reference a function returns. */
    public abstract static class MakeRef extends MojoExpressionNode {
    }

    public static final class ToMemory extends MakeRef {
        @Child private MojoExpressionNode address;
        @Child private MemoryNodes.Loader loader;
        @Child private MemoryNodes.Storer storer;

        public ToMemory(MojoExpressionNode address, MemoryNodes.Loader loader, MemoryNodes.Storer storer) {
            this.address = address;
            this.loader = loader;
            this.storer = storer;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return new MemoryRef(address.executeLong(frame), loader, storer);
        }
    }

    public static final class ToField extends MakeRef {
        @Child private MojoExpressionNode object;
        private final StaticProperty property;
        private final Repr repr;

        public ToField(MojoExpressionNode object, StaticProperty property, Repr repr) {
            this.object = object;
            this.property = property;
            this.repr = repr;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return new FieldRef(object.executeGeneric(frame), property, repr);
        }
    }

    public static final class ToElement extends MakeRef {
        @Child private MojoExpressionNode list;
        @Child private MojoExpressionNode index;
        @Child private Elements elements;

        public ToElement(MojoExpressionNode list, MojoExpressionNode index, Elements elements) {
            this.list = list;
            this.index = index;
            this.elements = elements;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            ListObject l = (ListObject) list.executeGeneric(frame);
            return new ElementRef(l, Elements.checkIndex(l, index.executeLong(frame), this), elements);
        }
    }

    public static final class ToValue extends MakeRef {
        @Child private MojoExpressionNode value;

        public ToValue(MojoExpressionNode value) {
            this.value = value;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return new ValueRef(value.executeGeneric(frame));
        }
    }

    /** Reads through the reference a call returned. */
    public static final class Read extends MojoExpressionNode {
        @Child private MojoExpressionNode ref;

        public Read(MojoExpressionNode ref) {
            this.ref = ref;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return ((Ref) ref.executeGeneric(frame)).get();
        }

        /** Never wrapped by an instrument: stores call {@link #ref}, which a wrapper would not forward. */
        @Override
        public boolean isInstrumentable() {
            return false;
        }

        /** The reference itself, for stores. */
        public Ref ref(VirtualFrame frame) {
            return (Ref) ref.executeGeneric(frame);
        }
    }

    /** {@code f(...) = value}: the value the reference names is destroyed, then replaced. */
    public static final class Store extends MojoExpressionNode {
        @Child private Read target;
        @Child private MojoExpressionNode value;
        @Child private LifecycleNodes.DestroyValue destroyOld;

        public Store(Read target, MojoExpressionNode value, LifecycleNodes.DestroyValue destroyOld) {
            this.target = target;
            this.value = value;
            this.destroyOld = destroyOld;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Ref r = target.ref(frame);
            Object v = value.executeGeneric(frame);
            Object old = destroyOld == null ? null : r.get();
            r.set(v); // (first: a reference that cannot be assigned fails before anything is destroyed)
            if (destroyOld != null) {
                destroyOld.execute(old);
            }
            return null;
        }
    }

    /** {@code f(...).field = value}: in native memory at the field's offset, or on the instance. */
    public static final class FieldStore extends MojoStatementNode {
        @Child private Read target;
        @Child private MojoExpressionNode value;
        private final StaticProperty property;
        private final Repr repr;
        private final long offset;
        @Child private MemoryNodes.Storer storer;
        @Child private MemoryNodes.Loader loader;
        @Child private LifecycleNodes.DestroyValue destroyOld;

        public FieldStore(Read target, MojoExpressionNode value, StaticProperty property, Repr repr, long offset, MemoryNodes.Storer storer,
                        MemoryNodes.Loader loader, LifecycleNodes.DestroyValue destroyOld) {
            this.target = target;
            this.value = value;
            this.property = property;
            this.repr = repr;
            this.offset = offset;
            this.storer = storer;
            this.loader = loader;
            this.destroyOld = destroyOld;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Ref r = target.ref(frame);
            Object v = value.executeGeneric(frame);
            long address = r.address();
            if (address >= 0) {
                if (destroyOld != null) {
                    destroyOld.execute(loader.load(address + offset));
                }
                storer.store(address + offset, v);
            } else {
                Object object = r.get();
                if (destroyOld != null) {
                    destroyOld.execute(FieldRef.read(property, repr, object));
                }
                FieldNodes.Write.store(property, repr, object, v);
            }
        }
    }
}

package org.trufflemojo.interop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.StopIterationException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;

import org.trufflemojo.MojoLanguage;
import org.trufflemojo.nodes.builtin.MojoNone;
import org.trufflemojo.nodes.dict.DictTable;
import org.trufflemojo.nodes.expression.ContainerNodes;
import org.trufflemojo.nodes.list.Elements;
import org.trufflemojo.nodes.struct.LifecycleNodes;
import org.trufflemojo.runtime.DictObject;
import org.trufflemojo.runtime.ListObject;
import org.trufflemojo.runtime.StructLayout;
import org.trufflemojo.runtime.StructObject;

/** The borders of the types whose values hold other values: lists, dicts, tuples, optionals, vectors, structs. */
public final class ContainerBorders {
    private ContainerBorders() {
    }

    /** The elements of any foreign array, each in the border form of {@code element}. */
    @TruffleBoundary
    private static List<Object> arrayElements(Border outer, Border element, Object foreign) throws Border.Mismatch {
        InteropLibrary interop = InteropLibrary.getUncached(foreign);
        if (!interop.hasArrayElements(foreign)) {
            throw outer.mismatch(foreign);
        }
        try {
            long size = interop.getArraySize(foreign);
            List<Object> result = new ArrayList<>((int) Math.min(size, 1 << 16));
            for (long i = 0; i < size; i++) {
                Object e = interop.readArrayElement(foreign, i);
                try {
                    result.add(element.normalize(e));
                } catch (Border.Mismatch m) {
                    throw new Border.Mismatch("an array whose element " + i + " is " + m.got);
                }
            }
            return result;
        } catch (UnsupportedMessageException | InvalidArrayIndexException e) {
            throw outer.mismatch(foreign);
        }
    }

    /** An array of exactly {@code size} elements converted to {@code element} (an InlineArray's, a SIMD vector's lanes). */
    private static MojoArray fixedArray(Border outer, Border element, Object foreign, int size) throws Border.Mismatch {
        if (foreign instanceof MojoArray a && a.border.typeName().equals(outer.typeName())) {
            return a;
        }
        List<Object> values = arrayElements(outer, element, foreign);
        if (values.size() != size) {
            throw new Border.Mismatch("an array of " + values.size() + " elements");
        }
        return new MojoArray(outer, values.toArray(), false);
    }

    /** A new Mojo list (or InlineArray) holding the border values, each made a Mojo value. */
    private static ListObject listOf(Elements elements, Border element, List<Object> values) {
        ListObject list = new ListObject();
        elements.reserveExactly(list, Math.max(1, values.size()));
        for (int i = 0; i < values.size(); i++) {
            elements.put(list, i, element.materialize(values.get(i)));
            list.size = i + 1;
        }
        return list;
    }

    /** {@code List[T]}: a {@link MojoList}. */
    public static final class ListBorder extends Border {
        @Child Border element;
        @Child private Elements elements;

        public ListBorder(String name, Border element, Elements elements) {
            super(name);
            this.element = element;
            this.elements = elements;
        }


        @Override
        public boolean isSupported() {
            return element.isSupported();
        }

        @Override
        @TruffleBoundary
        public Object export(Object mojo) {
            ListObject list = (ListObject) mojo;
            List<Object> values = new ArrayList<>((int) list.size);
            for (long i = 0; i < list.size; i++) {
                values.add(element.export(elements.get(list, i)));
            }
            return new MojoList(this, values);
        }

        @Override
        public Object normalize(Object foreign) throws Mismatch {
            if (foreign instanceof MojoList l && l.border.typeName().equals(typeName())) {
                return l;
            }
            return new MojoList(this, arrayElements(this, element, foreign));
        }

        @Override
        @TruffleBoundary
        public Object materialize(Object border) {
            return listOf(elements, element, ((MojoList) border).snapshot());
        }

        @Override
        @TruffleBoundary
        public void writeBack(Object border, Object finalMojo) {
            MojoList l = (MojoList) border;
            l.elements.clear();
            l.elements.addAll(((MojoList) export(finalMojo)).elements);
        }
    }

    /**
     * {@code InlineArray[T, n]} (1.x {@code Array}): a {@link MojoArray} of n elements, which can
     * be assigned but not added or removed.
     */
    public static final class FixedArrayBorder extends Border {
        @Child Border element;
        @Child private Elements elements;
        private final int size;

        public FixedArrayBorder(String name, Border element, Elements elements, int size) {
            super(name);
            this.element = element;
            this.elements = elements;
            this.size = size;
        }

        @Override
        public boolean isSupported() {
            return element.isSupported();
        }

        @Override
        @TruffleBoundary
        public Object export(Object mojo) {
            ListObject array = (ListObject) mojo;
            Object[] values = new Object[(int) array.size];
            for (int i = 0; i < values.length; i++) {
                values[i] = element.export(elements.get(array, i));
            }
            return new MojoArray(this, values, false);
        }

        @Override
        public Object normalize(Object foreign) throws Mismatch {
            return fixedArray(this, element, foreign, size);
        }

        @Override
        @TruffleBoundary
        public Object materialize(Object border) {
            return listOf(elements, element, java.util.Arrays.asList(((MojoArray) border).elements));
        }

        @Override
        @TruffleBoundary
        public void writeBack(Object border, Object finalMojo) {
            Object[] exported = ((MojoArray) export(finalMojo)).elements;
            System.arraycopy(exported, 0, ((MojoArray) border).elements, 0, exported.length);
        }

        /** An element assigned from another language, converted to the element type. */
        Object element(Object value) throws Mismatch {
            return element.normalize(value);
        }
    }

    /** {@code Dict[K, V]}: a {@link MojoDict}. */
    public static final class DictBorder extends Border {
        @Child Border key;
        @Child Border value;
        /** The (key, value) tuples the dict's iterator gives. */
        @Child Border entry;
        @Child private DictTable table;

        public DictBorder(String name, Border key, Border value, DictTable table) {
            super(name);
            this.key = key;
            this.value = value;
            this.entry = new TupleBorder("Tuple[" + key.typeName() + ", " + value.typeName() + "]", new Border[]{new Unchecked(key), new Unchecked(value)});
            this.table = table;
        }


        @Override
        public boolean isSupported() {
            return key.isSupported() && value.isSupported();
        }

        @Override
        @TruffleBoundary
        public Object export(Object mojo) {
            DictObject d = (DictObject) mojo;
            LinkedHashMap<Object, Object> entries = new LinkedHashMap<>();
            for (long e = 0; e < d.used; e++) {
                if (table.isLive(d, e)) {
                    entries.put(key.export(table.key(d, e)), value.export(table.value(d, e)));
                }
            }
            return new MojoDict(this, entries);
        }

        @Override
        @TruffleBoundary
        public Object normalize(Object foreign) throws Mismatch {
            if (foreign instanceof MojoDict d && d.border.typeName().equals(typeName())) {
                return d;
            }
            InteropLibrary interop = InteropLibrary.getUncached(foreign);
            if (!interop.hasHashEntries(foreign)) {
                throw mismatch(foreign);
            }
            LinkedHashMap<Object, Object> entries = new LinkedHashMap<>();
            try {
                Object iterator = interop.getHashEntriesIterator(foreign);
                InteropLibrary iterators = InteropLibrary.getUncached(iterator);
                while (iterators.hasIteratorNextElement(iterator)) {
                    Object pair = iterators.getIteratorNextElement(iterator);
                    InteropLibrary pairs = InteropLibrary.getUncached(pair);
                    Object k = pairs.readArrayElement(pair, 0);
                    Object v = pairs.readArrayElement(pair, 1);
                    try {
                        entries.put(key.normalize(k), value.normalize(v));
                    } catch (Mismatch m) {
                        throw new Mismatch("a hash map with an entry of " + describe(k) + " to " + describe(v));
                    }
                }
            } catch (UnsupportedMessageException | InvalidArrayIndexException | StopIterationException e) {
                throw mismatch(foreign);
            }
            return new MojoDict(this, entries);
        }

        @Override
        @TruffleBoundary
        public Object materialize(Object border) {
            DictObject d = new DictObject();
            for (Map.Entry<Object, Object> e : ((MojoDict) border).entries.entrySet()) {
                Object k = key.materialize(e.getKey());
                table.add(d, k, value.materialize(e.getValue()), table.hash(k));
            }
            return d;
        }

        @Override
        @TruffleBoundary
        public void writeBack(Object border, Object finalMojo) {
            MojoDict d = (MojoDict) border;
            d.entries.clear();
            d.entries.putAll(((MojoDict) export(finalMojo)).entries);
        }
    }

    /** {@code Tuple[A, B, ...]} (an {@code Object[]} in Mojo): a read-only {@link MojoArray}. */
    public static final class TupleBorder extends Border {
        @Children final Border[] elements;

        public TupleBorder(String name, Border[] elements) {
            super(name);
            this.elements = elements;
        }


        @Override
        public boolean isSupported() {
            for (Border b : elements) {
                if (!b.isSupported()) {
                    return false;
                }
            }
            return true;
        }

        @Override
        @TruffleBoundary
        public Object export(Object mojo) {
            Object[] values = (Object[]) mojo;
            Object[] exported = new Object[values.length];
            for (int i = 0; i < values.length; i++) {
                exported[i] = elements[i].export(values[i]);
            }
            return new MojoArray(this, exported, true);
        }

        @Override
        @TruffleBoundary
        public Object normalize(Object foreign) throws Mismatch {
            if (foreign instanceof MojoArray a && a.border.typeName().equals(typeName())) {
                return a;
            }
            InteropLibrary interop = InteropLibrary.getUncached(foreign);
            try {
                if (interop.hasArrayElements(foreign) && interop.getArraySize(foreign) == elements.length) {
                    Object[] values = new Object[elements.length];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = elements[i].normalize(interop.readArrayElement(foreign, i));
                    }
                    return new MojoArray(this, values, true);
                }
            } catch (UnsupportedMessageException | InvalidArrayIndexException e) {
                // a mismatch
            }
            throw mismatch(foreign);
        }

        @Override
        @TruffleBoundary
        public Object materialize(Object border) {
            Object[] values = ((MojoArray) border).elements;
            Object[] mojo = new Object[values.length];
            for (int i = 0; i < values.length; i++) {
                mojo[i] = elements[i].materialize(values[i]);
            }
            return mojo;
        }
    }

    /** A border for values already in border form (the entries a {@link MojoDict} iterates). */
    private static final class Unchecked extends Border {
        private final Border of;

        Unchecked(Border of) {
            super(of.typeName());
            this.of = of;
        }


        @Override
        public Object export(Object mojo) {
            return mojo;
        }

        @Override
        public Object normalize(Object foreign) throws Mismatch {
            return of.normalize(foreign);
        }

        @Override
        public Object materialize(Object border) {
            throw new IllegalStateException("dict entries are not passed back as tuples");
        }
    }

    /** {@code Optional[T]} (null or a Some in Mojo): its value, or null. */
    public static final class OptionalBorder extends Border {
        @Child private Border element;

        public OptionalBorder(String name, Border element) {
            super(name);
            this.element = element;
        }


        @Override
        public boolean isSupported() {
            return element.isSupported();
        }

        @Override
        public Object export(Object mojo) {
            return mojo == null ? MojoNone.INSTANCE : element.export(((ContainerNodes.Some) mojo).value);
        }

        @Override
        @TruffleBoundary
        public Object normalize(Object foreign) throws Mismatch {
            if (InteropLibrary.getUncached().isNull(foreign)) {
                return MojoNone.INSTANCE;
            }
            return element.normalize(foreign);
        }

        @Override
        public Object materialize(Object border) {
            return border == MojoNone.INSTANCE ? null : new ContainerNodes.Some(element.materialize(border));
        }
    }

    /** {@code SIMD[dtype, n]} (a long[] or double[] in Mojo): a read-only {@link MojoArray} of numbers. */
    public static final class VectorBorder extends Border {
        @Child private Border lane;
        private final int width;

        /** A vector of Bools holds its lanes as 0 and 1 in a long[]. */
        private final boolean boolLanes;

        public VectorBorder(String name, Border lane, int width, boolean boolLanes) {
            super(name);
            this.lane = lane;
            this.width = width;
            this.boolLanes = boolLanes;
        }


        @Override
        @TruffleBoundary
        public Object export(Object mojo) {
            Object[] lanes = new Object[width];
            for (int i = 0; i < width; i++) {
                if (boolLanes) {
                    lanes[i] = ((long[]) mojo)[i] != 0;
                } else {
                    lanes[i] = lane.export(mojo instanceof long[] l ? (Object) l[i] : (Object) ((double[]) mojo)[i]);
                }
            }
            return new MojoArray(this, lanes, false);
        }

        @Override
        public Object normalize(Object foreign) throws Mismatch {
            return fixedArray(this, lane, foreign, width);
        }

        @Override
        @TruffleBoundary
        public Object materialize(Object border) {
            Object[] lanes = ((MojoArray) border).elements;
            if (lanes.length > 0 && lane.materialize(lanes[0]) instanceof Double) {
                double[] d = new double[width];
                for (int i = 0; i < width; i++) {
                    d[i] = (Double) lane.materialize(lanes[i]);
                }
                return d;
            }
            long[] l = new long[width];
            for (int i = 0; i < width; i++) {
                Object v = lane.materialize(lanes[i]);
                l[i] = boolLanes ? ((Boolean) v ? 1 : 0) : (Long) v;
            }
            return l;
        }
    }

    /**
     * A struct whose values own no native memory: the {@link StructObject} itself, whose fields other
     * languages read and write.
     */
    public static final class StructBorder extends Border {
        @Child private LifecycleNodes.CopyValue copy;

        public StructBorder(String name, LifecycleNodes.CopyValue copy) {
            super(name);
            this.copy = copy;
        }


        @Override
        public Object export(Object mojo) {
            return mojo;
        }

        @Override
        public Object normalize(Object foreign) throws Mismatch {
            if (foreign instanceof StructObject s && s.layout.name.equals(typeName())) {
                return s;
            }
            throw mismatch(foreign);
        }

        /** A {@code read} or {@code mut} argument is the object itself: a {@code mut} method changes its receiver. */
        @Override
        public Object materialize(Object border) {
            return border;
        }

        /** A {@code var} argument is a copy, so the callee's changes stay its own, as in Mojo. */
        @Override
        public Object materializeOwned(Object border) {
            return copy == null ? border : copy.execute(border);
        }

        @Override
        public void writeBack(Object border, Object finalMojo) {
            if (border != finalMojo) {
                ((StructObject) border).layout.copyFields((StructObject) finalMojo, (StructObject) border);
            }
        }
    }

    /**
     * A struct whose values own native memory (a String or List field): a {@link MojoStruct}, a copy of
     * its fields. Only for structs without their own {@code __copyinit__}, {@code __moveinit__} or
     * {@code __del__}: making and destroying the copies at the border must not run user code the
     * program does not expect.
     */
    public static final class OwningStructBorder extends Border {
        @Children private final Border[] fields;
        private final StructLayout layout;

        public OwningStructBorder(String name, StructLayout layout, Border[] fields) {
            super(name);
            this.layout = layout;
            this.fields = fields;
        }

        @Override
        public boolean isSupported() {
            for (Border f : fields) {
                if (!f.isSupported()) {
                    return false;
                }
            }
            return true;
        }

        String fieldName(int i) {
            return layout.fieldName(i);
        }

        int fieldIndex(String name) {
            return layout.fieldIndex(name);
        }

        Border field(int i) {
            return fields[i];
        }

        Object method(String name) {
            return layout.method(name);
        }

        String[] memberNames() {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < fields.length; i++) {
                names.add(layout.fieldName(i));
            }
            names.addAll(layout.methodNames());
            return names.toArray(new String[0]);
        }

        @Override
        @TruffleBoundary
        public Object export(Object mojo) {
            if (mojo == null) {
                // a struct field not set yet (a debugger looking at `self` in __init__): reading it
                // through the layout would touch memory at no object at all
                throw new NullPointerException("struct value not initialized");
            }
            Object[] values = new Object[fields.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = fields[i].export(layout.read((StructObject) mojo, i));
            }
            return new MojoStruct(this, values);
        }

        @Override
        public Object normalize(Object foreign) throws Mismatch {
            if (foreign instanceof MojoStruct s && s.border.typeName().equals(typeName())) {
                return s;
            }
            throw mismatch(foreign);
        }

        @Override
        @TruffleBoundary
        public Object materialize(Object border) {
            Object[] values = ((MojoStruct) border).fields;
            StructObject s = layout.newInstance();
            for (int i = 0; i < values.length; i++) {
                layout.write(s, i, fields[i].materialize(values[i]));
            }
            return s;
        }

        @Override
        @TruffleBoundary
        public void writeBack(Object border, Object finalMojo) {
            Object[] fresh = ((MojoStruct) export(finalMojo)).fields;
            System.arraycopy(fresh, 0, ((MojoStruct) border).fields, 0, fresh.length);
        }
    }

    /**
     * {@code fn(A, B) -> R} (a call target in Mojo): a {@link MojoFunction} other languages execute.
     * A function of another language becomes a call target that converts at each call.
     */
    public static final class FunctionBorder extends Border {
        /** Makes the executable for a Mojo call target of this type (a call through the border). */
        public interface Exporter {
            MojoFunction export(CallTarget target);
        }

        private final Exporter exporter;
        /** The borders of a foreign function's parameters and result, made anew for each (each root adopts its own). */
        private final java.util.function.Supplier<Border[]> parameters;
        private final java.util.function.Supplier<Border> result;
        private final Map<CallTarget, MojoFunction> exported = new java.util.HashMap<>();

        public FunctionBorder(String name, Exporter exporter, java.util.function.Supplier<Border[]> parameters, java.util.function.Supplier<Border> result) {
            super(name);
            this.exporter = exporter;
            this.parameters = parameters;
            this.result = result;
        }


        @Override
        public boolean isSupported() {
            for (Border p : parameters.get()) {
                if (!p.isSupported()) {
                    return false;
                }
            }
            return result.get().isSupported();
        }

        @Override
        @TruffleBoundary
        public Object export(Object mojo) {
            return exported.computeIfAbsent((CallTarget) mojo, exporter::export);
        }

        @Override
        @TruffleBoundary
        public Object normalize(Object foreign) throws Mismatch {
            if (foreign instanceof MojoFunction f && f.typeName().equals(typeName())) {
                return f;
            }
            if (foreign instanceof MojoFunction || !InteropLibrary.getUncached().isExecutable(foreign)) {
                throw mismatch(foreign);
            }
            return foreign;
        }

        @Override
        @TruffleBoundary
        public Object materialize(Object border) {
            if (border instanceof MojoFunction f) {
                return f.target();
            }
            return new ForeignFunctionRoot(MojoLanguage.get(this), typeName(), border, parameters.get(), result.get()).getCallTarget();
        }
    }
}

package org.trufflemojo.builder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.staticobject.StaticProperty;

import org.trufflemojo.MojoLanguage;
import org.trufflemojo.typed.types.StructType;
import org.trufflemojo.typed.types.Type;
import org.trufflemojo.typed.types.BoxType;
import org.trufflemojo.typed.types.DictType;
import org.trufflemojo.typed.types.ListType;
import org.trufflemojo.nodes.dict.DictNode;
import org.trufflemojo.nodes.dict.DictTable;
import org.trufflemojo.typed.types.OptionalType;
import org.trufflemojo.typed.types.TupleType;
import org.trufflemojo.nodes.expression.ContainerNodes;
import org.trufflemojo.typed.types.NativeLayout;
import org.trufflemojo.typed.types.ScalarType;
import org.trufflemojo.typed.types.Types;
import org.trufflemojo.typed.types.FunctionType;
import org.trufflemojo.typed.types.VectorType;
import org.trufflemojo.nodes.expression.StringNodes;
import org.trufflemojo.nodes.list.Elements;
import org.trufflemojo.nodes.list.ListNodes;
import org.trufflemojo.nodes.memory.MemoryNodes;
import org.trufflemojo.nodes.struct.LifecycleNodes;
import org.trufflemojo.runtime.StructLayout;
import org.trufflemojo.core.DType;
import org.trufflemojo.core.Repr;
import org.trufflemojo.nodes.expression.VectorNodes;

/**
 * Makes the nodes that copy, move and destroy values of each type, following the type's lifecycle
 * methods (user-written or synthesized), and the run-time layout of each struct.
 */
final class Lifecycle {
    private final MojoLanguage language;
    private final CallTargets callTargets;
    private final Map<StructType, StructLayout> layouts = new LinkedHashMap<>();

    Lifecycle(MojoLanguage language, CallTargets callTargets) {
        this.language = language;
        this.callTargets = callTargets;
    }

    StructLayout layout(StructType st) {
        StructLayout l = layouts.get(st);
        if (l == null) {
            List<StructType.Field> fields = st.fieldList();
            l = new StructLayout(language, st.name(), fields.stream().map(StructType.Field::name).toArray(String[]::new),
                            fields.stream().map(f -> f.type().repr()).toArray(Repr[]::new), fields.stream().map(f -> Types.dtypeOf(f.type())).toArray(DType[]::new));
            layouts.put(st, l);
            for (StructType.Field f : fields) {
                if (f.type() instanceof StructType inner) {
                    layout(inner);
                }
            }
        }
        return l;
    }

    Collection<StructType> structs() {
        return layouts.keySet();
    }

    /** A node making an independent copy, or null where sharing the value is a copy (numbers, Strings). */
    LifecycleNodes.CopyValue copy(Type t) {
        if (t == Types.STRING) {
            return new StringNodes.Copy();
        }
        if (t instanceof DictType dt) {
            return new DictNode.Copy(dictLifecycle(dt));
        }
        if (t instanceof VectorType) {
            return new VectorNodes.Copy();
        }
        if (t instanceof TupleType tt) {
            LifecycleNodes.CopyValue[] elements = tt.elements.stream().map(this::copy).toArray(LifecycleNodes.CopyValue[]::new);
            return new ContainerNodes.ContainerCopy(elements, false);
        }
        if (t instanceof OptionalType ot) {
            return new ContainerNodes.ContainerCopy(new LifecycleNodes.CopyValue[]{copy(ot.element)}, true);
        }
        if (t instanceof BoxType bt && bt.shared) {
            return bt.isNative() ? new MemoryNodes.ShareBox() : new ContainerNodes.ShareArc();
        }
        if (t instanceof ListType lt && lt.isView) {
            return null; // a span's header never changes: the copy can share it
        }
        if (t instanceof ListType lt) {
            return new ListNodes.Copy(elements(lt), copy(lt.element));
        }
        if (!(t instanceof StructType st)) {
            return null;
        }
        if (st.userCopyInit != null) {
            return new LifecycleNodes.ConstructorCopy(callTargets.of(st.userCopyInit));
        }
        StructLayout layout = layout(st);
        List<StructType.Field> fields = st.fieldList();
        StaticProperty[] properties = new StaticProperty[fields.size()];
        Repr[] reprs = new Repr[fields.size()];
        LifecycleNodes.CopyValue[] copies = new LifecycleNodes.CopyValue[fields.size()];
        for (int i = 0; i < properties.length; i++) {
            properties[i] = layout.property(i);
            reprs[i] = fields.get(i).type().repr();
            LifecycleNodes.CopyValue c = copy(fields.get(i).type());
            copies[i] = c == null ? new LifecycleNodes.IdentityCopy() : c;
        }
        return new LifecycleNodes.FieldwiseCopy(layout, properties, reprs, copies);
    }

    /** A node moving a value out of a place, or null where the move just hands over the reference. */
    LifecycleNodes.CopyValue move(Type t) {
        if (t instanceof StructType st && st.userMoveInit != null) {
            return new LifecycleNodes.ConstructorCopy(callTargets.of(st.userMoveInit));
        }
        if (t instanceof ListType lt && lt.isFixed() && move(lt.element) instanceof LifecycleNodes.CopyValue element) {
            return new ListNodes.MoveElements(elements(lt), element); // an InlineArray's elements move with it
        }
        return null;
    }

    /** A node destroying a value of type t, or null if that does nothing. */
    LifecycleNodes.DestroyValue destroy(Type t) {
        if (t == Types.STRING) {
            return new StringNodes.Free();
        }
        if (t instanceof DictType dt && t.needsDestroy()) {
            return new DictNode.Destroy(dictLifecycle(dt));
        }
        if (t instanceof TupleType tt && t.needsDestroy()) {
            LifecycleNodes.DestroyValue[] elements = tt.elements.stream().map(this::destroy).toArray(LifecycleNodes.DestroyValue[]::new);
            return new ContainerNodes.ContainerDestroy(elements, false);
        }
        if (t instanceof BoxType bt && bt.isNative()) {
            return new MemoryNodes.FreeBox(loader(bt.element), destroy(bt.element), bt.shared);
        }
        if (t instanceof BoxType bt && t.needsDestroy()) {
            LifecycleNodes.DestroyValue element = destroy(bt.element);
            return bt.shared ? new ContainerNodes.ReleaseArc(element)
                            : new ContainerNodes.ContainerDestroy(new LifecycleNodes.DestroyValue[]{element}, true);
        }
        if (t instanceof OptionalType ot && t.needsDestroy()) {
            return new ContainerNodes.ContainerDestroy(new LifecycleNodes.DestroyValue[]{destroy(ot.element)}, true);
        }
        if (t instanceof ListType lt && t.needsDestroy()) {
            return new ListNodes.Destroy(elements(lt), lt.destroysElements() ? destroy(lt.element) : null);
        }
        if (!t.needsDestroy() || !(t instanceof StructType st)) {
            return null;
        }
        if (st.userDel != null) {
            return new LifecycleNodes.CallDestructor(callTargets.of(st.userDel));
        }
        List<StructType.Field> owning = new ArrayList<>();
        for (StructType.Field f : st.fieldList()) {
            if (f.type().needsDestroy()) {
                owning.add(f);
            }
        }
        return destroyFields(st, owning);
    }

    /** Destroys the given fields of a struct value, each by its own type (no {@code __del__} of the struct). */
    LifecycleNodes.DestroyValue destroyFields(StructType st, List<StructType.Field> fields) {
        List<StaticProperty> properties = new ArrayList<>();
        List<LifecycleNodes.DestroyValue> destroys = new ArrayList<>();
        for (StructType.Field f : fields) {
            LifecycleNodes.DestroyValue d = destroy(f.type());
            if (d != null) {
                properties.add(layout(st).property(f.index()));
                destroys.add(d);
            }
        }
        if (destroys.isEmpty()) {
            return null;
        }
        return new LifecycleNodes.DestroyFields(properties.toArray(new StaticProperty[0]), destroys.toArray(new LifecycleNodes.DestroyValue[0]));
    }

    // ------------------------------------------------------------ native memory and lists

    MemoryNodes.Loader loader(Type t) {
        if (t instanceof StructType st) {
            List<StructType.Field> fields = st.fieldList();
            StaticProperty[] properties = new StaticProperty[fields.size()];
            long[] offsets = new long[fields.size()];
            Repr[] reprs = new Repr[fields.size()];
            MemoryNodes.Loader[] loaders = new MemoryNodes.Loader[fields.size()];
            for (int i = 0; i < properties.length; i++) {
                properties[i] = layout(st).property(i);
                offsets[i] = NativeLayout.offsetOf(st, fields.get(i));
                reprs[i] = fields.get(i).type().repr();
                loaders[i] = loader(fields.get(i).type());
            }
            return new MemoryNodes.StructLoader(layout(st), properties, offsets, reprs, loaders);
        }
        if (headerKind(t) != null) {
            return new MemoryNodes.HeaderLoader(headerKind(t));
        }
        if (t instanceof BoxType) {
            return new MemoryNodes.PrimitiveLoader(Repr.LONG); // the address, as the boxed Long a box value is
        }
        if (t instanceof TupleType tt) {
            return new MemoryNodes.TupleLoader(memberOffsets(tt), tt.elements.stream().map(this::loader).toArray(MemoryNodes.Loader[]::new));
        }
        if (t instanceof OptionalType ot) {
            return new MemoryNodes.OptionalLoader(NativeLayout.memberOffset(ot, 1), loader(ot.element));
        }
        if (t instanceof ScalarType s) {
            return new MemoryNodes.ScalarLoader(s.dtype);
        }
        if (t instanceof VectorType vt) {
            return new MemoryNodes.VectorLoader(vt.width, NativeLayout.sizeOf(vt.element), vt.isFloat(), loader(vt.element));
        }
        if (t instanceof FunctionType) {
            return new MemoryNodes.FunctionLoader();
        }
        if (t == Types.PYTHON_OBJECT) {
            return new MemoryNodes.ForeignObjectLoader();
        }
        return new MemoryNodes.PrimitiveLoader(t.repr());
    }

    MemoryNodes.Storer storer(Type t) {
        if (t instanceof StructType st) {
            List<StructType.Field> fields = st.fieldList();
            StaticProperty[] properties = new StaticProperty[fields.size()];
            long[] offsets = new long[fields.size()];
            Repr[] reprs = new Repr[fields.size()];
            MemoryNodes.Storer[] storers = new MemoryNodes.Storer[fields.size()];
            for (int i = 0; i < properties.length; i++) {
                properties[i] = layout(st).property(i);
                offsets[i] = NativeLayout.offsetOf(st, fields.get(i));
                reprs[i] = fields.get(i).type().repr();
                storers[i] = storer(fields.get(i).type());
            }
            return new MemoryNodes.StructStorer(properties, offsets, reprs, storers);
        }
        if (headerKind(t) != null) {
            return new MemoryNodes.HeaderStorer(headerKind(t));
        }
        if (t instanceof BoxType) {
            return new MemoryNodes.PrimitiveStorer(Repr.LONG);
        }
        if (t instanceof TupleType tt) {
            return new MemoryNodes.TupleStorer(memberOffsets(tt), tt.elements.stream().map(this::storer).toArray(MemoryNodes.Storer[]::new));
        }
        if (t instanceof OptionalType ot) {
            return new MemoryNodes.OptionalStorer(NativeLayout.memberOffset(ot, 1), storer(ot.element));
        }
        if (t instanceof ScalarType s) {
            return new MemoryNodes.ScalarStorer(s.dtype);
        }
        if (t instanceof VectorType vt) {
            return new MemoryNodes.VectorStorer(vt.width, NativeLayout.sizeOf(vt.element), storer(vt.element));
        }
        if (t instanceof FunctionType) {
            return new MemoryNodes.FunctionStorer();
        }
        if (t == Types.PYTHON_OBJECT) {
            return new MemoryNodes.ForeignObjectStorer();
        }
        return new MemoryNodes.PrimitiveStorer(t.repr());
    }

    private static MemoryNodes.HeaderKind headerKind(Type t) {
        if (t == Types.STRING) {
            return MemoryNodes.HeaderKind.STRING;
        }
        if (t instanceof ListType) {
            return MemoryNodes.HeaderKind.LIST;
        }
        return t instanceof DictType ? MemoryNodes.HeaderKind.DICT : null;
    }

    private static long[] memberOffsets(TupleType tt) {
        long[] offsets = new long[tt.elements.size()];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = NativeLayout.memberOffset(tt, i);
        }
        return offsets;
    }

    Elements elements(ListType lt) {
        if (lt.isNative()) {
            return new Elements.Native(NativeLayout.sizeOf(lt.element), loader(lt.element), storer(lt.element), move(lt.element));
        }
        return new Elements.Objects();
    }

    /** How list operations compare elements of type t: a struct by its {@code __eq__}, others built in. */
    ListNodes.ElementEquality equality(Type t) {
        if (t instanceof StructType st && st.equality != null) {
            return new ListNodes.StructEquality(callTargets.of(st.equality));
        }
        return new ListNodes.ElementEquality();
    }

    DictNode.Lifecycle dictLifecycle(DictType dt) {
        return new DictNode.Lifecycle(dictTable(dt), copy(dt.key), copy(dt.value), destroy(dt.key), destroy(dt.value), elementText(dt.key), elementText(dt.value));
    }

    /** The hash table operations of a Dict type: where keys and values are stored, how keys hash and compare. */
    DictTable dictTable(DictType dt) {
        TupleType entry = dt.storedEntryType();
        CallTarget hash = null;
        CallTarget equals = null;
        DictTable.KeyKind keyKind;
        if (dt.key == Types.STRING) {
            keyKind = DictTable.KeyKind.STRING;
        } else if (dt.key == Types.BOOL) {
            keyKind = DictTable.KeyKind.BOOL;
        } else if (dt.key instanceof StructType st) {
            keyKind = DictTable.KeyKind.STRUCT;
            // (Both are resolved where a dict of this key type is made; without one, no dict exists to look into.)
            hash = st.hashing == null ? null : callTargets.of(st.hashing);
            equals = st.equality == null ? null : callTargets.of(st.equality);
        } else {
            keyKind = dt.key.repr() == Repr.DOUBLE ? DictTable.KeyKind.FLOAT : DictTable.KeyKind.INT;
        }
        return new DictTable(keyKind, NativeLayout.memberOffset(entry, 1), NativeLayout.memberOffset(entry, 2), NativeLayout.sizeOf(entry),
                        loader(dt.key), storer(dt.key), loader(dt.value), storer(dt.value), hash, equals);
    }

    ListNodes.ElementText elementText(Type e) {
        if (e instanceof ListType inner) {
            return listText(inner);
        }
        // Float32, Float16 and BFloat16 print as the shortest text of their own precision
        boolean narrowFloat = e instanceof ScalarType s && s.isFloat() && s.bits == 32; // (a 16-bit float prints as the exact Float64 it is)
        return new ListNodes.ScalarText(e.repr(), e == Types.UINT || e == ScalarType.UINT64, narrowFloat);
    }

    ListNodes.ListText listText(ListType lt) {
        return new ListNodes.ListText(elements(lt), elementText(lt.element));
    }
}

package org.trufflemojo.typed.types;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trufflemojo.core.Repr;

/** {@code Dict[K, V]}: a hash map that keeps insertion order, owning its keys and values. */
public final class DictType extends Type {
    private static final Map<List<Type>, DictType> CACHE = new HashMap<>();

    public final Type key;
    public final Type value;

    private DictType(Type key, Type value) {
        this.key = key;
        this.value = value;
    }

    public static synchronized DictType of(Type key, Type value) {
        return CACHE.computeIfAbsent(List.of(key, value), kv -> new DictType(kv.get(0), kv.get(1)));
    }

    /** The type of the entries {@code items()} yields: {@code entry.key}, {@code entry.value}. */
    public TupleType entryType() {
        return TupleType.of(List.of(key, value));
    }

    /**
     * Whether Dicts can be keyed by t: numbers, Bools and Strings (hashed and compared built in), and
     * structs with {@code __hash__} and {@code __eq__} ({@code KeyElement}).
     */
    public static boolean isSupportedKey(Type t) {
        if (t == Types.INT || t == Types.UINT || t == Types.BOOL || t == Types.STRING || t == Types.FLOAT64 || t instanceof ScalarType s && !s.isWide()) {
            return true;
        }
        return t instanceof StructType st && !st.methods("__hash__").isEmpty() && !st.methods("__eq__").isEmpty();
    }

    /** The message for a key type {@link #isSupportedKey} rejects. */
    public static String unsupportedKeyMessage(Type t) {
        if (t instanceof StructType st) {
            return "Dict keys of type '" + st.name() + "' need '__hash__' and '__eq__' (the 'KeyElement' trait)";
        }
        if (t instanceof ScalarType s && s.isWide()) {
            return "Dict keys of type '" + t.name() + "' are not supported yet (integers wider than 64 bits are not hashed yet)";
        }
        return "Dict keys of type '" + t.name() + "' are not supported yet (numbers, Bool, String and structs with '__hash__' and '__eq__' are)";
    }

    /** How an entry is laid out in the dict's native table: its key's hash, the key, the value. */
    public TupleType storedEntryType() {
        return TupleType.of(List.of(Types.INT, key, value));
    }

    @Override
    public String name() {
        return "Dict[" + key.name() + ", " + value.name() + "]";
    }

    @Override
    public Repr repr() {
        return Repr.OBJECT;
    }

    @Override
    public boolean isCopyable() {
        return key.isCopyable() && value.isCopyable();
    }

    @Override
    public boolean needsDestroy() {
        return true; // its table lives in native memory
    }
}

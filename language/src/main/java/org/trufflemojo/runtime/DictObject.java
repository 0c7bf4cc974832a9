package org.trufflemojo.runtime;

import java.util.LinkedHashMap;

/**
 * A {@code Dict[K, V]} value: entries in insertion order. Each entry is {@code {key, value}}; the map
 * is keyed by {@link #keyOf}, which compares String keys by their bytes.
 */
public final class DictObject {
    public final LinkedHashMap<Object, Object[]> entries = new LinkedHashMap<>();

    /** The map key for a Mojo key value. */
    public static Object keyOf(Object key) {
        return key instanceof NativeString s ? new StringKey(StringOps.toJava(s)) : key;
    }

    /** A String key, compared by content. */
    public record StringKey(String text) {
    }
}

package org.trufflemojo.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The names of a standard module with parts loaded on first use ({@link StandardLibrary#lazyParts}):
 * looking up a name a pending part declares loads that part (its code joins the program, as an
 * import does) and adds its names; listing every name ({@code from testing import *}) loads them all.
 */
final class LazyModuleMembers extends LinkedHashMap<String, Object> {
    private static final long serialVersionUID = 1L;

    private final List<String> pending;
    private final transient Function<String, Map<String, Object>> load;

    LazyModuleMembers(List<String> parts, Function<String, Map<String, Object>> load) {
        this.pending = new ArrayList<>(parts);
        this.load = load;
    }

    @Override
    public Object get(Object key) {
        loadPartDeclaring(key);
        return super.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        loadPartDeclaring(key);
        return super.containsKey(key);
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Object> action) {
        while (!pending.isEmpty()) {
            loadPart(pending.get(0));
        }
        super.forEach(action);
    }

    private void loadPartDeclaring(Object key) {
        if (super.containsKey(key) || !(key instanceof String name)) {
            return;
        }
        for (String part : List.copyOf(pending)) {
            if (StandardLibrary.declaredNames(part).contains(name)) {
                loadPart(part);
                return;
            }
        }
    }

    private void loadPart(String part) {
        pending.remove(part);
        load.apply(part).forEach(this::putIfAbsent); // (what the module itself declares comes first)
    }
}

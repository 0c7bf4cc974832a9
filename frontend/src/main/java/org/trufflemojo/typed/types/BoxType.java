package org.trufflemojo.typed.types;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trufflemojo.core.Repr;

/**
 * {@code OwnedPointer[T]} (the sole owner of one heap T, destroyed with it) and {@code ArcPointer[T]}
 * (shared ownership: copies share the T, which is destroyed with the last copy). The T lives in
 * native memory (an ArcPointer's share count in the 8 bytes before it); a box value is the T's
 * address. Element types without a native layout yet are held in a Java box instead.
 */
public final class BoxType extends Type {
    private static final Map<List<Object>, BoxType> CACHE = new HashMap<>();

    public final Type element;
    public final boolean shared;

    private BoxType(Type element, boolean shared) {
        this.element = element;
        this.shared = shared;
    }

    public static synchronized BoxType of(Type element, boolean shared) {
        return CACHE.computeIfAbsent(List.of(element, shared), k -> new BoxType(element, shared));
    }

    @Override
    public String name() {
        return (shared ? "ArcPointer[" : "OwnedPointer[") + element.name() + "]";
    }

    @Override
    public Repr repr() {
        return Repr.OBJECT;
    }

    @Override
    public boolean isCopyable() {
        return shared; // an OwnedPointer can only be moved
    }

    /** Whether the T lives in native memory (else in a Java box). */
    public boolean isNative() {
        return NativeLayout.isStorable(element);
    }

    @Override
    public boolean needsDestroy() {
        return isNative() || shared || element.needsDestroy();
    }
}

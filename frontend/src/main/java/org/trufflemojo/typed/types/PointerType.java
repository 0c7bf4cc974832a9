package org.trufflemojo.typed.types;

import java.util.IdentityHashMap;
import java.util.Map;
import org.trufflemojo.core.Repr;

/** {@code UnsafePointer[T]}: a raw native address, held as a plain long. */
public final class PointerType extends Type {
    private static final Map<Type, PointerType> CACHE = new IdentityHashMap<>();

    public final Type pointee;

    private PointerType(Type pointee) {
        this.pointee = pointee;
    }

    public static synchronized PointerType of(Type pointee) {
        return CACHE.computeIfAbsent(pointee, PointerType::new);
    }

    @Override
    public String name() {
        return "UnsafePointer[" + pointee.name() + "]";
    }

    @Override
    public Repr repr() {
        return Repr.LONG;
    }
}

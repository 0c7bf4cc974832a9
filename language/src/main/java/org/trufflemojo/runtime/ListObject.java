package org.trufflemojo.runtime;

/**
 * A {@code List[T]} value: {@code size} elements in a buffer of {@code capacity}. Elements with a
 * native layout live flat in the native buffer at {@code data}; others live in {@code objects}.
 */
public final class ListObject {
    public long data;
    public Object[] objects;
    public long size;
    public long capacity;
}

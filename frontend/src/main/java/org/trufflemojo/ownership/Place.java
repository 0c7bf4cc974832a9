package org.trufflemojo.ownership;

import java.util.List;

import org.trufflemojo.typed.types.StructType;
import org.trufflemojo.typed.types.Type;
import org.trufflemojo.typed.Local;

/** A place that holds a value: a local, or a path of fields inside one ({@code p.name}). */
public record Place(Local root, List<StructType.Field> path) {
    public Type type() {
        return path.isEmpty() ? root.type : path.get(path.size() - 1).type();
    }

    public boolean isWhole() {
        return path.isEmpty();
    }

    /** Whether {@code this} is {@code other} or lies inside it. */
    public boolean within(Place other) {
        if (root != other.root || path.size() < other.path.size()) {
            return false;
        }
        for (int i = 0; i < other.path.size(); i++) {
            if (!path.get(i).name().equals(other.path.get(i).name())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Place p && p.root == root && p.path.size() == path.size() && within(p);
    }

    @Override
    public int hashCode() {
        int h = System.identityHashCode(root);
        for (StructType.Field f : path) {
            h = h * 31 + f.name().hashCode();
        }
        return h;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(root.name);
        for (StructType.Field f : path) {
            sb.append('.').append(f.name());
        }
        return sb.toString();
    }
}

package org.trufflemojo.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.nodes.list.Elements;
import org.trufflemojo.nodes.list.ListNodes;
import org.trufflemojo.nodes.struct.LifecycleNodes;
import org.trufflemojo.runtime.DictObject;
import org.trufflemojo.runtime.ListObject;
import org.trufflemojo.runtime.MojoRaise;

/** The operations of {@code Dict[K, V]}. The dict owns its keys and values: replaced or removed ones are destroyed. */
public final class DictNode extends OperandsNode {
    /** How the dict's keys and values are copied, destroyed and written, by their types. */
    public static final class Lifecycle extends Node {
        @Child LifecycleNodes.CopyValue copyKey;
        @Child LifecycleNodes.CopyValue copyValue;
        @Child LifecycleNodes.DestroyValue destroyKey;
        @Child LifecycleNodes.DestroyValue destroyValue;
        @Child ListNodes.ElementText keyText;
        @Child ListNodes.ElementText valueText;

        public Lifecycle(LifecycleNodes.CopyValue copyKey, LifecycleNodes.CopyValue copyValue, LifecycleNodes.DestroyValue destroyKey,
                        LifecycleNodes.DestroyValue destroyValue, ListNodes.ElementText keyText, ListNodes.ElementText valueText) {
            this.copyKey = copyKey;
            this.copyValue = copyValue;
            this.destroyKey = destroyKey;
            this.destroyValue = destroyValue;
            this.keyText = keyText;
            this.valueText = valueText;
        }

        Object copyKey(Object k) {
            return copyKey == null ? k : copyKey.execute(k);
        }

        Object copyValue(Object v) {
            return copyValue == null ? v : copyValue.execute(v);
        }

        void destroyKey(Object k) {
            if (destroyKey != null) {
                destroyKey.execute(k);
            }
        }

        void destroyValue(Object v) {
            if (destroyValue != null) {
                destroyValue.execute(v);
            }
        }
    }

    private final String op;
    @Child private Lifecycle lifecycle;
    /** For keys / values / items: the storage of the resulting list. */
    @Child private Elements resultElements;

    public DictNode(String op, MojoExpressionNode[] operands, Lifecycle lifecycle, Elements resultElements) {
        super(operands);
        this.op = op;
        this.lifecycle = lifecycle;
        this.resultElements = resultElements;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object[] v = evaluateOperands(frame);
        switch (op) {
            case "new": {
                DictObject d = new DictObject();
                for (int i = 0; i + 1 < v.length; i += 2) {
                    put(d, v[i], v[i + 1]);
                }
                return d;
            }
            case "set":
                put((DictObject) v[0], v[1], v[2]);
                return null;
            case "get": {
                Object[] e = lookup((DictObject) v[0], v[1]);
                if (e == null) {
                    throw keyError(this);
                }
                return e[1];
            }
            case "contains":
                return lookup((DictObject) v[0], v[1]) != null;
            case "len":
                return (long) size((DictObject) v[0]);
            case "get_optional": {
                Object[] e = lookup((DictObject) v[0], v[1]);
                return e == null ? null : new ContainerNodes.Some(lifecycle.copyValue(e[1]));
            }
            case "get_or": {
                Object[] e = lookup((DictObject) v[0], v[1]);
                if (e == null) {
                    return v[2];
                }
                lifecycle.destroyValue(v[2]);
                return lifecycle.copyValue(e[1]);
            }
            case "pop": {
                Object[] e = remove((DictObject) v[0], v[1]);
                if (e == null) {
                    throw keyError(this);
                }
                lifecycle.destroyKey(e[0]);
                return e[1];
            }
            case "keys", "values", "items":
                return list((DictObject) v[0]);
            case "str":
                return org.trufflemojo.runtime.StringOps.fromJava(org.trufflemojo.MojoLanguage.context(this).memory(), text((DictObject) v[0]), this);
            default:
                throw CompilerDirectives.shouldNotReachHere(op);
        }
    }

    @TruffleBoundary
    private static MojoRaise keyError(Node node) {
        return new MojoRaise("KeyError", node);
    }

    /** Inserts or replaces; a replaced value, and the now redundant new key, are destroyed. */
    private void put(DictObject d, Object key, Object value) {
        Object[] existing = lookup(d, key);
        if (existing != null) {
            lifecycle.destroyValue(existing[1]);
            lifecycle.destroyKey(key);
            existing[1] = value;
        } else {
            insertEntry(d, key, value);
        }
    }

    @TruffleBoundary
    private static Object[] lookup(DictObject d, Object key) {
        return d.entries.get(DictObject.keyOf(key));
    }

    @TruffleBoundary
    private static Object[] remove(DictObject d, Object key) {
        return d.entries.remove(DictObject.keyOf(key));
    }

    @TruffleBoundary
    private static void insertEntry(DictObject d, Object key, Object value) {
        d.entries.put(DictObject.keyOf(key), new Object[]{key, value});
    }

    @TruffleBoundary
    private static int size(DictObject d) {
        return d.entries.size();
    }

    private ListObject list(DictObject d) {
        ListObject l = new ListObject();
        Object[][] entries = snapshot(d);
        resultElements.reserve(l, entries.length);
        for (int i = 0; i < entries.length; i++) {
            Object item = switch (op) {
                case "keys" -> lifecycle.copyKey(entries[i][0]);
                case "values" -> lifecycle.copyValue(entries[i][1]);
                default -> new Object[]{lifecycle.copyKey(entries[i][0]), lifecycle.copyValue(entries[i][1])};
            };
            resultElements.put(l, i, item);
        }
        l.size = entries.length;
        return l;
    }

    @TruffleBoundary
    static Object[][] snapshot(DictObject d) {
        return d.entries.values().toArray(new Object[0][]);
    }

    @TruffleBoundary
    private String text(DictObject d) {
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (Object[] e : d.entries.values()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            lifecycle.keyText.append(sb, e[0]);
            sb.append(": ");
            lifecycle.valueText.append(sb, e[1]);
        }
        return sb.append('}').toString();
    }

    /** Copies a dict: every key and value by its type. */
    public static final class Copy extends LifecycleNodes.CopyValue {
        @Child private Lifecycle lifecycle;

        public Copy(Lifecycle lifecycle) {
            this.lifecycle = lifecycle;
        }

        @Override
        public Object execute(Object value) {
            DictObject to = new DictObject();
            for (Object[] e : snapshot((DictObject) value)) {
                insertEntry(to, lifecycle.copyKey(e[0]), lifecycle.copyValue(e[1]));
            }
            return to;
        }
    }

    /** Destroys a dict: every key and value by its type. */
    public static final class Destroy extends LifecycleNodes.DestroyValue {
        @Child private Lifecycle lifecycle;

        public Destroy(Lifecycle lifecycle) {
            this.lifecycle = lifecycle;
        }

        @Override
        public void execute(Object value) {
            for (Object[] e : snapshot((DictObject) value)) {
                lifecycle.destroyKey(e[0]);
                lifecycle.destroyValue(e[1]);
            }
            clear((DictObject) value);
        }

        @TruffleBoundary
        private static void clear(DictObject d) {
            d.entries.clear();
        }
    }
}

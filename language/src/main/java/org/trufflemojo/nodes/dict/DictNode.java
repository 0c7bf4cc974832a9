package org.trufflemojo.nodes.dict;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import org.trufflemojo.MojoContext;
import org.trufflemojo.core.DictOpKind;
import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.nodes.expression.ContainerNodes;
import org.trufflemojo.nodes.expression.OperandsNode;
import org.trufflemojo.nodes.list.Elements;
import org.trufflemojo.nodes.list.ListNodes;
import org.trufflemojo.nodes.struct.LifecycleNodes;
import org.trufflemojo.runtime.DictObject;
import org.trufflemojo.runtime.MojoError;
import org.trufflemojo.runtime.ListObject;
import org.trufflemojo.runtime.MojoRaise;
import org.trufflemojo.runtime.StringOps;

/**
 * The operations of {@code Dict[K, V]}. The dict owns its keys and values: replaced or removed
 * ones are destroyed, each by its type.
 */
public final class DictNode extends OperandsNode {
    /** The table of one dict type and how its keys and values are copied, destroyed and printed. */
    public static final class Lifecycle extends Node {
        @Child DictTable table;
        @Child LifecycleNodes.CopyValue copyKey;
        @Child LifecycleNodes.CopyValue copyValue;
        @Child LifecycleNodes.DestroyValue destroyKey;
        @Child LifecycleNodes.DestroyValue destroyValue;
        @Child ListNodes.ElementText keyText;
        @Child ListNodes.ElementText valueText;

        public Lifecycle(DictTable table, LifecycleNodes.CopyValue copyKey, LifecycleNodes.CopyValue copyValue, LifecycleNodes.DestroyValue destroyKey,
                        LifecycleNodes.DestroyValue destroyValue, ListNodes.ElementText keyText, ListNodes.ElementText valueText) {
            this.table = table;
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

        /** Inserts or replaces; a replaced value, and the now redundant new key, are destroyed. */
        void put(DictObject d, Object key, Object value) {
            long h = table.hash(key);
            long e = table.find(d, key, h);
            if (e >= 0) {
                destroyValue(table.value(d, e));
                table.setValue(d, e, value);
                destroyKey(key);
            } else {
                table.add(d, key, value, h);
            }
        }

        /** Destroys every key and value and frees the table. */
        void clear(DictObject d) {
            if (destroyKey != null || destroyValue != null) {
                for (long e = 0; e < d.used; e++) {
                    if (table.isLive(d, e)) {
                        destroyKey(table.key(d, e));
                        destroyValue(table.value(d, e));
                    }
                }
            }
            table.release(d);
        }
    }

    private final DictOpKind op;
    @Child private Lifecycle lifecycle;
    /** For keys / values / items: the storage of the resulting list. */
    @Child private Elements resultElements;

    public DictNode(DictOpKind op, MojoExpressionNode[] operands, Lifecycle lifecycle, Elements resultElements) {
        super(operands);
        this.op = op;
        this.lifecycle = lifecycle;
        this.resultElements = resultElements;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object[] v = evaluateOperands(frame);
        DictTable table = lifecycle.table;
        return switch (op) {
            case NEW -> {
                DictObject d = new DictObject();
                for (int i = 0; i + 1 < v.length; i += 2) {
                    lifecycle.put(d, v[i], v[i + 1]);
                }
                yield d;
            }
            case NEW_WITH_CAPACITY -> {
                DictObject d = new DictObject();
                table.allocateSlots(d, (long) v[0], this);
                yield d;
            }
            case RESERVED -> table.reservedSlots((DictObject) v[0]);
            case SET -> {
                lifecycle.put((DictObject) v[0], v[1], v[2]);
                yield null;
            }
            case SLOT -> {
                DictObject d = (DictObject) v[0];
                long e = table.find(d, v[1], table.hash(v[1]));
                if (e < 0) {
                    throw raise("KeyError", this);
                }
                yield table.valueAddress(d, e);
            }
            case SLOT_OF_OWN_KEY -> {
                DictObject d = (DictObject) v[0];
                long e = table.find(d, v[1], table.hash(v[1]));
                if (e < 0) {
                    throw new MojoError("a key of the dict being iterated was removed during the loop", this);
                }
                yield table.valueAddress(d, e);
            }
            case SLOT_OR_INSERT -> {
                DictObject d = (DictObject) v[0];
                long h = table.hash(v[1]);
                long e = table.find(d, v[1], h);
                if (e >= 0) {
                    lifecycle.destroyKey(v[1]);
                    lifecycle.destroyValue(v[2]);
                } else {
                    e = table.add(d, v[1], v[2], h);
                }
                yield table.valueAddress(d, e);
            }
            case CONTAINS -> table.find((DictObject) v[0], v[1], table.hash(v[1])) >= 0;
            case LEN -> ((DictObject) v[0]).size;
            case GET_OPTIONAL -> {
                DictObject d = (DictObject) v[0];
                long e = table.find(d, v[1], table.hash(v[1]));
                yield e < 0 ? null : new ContainerNodes.Some(lifecycle.copyValue(table.value(d, e)));
            }
            case GET_OR -> {
                DictObject d = (DictObject) v[0];
                long e = table.find(d, v[1], table.hash(v[1]));
                if (e < 0) {
                    yield v[2];
                }
                lifecycle.destroyValue(v[2]);
                yield lifecycle.copyValue(table.value(d, e));
            }
            case POP, POP_OR -> {
                DictObject d = (DictObject) v[0];
                long e = table.remove(d, v[1]);
                if (e < 0) {
                    if (op == DictOpKind.POP) {
                        throw raise("KeyError", this);
                    }
                    yield v[2];
                }
                if (op == DictOpKind.POP_OR) {
                    lifecycle.destroyValue(v[2]);
                }
                lifecycle.destroyKey(table.key(d, e));
                yield table.value(d, e);
            }
            case POP_ITEM -> popLast((DictObject) v[0]);
            case CLEAR -> {
                lifecycle.clear((DictObject) v[0]);
                yield null;
            }
            case UPDATE -> {
                DictObject d = (DictObject) v[0];
                DictObject other = (DictObject) v[1];
                for (long e = 0; e < other.used; e++) {
                    if (table.isLive(other, e)) {
                        lifecycle.put(d, lifecycle.copyKey(table.key(other, e)), lifecycle.copyValue(table.value(other, e)));
                    }
                }
                yield null;
            }
            case KEYS, VALUES, ITEMS -> list((DictObject) v[0]);
            case STR -> StringOps.fromJava(MojoContext.get(this).memory(), text((DictObject) v[0]), this);
        };
    }

    /** {@code popitem()}: removes the entry inserted last and returns it as a (key, value) tuple. */
    private Object popLast(DictObject d) {
        DictTable table = lifecycle.table;
        for (long e = d.used - 1; e >= 0; e--) {
            if (table.isLive(d, e)) {
                Object key = table.key(d, e);
                Object value = table.value(d, e);
                table.remove(d, key);
                return new Object[]{key, value};
            }
        }
        throw raise("KeyError: popitem(): dictionary is empty", this);
    }

    @TruffleBoundary
    private static MojoRaise raise(String message, Node node) {
        return new MojoRaise(message, node);
    }

    private ListObject list(DictObject d) {
        DictTable table = lifecycle.table;
        ListObject l = new ListObject();
        resultElements.reserveExactly(l, d.size);
        long i = 0;
        for (long e = 0; e < d.used; e++) {
            if (table.isLive(d, e)) {
                Object item = switch (op) {
                    case KEYS -> lifecycle.copyKey(table.key(d, e));
                    case VALUES -> lifecycle.copyValue(table.value(d, e));
                    case ITEMS -> new Object[]{lifecycle.copyKey(table.key(d, e)), lifecycle.copyValue(table.value(d, e))};
                    default -> throw CompilerDirectives.shouldNotReachHere(op.name());
                };
                resultElements.put(l, i++, item);
            }
        }
        l.size = i;
        return l;
    }

    @TruffleBoundary
    private String text(DictObject d) {
        DictTable table = lifecycle.table;
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (long e = 0; e < d.used; e++) {
            if (table.isLive(d, e)) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                lifecycle.keyText.append(sb, table.key(d, e));
                sb.append(": ");
                lifecycle.valueText.append(sb, table.value(d, e));
            }
        }
        return sb.append('}').toString();
    }

    /** Copies a dict: every key and value by its type, into a table just big enough. */
    public static final class Copy extends LifecycleNodes.CopyValue {
        @Child private Lifecycle lifecycle;

        public Copy(Lifecycle lifecycle) {
            this.lifecycle = lifecycle;
        }

        @Override
        public Object execute(Object value) {
            DictObject from = (DictObject) value;
            DictTable table = lifecycle.table;
            DictObject to = new DictObject();
            table.reserve(to, from.size);
            for (long e = 0; e < from.used; e++) {
                if (table.isLive(from, e)) {
                    Object key = lifecycle.copyKey(table.key(from, e));
                    table.add(to, key, lifecycle.copyValue(table.value(from, e)), table.hash(key));
                }
            }
            return to;
        }
    }

    /** Destroys a dict: every key and value by its type, then its table. */
    public static final class Destroy extends LifecycleNodes.DestroyValue {
        @Child private Lifecycle lifecycle;

        public Destroy(Lifecycle lifecycle) {
            this.lifecycle = lifecycle;
        }

        @Override
        public void execute(Object value) {
            lifecycle.clear((DictObject) value);
        }
    }
}

package org.trufflemojo.nodes.local;

import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;

/** The Mojo name of a frame slot, for the variable tags of instruments. */
final class VariableNames {
    private VariableNames() {
    }

    /**
     * The name the program gave the variable in slot, or null for the checker's hidden locals
     * (temporaries, iterators, ...), whose names are in parentheses: instruments must not show them.
     */
    static String of(Node node, int slot) {
        RootNode root = node.getRootNode();
        if (root == null) {
            return null;
        }
        Object name = root.getFrameDescriptor().getSlotName(slot);
        return name instanceof String s && !s.startsWith("(") ? s : null;
    }
}

package org.trufflemojo.ownership;

import java.util.ArrayList;
import java.util.List;

import org.trufflemojo.source.SourcePos;

/**
 * The control-flow graph of one function, as the ownership analyses see it: blocks of events on
 * places, plus the points where the function's {@code out} argument must be fully initialized.
 * {@link CfgBuilder} fills it; {@link Liveness} and {@link Initialization} read it.
 */
final class ControlFlowGraph {
    enum Kind {
        /** The place is read (borrowed). */
        USE,
        /** The place is transferred into an owned position: a copy, or a move at its last use. */
        OWN,
        /** The place receives a value. */
        DEF,
        /** A destroy site: values that are initialized but no longer live die here. */
        SITE,
        /** The place holds no value yet (the fields of a constructor's {@code out self}). */
        UNINIT,
        /**
         * The end of the scope of a variable whose address was taken, or a jump out of it: the
         * variable lives until here (pointers to it may still be used), if it still holds a value.
         * Not a use: the variable may have been moved out of.
         */
        KEEP_ALIVE
    }

    /**
     * One event. {@code node} is the tree node it stands for (the {@code TExpr.Own} of an OWN event,
     * the node a SITE is keyed by); {@code site} is set for SITE events only. {@code number} counts
     * the events of the function in the order the builder met them, which is source order
     * (evaluation order within a statement, a loop's body before its exit): the plan is printed in it.
     */
    record Event(Kind kind, Place place, SourcePos pos, Object node, LifetimePlan.Site site, int number) {
    }

    static final class Block {
        final int id;
        final List<Event> events = new ArrayList<>();
        final List<Block> successors = new ArrayList<>();
        final List<Block> predecessors = new ArrayList<>();

        Block(int id) {
            this.id = id;
        }
    }

    /** A point (before event {@code eventIndex} of {@code block}) where the out argument must be whole. */
    record ResultCheck(Block block, int eventIndex, String where) {
    }

    final Places places = new Places();
    final List<Block> blocks = new ArrayList<>();
    final List<ResultCheck> resultChecks = new ArrayList<>();
    final Block entry = newBlock();
    /** Where every return, the end of the body and every uncaught error lead. */
    final Block exit = newBlock();

    private int eventCount;

    /** The number of the next event, in the order the builder meets them. */
    int nextEventNumber() {
        return eventCount++;
    }

    Block newBlock() {
        Block b = new Block(blocks.size());
        blocks.add(b);
        return b;
    }

    static void edge(Block from, Block to) {
        from.successors.add(to);
        to.predecessors.add(from);
    }
}

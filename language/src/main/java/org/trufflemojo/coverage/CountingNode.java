package org.trufflemojo.coverage;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.ExecutionEventNode;

/** Counts the executions of one statement or function (in compiled code too: a field increment). */
final class CountingNode extends ExecutionEventNode {
    private final CoverageRecorder.Counter counter;

    CountingNode(CoverageRecorder.Counter counter) {
        this.counter = counter;
    }

    @Override
    protected void onEnter(VirtualFrame frame) {
        counter.count++;
    }
}

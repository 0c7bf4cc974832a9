package org.trufflemojo.launcher;

import org.graalvm.polyglot.Context;

import sun.misc.Signal;

/**
 * Ctrl-C while a program runs: the program is cancelled, which writes out what it printed, and mojo
 * exits with 130 as shells expect of an interrupted command; a second Ctrl-C ends the process at
 * once. (The JVM's own handling would exit with 130 too, but losing the program's buffered output.)
 */
final class InterruptHandler {
    static final int EXIT_STATUS = 130;

    private volatile boolean interrupted;

    /** Cancels the context's execution on SIGINT, unless SIGINT is ignored (a background job of a script). */
    void install(Context context) {
        try {
            Signal.handle(new Signal("INT"), signal -> {
                if (interrupted) {
                    Runtime.getRuntime().halt(EXIT_STATUS);
                }
                interrupted = true;
                context.close(true);
            });
        } catch (IllegalArgumentException e) {
            // no SIGINT on this platform: the JVM's default handling stays
        }
    }

    boolean interrupted() {
        return interrupted;
    }
}

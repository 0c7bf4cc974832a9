package org.trufflemojo.fuzz;

/**
 * What compiling and running one program gave. {@link Kind#INTERNAL_ERROR}, {@link Kind#HANG} and
 * {@link Kind#CRASH} are TruffleMojo's bugs; the others are what a program may rightly do.
 *
 * @param signature what tells one failure from another: the Java exception's class and the top
 *            frames where it was thrown (or where a hung compile was stuck); empty for the outcomes
 *            that are no failure
 * @param detail the message, for the report
 */
public record Outcome(Kind kind, String signature, String detail) {
    public enum Kind {
        /** Compiled and ran to its end (or called sys.exit). */
        ACCEPTED(false),
        /** Rejected with diagnostics. */
        COMPILE_ERROR(false),
        /** Stopped by a run-time error or an uncaught raise. */
        RUNTIME_ERROR(false),
        /** Still running at the time limit, and stopped by cancelling its context: a loop of the program's. */
        RUN_TIMEOUT(false),
        /** A Java exception that is no Mojo error escaped, or a diagnostic without a message. */
        INTERNAL_ERROR(true),
        /** The compile did not finish in its time limit, or the run could not be stopped. */
        HANG(true),
        /** The host VM failed (an Error that escaped the polyglot API, or the process died). */
        CRASH(true);

        public final boolean failure;

        Kind(boolean failure) {
            this.failure = failure;
        }
    }

    public static Outcome of(Kind kind) {
        return new Outcome(kind, "", "");
    }

    public boolean failure() {
        return kind.failure;
    }

    /** The same failure: the same kind and signature. */
    public boolean sameFailure(Outcome other) {
        return kind == other.kind && signature.equals(other.signature);
    }
}

module org.trufflemojo.launcher {
    requires org.graalvm.launcher;
    requires org.graalvm.polyglot;
    requires org.graalvm.shadowed.jline; // the REPL's line editor and history
    exports org.trufflemojo.launcher;
}

module org.trufflemojo.launcher {
    requires org.graalvm.launcher;
    requires org.graalvm.polyglot;
    requires org.graalvm.shadowed.jline; // the REPL's line editor and history
    requires jdk.unsupported; // sun.misc.Signal: Ctrl-C cancels the program, its output written out
    exports org.trufflemojo.launcher;
}

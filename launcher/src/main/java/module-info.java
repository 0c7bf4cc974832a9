module org.trufflemojo.launcher {
    requires org.graalvm.launcher;
    requires org.graalvm.polyglot;
    exports org.trufflemojo.launcher;
}

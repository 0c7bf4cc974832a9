module org.trufflemojo.language {
    requires java.base;
    requires jdk.unsupported;
    requires org.graalvm.polyglot;
    requires org.graalvm.truffle;
    requires org.trufflemojo.frontend;
    exports org.trufflemojo;
    // Struct instances are generated subclasses of runtime.StructObject (Static Object Model).
    exports org.trufflemojo.runtime;
    provides com.oracle.truffle.api.provider.TruffleLanguageProvider with org.trufflemojo.MojoLanguageProvider;
    // mojo --coverage: line and function coverage as LCOV
    provides com.oracle.truffle.api.instrumentation.provider.TruffleInstrumentProvider with org.trufflemojo.coverage.CoverageInstrumentProvider;
}

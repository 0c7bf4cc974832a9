module org.trufflemojo.language {
    requires java.base;
    requires jdk.unsupported;
    requires org.graalvm.polyglot;
    requires org.graalvm.truffle;
    exports org.trufflemojo;
    provides com.oracle.truffle.api.provider.TruffleLanguageProvider with org.trufflemojo.MojoLanguageProvider;
}

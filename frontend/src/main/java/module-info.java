/**
 * The front end of TruffleMojo: parser, type checker and ownership check, with no Truffle
 * dependency, so the build itself keeps the pipeline's direction (the language module depends on
 * this one, never the other way).
 */
module org.trufflemojo.frontend {
    requires java.base;
    exports org.trufflemojo.core;
    exports org.trufflemojo.source;
    exports org.trufflemojo.parser;
    exports org.trufflemojo.syntax;
    exports org.trufflemojo.check;
    exports org.trufflemojo.typed;
    exports org.trufflemojo.typed.types;
    exports org.trufflemojo.ownership;
    exports org.trufflemojo.frontend;
}

package org.trufflemojo;

import java.util.List;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.Option;
import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionDescriptors;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;

import org.trufflemojo.builder.NodeBuilder;
import org.trufflemojo.typed.Program;
import org.trufflemojo.check.TypeChecker;
import org.trufflemojo.ownership.OwnershipChecker;
import org.trufflemojo.parser.Parser;
import org.trufflemojo.runtime.MojoCompileException;
import org.trufflemojo.source.CompileError;
import org.trufflemojo.source.Diagnostics;
import org.trufflemojo.syntax.Stmt;

/**
 * The Mojo language. {@link #parse} runs the whole front end — lexer, parser, type checker and
 * ownership check — so a program with any error is rejected before it starts.
 */
@TruffleLanguage.Registration(id = MojoLanguage.ID, name = "Mojo", version = MojoLanguage.VERSION, defaultMimeType = MojoLanguage.MIME_TYPE,
                characterMimeTypes = MojoLanguage.MIME_TYPE, fileTypeDetectors = MojoFileDetector.class, website = "https://www.modular.com/mojo")
@Option.Group(MojoLanguage.ID)
public final class MojoLanguage extends TruffleLanguage<MojoContext> {
    public static final String ID = "mojo";
    public static final String MIME_TYPE = "text/x-mojo";
    public static final String VERSION = "25.5";

    private static final ContextReference<MojoContext> CONTEXT = ContextReference.create(MojoLanguage.class);

    public static MojoContext context(Node node) {
        return CONTEXT.get(node);
    }

    @Option(help = "Check every native memory access and free, and report leaks at exit (slower).", category = OptionCategory.USER,
                    stability = OptionStability.STABLE)
    static final OptionKey<Boolean> CheckMemory = new OptionKey<>(false);

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new MojoLanguageOptionDescriptors();
    }

    @Override
    protected MojoContext createContext(Env env) {
        return new MojoContext(env, env.getOptions().get(CheckMemory));
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        Source source = request.getSource();
        String name = source.getPath() != null ? source.getPath() : source.getName();
        Diagnostics diagnostics = new Diagnostics(name, source.getCharacters());
        Program program = null;
        org.trufflemojo.ownership.LifetimePlan plan = null;
        try {
            List<Stmt> module = Parser.parse(source.getCharacters().toString(), diagnostics);
            if (!diagnostics.hasErrors()) {
                program = new TypeChecker(diagnostics, moduleLoader(source)).check(module);
            }
            if (program != null && !diagnostics.hasErrors()) {
                plan = new OwnershipChecker(diagnostics).check(program);
            }
        } catch (CompileError e) {
            // reported in diagnostics
        }
        if (diagnostics.hasErrors()) {
            throw new MojoCompileException(diagnostics.render(), source);
        }
        String warnings = diagnostics.renderWarnings();
        if (!warnings.isEmpty()) {
            writeWarnings(warnings);
        }
        return new NodeBuilder(this, source, plan).build(program);
    }

    /** User modules are found next to the importing file: {@code a.b} is {@code a/b.mojo} or {@code a/b/__init__.mojo}. */
    private TypeChecker.ModuleLoader moduleLoader(Source source) {
        return module -> {
            if (source.getPath() == null) {
                return null;
            }
            try {
                com.oracle.truffle.api.TruffleFile dir = CONTEXT.get(null).env().getPublicTruffleFile(source.getPath()).getParent();
                String relative = module.replace('.', '/');
                for (String candidate : new String[]{relative + ".mojo", relative + ".\uD83D\uDD25", relative + "/__init__.mojo"}) {
                    com.oracle.truffle.api.TruffleFile f = dir.resolve(candidate);
                    if (f.exists()) {
                        return new String[]{f.getPath(), new String(f.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)};
                    }
                }
            } catch (java.io.IOException | SecurityException | UnsupportedOperationException e) {
                return null;
            }
            return null;
        };
    }

    private void writeWarnings(String warnings) {
        try {
            MojoContext ctx = CONTEXT.get(null);
            ctx.env().err().write(warnings.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            ctx.env().err().flush();
        } catch (java.io.IOException e) {
            // nothing to report to
        }
    }
}

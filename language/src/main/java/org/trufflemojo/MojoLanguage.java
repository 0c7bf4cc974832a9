package org.trufflemojo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.Option;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.debug.DebuggerTags;
import com.oracle.truffle.api.instrumentation.ProvidedTags;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import org.graalvm.options.OptionCategory;
import org.trufflemojo.syntax.Dialect;
import org.graalvm.options.OptionDescriptors;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionType;
import org.graalvm.options.OptionStability;

import org.trufflemojo.builder.NodeBuilder;
import org.trufflemojo.interop.MojoLanguageView;
import org.trufflemojo.interop.MojoModule;
import org.trufflemojo.nodes.builtin.MojoNone;
import org.trufflemojo.frontend.Frontend;
import org.trufflemojo.source.Diagnostics;
import org.trufflemojo.source.SourcePos;
import org.trufflemojo.ownership.LifetimePlanPrinter;
import org.trufflemojo.runtime.MojoCompileException;
import org.trufflemojo.source.ModuleLoader;

/**
 * The Mojo language. {@link #parse} runs the whole front end — lexer, parser, type checker and
 * ownership check — so a program with any error is rejected before it starts.
 */
@TruffleLanguage.Registration(id = MojoLanguage.ID, name = "Mojo", version = MojoLanguage.VERSION, defaultMimeType = MojoLanguage.MIME_TYPE,
                characterMimeTypes = MojoLanguage.MIME_TYPE, fileTypeDetectors = MojoFileDetector.class, website = "https://www.modular.com/mojo")
@ProvidedTags({StandardTags.StatementTag.class, StandardTags.CallTag.class, StandardTags.RootTag.class, StandardTags.RootBodyTag.class,
                StandardTags.ExpressionTag.class, StandardTags.ReadVariableTag.class, StandardTags.WriteVariableTag.class, DebuggerTags.AlwaysHalt.class})
@Option.Group(MojoLanguage.ID)
public final class MojoLanguage extends TruffleLanguage<MojoContext> {
    public static final String ID = "mojo";
    public static final String MIME_TYPE = "text/x-mojo";
    public static final String VERSION = "25.5";

    @Option(help = "Check every native memory access and free, and report leaks at exit (slower).", category = OptionCategory.USER,
                    stability = OptionStability.STABLE)
    static final OptionKey<Boolean> CheckMemory = new OptionKey<>(false);

    @Option(help = "The most native memory a program may hold at once, in bytes or with a suffix k, m or g (512m); an allocation "
                    + "over it is a Mojo error. Turns on CheckMemory, whose accounting it uses. 0 (the default): no limit.",
                    category = OptionCategory.USER, stability = OptionStability.STABLE, usageSyntax = "<size>")
    static final OptionKey<Long> MaxNativeMemory = new OptionKey<>(0L, new OptionType<>("size", MojoLanguage::byteSize));

    @Option(help = "The Mojo a program is written in: 25 (25.x) or 1 (1.x, with a warning for each deprecated 25.x spelling); "
                    + "by default, the one its spellings show.", category = OptionCategory.USER, stability = OptionStability.STABLE)
    static final OptionKey<String> MojoVersion = new OptionKey<>("");

    @Option(help = "Compile-time defines, one NAME=VALUE (or NAME) per line, as the mojo command's -D gives them.", category = OptionCategory.USER,
                    stability = OptionStability.STABLE)
    static final OptionKey<String> Define = new OptionKey<>("");

    @Option(help = "Directories searched for imported modules after the importing file's own, one per line, as the mojo command's -I gives them.",
                    category = OptionCategory.USER, stability = OptionStability.STABLE)
    static final OptionKey<String> ImportPath = new OptionKey<>("");

    @Option(help = "How compile warnings are treated: 'show' (the default), 'none' (--disable-warnings) or 'error' (-Werror: a warning fails the compile).",
                    category = OptionCategory.USER, stability = OptionStability.STABLE)
    static final OptionKey<String> Warnings = new OptionKey<>("show");

    @Option(help = "Print the lifetime plan of the program (where values are copied, moved and destroyed) instead of running it.",
                    category = OptionCategory.USER, stability = OptionStability.STABLE)
    static final OptionKey<Boolean> PrintLifetimePlan = new OptionKey<>(false);

    private static final LanguageReference<MojoLanguage> REFERENCE = LanguageReference.create(MojoLanguage.class);

    private final Map<String, Source> librarySources = new ConcurrentHashMap<>();

    /** The language of the running code ({@code node} may be null outside compiled code). */
    public static MojoLanguage get(com.oracle.truffle.api.nodes.Node node) {
        return REFERENCE.get(node);
    }

    /** Numbers, booleans and strings, as Mojo sees them: typed {@code Int}, {@code Float64}, ... and printed as Mojo prints. */
    @Override
    protected Object getLanguageView(MojoContext context, Object value) {
        return new MojoLanguageView(value);
    }

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new MojoLanguageOptionDescriptors();
    }

    @Override
    protected MojoContext createContext(Env env) {
        // Code without native access is untrusted (a sandbox): a pointer misuse must be a Mojo error, never a crash.
        boolean checked = env.getOptions().get(CheckMemory) || !env.isNativeAccessAllowed();
        return new MojoContext(env, checked, env.getOptions().get(MaxNativeMemory));
    }

    /** A size given as bytes or with a suffix k, m or g (powers of 1024). */
    static long byteSize(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        long unit = t.endsWith("k") ? 1L << 10 : t.endsWith("m") ? 1L << 20 : t.endsWith("g") ? 1L << 30 : 1;
        String digits = unit == 1 ? t : t.substring(0, t.length() - 1);
        try {
            long n = Long.parseLong(digits);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return Math.multiplyExact(n, unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("expected a size in bytes, or with k, m or g (512m)");
        }
    }

    /** The {@code Define} option as names and values (a define given without a value has the empty text). */
    private static Map<String, String> defines() {
        Map<String, String> result = new java.util.LinkedHashMap<>();
        for (String line : MojoContext.get(null).env().getOptions().get(Define).split("\n")) {
            if (!line.isEmpty()) {
                int eq = line.indexOf('=');
                result.put(eq < 0 ? line : line.substring(0, eq), eq < 0 ? "" : line.substring(eq + 1));
            }
        }
        return result;
    }

    /** A closed (or cancelled) context's native memory goes back to the system. */
    @Override
    protected void finalizeContext(MojoContext context) {
        context.releaseHandles(); // (their destructors are Mojo code, which may still run here, not in disposeContext)
        context.flush();
    }

    @Override
    protected void disposeContext(MojoContext context) {
        context.memory().releaseAll();
    }

    /** The dialect the {@code MojoVersion} option asks for, or null to tell it from the program. */
    private static Dialect dialect(Source source) {
        String version = MojoContext.get(null).env().getOptions().get(MojoVersion);
        return switch (version) {
            case "" -> null;
            case "1", "1.0", "1.1" -> Dialect.MOJO_1;
            case "25", "25.5" -> Dialect.MOJO_25;
            default -> throw new MojoCompileException("error: --mojo-version must be 25 or 1, not '" + version + "'", source);
        };
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        Source source = request.getSource();
        String name = source.getPath() != null ? source.getPath() : source.getName();
        Frontend.Result compiled = Frontend.compile(name, source.getCharacters(), moduleLoader(source), dialect(source), defines());
        if (compiled.hasErrors()) {
            throw new MojoCompileException(compiled.diagnostics().render(), source);
        }
        String warnings = compiled.diagnostics().renderWarnings();
        String treatment = MojoContext.get(null).env().getOptions().get(Warnings);
        if (!warnings.isEmpty() && treatment.equals("error")) {
            // -Werror: the warnings are the compile's errors
            throw new MojoCompileException(warnings.replace(": warning: ", ": error: "), source);
        }
        if (!warnings.isEmpty() && !treatment.equals("none")) {
            writeWarnings(warnings);
        }
        if (MojoContext.get(null).env().getOptions().get(PrintLifetimePlan)) {
            writeTo(MojoContext.get(null).env().out(), LifetimePlanPrinter.print(compiled.program(), compiled.plan()));
            // the program does not run: its module has no members and running it does nothing
            CallTarget nothing = RootNode.createConstantNode(MojoNone.INSTANCE).getCallTarget();
            return RootNode.createConstantNode(new MojoModule(source.getName(), Map.of(), nothing)).getCallTarget();
        }
        try {
            return new NodeBuilder(this, source, compiled.plan()).build(compiled.program());
        } catch (StackOverflowError e) {
            Diagnostics tooDeep = new Diagnostics(name, source.getCharacters());
            tooDeep.error(new SourcePos(1, 1, 0), Frontend.TOO_DEEP);
            throw new MojoCompileException(tooDeep.render(), source);
        }
    }

    /**
     * The source of a standard-library module, for the positions of its functions' nodes; internal,
     * so tools and stack traces do not show it as the program's code.
     */
    public Source librarySource(String module) {
        return librarySources.computeIfAbsent(module, m -> Source.newBuilder(ID, Frontend.libraryText(m), Frontend.libraryPath(m)).internal(true).build());
    }

    /**
     * User modules are found next to the importing file, then in each {@code -I} directory (in
     * order): {@code a.b} is {@code a/b.mojo} or {@code a/b/__init__.mojo}.
     */
    private static ModuleLoader moduleLoader(Source source) {
        List<String> directories = new ArrayList<>();
        if (source.getPath() != null) {
            directories.add(source.getPath());
        }
        for (String line : MojoContext.get(null).env().getOptions().get(ImportPath).split("\n")) {
            if (!line.isEmpty()) {
                directories.add(line);
            }
        }
        if (directories.isEmpty()) {
            return ModuleLoader.NONE;
        }
        boolean firstIsFile = source.getPath() != null;
        return module -> {
            String relative = module.replace('.', '/');
            for (int i = 0; i < directories.size(); i++) {
                try {
                    TruffleFile dir = MojoContext.get(null).env().getPublicTruffleFile(directories.get(i));
                    if (i == 0 && firstIsFile) {
                        dir = dir.getParent();
                    }
                    if (dir == null) {
                        continue;
                    }
                    for (String candidate : new String[]{relative + ".mojo", relative + ".\uD83D\uDD25", relative + "/__init__.mojo"}) {
                        TruffleFile f = dir.resolve(candidate);
                        if (f.exists()) {
                            return new ModuleLoader.SourceFile(f.getPath(), new String(f.readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                } catch (IOException | SecurityException | UnsupportedOperationException e) {
                    // (an unreadable directory is passed over, as a missing one)
                }
            }
            return null;
        };
    }

    private void writeWarnings(String warnings) {
        writeTo(MojoContext.get(null).env().err(), warnings);
    }

    private static void writeTo(OutputStream stream, String text) {
        try {
            stream.write(text.getBytes(StandardCharsets.UTF_8));
            stream.flush();
        } catch (IOException e) {
            // nothing to report to
        }
    }
}

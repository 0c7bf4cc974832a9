package org.trufflemojo.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.nodes.LanguageInfo;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;

/**
 * A Mojo context's way to Python: GraalPy, reached through the polyglot API (it is another Truffle
 * language of the same context). Made on first use; it holds the Python functions the PythonObject
 * operations are carried out with (Python's builtins and operator module, and a helper that calls
 * with keyword arguments). A Python exception becomes a Mojo error with Python's message.
 */
public final class PythonBridge {
    /** What to say when GraalPy is not there, or the context may not use it. */
    public static final String NOT_AVAILABLE = "Python is not available: this program needs GraalPy "
                    + "(org.graalvm.polyglot:python-community 25.0.1) on the module path (run it with MOJO_PYTHON=1 ./mojo) "
                    + "and, when embedded, a Context that allows polyglot access (allowPolyglotAccess(PolyglotAccess.ALL))";

    private static final String HELPERS = """
                    import builtins, importlib, operator, types
                    def _mojo_call(f, names, *args):
                        if not names:
                            return f(*args)
                        keys = names.split(',')
                        n = len(args) - len(keys)
                        return f(*args[:n], **dict(zip(keys, args[n:])))
                    def _mojo_evaluate(code):
                        try:
                            expression = compile(code, 'evaluate', 'eval')
                        except SyntaxError:
                            module = types.ModuleType('evaluated')
                            exec(compile(code, 'evaluate', 'exec'), module.__dict__)
                            return module
                        return eval(expression, {})
                    (builtins, importlib, operator, _mojo_call, _mojo_evaluate)
                    """;

    private final Env env;
    private final InteropLibrary interop = InteropLibrary.getUncached();
    private final Object builtins;
    private final Object importlib;
    private final Object operator;
    private final Object call;
    /** Python.evaluate: an expression's value, or (statements, as Mojo's {@code file=True}) the module they made. */
    private final Object evaluate;

    private PythonBridge(Env env, Object helpers) throws InteropException {
        this.env = env;
        this.builtins = interop.readArrayElement(helpers, 0);
        this.importlib = interop.readArrayElement(helpers, 1);
        this.operator = interop.readArrayElement(helpers, 2);
        this.call = interop.readArrayElement(helpers, 3);
        this.evaluate = interop.readArrayElement(helpers, 4);
    }

    /** The bridge of a context, or a Mojo error (not one a program can catch) saying what is missing. */
    @TruffleBoundary
    public static PythonBridge open(Env env, Node location) {
        // A language the context may not use is not listed at all, so both causes get one message.
        LanguageInfo python = env.getPublicLanguages().get("python");
        if (python == null || !env.isPolyglotEvalAllowed(python)) {
            throw new MojoError(NOT_AVAILABLE, location);
        }
        try {
            return new PythonBridge(env, eval(env, HELPERS, "mojo-python-helpers"));
        } catch (InteropException e) {
            throw new MojoError("Python could not be started: " + e.getMessage(), location);
        }
    }

    private static Object eval(Env env, String code, String name) {
        return env.parsePublic(Source.newBuilder("python", code, name).build()).call();
    }

    /** {@code Python.evaluate(code)}: the value of the Python expression (statements give the module they made). */
    @TruffleBoundary
    public Object evaluate(String code, Node location) {
        return interop(() -> InteropLibrary.getUncached().execute(evaluate, code), location);
    }

    @TruffleBoundary
    public Object importModule(String name, Node location) {
        return invoke(importlib, "import_module", location, name);
    }

    /** A function of Python's builtins ({@code getattr}, {@code len}, {@code int}, ...) applied to the arguments. */
    @TruffleBoundary
    public Object builtin(String function, Node location, Object... args) {
        return invoke(builtins, function, location, args);
    }

    /** A function of Python's operator module ({@code add}, {@code lt}, {@code getitem}, ...) applied to the arguments. */
    @TruffleBoundary
    public Object operator(String function, Node location, Object... args) {
        return invoke(operator, function, location, args);
    }

    /** {@code f(*positional, **dict(zip(keywords, the last arguments)))}; keywords comma-separated, empty for none. */
    @TruffleBoundary
    public Object call(Object callee, String keywords, Object[] args, Node location) {
        Object[] all = new Object[args.length + 2];
        all[0] = callee;
        all[1] = keywords;
        System.arraycopy(args, 0, all, 2, args.length);
        return interop(() -> interop.execute(call, all), location);
    }

    @TruffleBoundary
    public long asLong(Object value, Node location) {
        Object i = builtin("int", location, value);
        if (!interop.fitsInLong(i)) {
            throw new MojoRaise("the Python int " + asString(i, location) + " does not fit in an Int", location);
        }
        return interop(() -> interop.asLong(i), location);
    }

    @TruffleBoundary
    public double asDouble(Object value, Node location) {
        Object f = builtin("float", location, value);
        return interop(() -> interop.asDouble(f), location);
    }

    @TruffleBoundary
    public boolean asBoolean(Object value, Node location) {
        Object b = builtin("bool", location, value);
        return interop(() -> interop.asBoolean(b), location);
    }

    /** Python's str of the value. */
    @TruffleBoundary
    public String asString(Object value, Node location) {
        Object text = builtin("str", location, value);
        return interop(() -> interop.asString(text), location);
    }

    /** An interop iterator over the value; Python's {@code iter} says when the value is not iterable. */
    @TruffleBoundary
    public Object iterator(Object iterable, Node location) {
        Object pythonIterator = builtin("iter", location, iterable);
        return interop(() -> interop.getIterator(pythonIterator), location);
    }

    @TruffleBoundary
    public boolean hasNext(Object iterator, Node location) {
        return interop(() -> interop.hasIteratorNextElement(iterator), location);
    }

    @TruffleBoundary
    public Object next(Object iterator, Node location) {
        return interop(() -> interop.getIteratorNextElement(iterator), location);
    }

    private Object invoke(Object receiver, String member, Node location, Object... args) {
        return interop(() -> interop.invokeMember(receiver, member, args), location);
    }

    /** One interop message to Python. */
    private interface Message<T> {
        T send() throws InteropException;
    }

    /** Sends the message; an interop failure or a Python exception becomes a Mojo error (one a program can catch). */
    private <T> T interop(Message<T> message, Node location) {
        try {
            return message.send();
        } catch (InteropException e) {
            throw new MojoRaise(e.getMessage(), location);
        } catch (AbstractTruffleException e) {
            throw raise(e, location);
        }
    }

    /** A Python exception as a Mojo error: its message is Python's str of the exception. */
    private MojoRaise raise(AbstractTruffleException e, Node location) {
        if (e instanceof MojoRaise r) {
            return r; // a Mojo error passing back through Python (a Mojo function Python called)
        }
        String message;
        try {
            message = interop.asString(interop.invokeMember(builtins, "str", e));
        } catch (InteropException | AbstractTruffleException notText) {
            message = e.getMessage();
        }
        return new MojoRaise(message, location);
    }
}

package org.trufflemojo;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.instrumentation.AllocationReporter;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.nodes.Node;

import org.trufflemojo.runtime.NativeMemory;
import org.trufflemojo.runtime.PythonBridge;
import org.trufflemojo.runtime.MojoError;

/** Per-context state: the output stream programs print to, native memory, the table of stored function values. */
public final class MojoContext {
    private static final TruffleLanguage.ContextReference<MojoContext> REFERENCE = TruffleLanguage.ContextReference.create(MojoLanguage.class);

    /** The context of the running program ({@code node} may be null outside compiled code). */
    public static MojoContext get(Node node) {
        return REFERENCE.get(node);
    }

    private final Env env;
    private final OutputStream out;
    private final NativeMemory memory;
    /** Function values stored in native memory are stored as their index in this table. */
    private final List<CallTarget> functions = new ArrayList<>();
    private final Map<CallTarget, Long> functionNumbers = new HashMap<>();

    /**
     * Python objects stored in native memory (a List[PythonObject], a struct field), as their number
     * here. They stay referenced until the context closes: a Mojo copy of one is a copy of its
     * number, so no single destroy can tell the object is no longer stored anywhere.
     */
    private final List<Object> foreignObjects = new ArrayList<>();
    private final Map<Object, Long> foreignObjectNumbers = new java.util.IdentityHashMap<>();

    /** The addresses of the sys.ffi._Global values made so far, by name. */
    private final Map<String, Long> globals = new HashMap<>();
    private PythonBridge python;

    public MojoContext(Env env, boolean checkMemory, long nativeMemoryLimit) {
        this.env = env;
        this.out = new BufferedOutputStream(env.out(), 1 << 16);
        this.memory = new NativeMemory(checkMemory || nativeMemoryLimit > 0, nativeMemoryLimit, env.lookup(AllocationReporter.class));
    }

    /** The struct values other languages hold through handles, destroyed when the context closes if not released before. */
    private final java.util.Set<org.trufflemojo.interop.MojoStructHandle> handles = new java.util.LinkedHashSet<>();

    @TruffleBoundary
    public void holdUntilClose(org.trufflemojo.interop.MojoStructHandle handle) {
        handles.add(handle);
    }

    @TruffleBoundary
    public void stopHolding(org.trufflemojo.interop.MojoStructHandle handle) {
        handles.remove(handle);
    }

    /** Releases every handle still held, the newest first (a later value may refer to an earlier one). */
    @TruffleBoundary
    public void releaseHandles() {
        List<org.trufflemojo.interop.MojoStructHandle> held = new ArrayList<>(handles);
        java.util.Collections.reverse(held);
        for (org.trufflemojo.interop.MojoStructHandle h : held) {
            h.release();
        }
    }

    public NativeMemory memory() {
        return memory;
    }

    /** The number a function value is stored as in native memory. */
    @TruffleBoundary
    public long functionNumber(CallTarget function) {
        return functionNumbers.computeIfAbsent(function, f -> {
            functions.add(f);
            return (long) functions.size() - 1;
        });
    }

    /** The number a foreign (Python) object is stored as in native memory. */
    @TruffleBoundary
    public long foreignObjectNumber(Object object) {
        return foreignObjectNumbers.computeIfAbsent(object, o -> {
            foreignObjects.add(o);
            return (long) foreignObjects.size() - 1;
        });
    }

    /** The foreign object stored as the given number. */
    @TruffleBoundary
    public Object foreignObject(long number, Node location) {
        if (number < 0 || number >= foreignObjects.size()) {
            throw new MojoError("this memory does not hold a Python object (it was never initialized with one)", location);
        }
        return foreignObjects.get((int) number);
    }

    /** The function value stored as the given number. */
    @TruffleBoundary
    public CallTarget function(long number, Node location) {
        if (number < 0 || number >= functions.size()) {
            throw new MojoError("this memory does not hold a function value (it was never initialized with one)", location);
        }
        return functions.get((int) number);
    }

    /** The address of the _Global value registered under name, or 0 if there is none yet. */
    @TruffleBoundary
    public long globalAddress(String name) {
        return globals.getOrDefault(name, 0L);
    }

    /**
     * Records the _Global value made for name. It lives as long as the program (its destructor
     * never runs, as for a static in a program that exits), so it is not a leak.
     */
    @TruffleBoundary
    public void registerGlobal(String name, long address) {
        globals.put(name, address);
        memory.keepForProcess(address);
    }

    /** The way to Python, opened on first use (see {@link PythonBridge#open}). */
    @TruffleBoundary
    public PythonBridge python(Node location) {
        if (python == null) {
            python = PythonBridge.open(env, location);
        }
        return python;
    }

    public Env env() {
        return env;
    }

    @TruffleBoundary
    public void print(String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @TruffleBoundary
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            // the consumer closed its stream; nothing left to tell it
        }
    }
}

package org.trufflemojo.runtime;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import sun.misc.Unsafe;
import org.trufflemojo.core.FloatFormat;
import org.trufflemojo.core.LiteralBytes;

/**
 * Operations on Mojo String values ({@link NativeString}: UTF-8 bytes in native memory). Lengths
 * and indices count bytes, as Mojo defines them. Every operation that makes a new string
 * allocates it through the context's {@link NativeMemory}, so it is owned, checked and freed by
 * the destroy that the ownership check placed for it.
 *
 * <p>The operations a loop does on every iteration (copy, destroy, append, concatenation, equality,
 * {@code String(n)}) are plain loads, stores and memory copies that partial evaluation inlines;
 * the rest (parsing, formatting through Java text) stay behind {@code @TruffleBoundary}.
 */
public final class StringOps {
    private static final Unsafe UNSAFE = loadUnsafe();
    private static final ConcurrentHashMap<String, NativeString> LITERALS = new ConcurrentHashMap<>();
    /** The bytes of the one-byte strings {@code s[i]} yields, made once, so indexing allocates no native memory. */
    /** The 256 one-byte strings, static, each byte followed by a NUL: the one for b is at 2 * b. */
    private static final long SINGLE_BYTES = makeSingleBytes();
    /** The text of the literal "" (its address is a constant of compiled code). */
    private static final long EMPTY_DATA = makeStatic(new byte[0]).data;

    private StringOps() {
    }

    private static Unsafe loadUnsafe() {
        try {
            Field f = Unsafe.class.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            return (Unsafe) f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------ making strings

    /** The static string for a literal: made once, never freed. */
    @TruffleBoundary
    public static NativeString literal(String text) {
        return LITERALS.computeIfAbsent(text, t -> makeStatic(LiteralBytes.of(t)));
    }

    /** A literal's text, followed by a NUL byte as Mojo's literals are (C code may read them). */
    private static NativeString makeStatic(byte[] bytes) {
        long data = UNSAFE.allocateMemory(bytes.length + 1);
        for (int i = 0; i < bytes.length; i++) {
            UNSAFE.putByte(data + i, bytes[i]);
        }
        UNSAFE.putByte(data + bytes.length, (byte) 0);
        NativeMemory.registerStatic(data, bytes.length + 1);
        return new NativeString(data, bytes.length, NativeString.STATIC | NativeString.NUL_TERMINATED);
    }

    private static long makeSingleBytes() {
        long data = UNSAFE.allocateMemory(2 * 256);
        for (int b = 0; b < 256; b++) {
            UNSAFE.putByte(data + 2 * b, (byte) b);
            UNSAFE.putByte(data + 2 * b + 1, (byte) 0);
        }
        NativeMemory.registerStatic(data, 2 * 256);
        return data;
    }

    /** The static one-byte string for b (compiled: a header of constants and the byte's offset). */
    private static NativeString singleByte(int b) {
        return new NativeString(SINGLE_BYTES + 2L * b, 1, NativeString.STATIC | NativeString.NUL_TERMINATED);
    }

    /**
     * A new owned String of length bytes (not yet written), with the capacity Mojo would give a
     * string made for exactly that many bytes: inline when they fit, else rounded up to 8 bytes,
     * as Mojo's allocations are.
     */
    private static NativeString allocate(NativeMemory m, long length, Node location) {
        if (length <= NativeString.INLINE_CAPACITY) {
            // an inline string's buffer starts at its length and grows to INLINE_CAPACITY when it must
            return new NativeString(m.allocate(length, location), length, length | NativeString.INLINE);
        }
        long size = roundUpTo8(length);
        return new NativeString(m.allocate(size, location), length, size);
    }

    /**
     * Copies n bytes. The short copies strings mostly make (a number's digits, a separator) are a
     * byte loop in compiled code; a memory-copy call costs more than they do.
     */
    private static void copyBytes(long from, long to, long n) {
        if (n <= 16) {
            for (long i = 0; i < n; i++) {
                UNSAFE.putByte(to + i, UNSAFE.getByte(from + i));
            }
        } else {
            UNSAFE.copyMemory(from, to, n);
        }
    }

    private static long roundUpTo8(long n) {
        return (n + 7) & ~7L;
    }

    /**
     * {@code String()} and {@code String(capacity=n)} for an n that fits inline: an empty inline
     * string. It needs no buffer until it grows (its header points at the text of the literal "").
     */
    public static NativeString emptyInline() {
        return new NativeString(EMPTY_DATA, 0, NativeString.STATIC | NativeString.INLINE);
    }

    /** {@code String(capacity=n)}: an empty string that can grow to n bytes before it reallocates. */
    @TruffleBoundary
    public static NativeString withCapacity(NativeMemory m, long capacity, Node location) {
        if (capacity <= NativeString.INLINE_CAPACITY) {
            return emptyInline();
        }
        NativeString s = allocate(m, capacity, location);
        s.length = 0;
        return s;
    }

    @TruffleBoundary
    public static NativeString fromJava(NativeMemory m, String text, Node location) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        NativeString s = allocate(m, bytes.length, location);
        for (int i = 0; i < bytes.length; i++) {
            UNSAFE.putByte(s.data + i, bytes[i]);
        }
        return s;
    }

    /** A new String of a copy of the length bytes at an address. */
    public static NativeString fromBytes(NativeMemory m, long address, long length, Node location) {
        NativeString s = allocate(m, Math.max(0, length), location);
        m.copy(address, s.data, length, location);
        return s;
    }

    /**
     * {@code String(n)} of an Int, written straight into a new native string: no Java text in
     * between, so compiled code converts a number without leaving it.
     */
    public static NativeString ofLong(NativeMemory m, long v, Node location) {
        if (v == Long.MIN_VALUE) {
            return fromJava(m, fromLong(v), location);
        }
        int length = decimalLength(v);
        NativeString s = allocate(m, length, location);
        writeDecimal(s.data, length, v);
        return s;
    }

    /**
     * {@code target += String(v)}, the digits written straight into target's buffer: no temporary
     * string allocated and freed.
     */
    public static void appendDecimal(NativeMemory m, NativeString target, long v, Node location) {
        if (v == Long.MIN_VALUE) {
            NativeString digits = fromJava(m, fromLong(v), location);
            appendInPlace(m, target, digits, location);
            free(m, digits, location);
            return;
        }
        int length = decimalLength(v);
        long needed = target.length + length;
        reserveRoom(m, target, needed, location);
        writeDecimal(target.data + target.length, length, v);
        target.length = needed;
        target.dropNulTerminator();
    }

    /** The number of bytes of v in decimal, its sign included (v is not Long.MIN_VALUE). */
    private static int decimalLength(long v) {
        int digits = 1;
        for (long rest = Math.abs(v) / 10; rest != 0; rest /= 10) {
            digits++;
        }
        return v < 0 ? digits + 1 : digits;
    }

    /** Writes v in decimal to the length bytes at address (v is not Long.MIN_VALUE). */
    private static void writeDecimal(long address, int length, long v) {
        long magnitude = Math.abs(v);
        long at = address + length;
        do {
            UNSAFE.putByte(--at, (byte) ('0' + magnitude % 10));
            magnitude /= 10;
        } while (magnitude != 0);
        if (v < 0) {
            UNSAFE.putByte(address, (byte) '-');
        }
    }

    /** The empty static string (a fresh header over shared bytes): destroying it does nothing. */
    public static NativeString empty() {
        return new NativeString(EMPTY_DATA, 0, NativeString.STATIC | NativeString.NUL_TERMINATED);
    }

    @TruffleBoundary
    public static String toJava(NativeString s) {
        return new String(bytes(s), StandardCharsets.UTF_8);
    }

    /** The string's UTF-8 bytes, copied. */
    public static byte[] utf8(NativeString s) {
        return bytes(s);
    }

    /** The byte at offset i, which the caller knows is below the length (inlined: one load). */
    public static byte rawByte(NativeString s, int i) {
        return UNSAFE.getByte(s.data + i);
    }

    private static byte[] bytes(NativeString s) {
        byte[] b = new byte[(int) s.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = UNSAFE.getByte(s.data + i);
        }
        return b;
    }

    /**
     * A copy (what {@code __copyinit__} of String does), in the same form as the original: a
     * static string's copy shares its text, an inline string's is inline, and an out-of-line
     * string's has the same capacity (Mojo shares the buffer and counts references; here the copy
     * has a buffer of its own).
     */
    public static NativeString copy(NativeMemory m, NativeString s, Node location) {
        if (s.isStatic()) {
            return s.sameBytes();
        }
        NativeString c = s.isInline() ? allocate(m, s.length, location) : new NativeString(m.allocate(s.bufferSize(), location), s.length, s.bufferSize());
        copyBytes(s.data, c.data, s.length);
        return c;
    }

    /**
     * Destroys a string: frees its buffer unless it is static. The static check stays in
     * compiled code, so a short-lived header of a literal or of {@code s[i]} never escapes.
     */
    public static void free(NativeMemory m, NativeString s, Node location) {
        if (!s.isStatic()) {
            freeOwned(m, s, location);
        }
    }

    private static void freeOwned(NativeMemory m, NativeString s, Node location) {
        m.free(s.data, location);
        s.data = 0;
        s.length = 0;
        s.capacity = 0;
    }

    // ------------------------------------------------------------ operations

    public static NativeString concat(NativeMemory m, NativeString a, NativeString b, Node location) {
        NativeString c = allocate(m, a.length + b.length, location);
        copyBytes(a.data, c.data, a.length);
        copyBytes(b.data, c.data + a.length, b.length);
        return c;
    }

    /** {@code target += b}, in place: the buffer grows geometrically, so repeated appends are linear. */
    public static void appendInPlace(NativeMemory m, NativeString target, NativeString b, Node location) {
        if (b.length == 0) {
            return;
        }
        long needed = target.length + b.length;
        reserveRoom(m, target, needed, location);
        copyBytes(b.data, target.data + target.length, b.length);
        target.length = needed;
        target.dropNulTerminator();
    }

    /**
     * Makes s own a buffer with room for {@code needed} bytes, keeping its bytes: an inline
     * string stays inline while they fit; otherwise the capacity at least doubles (a static
     * string's capacity is its length), so that repeated growth is linear.
     */
    private static void reserveRoom(NativeMemory m, NativeString s, long needed, Node location) {
        if (s.hasRoomFor(needed)) {
            return;
        }
        boolean staysInline = s.isInline() && needed <= NativeString.INLINE_CAPACITY;
        moveToOwnBuffer(m, s, staysInline ? needed : Math.max(needed, 2 * s.mojoCapacity()), location);
    }

    /** Moves s's bytes into a new buffer of its own for the given capacity: inline if it fits, else out of line. */
    private static void moveToOwnBuffer(NativeMemory m, NativeString s, long capacity, Node location) {
        boolean inline = capacity <= NativeString.INLINE_CAPACITY;
        long size = inline ? NativeString.INLINE_CAPACITY : roundUpTo8(capacity);
        long data;
        if (s.isStatic()) {
            data = m.allocate(size, location);
            UNSAFE.copyMemory(s.data, data, s.length);
        } else {
            data = m.reallocate(s.data, s.length, size, location);
        }
        s.data = data;
        s.capacity = inline ? size | NativeString.INLINE : size;
    }

    /**
     * {@code s.reserve(n)}: room for n bytes. Nothing changes when the capacity Mojo reports is
     * already large enough (even a static string's, which is its length).
     */
    @TruffleBoundary
    public static void reserve(NativeMemory m, NativeString s, long capacity, Node location) {
        if (capacity > s.mojoCapacity()) {
            moveToOwnBuffer(m, s, Math.max(capacity, 2 * s.mojoCapacity()), location);
        }
    }

    /**
     * {@code s.resize(n, fill)}: a longer string gets n - len(s) bytes of fill (or, when fill is
     * null, bytes the caller will write); a shorter one keeps its buffer and capacity.
     */
    @TruffleBoundary
    public static void resize(NativeMemory m, NativeString s, long length, Byte fill, Node location) {
        if (length < 0) {
            throw new MojoError("String.resize: the length " + length + " is negative", location);
        }
        if (length > s.length) {
            reserveRoom(m, s, length, location);
            if (fill != null) {
                m.fill(s.data + s.length, length - s.length, fill, location);
            }
        }
        s.length = length;
        s.dropNulTerminator();
    }

    /** {@code s.unsafe_ptr_mut()}: the address of bytes s owns (a static string's are copied first). */
    @TruffleBoundary
    public static long mutableBytes(NativeMemory m, NativeString s, Node location) {
        if (s.isStatic()) {
            moveToOwnBuffer(m, s, s.length, location);
        }
        return s.data;
    }

    /** {@code s.unsafe_cstr_ptr()}: the address of the bytes, with a NUL after the last (added if needed). */
    @TruffleBoundary
    public static long cString(NativeMemory m, NativeString s, Node location) {
        if (!s.hasNulTerminator()) {
            reserveRoom(m, s, s.length + 1, location);
            UNSAFE.putByte(s.data + s.length, (byte) 0);
            s.markNulTerminated();
        }
        return s.data;
    }

    @TruffleBoundary
    public static NativeString repeat(NativeMemory m, NativeString s, long n, Node location) {
        long count = Math.max(0, n);
        NativeString c = allocate(m, NativeMemory.sizeOf(count, s.length, location), location);
        for (long i = 0; i < count; i++) {
            UNSAFE.copyMemory(s.data, c.data + i * s.length, s.length);
        }
        return c;
    }

    /** {@code s[i]}: the byte at i as a one-byte string (negative i counts from the end). Inlined: no native allocation. */
    public static NativeString index(NativeString s, long index, Node location) {
        return singleByte((int) byteAt(s, index, location));
    }

    /** The byte at offset i (negative i counts from the end), 0..255. */
    public static long byteAt(NativeString s, long index, Node location) {
        long i = index < 0 ? index + s.length : index;
        if (i < 0 || i >= s.length) {
            throw indexError(s, index, location);
        }
        return UNSAFE.getByte(s.data + i) & 0xff;
    }

    @TruffleBoundary
    private static MojoError indexError(NativeString s, long index, Node location) {
        return new MojoError("index out of bounds: index " + index + " for a String of length " + s.length, location);
    }

    /** {@code s[start:end:step]} with Python's clamping rules; null bounds mean "omitted". */
    @TruffleBoundary
    public static NativeString slice(NativeMemory m, NativeString s, Object start, Object end, Object step, Node location) {
        long n = s.length;
        long st = step == null ? 1 : (long) step;
        if (st == 0) {
            throw new MojoError("slice step cannot be zero", location);
        }
        long lo;
        long hi;
        if (st > 0) {
            lo = start == null ? 0 : clamp((long) start, n, 0, n);
            hi = end == null ? n : clamp((long) end, n, 0, n);
        } else {
            lo = start == null ? n - 1 : clamp((long) start, n, -1, n - 1);
            hi = end == null ? -1 : clamp((long) end, n, -1, n - 1);
        }
        long count = 0;
        for (long i = lo; st > 0 ? i < hi : i > hi; i += st) {
            count++;
        }
        NativeString c = allocate(m, count, location);
        long k = 0;
        for (long i = lo; st > 0 ? i < hi : i > hi; i += st) {
            UNSAFE.putByte(c.data + k++, UNSAFE.getByte(s.data + i));
        }
        return c;
    }

    private static long clamp(long v, long n, long min, long max) {
        if (v < 0) {
            v += n;
        }
        return Math.max(min, Math.min(max, v));
    }

    /** Compares the UTF-8 bytes, unsigned, as Mojo does. */
    @TruffleBoundary
    public static int compare(NativeString a, NativeString b) {
        long n = Math.min(a.length, b.length);
        for (long i = 0; i < n; i++) {
            int x = UNSAFE.getByte(a.data + i) & 0xff;
            int y = UNSAFE.getByte(b.data + i) & 0xff;
            if (x != y) {
                return x < y ? -1 : 1;
            }
        }
        return Long.compare(a.length, b.length);
    }

    /** Inlined into compiled code: a plain byte loop. */
    public static boolean equal(NativeString a, NativeString b) {
        if (a.length != b.length) {
            return false;
        }
        for (long i = 0; i < a.length; i++) {
            if (UNSAFE.getByte(a.data + i) != UNSAFE.getByte(b.data + i)) {
                return false;
            }
        }
        return true;
    }

    @TruffleBoundary
    public static boolean contains(NativeString haystack, NativeString needle) {
        outer:
        for (long i = 0; i + needle.length <= haystack.length; i++) {
            for (long j = 0; j < needle.length; j++) {
                if (UNSAFE.getByte(haystack.data + i + j) != UNSAFE.getByte(needle.data + j)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @TruffleBoundary
    public static long parseInt(NativeString s, Node location) {
        return parseInt(s, 10, location);
    }

    /**
     * {@code atol(s, base)} as Mojo defines it: surrounding whitespace and a sign are allowed, a
     * 0b/0o/0x prefix when it matches the base (base 0 infers the base from it), single
     * underscores between digits (and right after a prefix), nothing else.
     */
    @TruffleBoundary
    public static long parseInt(NativeString s, long base, Node location) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw new MojoRaise("Base must be >= 2 and <= 36, or 0.", location);
        }
        byte[] b = bytes(s);
        String notConvertible = "String is not convertible to integer with base " + base + ": '" + toJava(s) + "'";
        if (b.length == 0) {
            throw new MojoRaise(notConvertible, location);
        }
        int pos = 0;
        while (pos < b.length && isSpace(b[pos])) {
            pos++;
        }
        boolean negative = pos < b.length && b[pos] == '-';
        if (pos < b.length && (b[pos] == '-' || b[pos] == '+')) {
            pos++;
        }
        long radix = base;
        boolean prefixed = false;
        if (base == 0) {
            long[] found = inferBase(b, pos);
            if (found == null) {
                throw new MojoRaise(notConvertible, location);
            }
            radix = found[0];
            prefixed = found[1] != pos;
            pos = (int) found[1];
        } else if (pos + 1 < b.length && b[pos] == '0' && prefixMatches(b[pos + 1], base)) {
            pos += 2;
            prefixed = true;
        }
        long result = 0;
        boolean digits = false;
        boolean lastUnderscore = !(prefixed && (radix == 2 || radix == 8 || radix == 16));
        for (; pos < b.length; pos++) {
            int c = b[pos] & 0xff;
            if (c == '_') {
                if (lastUnderscore) {
                    throw new MojoRaise(notConvertible, location);
                }
                lastUnderscore = true;
                continue;
            }
            lastUnderscore = false;
            if (isSpace(b[pos])) {
                break;
            }
            int digit = Character.digit(c, 36);
            if (digit < 0 || digit >= radix) {
                throw new MojoRaise(notConvertible, location);
            }
            try {
                result = Math.addExact(Math.multiplyExact(result, radix), digit);
            } catch (ArithmeticException e) {
                throw new MojoRaise(notConvertible + " String expresses an integer too large to store in Int.", location);
            }
            digits = true;
        }
        if (lastUnderscore || !digits) {
            throw new MojoRaise(notConvertible, location);
        }
        for (; pos < b.length; pos++) {
            if (!isSpace(b[pos])) {
                throw new MojoRaise(notConvertible, location);
            }
        }
        return negative ? -result : result;
    }

    private static boolean prefixMatches(byte c, long base) {
        return switch (c) {
            case 'b', 'B' -> base == 2;
            case 'o', 'O' -> base == 8;
            case 'x', 'X' -> base == 16;
            default -> false;
        };
    }

    /** Base 0: {base, first digit offset} from a 0b/0o/0x prefix, 10 for a number without leading 0, or null. */
    private static long[] inferBase(byte[] b, int start) {
        if (start == b.length - 1) {
            return new long[]{10, start};
        }
        if (start >= b.length) {
            return null;
        }
        if (b[start] == '0') {
            for (long base : new long[]{2, 8, 16}) {
                if (prefixMatches(b[start + 1], base)) {
                    return new long[]{base, start + 2};
                }
            }
            boolean lastUnderscore = false; // otherwise only zeros (and single underscores) may follow a 0
            for (int i = start + 1; i < b.length && !isSpace(b[i]); i++) {
                if (b[i] == '_') {
                    if (lastUnderscore) {
                        return null;
                    }
                    lastUnderscore = true;
                    continue;
                }
                lastUnderscore = false;
                if (b[i] != '0') {
                    return null;
                }
            }
            return new long[]{10, start};
        }
        return b[start] >= '1' && b[start] <= '9' ? new long[]{10, start} : null;
    }

    /** Mojo's ASCII whitespace: space, \t \n \v \f \r and the separators \x1c-\x1e. */
    private static boolean isSpace(byte c) {
        return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 30);
    }

    /** The most digits atof reads in the significand or the exponent (the stdlib's CONTAINER_SIZE). */
    private static final int MAX_FLOAT_DIGITS = 24;

    /**
     * {@code atof(s)} as the stdlib's _atof: surrounding whitespace, a sign, a trailing f/F, nan,
     * inf and infinity (any case) are allowed; the error messages name the rejected text as it does.
     */
    @TruffleBoundary
    public static double parseFloat(NativeString s, Node location) {
        String text = toJava(s);
        String notConvertible = "String is not convertible to float: " + repr(text);
        if (text.isEmpty() || text.equals(".")) {
            throw new MojoRaise(notConvertible, location);
        }
        String t = stripAscii(text);
        t = t.startsWith("+") ? t.substring(1) : t;
        t = t.endsWith("f") || t.endsWith("F") ? t.substring(0, t.length() - 1) : t;
        double sign = 1.0;
        if (t.startsWith("-")) {
            sign = -1.0;
            t = t.substring(1);
        }
        String lower = t.toLowerCase();
        if (lower.equals("nan")) {
            return Double.NaN;
        }
        if (lower.equals("infinity") || lower.equals("in")) { // "inf" lost its f above
            return sign * Double.POSITIVE_INFINITY;
        }
        String problem = floatSyntaxProblem(t);
        if (problem != null) {
            throw new MojoRaise(notConvertible + ". " + problem, location);
        }
        try {
            return sign * Double.parseDouble(withOneDot(t));
        } catch (NumberFormatException e) { // well-formed characters in a malformed order, such as "1e2e3"
            throw new MojoRaise(notConvertible + ". Invalid character(s) in the number: '" + t + "'", location);
        }
    }

    /**
     * The number without the dots of its significand after the first: the stdlib reads "2.5.1" as
     * the digits 251 with the point where the first dot is (2.51).
     */
    private static String withOneDot(String t) {
        int exponent = Math.max(t.indexOf('e'), t.indexOf('E'));
        String significand = exponent < 0 ? t : t.substring(0, exponent);
        int first = significand.indexOf('.');
        if (first < 0 || significand.indexOf('.', first + 1) < 0) {
            return t;
        }
        String rest = significand.substring(first + 1).replace(".", "");
        return significand.substring(0, first + 1) + rest + (exponent < 0 ? "" : t.substring(exponent));
    }

    /** Why atof rejects the unsigned number text t (the stdlib's checks, in its order), or null. */
    private static String floatSyntaxProblem(String t) {
        if (t.isEmpty() || !isDigitOrDot(t.charAt(0))) {
            return "The first character of '" + t + "' should be a digit or dot to convert it to a float.";
        }
        if (!isDigitOrDot(t.charAt(t.length() - 1))) {
            return "The last character of '" + t + "' should be a digit or dot to convert it to a float.";
        }
        // read right to left as the stdlib does: digits fill the exponent, then (after an e) the significand
        int digits = 0;
        for (int i = t.length() - 1; i >= 0; i--) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > MAX_FLOAT_DIGITS) {
                    return "The number is too long, it's not supported yet. '" + t + "'";
                }
            } else if (c == 'e' || c == 'E') {
                digits = 0;
            } else if (c != '.' && c != '-' && c != '+') {
                return "Invalid character(s) in the number: '" + t + "'";
            }
        }
        return null;
    }

    private static boolean isDigitOrDot(char c) {
        return (c >= '0' && c <= '9') || c == '.';
    }

    /** The text without leading and trailing Mojo ASCII whitespace. */
    private static String stripAscii(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) < 128 && isSpace((byte) text.charAt(start))) {
            start++;
        }
        while (end > start && text.charAt(end - 1) < 128 && isSpace((byte) text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /**
     * The string as Mojo writes it as a literal: single quotes unless it holds a single quote and
     * no double quote; backslash escapes for \\, \t, \n, \r and \xNN for other control bytes.
     */
    @TruffleBoundary
    public static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(quote);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c == quote) {
                        sb.append('\\').append(c);
                    } else if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\x%02x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append(quote).toString();
    }

    // ------------------------------------------------------------ text of other values (Java strings, for writing)

    @TruffleBoundary
    public static String fromLong(long v) {
        return Long.toString(v);
    }

    @TruffleBoundary
    public static String fromUnsigned(long v) {
        return Long.toUnsignedString(v);
    }

    @TruffleBoundary
    public static String fromDouble(double v) {
        return FloatFormat.format(v);
    }

    /** A Float32's text: the shortest that round-trips at 32 bits. */
    @TruffleBoundary
    public static String fromFloat(float v) {
        return FloatFormat.formatFloat(v);
    }
}

package org.trufflemojo.runtime;

import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * Operations on Mojo String values. A String is held as a Java String for now; lengths and
 * indices are in UTF-8 bytes, as Mojo defines them.
 */
public final class StringOps {
    private StringOps() {
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    @TruffleBoundary
    public static long byteLength(String s) {
        if (isAscii(s)) {
            return s.length();
        }
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    @TruffleBoundary
    public static String concat(String a, String b) {
        return a.concat(b);
    }

    @TruffleBoundary
    public static String repeat(String s, long n) {
        if (n <= 0) {
            return "";
        }
        return s.repeat((int) Math.min(n, Integer.MAX_VALUE));
    }

    @TruffleBoundary
    public static int compare(String a, String b) {
        // Mojo compares the UTF-8 bytes; for valid strings that matches code point order.
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return ca < cb ? -1 : 1;
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    @TruffleBoundary
    public static boolean equal(String a, String b) {
        return a.equals(b);
    }

    @TruffleBoundary
    public static boolean contains(String haystack, String needle) {
        return haystack.contains(needle);
    }

    @TruffleBoundary
    public static String index(String s, long index, Node location) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        long i = index < 0 ? index + bytes.length : index;
        if (i < 0 || i >= bytes.length) {
            throw new MojoError("index out of bounds: index " + index + " for a String of length " + bytes.length, location);
        }
        return new String(bytes, (int) i, 1, StandardCharsets.UTF_8);
    }

    /** {@code s[start:end:step]} with Python's clamping rules; null bounds mean "omitted". */
    @TruffleBoundary
    public static String slice(String s, Object start, Object end, Object step, Node location) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        int n = bytes.length;
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
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (long i = lo; st > 0 ? i < hi : i > hi; i += st) {
            out.write(bytes[(int) i]);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static long clamp(long v, int n, long min, long max) {
        if (v < 0) {
            v += n;
        }
        return Math.max(min, Math.min(max, v));
    }

    @TruffleBoundary
    public static long parseInt(String s, Node location) {
        String t = s.strip().replace("_", "");
        try {
            if (t.startsWith("0x") || t.startsWith("0X")) {
                return Long.parseLong(t.substring(2), 16);
            }
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new MojoError("String is not convertible to integer with base 10: '" + s + "'", location);
        }
    }

    @TruffleBoundary
    public static double parseFloat(String s, Node location) {
        String t = s.strip();
        try {
            switch (t.toLowerCase()) {
                case "inf", "+inf", "infinity" -> {
                    return Double.POSITIVE_INFINITY;
                }
                case "-inf", "-infinity" -> {
                    return Double.NEGATIVE_INFINITY;
                }
                case "nan", "+nan", "-nan" -> {
                    return Double.NaN;
                }
                default -> {
                    return Double.parseDouble(t);
                }
            }
        } catch (NumberFormatException e) {
            throw new MojoError("String is not convertible to float: '" + s + "'", location);
        }
    }

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
}

package org.trufflemojo.nodes.builtin.string;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import org.trufflemojo.MojoContext;
import org.trufflemojo.core.Intrinsic;
import org.trufflemojo.runtime.NativeMemory;
import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.nodes.expression.OperandsNode;
import org.trufflemojo.runtime.ListObject;
import org.trufflemojo.runtime.MojoRaise;
import org.trufflemojo.runtime.NativeString;
import org.trufflemojo.runtime.StringOps;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The methods of String: find, split, strip, replace, upper, lower, startswith, endswith, join,
 * format, ... Results that are Strings are new owned strings; byte offsets are UTF-8 offsets.
 */
public final class StringMethodNode extends OperandsNode {
    private final Intrinsic op;

    public StringMethodNode(Intrinsic op, MojoExpressionNode[] operands) {
        super(operands);
        this.op = op;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object[] values = evaluateOperands(frame);
        return apply(op, values, MojoContext.get(this).memory(), this);
    }

    @TruffleBoundary
    private static Object apply(Intrinsic op, Object[] v, NativeMemory m, Node node) {
        String s = StringOps.toJava((NativeString) v[0]);
        return switch (op) {
            case STRING_FIND -> byteOffset(s, s.indexOf(text(v[1]), charIndex(s, v.length > 2 ? (long) v[2] : 0)));
            case STRING_RFIND -> {
                int found = s.lastIndexOf(text(v[1]));
                yield byteOffset(s, found >= charIndex(s, v.length > 2 ? (long) v[2] : 0) ? found : -1);
            }
            case STRING_COUNT -> (long) count(s, text(v[1]));
            case STRING_STARTSWITH -> s.startsWith(text(v[1]));
            case STRING_ENDSWITH -> s.endsWith(text(v[1]));
            case STRING_ISDIGIT -> !s.isEmpty() && s.chars().allMatch(ch -> ch >= '0' && ch <= '9');
            case STRING_ISLOWER -> cased(s, false);
            case STRING_ISUPPER -> cased(s, true);
            case STRING_STRIP -> str(m, v.length > 1 ? strip(s, text(v[1]), true, true) : s.strip(), node);
            case STRING_LSTRIP -> str(m, v.length > 1 ? strip(s, text(v[1]), true, false) : s.stripLeading(), node);
            case STRING_RSTRIP -> str(m, v.length > 1 ? strip(s, text(v[1]), false, true) : s.stripTrailing(), node);
            case STRING_UPPER -> str(m, s.toUpperCase(Locale.ROOT), node);
            case STRING_LOWER -> str(m, s.toLowerCase(Locale.ROOT), node);
            case STRING_REPLACE -> str(m, replace(s, text(v[1]), text(v[2])), node);
            case STRING_REPR -> str(m, StringOps.repr(s), node);
            case STRING_STR -> str(m, s, node);
            case STRING_JOIN -> str(m, join(m, s, (ListObject) v[1]), node);
            case STRING_SPLIT -> list(m, v.length > 2 ? split(s, text(v[1]), (long) v[2]) : splitWhitespace(s, (long) v[1]), node);
            case STRING_CODEPOINT_SLICES -> chars(m, s, node);
            case STRING_GRAPHEME_SLICES -> graphemes(m, s, node);
            case STRING_HASH -> fnv1a(s);
            case STRING_ORD -> (long) s.codePointAt(0);
            case STRING_FORMAT -> str(m, format(s, v, node), node);
            default -> throw CompilerDirectives.shouldNotReachHere(op + " is not a String operation");
        };
    }

    /** FNV-1a over the UTF-8 bytes: stable across runs, like Mojo's string hash. */
    private static long fnv1a(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return h;
    }

    private static String text(Object o) {
        return StringOps.toJava((NativeString) o);
    }

    private static NativeString str(NativeMemory m, String s, Node node) {
        return StringOps.fromJava(m, s, node);
    }

    /** The UTF-8 byte offset of a char index (-1 stays -1). */
    /** The char index of a UTF-8 byte offset (a negative one counts from the end, as Mojo's start). */
    private static int charIndex(String s, long byteOffset) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        long b = byteOffset < 0 ? Math.max(0, bytes.length + byteOffset) : Math.min(byteOffset, bytes.length);
        return new String(bytes, 0, (int) b, StandardCharsets.UTF_8).length();
    }

    private static long byteOffset(String s, int charIndex) {
        if (charIndex < 0) {
            return -1;
        }
        return s.substring(0, charIndex).getBytes(StandardCharsets.UTF_8).length;
    }

    /** Whether s has a cased character and every cased one is upper (or lower) case, by Unicode. */
    private static boolean cased(String s, boolean upper) {
        boolean any = false;
        for (int cp : s.codePoints().toArray()) {
            if (upper ? Character.isLowerCase(cp) : Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                return false;
            }
            any |= upper ? Character.isUpperCase(cp) : Character.isLowerCase(cp);
        }
        return any;
    }

    /** Every occurrence of old replaced; an empty old is replaced before each character (not after the last), as Mojo does. */
    private static String replace(String s, String old, String by) {
        if (!old.isEmpty()) {
            return s.replace(old, by);
        }
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> sb.append(by).appendCodePoint(cp));
        return sb.toString();
    }

    private static int count(String s, String sub) {
        if (sub.isEmpty()) {
            return s.codePointCount(0, s.length()) + 1;
        }
        int n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) {
            n++;
        }
        return n;
    }

    private static String strip(String s, String chars, boolean left, boolean right) {
        int start = 0;
        int end = s.length();
        while (left && start < end && chars.indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        while (right && end > start && chars.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(start, end);
    }

    private static String join(NativeMemory m, String sep, ListObject list) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < list.size; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(text(list.stringAt(m, i)));
        }
        return sb.toString();
    }

    private static ListObject list(NativeMemory m, List<String> parts, Node node) {
        List<NativeString> strings = new ArrayList<>(parts.size());
        for (String p : parts) {
            strings.add(str(m, p, node));
        }
        return ListObject.ofStrings(m, strings, node);
    }

    /**
     * {@code split(sep, maxsplit)}: the parts between occurrences of sep, at most maxsplit splits
     * (all for a negative maxsplit); an empty sep splits between the characters, with an empty
     * part at each end.
     */
    private static List<String> split(String s, String sep, long maxsplit) {
        List<String> parts = new ArrayList<>();
        if (sep.isEmpty()) {
            parts.add("");
            s.codePoints().forEach(cp -> parts.add(Character.toString(cp)));
            parts.add("");
            return parts;
        }
        int start = 0;
        for (int i = s.indexOf(sep); i >= 0 && (maxsplit < 0 || parts.size() < maxsplit); i = s.indexOf(sep, start)) {
            parts.add(s.substring(start, i));
            start = i + sep.length();
        }
        parts.add(s.substring(start));
        return parts;
    }

    /**
     * {@code split()}: the words between runs of whitespace (as {@link #isMojoSpace}), at most
     * maxsplit splits (the last word then runs to the end, whitespace included).
     */
    private static List<String> splitWhitespace(String s, long maxsplit) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        while (true) {
            while (start < s.length() && isMojoSpace(s.codePointAt(start))) {
                start += Character.charCount(s.codePointAt(start));
            }
            if (start == s.length()) {
                return parts;
            }
            int end = start;
            if (maxsplit >= 0 && parts.size() == maxsplit) {
                end = s.length();
            }
            while (end < s.length() && !isMojoSpace(s.codePointAt(end))) {
                end += Character.charCount(s.codePointAt(end));
            }
            parts.add(s.substring(start, end));
            start = end;
        }
    }

    /** Mojo's whitespace: ASCII \t \n \v \f \r, space, the separators \x1c-\x1e, NEL and the Unicode line and paragraph separators. */
    private static boolean isMojoSpace(int cp) {
        return cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 0x1c && cp <= 0x1e) || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
    }

    private static ListObject chars(NativeMemory m, String s, Node node) {
        List<String> parts = new ArrayList<>();
        s.codePoints().forEach(cp -> parts.add(new String(Character.toChars(cp))));
        return list(m, parts, node);
    }

    /** The extended grapheme clusters of s (a letter with its combining marks, an emoji sequence), as Java's BreakIterator finds them. */
    private static ListObject graphemes(NativeMemory m, String s, Node node) {
        List<String> parts = new ArrayList<>();
        BreakIterator clusters = BreakIterator.getCharacterInstance(Locale.ROOT);
        clusters.setText(s);
        for (int start = clusters.first(), end = clusters.next(); end != BreakIterator.DONE; start = end, end = clusters.next()) {
            parts.add(s.substring(start, end));
        }
        return list(m, parts, node);
    }

    private static final String UNCLOSED_LEFT = "there is a single curly { left unclosed or unescaped";
    private static final String UNCLOSED_RIGHT = "there is a single curly } left unclosed or unescaped";

    /**
     * A replacement field of a format string, from offset first to last (its braces): an escaped
     * brace (literal is its text) or argument's text (its repr for !r).
     */
    private record FormatField(int first, int last, String literal, int argument, boolean repr) {
    }

    /**
     * {@code "{} and {0} and {!r}".format(...)}: v[1 + 2k] is argument k's text, v[2 + 2k] its repr.
     * The fields are parsed, and the errors raised, as the stdlib's _FormatCurlyEntry does: after
     * the first bad index the rest is not parsed, and the index errors are reported in its order.
     */
    private static String format(String fmt, Object[] v, Node node) {
        int argCount = (v.length - 1) / 2;
        List<FormatField> fields = new ArrayList<>();
        int manualCount = 0;
        int automaticCount = 0;
        boolean automaticOverflow = false;
        Long badIndex = null;
        String keyword = null;
        int start = -1; // the offset of an unclosed '{'
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c == '{') {
                if (start < 0) {
                    start = i;
                } else if (i - start == 1) {
                    fields.add(new FormatField(start, i, "{", -1, false)); // {{
                    start = -1;
                } else {
                    throw new MojoRaise(UNCLOSED_LEFT, node);
                }
                continue;
            }
            if (c != '}') {
                continue;
            }
            if (start < 0) {
                if (i + 1 < fmt.length() && fmt.charAt(i + 1) == '}') {
                    fields.add(new FormatField(i, i + 1, "}", -1, false)); // }}
                    i++;
                    continue;
                }
                throw new MojoRaise(UNCLOSED_RIGHT, node);
            }
            String field = fmt.substring(start + 1, i);
            boolean repr = false;
            int bang = field.indexOf('!');
            if (bang >= 0) {
                String flag = field.substring(bang + 1);
                if (flag.isEmpty()) {
                    throw new MojoRaise("Empty conversion flag.", node);
                }
                if (!flag.equals("s") && !flag.equals("r")) {
                    throw new MojoRaise("Conversion flag \"" + flag + "\" not recognised.", node);
                }
                repr = flag.equals("r");
                field = field.substring(0, bang);
            }
            int argument;
            if (field.isEmpty()) {
                if (automaticCount >= argCount) {
                    automaticOverflow = true;
                    break;
                }
                argument = automaticCount++;
            } else {
                Long index = parseFieldIndex(field);
                if (index == null) {
                    keyword = field;
                    break;
                }
                if (index < 0 || index >= argCount) {
                    badIndex = index;
                    break;
                }
                manualCount++;
                argument = index.intValue();
            }
            fields.add(new FormatField(start, i, null, argument, repr));
            start = -1;
        }
        if (automaticOverflow) {
            throw new MojoRaise("Automatic indexing require more args in *args", node);
        } else if (keyword != null) {
            throw new MojoRaise("Index " + keyword + " not in kwargs", node);
        } else if (manualCount > 0 && automaticCount > 0) {
            throw new MojoRaise("Cannot both use manual and automatic indexing", node);
        } else if (badIndex != null) {
            throw new MojoRaise("Index " + badIndex + " not in *args", node);
        } else if (start >= 0) {
            throw new MojoRaise(UNCLOSED_LEFT, node);
        }
        StringBuilder sb = new StringBuilder();
        int offset = 0;
        for (FormatField f : fields) {
            sb.append(fmt, offset, f.first());
            sb.append(f.literal() != null ? f.literal() : text(v[1 + 2 * f.argument() + (f.repr() ? 1 : 0)]));
            offset = f.last() + 1;
        }
        return sb.append(fmt, offset, fmt.length()).toString();
    }

    /** A manual field's index as Int(field) reads it (surrounding spaces and a sign allowed), or null if it is a keyword. */
    private static Long parseFieldIndex(String field) {
        String t = field.strip();
        try {
            return Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

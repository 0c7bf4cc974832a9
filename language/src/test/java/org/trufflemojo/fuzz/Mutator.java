package org.trufflemojo.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deterministic mutations of a program's bytes, the kinds of damage a new user's edits do: a token
 * or line deleted, duplicated or swapped, another argument convention, a {@code ^} added or removed,
 * broken indentation, a flipped byte, a truncated file, invalid UTF-8. The same program and the same
 * {@link Random} state give the same mutant.
 */
public final class Mutator {
    /** What one mutation does. */
    public enum Kind {
        DELETE_TOKEN, DUPLICATE_TOKEN, SWAP_TOKENS, REPLACE_TOKEN, DELETE_LINE, DUPLICATE_LINE, SWAP_LINES, CONVENTION, CARET,
        INDENTATION, FLIP_BYTE, TRUNCATE, INVALID_UTF8
    }

    /** Argument conventions and the words near them, swapped for one another. */
    private static final List<String> CONVENTIONS = List.of("read", "mut", "var", "out", "ref", "deinit", "owned", "borrowed", "inout");

    /** Words, numbers, string literals, and single other characters (whitespace is not a token). */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z_][A-Za-z_0-9]*|[0-9][0-9_.xXa-fA-F]*|\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)*'|\\S");

    private Mutator() {
    }

    /** A mutant: the kinds applied, in order, and the bytes. */
    public record Mutant(List<Kind> kinds, byte[] bytes) {
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8); // (invalid UTF-8 becomes U+FFFD, as when Truffle reads the file)
        }
    }

    /** One to three mutations of the program, chosen by the random source. */
    public static Mutant mutate(byte[] program, Random random) {
        int count = 1 + (random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0);
        List<Kind> kinds = new ArrayList<>();
        byte[] bytes = program;
        for (int i = 0; i < count; i++) {
            Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
            kinds.add(kind);
            bytes = apply(kind, bytes, random);
        }
        return new Mutant(List.copyOf(kinds), bytes);
    }

    /** The program with one mutation of the kind (unchanged when the program has nothing that kind changes). */
    public static byte[] apply(Kind kind, byte[] bytes, Random random) {
        return switch (kind) {
            case FLIP_BYTE -> flipByte(bytes, random);
            case TRUNCATE -> bytes.length == 0 ? bytes : java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
            case INVALID_UTF8 -> invalidUtf8(bytes, random);
            default -> utf8(applyToText(kind, new String(bytes, StandardCharsets.UTF_8), random));
        };
    }

    private static String applyToText(Kind kind, String text, Random random) {
        List<int[]> tokens = tokens(text);
        List<int[]> lines = lines(text);
        return switch (kind) {
            case DELETE_TOKEN -> tokens.isEmpty() ? text : splice(text, pick(tokens, random), "");
            case DUPLICATE_TOKEN -> {
                if (tokens.isEmpty()) {
                    yield text;
                }
                int[] t = pick(tokens, random);
                String token = text.substring(t[0], t[1]);
                yield splice(text, t, token + (random.nextBoolean() ? " " : "") + token);
            }
            case SWAP_TOKENS -> swap(text, tokens, random);
            case REPLACE_TOKEN -> tokens.size() < 2 ? text : splice(text, pick(tokens, random), slice(text, pick(tokens, random)));
            case DELETE_LINE -> lines.isEmpty() ? text : splice(text, pick(lines, random), "");
            case DUPLICATE_LINE -> {
                if (lines.isEmpty()) {
                    yield text;
                }
                int[] l = pick(lines, random);
                yield splice(text, l, slice(text, l) + slice(text, l));
            }
            case SWAP_LINES -> swap(text, lines, random);
            case CONVENTION -> convention(text, tokens, random);
            case CARET -> caret(text, tokens, random);
            case INDENTATION -> indentation(text, lines, random);
            default -> throw new IllegalArgumentException(kind.toString());
        };
    }

    /** One of the conventions replaced by another, or one added before a parameter. */
    private static String convention(String text, List<int[]> tokens, Random random) {
        List<int[]> conventions = tokens.stream().filter(t -> CONVENTIONS.contains(slice(text, t))).toList();
        String other = CONVENTIONS.get(random.nextInt(CONVENTIONS.size()));
        if (!conventions.isEmpty() && random.nextInt(4) != 0) {
            return splice(text, pick(conventions, random), other);
        }
        // before a name followed by ':' (a parameter or a declaration), or in place of the word
        List<int[]> names = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (Character.isLetter(text.charAt(tokens.get(i)[0])) && slice(text, tokens.get(i + 1)).equals(":")) {
                names.add(tokens.get(i));
            }
        }
        if (names.isEmpty()) {
            return text;
        }
        int[] name = pick(names, random);
        return text.substring(0, name[0]) + other + " " + text.substring(name[0]);
    }

    /** A transfer {@code ^} removed, or added after a name. */
    private static String caret(String text, List<int[]> tokens, Random random) {
        List<int[]> carets = tokens.stream().filter(t -> slice(text, t).equals("^")).toList();
        if (!carets.isEmpty() && random.nextBoolean()) {
            return splice(text, pick(carets, random), "");
        }
        List<int[]> names = tokens.stream().filter(t -> Character.isLetter(text.charAt(t[0])) || text.charAt(t[0]) == '_').toList();
        if (names.isEmpty()) {
            return text;
        }
        int[] name = pick(names, random);
        return text.substring(0, name[1]) + "^" + text.substring(name[1]);
    }

    /** A line indented more, less, with a tab, or not at all. */
    private static String indentation(String text, List<int[]> lines, Random random) {
        if (lines.isEmpty()) {
            return text;
        }
        int[] line = pick(lines, random);
        String l = slice(text, line);
        String stripped = l.stripLeading();
        String indent = l.substring(0, l.length() - stripped.length());
        String changed = switch (random.nextInt(4)) {
            case 0 -> indent + "    ";
            case 1 -> indent.length() >= 4 ? indent.substring(4) : "";
            case 2 -> indent + " ";
            default -> "\t" + indent;
        };
        return splice(text, line, changed + stripped);
    }

    private static String swap(String text, List<int[]> spans, Random random) {
        if (spans.size() < 2) {
            return text;
        }
        int i = random.nextInt(spans.size());
        // a neighbour most of the time, anywhere otherwise
        int j = random.nextInt(3) != 0 ? (i + 1 < spans.size() ? i + 1 : i - 1) : random.nextInt(spans.size());
        if (i == j) {
            return text;
        }
        int[] first = spans.get(Math.min(i, j));
        int[] second = spans.get(Math.max(i, j));
        return text.substring(0, first[0]) + slice(text, second) + text.substring(first[1], second[0]) + slice(text, first) + text.substring(second[1]);
    }

    private static byte[] flipByte(byte[] bytes, Random random) {
        if (bytes.length == 0) {
            return bytes;
        }
        byte[] copy = bytes.clone();
        int at = random.nextInt(copy.length);
        copy[at] ^= (byte) (1 << random.nextInt(8));
        return copy;
    }

    /** A byte sequence that is not UTF-8: a lone continuation byte, a cut multi-byte character, an overlong form, 0xFF. */
    private static byte[] invalidUtf8(byte[] bytes, Random random) {
        byte[][] bad = {{(byte) 0x80}, {(byte) 0xC3}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}};
        byte[] insert = bad[random.nextInt(bad.length)];
        int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.writeBytes(insert);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    /** The [start, end) spans of the tokens. */
    public static List<int[]> tokens(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            spans.add(new int[]{m.start(), m.end()});
        }
        return spans;
    }

    /** The [start, end) spans of the lines, each with its line break. */
    public static List<int[]> lines(String text) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end + 1;
            spans.add(new int[]{start, end});
            start = end;
        }
        return spans;
    }

    private static int[] pick(List<int[]> spans, Random random) {
        return spans.get(random.nextInt(spans.size()));
    }

    private static String slice(String text, int[] span) {
        return text.substring(span[0], span[1]);
    }

    private static String splice(String text, int[] span, String replacement) {
        return text.substring(0, span[0]) + replacement + text.substring(span[1]);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

package org.trufflemojo.core;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of a string literal. In Mojo a {@code \xNN} escape is the single byte NN, which need
 * not be (part of) valid UTF-8 ({@code "\xc5f"}); the lexer keeps such a byte of 0x80 or more as
 * the unpaired surrogate U+DC00 + NN (as Python's "surrogateescape" does), a char no source text
 * can contain, and this encodes the literal's text back into its bytes.
 */
public final class LiteralBytes {
    private static final char ESCAPED_BYTE_BASE = 0xDC00;

    private LiteralBytes() {
    }

    /** The char the lexer keeps for the escaped byte b (0 to 255). */
    public static char escapedByte(int b) {
        return b < 0x80 ? (char) b : (char) (ESCAPED_BYTE_BASE + b);
    }

    private static boolean isEscapedByte(String text, int i) {
        char c = text.charAt(i);
        return c >= ESCAPED_BYTE_BASE + 0x80 && c <= ESCAPED_BYTE_BASE + 0xFF && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }

    /** The literal's bytes: its text in UTF-8, each escaped byte as itself. */
    public static byte[] of(String text) {
        if (text.chars().noneMatch(c -> Character.isLowSurrogate((char) c))) {
            return text.getBytes(StandardCharsets.UTF_8); // (the common case: no escaped bytes)
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 8);
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isEscapedByte(text, i)) {
                out.writeBytes(text.substring(start, i).getBytes(StandardCharsets.UTF_8));
                out.write(text.charAt(i) - ESCAPED_BYTE_BASE);
                start = i + 1;
            }
        }
        out.writeBytes(text.substring(start).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}

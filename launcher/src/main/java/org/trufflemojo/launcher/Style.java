package org.trufflemojo.launcher;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Colours for one output stream: on only when that stream is a terminal and {@code NO_COLOR} is not
 * set (https://no-color.org), so a pipe, a file or a test never sees an escape code. Java cannot ask
 * whether file descriptor 1 or 2 is a terminal, so the {@code bin/mojo} script tells it
 * ({@code -Dmojo.terminal=out,err}, from the shell's {@code [ -t 1 ]} and {@code [ -t 2 ]}).
 */
final class Style {
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String RED = "\u001b[1;31m";
    private static final String MAGENTA = "\u001b[1;35m";
    private static final String CYAN = "\u001b[1;36m";
    private static final String GREEN = "\u001b[1;32m";

    static final Style PLAIN = new Style(false);

    private final boolean enabled;

    private Style(boolean enabled) {
        this.enabled = enabled;
    }

    /** The style of standard output ({@code "out"}) or standard error ({@code "err"}). */
    static Style of(String stream) {
        String noColor = System.getenv("NO_COLOR");
        if (noColor != null && !noColor.isEmpty()) {
            return PLAIN;
        }
        String terminals = System.getProperty("mojo.terminal", "");
        return terminals.contains(stream) ? new Style(true) : PLAIN;
    }

    boolean enabled() {
        return enabled;
    }

    String bold(String text) {
        return enabled ? BOLD + text + RESET : text;
    }

    /** A compiler diagnostic line: {@code file:1:2: error: ...} with its kind coloured as Mojo does. */
    private static final Pattern DIAGNOSTIC = Pattern.compile("^(\\S.*?:\\d+:\\d+: )?(error|warning|note)(: )(.*)$");
    private static final Pattern CARET = Pattern.compile("^( *)(\\^~*)\\s*$");

    String diagnosticLine(String line) {
        if (!enabled) {
            return line;
        }
        Matcher m = DIAGNOSTIC.matcher(line);
        if (m.matches()) {
            String color = switch (m.group(2)) {
                case "error" -> RED;
                case "warning" -> MAGENTA;
                default -> CYAN;
            };
            String where = m.group(1) == null ? "" : BOLD + m.group(1) + RESET;
            return where + color + m.group(2) + m.group(3) + RESET + BOLD + m.group(4) + RESET;
        }
        Matcher caret = CARET.matcher(line);
        if (caret.matches()) {
            return caret.group(1) + GREEN + caret.group(2) + RESET;
        }
        return line;
    }

    String diagnostics(String text) {
        if (!enabled) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(diagnosticLine(line));
        }
        return sb.toString();
    }

    /**
     * The program's standard error with the compiler's warnings coloured (they are written there
     * by the language as they are found); other lines pass unchanged. Whole lines are coloured, so
     * bytes are held until their line ends (or the stream is flushed).
     */
    OutputStream diagnosticStream(OutputStream target) {
        if (!enabled) {
            return target;
        }
        return new FilterOutputStream(target) {
            private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

            @Override
            public void write(int b) throws IOException {
                line.write(b);
                if (b == '\n') {
                    emit();
                }
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                for (int i = off; i < off + len; i++) {
                    write(b[i]);
                }
            }

            @Override
            public void flush() throws IOException {
                emit();
                out.flush();
            }

            private void emit() throws IOException {
                if (line.size() == 0) {
                    return;
                }
                String text = line.toString(java.nio.charset.StandardCharsets.UTF_8);
                line.reset();
                boolean newline = text.endsWith("\n");
                String body = newline ? text.substring(0, text.length() - 1) : text;
                out.write((diagnosticLine(body) + (newline ? "\n" : "")).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        };
    }
}

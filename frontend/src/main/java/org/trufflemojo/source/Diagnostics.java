package org.trufflemojo.source;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Collects the diagnostics of one compilation and renders them the way Mojo does:
 * {@code file.mojo:LINE:COL: error: message}, then the source line and a caret under the column.
 */
public final class Diagnostics {
    private final String fileName;
    private final String[] lines;
    private final List<Diagnostic> items = new ArrayList<>();
    private int errorCount;

    /** The name of the source file (as given on the command line), for messages that name a location. */
    public String fileName() {
        return fileName;
    }

    public Diagnostics(String fileName, CharSequence text) {
        this.fileName = fileName;
        this.lines = text.toString().split("\r?\n", -1);
    }

    /** Diagnostics of another file (an imported module), already rendered. */
    private final StringBuilder included = new StringBuilder();

    public void include(Diagnostics other) {
        included.append(other.render());
        errorCount += other.errorCount;
    }

    /** How messages name things in the program's own words (its dialect's type names); unchanged by default. */
    private UnaryOperator<String> spelling = UnaryOperator.identity();

    public void spellMessages(UnaryOperator<String> spelling) {
        this.spelling = spelling;
    }

    public void error(SourcePos pos, String message) {
        items.add(new Diagnostic(Diagnostic.Severity.ERROR, pos, spelling.apply(message)));
        errorCount++;
    }

    public void warning(SourcePos pos, String message) {
        items.add(new Diagnostic(Diagnostic.Severity.WARNING, pos, spelling.apply(message)));
    }

    /** A warning, unless the same one was already given at the same place; whether it was given now. */
    public boolean warnOnce(SourcePos pos, String message) {
        String spelled = spelling.apply(message);
        for (Diagnostic d : items) {
            if (d.severity() == Diagnostic.Severity.WARNING && d.pos().equals(pos) && d.message().equals(spelled)) {
                return false;
            }
        }
        warning(pos, message);
        return true;
    }

    /** A note on the diagnostic reported just before it (rendered right after it). */
    public void note(SourcePos pos, String message) {
        items.add(new Diagnostic(Diagnostic.Severity.NOTE, pos, spelling.apply(message)));
    }

    /** How many diagnostics there are now: {@link #rollBack} to it forgets the ones reported after. */
    public int mark() {
        return items.size();
    }

    /** Forgets the diagnostics reported since {@code mark} (a trial whose errors are not the program's), errors included. */
    public void rollBack(int mark) {
        while (items.size() > mark) {
            if (items.remove(items.size() - 1).severity() == Diagnostic.Severity.ERROR) {
                errorCount--;
            }
        }
    }

    public boolean hasErrors() {
        return errorCount > 0;
    }

    public int errorCount() {
        return errorCount;
    }

    public List<Diagnostic> items() {
        return items;
    }

    /** Renders every diagnostic, in the order they were reported, each with its source excerpt. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        List<List<Diagnostic>> sorted = withNotes();
        sorted.sort((x, y) -> {
            SourcePos a = x.get(0).pos();
            SourcePos b = y.get(0).pos();
            return a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column());
        });
        for (List<Diagnostic> group : sorted) {
            group.forEach(d -> render(d, sb));
        }
        return included + sb.toString();
    }

    public String renderWarnings() {
        StringBuilder sb = new StringBuilder();
        for (List<Diagnostic> group : withNotes()) {
            if (group.get(0).severity() == Diagnostic.Severity.WARNING) {
                group.forEach(d -> render(d, sb));
            }
        }
        return sb.toString();
    }

    /** The diagnostics in report order, each with the notes that follow it. */
    private List<List<Diagnostic>> withNotes() {
        List<List<Diagnostic>> groups = new ArrayList<>();
        for (Diagnostic d : items) {
            if (d.severity() == Diagnostic.Severity.NOTE && !groups.isEmpty()) {
                groups.get(groups.size() - 1).add(d);
            } else {
                groups.add(new ArrayList<>(List.of(d)));
            }
        }
        return groups;
    }

    private void render(Diagnostic d, StringBuilder sb) {
        SourcePos pos = d.pos();
        sb.append(fileName).append(':').append(pos.line()).append(':').append(pos.column())
                        .append(": ").append(d.severity().label).append(": ").append(d.message()).append('\n');
        if (pos.line() >= 1 && pos.line() <= lines.length) {
            String line = lines[pos.line() - 1];
            sb.append(line).append('\n');
            StringBuilder caret = new StringBuilder();
            for (int i = 0; i < pos.column() - 1 && i < line.length(); i++) {
                caret.append(line.charAt(i) == '\t' ? '\t' : ' ');
            }
            sb.append(caret).append("^\n");
        }
    }
}

package org.fieldstock.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** A benchmark's figures as they come: printed, and written to {@code target/benchmark/} at the end. */
final class BenchmarkReport {

    private final StringBuilder text = new StringBuilder();
    private boolean quiet;

    void line(String format, Object... arguments) {
        if (quiet) {
            return;
        }
        String line = String.format(Locale.ROOT, format, arguments);
        System.out.println(line);
        text.append(line).append('\n');
    }

    /** While quiet (a warm-up), lines are dropped. */
    void quiet(boolean quiet) {
        this.quiet = quiet;
    }

    boolean quiet() {
        return quiet;
    }

    /** Starts a new report. */
    void clear() {
        text.setLength(0);
    }

    void write(String name) throws IOException {
        Path out = Path.of("target", "benchmark", name);
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
    }
}

package dev.conventio.cli;

import java.io.PrintWriter;

/**
 * A progress bar on standard error, redrawn in place with a carriage return:
 * {@code validating [##########----------]   512/1000}. It is drawn only when asked for (a terminal,
 * or {@code --progress}); when not, every method does nothing, so that a pipe or a log file never
 * receives it.
 */
final class Progress {

    private static final int WIDTH = 30;
    /** Redraws at most ten times a second: drawing costs more than judging a small file. */
    private static final long INTERVAL_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private long lastDrawn;
    private int drawnLength;

    Progress(PrintWriter err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled && total > 0;
        this.lastDrawn = System.nanoTime() - INTERVAL_NANOS;
    }

    /** Shows that {@code done} inputs of the total are judged, unless it was shown very recently. */
    void update(int done) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (done < total && now - lastDrawn < INTERVAL_NANOS) {
            return;
        }
        lastDrawn = now;
        int filled = (int) ((long) done * WIDTH / total);
        String counts = String.valueOf(total);
        String line = "validating [" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] "
                + " ".repeat(counts.length() - String.valueOf(done).length()) + done + "/" + counts;
        err.print("\r" + line);
        err.flush();
        drawnLength = line.length();
    }

    /** Erases the bar, so that a line of the report or the summary starts on a clean line. */
    void clear() {
        if (!enabled || drawnLength == 0) {
            return;
        }
        err.print("\r" + " ".repeat(drawnLength) + "\r");
        err.flush();
        drawnLength = 0;
    }
}

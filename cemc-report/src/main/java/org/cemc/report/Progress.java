package org.cemc.report;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * A one-line progress bar on the error stream, redrawn at most twice a second and only on a terminal
 * ({@link Terminal}): {@code [=====     ] 50/100}.
 */
public final class Progress implements IntConsumer {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 500_000_000L;

    private final PrintWriter err;
    private final String label;
    private final int total;
    private final long start = System.nanoTime();
    private long lastDrawn;

    public Progress(PrintWriter err, String label, int total) {
        this.err = err;
        this.label = label;
        this.total = total;
    }

    @Override
    public void accept(int done) {
        accept(done, "");
    }

    /** As {@link #accept(int)}, with {@code note} after the count (", 2 failed"). */
    public void accept(int done, String note) {
        long now = System.nanoTime();
        if (!Terminal.attached() || done < total && now - lastDrawn < REDRAW_NANOS) {
            return;
        }
        lastDrawn = now;
        int filled = total == 0 ? WIDTH : WIDTH * done / total;
        double elapsed = (now - start) / 1e9;
        double left = done == 0 ? Double.NaN : elapsed * (total - done) / done;
        err.printf(Locale.ROOT, "\r%s [%s%s] %d/%d%s, %.0f s%s", label, "=".repeat(filled),
                " ".repeat(WIDTH - filled), done, total, note, elapsed, done < total && !Double.isNaN(left) ? String.format(Locale.ROOT, ", ~%.0f s left", left) : "");
        if (done >= total) {
            err.println();
        }
        err.flush();
    }
}

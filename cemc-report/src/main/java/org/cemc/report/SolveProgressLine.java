package org.cemc.report;

import java.io.PrintWriter;
import java.util.Locale;
import org.cemc.solve.SolveProgress;
import org.cemc.solve.SolveResult;

/**
 * A one-line account of a running solve on the error stream, redrawn at most twice a second and only on a terminal
 * ({@link Terminal}): {@code solving with cbc: 12 s of 60 s, best 43.45, bound 44.01 (gap 1.3 %)}. Finished with
 * {@link #done()}.
 */
public final class SolveProgressLine implements SolveProgress {
    private static final long REDRAW_NANOS = 500_000_000L;

    private final PrintWriter err;
    private final String solver;
    private final double limitSeconds;
    private long lastDrawn;
    private boolean drawn;
    /** After {@link #done()} a late report from the solver draws nothing over what follows. */
    private boolean finished;

    public SolveProgressLine(PrintWriter err, String solver, double limitSeconds) {
        this.err = err;
        this.solver = solver;
        this.limitSeconds = limitSeconds;
    }

    @Override
    public synchronized void update(double elapsedSeconds, double incumbent, double bound) {
        long now = System.nanoTime();
        if (finished || !Terminal.attached() || drawn && now - lastDrawn < REDRAW_NANOS) {
            return;
        }
        lastDrawn = now;
        drawn = true;
        err.print("\r" + line(elapsedSeconds, incumbent, bound) + "   ");
        err.flush();
    }

    /** Ends the line, if one was drawn, so what follows starts on its own. */
    public synchronized void done() {
        finished = true;
        if (drawn) {
            err.println();
            err.flush();
        }
    }

    String line(double elapsedSeconds, double incumbent, double bound) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "solving with %s: %.0f s of %s s", solver,
                elapsedSeconds, Numbers.csv(limitSeconds)));
        if (!Double.isNaN(incumbent)) {
            line.append(String.format(Locale.ROOT, ", best %.2f", incumbent));
        }
        if (!Double.isNaN(bound)) {
            line.append(String.format(Locale.ROOT, ", bound %.2f", bound));
        }
        if (!Double.isNaN(incumbent) && !Double.isNaN(bound)) {
            line.append(String.format(Locale.ROOT, " (gap %.2f %%)", 100 * SolveResult.gap(incumbent, bound)));
        }
        return line.toString();
    }
}

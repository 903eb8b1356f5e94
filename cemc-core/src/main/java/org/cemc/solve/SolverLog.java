package org.cemc.solve;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a solver's log lines for its incumbent and bound, and passes them on as progress. MPSolver offers no
 * callback for either, so the solvers' own progress tables are read: SCIP's and HiGHS's rows, CBC's "Integer
 * solution of" and "best possible" lines. A line that is none of these only moves the clock.
 */
final class SolverLog {
    private static final Pattern CBC_INCUMBENT = Pattern.compile("Integer solution of (\\S+) found");
    private static final Pattern CBC_BOUND = Pattern.compile("After \\d+ nodes, \\d+ on tree, (\\S+) best solution, "
            + "best possible (\\S+)");
    /** CBC's word for "no solution yet". */
    private static final double CBC_NONE = 1e50;

    private final SolverBackend backend;
    private final long start;
    private final SolveProgress progress;
    private double incumbent = Double.NaN;
    private double bound = Double.NaN;

    SolverLog(SolverBackend backend, long start, SolveProgress progress) {
        this.backend = backend;
        this.start = start;
        this.progress = progress;
    }

    /** Passes on what is known, as time goes by without a line from the solver. */
    synchronized void tick() {
        progress.update((System.nanoTime() - start) / 1e9, incumbent, bound);
    }

    /** Takes one line of the solver's output. */
    synchronized void read(String line) {
        Progress read = parse(backend, line);
        if (!Double.isNaN(read.incumbent())) {
            incumbent = Double.isNaN(incumbent) ? read.incumbent() : Math.max(incumbent, read.incumbent());
        }
        // A sub-search's bound can lie below the incumbent; only a bound above it bounds the whole model.
        if (!Double.isNaN(read.bound()) && (Double.isNaN(incumbent) || read.bound() >= incumbent)) {
            bound = read.bound();
        }
        progress.update((System.nanoTime() - start) / 1e9, incumbent, bound);
    }

    /** What one log line says: the incumbent and bound of a maximisation, each NaN where it says nothing. */
    record Progress(double incumbent, double bound) {
        static final Progress NOTHING = new Progress(Double.NaN, Double.NaN);
    }

    static Progress parse(SolverBackend backend, String line) {
        return switch (backend) {
            case CBC -> cbc(line);
            case SCIP -> scip(line);
            case HIGHS -> highs(line);
        };
    }

    private static Progress cbc(String line) {
        Matcher incumbent = CBC_INCUMBENT.matcher(line);
        if (incumbent.find()) {
            return new Progress(number(incumbent.group(1)), Double.NaN);
        }
        Matcher bound = CBC_BOUND.matcher(line);
        if (bound.find()) {
            double best = number(bound.group(1));
            return new Progress(Math.abs(best) >= CBC_NONE ? Double.NaN : best, number(bound.group(2)));
        }
        return Progress.NOTHING;
    }

    /** A row of SCIP's table: {@code ... | dualbound | primalbound | gap [| compl.]}. */
    private static Progress scip(String line) {
        String[] columns = line.split("\\|");
        for (int gap = columns.length - 1; gap >= 2; gap--) {
            String cell = columns[gap].trim();
            if (cell.endsWith("%") || cell.equals("Inf") || cell.equals("--")) {
                return new Progress(number(columns[gap - 1]), number(columns[gap - 2]));
            }
        }
        return Progress.NOTHING;
    }

    /** A row of HiGHS's table: {@code [source] proc inqueue leaves expl% bestbound bestsol gap ...}. */
    private static Progress highs(String line) {
        String[] tokens = line.trim().split("\\s+");
        int first = tokens.length > 0 && tokens[0].matches("[A-Za-z]") ? 1 : 0;
        if (tokens.length < first + 7 || !tokens[first].matches("\\d+") || !tokens[first + 3].endsWith("%")) {
            return Progress.NOTHING;
        }
        return new Progress(number(tokens[first + 5]), number(tokens[first + 4]));
    }

    /** A finite number, or NaN for anything else ("inf", "--", "-", a word). */
    private static double number(String text) {
        try {
            double value = Double.parseDouble(text.trim());
            return Double.isFinite(value) ? value : Double.NaN;
        } catch (NumberFormatException notANumber) {
            return Double.NaN;
        }
    }
}

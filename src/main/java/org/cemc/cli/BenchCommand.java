package org.cemc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cemc.community.CommunityCase;
import org.cemc.model.LinearModel;
import org.cemc.model.SchedulingModel;
import org.cemc.schedule.Outcome;
import org.cemc.schedule.Scheduler;
import org.cemc.solve.MilpSolver;
import org.cemc.solve.SolveResult;
import org.cemc.solve.SolveStatus;
import org.cemc.solve.SolverBackend;
import org.cemc.solve.SolverSettings;
import org.cemc.synthetic.SyntheticCase;
import org.hipparchus.stat.regression.SimpleRegression;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cemc bench}: build, LP-relaxation and MILP times, gap, memory and model size of synthetic cases of
 * growing size for each solver, as a Markdown table (docs/performance.md).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure build time, LP-relaxation time, MILP time and proven gap, peak memory and model size "
                + "on synthetic cases (18 houses per EC, one guest EV per 6 houses) for each solver, and print a "
                + "Markdown table with the fitted growth of MILP time with size.")
final class BenchCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--houses", paramLabel = "N,N", split = ",", defaultValue = "18,180,1800",
            description = "Case sizes in houses, multiples of 18 (default: ${DEFAULT-VALUE}).")
    private List<Integer> sizes;

    @Option(names = "--solvers", paramLabel = "NAME,NAME", split = ",", defaultValue = "cbc,highs,scip",
            description = "Solvers to measure (default: ${DEFAULT-VALUE}).")
    private List<SolverBackend> solvers;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "60",
            description = "Time limit of each MILP solve (default: ${DEFAULT-VALUE}).")
    private double timeLimit;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "Seed of the cases (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the table to this Markdown file.")
    private Path out;

    private record Row(int houses, SolverBackend solver, LinearModel lp, double buildSeconds, SolveResult relaxed,
                       Outcome milp, long peakMegabytes) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter console = spec.commandLine().getOut();
        List<Row> rows = new ArrayList<>();
        for (int houses : sizes) {
            CommunityCase community = SyntheticCase.generate(Math.max(1, houses / 18), 18, Math.max(1, houses / 6), seed);
            for (SolverBackend solver : solvers) {
                spec.commandLine().getErr().printf(Locale.ROOT, "bench: %d houses, %s...%n", houses, solver.cliName());
                spec.commandLine().getErr().flush();
                long start = System.nanoTime();
                LinearModel lp = SchedulingModel.build(community).linearModel();
                double build = (System.nanoTime() - start) / 1e9;
                SolveResult relaxed = MilpSolver.solve(lp, new SolverSettings(solver, timeLimit, 0, true));
                Outcome milp = Scheduler.run(community, new SolverSettings(solver, timeLimit,
                        SolverSettings.DEFAULT_RELATIVE_GAP, false));
                rows.add(new Row(houses, solver, lp, build, relaxed, milp, peakMegabytes()));
                console.println(line(rows.get(rows.size() - 1)));
                console.flush();
            }
        }
        String table = table(rows);
        console.println();
        console.print(table);
        if (out != null) {
            Files.writeString(out, table);
        }
        return 0;
    }

    private static String table(List<Row> rows) {
        StringBuilder md = new StringBuilder("| houses | solver | variables | constraints | free binaries | build (s) "
                + "| LP relaxation (s) | MILP (s) | status | objective | proven gap | peak memory (MB) |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        rows.forEach(r -> md.append(line(r)).append('\n'));
        md.append('\n');
        for (SolverBackend solver : rows.stream().map(Row::solver).distinct().toList()) {
            SimpleRegression fit = new SimpleRegression();
            rows.stream().filter(r -> r.solver() == solver && r.milp().solve().status() == SolveStatus.OPTIMAL)
                    .forEach(r -> fit.addData(Math.log(r.houses()), Math.log(Math.max(r.milp().solve().solveSeconds(), 1e-3))));
            if (fit.getN() >= 2) {
                md.append(String.format(Locale.ROOT, "- %s: MILP time grows as houses^%.2f over the sizes it solved "
                        + "to optimality (runs stopped by the time limit are left out of the fit)%n",
                        solver.cliName(), fit.getSlope()));
            }
        }
        return md.toString();
    }

    private static String line(Row r) {
        SolveResult s = r.milp().solve();
        return String.format(Locale.ROOT, "| %d | %s | %,d | %,d | %,d | %.2f | %.2f | %.2f | %s | %.2f | %s | %d |",
                r.houses(), r.solver().cliName(), r.lp().variableCount(), r.lp().rowCount(), r.lp().binaryCount(),
                r.buildSeconds(), r.relaxed().solveSeconds(), s.solveSeconds(), s.status(), s.objective(),
                Double.isNaN(s.relativeGap()) ? "unknown" : String.format(Locale.ROOT, "%.3f %%", 100 * s.relativeGap()),
                r.peakMegabytes());
    }

    /** The process's peak resident memory so far (Linux VmHWM), in MB; sizes run smallest first. */
    private static long peakMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}

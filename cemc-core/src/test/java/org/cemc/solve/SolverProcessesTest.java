package org.cemc.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cemc.model.LinearModel;
import org.junit.jupiter.api.Test;

/** The solver processes behind MilpSolver: reused, replaced when they die, ended on time, cleaned up after. */
class SolverProcessesTest {

    /** max x + y with x + y <= 1.5, x, y in [0, 1] integer: 1. */
    private static LinearModel small() {
        LinearModel lp = new LinearModel();
        int x = lp.addBinary("x", 0, 1);
        int y = lp.addBinary("y", 0, 1);
        lp.row("sum").plus(x).plus(y).atMost(1.5);
        lp.addToObjective(x, 1);
        lp.addToObjective(y, 1);
        return lp;
    }

    private static List<ProcessHandle> solverProcesses() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().arguments().map(a -> List.of(a).contains(SolverProcess.class.getName()))
                        .orElse(false))
                .toList();
    }

    /** The temporary folders the live solver processes were started with. */
    private static Set<Path> liveFolders() {
        return solverProcesses().stream().flatMap(p -> Stream.of(p.info().arguments().orElse(new String[0])))
                .filter(a -> a.startsWith("-Djava.io.tmpdir=")).map(a -> Path.of(a.substring(a.indexOf('=') + 1)))
                .collect(Collectors.toSet());
    }

    @Test
    void aSolverProcessThatDiedWhileIdleIsReplacedAndTheSolveSucceeds() {
        SolverSettings cbc = new SolverSettings(SolverBackend.CBC, 30, 1e-9, false);
        assertThat(MilpSolver.solve(small(), cbc).status()).isEqualTo(SolveStatus.OPTIMAL);
        List<ProcessHandle> idle = solverProcesses();
        assertThat(idle).isNotEmpty();

        idle.forEach(ProcessHandle::destroyForcibly);
        idle.forEach(p -> p.onExit().join());
        SolveResult again = MilpSolver.solve(small(), cbc);

        assertThat(again.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(again.objective()).isCloseTo(1, within(1e-9));
    }

    @Test
    void solvesSideBySideEachKeepTheirTimeLimit() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Callable<SolveResult> hard = () -> MilpSolver.solve(TestModels.hardKnapsack(),
                    new SolverSettings(SolverBackend.SCIP, 2, 1e-9, false));
            List<Future<SolveResult>> running = pool.invokeAll(List.of(hard, hard, hard));
            for (Future<SolveResult> result : running) {
                assertThat(result.get().solveSeconds()).isLessThan(TestModels.promised(2));
                assertThat(result.get().status()).isIn(SolveStatus.FEASIBLE, SolveStatus.NO_SOLUTION_FOUND);
            }
        } finally {
            pool.shutdown();
        }
    }

    /**
     * A process ended at the deadline leaves nothing behind: its folder (OR-Tools' native library) is deleted. Only
     * this JVM's solver processes are looked at (by the folders they were started with), so builds running beside
     * this one on the machine, with folders of their own, do not disturb the test.
     */
    @Test
    void theFolderOfAProcessEndedAtTheDeadlineIsDeleted() {
        SolverProcesses.shared().prepare(1);
        Set<Path> ours = liveFolders();
        // The solver may take a minute, the caller waits half a second: the process is ended at the deadline.
        SolverProcess.Request knapsack = new SolverProcess.Request(SolverBackend.CBC,
                System.currentTimeMillis() + 60_000, 1, 1e-9, false, false, Path.of(""),
                MilpSolver.proto(TestModels.hardKnapsack(), false));

        SolverProcesses.Outcome ended = SolverProcesses.shared().solve(knapsack, System.nanoTime() + 500_000_000L,
                line -> { });

        assertThat(ended).isInstanceOf(SolverProcesses.Outcome.DeadlinePassed.class);
        Set<Path> endedFolders = new HashSet<>(ours);
        endedFolders.removeAll(liveFolders());
        assertThat(endedFolders).as("folders of the process ended at the deadline").isNotEmpty()
                .noneMatch(Files::exists);
    }
}

package org.cemc.solve;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPSolver.ResultStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a solver's status proves: CBC's INFEASIBLE at its time limit proves nothing. */
class SolverProcessTest {
    @BeforeAll
    static void loadOrTools() {
        Loader.loadNativeLibraries();
    }

    @Test
    void cbcSayingInfeasibleAfterRunningIntoItsTimeLimitFoundNothing() {
        // Asked for 0.5 s, CBC said INFEASIBLE after 0.6 s: stopped by the limit before its root LP was solved.
        assertThat(SolverProcess.asProven(SolverBackend.CBC, ResultStatus.INFEASIBLE, 0.6, 0.5))
                .isEqualTo(ResultStatus.NOT_SOLVED);
    }

    @Test
    void cbcSayingInfeasibleWellWithinItsTimeLimitProvedIt() {
        assertThat(SolverProcess.asProven(SolverBackend.CBC, ResultStatus.INFEASIBLE, 0.1, 10))
                .isEqualTo(ResultStatus.INFEASIBLE);
    }

    @Test
    void otherSolversAndStatusesAreTakenAsTheySay() {
        assertThat(SolverProcess.asProven(SolverBackend.SCIP, ResultStatus.INFEASIBLE, 10, 10))
                .isEqualTo(ResultStatus.INFEASIBLE);
        assertThat(SolverProcess.asProven(SolverBackend.CBC, ResultStatus.FEASIBLE, 10, 10))
                .isEqualTo(ResultStatus.FEASIBLE);
    }
}

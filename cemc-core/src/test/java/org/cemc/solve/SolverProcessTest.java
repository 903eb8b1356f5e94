package org.cemc.solve;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPModelProto;
import com.google.ortools.linearsolver.MPSolver.ResultStatus;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void aRequestAndAReplyReadBackAsWrittenWholeToTheLastValue(@TempDir Path folder) throws IOException {
        MPModelProto model = MilpSolver.proto(TestModels.hardKnapsack(), false);
        SolverProcess.Request request = new SolverProcess.Request(SolverBackend.CBC, 1234L, 0.4, 1e-4, false, true,
                folder.resolve("highs.sol"), model);
        request.write(folder.resolve("request.bin"));
        assertThat(SolverProcess.Request.read(folder.resolve("request.bin"))).isEqualTo(request);

        double[] values = new double[5000];
        for (int i = 0; i < values.length; i++) {
            values[i] = i * 0.5;
        }
        SolverProcess.Reply reply = new SolverProcess.Reply("OPTIMAL", 12.5, 13, values, true, "Cbc 2", "");
        reply.write(folder.resolve("reply.bin"));
        SolverProcess.Reply read = SolverProcess.Reply.read(folder.resolve("reply.bin"));
        assertThat(read.values()).containsExactly(values);
        assertThat(read).usingRecursiveComparison().isEqualTo(reply);
    }
}

package org.cemc.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPModelProto;
import com.google.ortools.linearsolver.MPSolutionResponse;
import com.google.ortools.linearsolver.MPSolverResponseStatus;
import com.google.ortools.linearsolver.MPVariableProto;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HighsSolutionFileTest {
    @TempDir
    Path temp;

    @BeforeAll
    static void loadOrTools() {
        Loader.loadNativeLibraries();
    }

    /** max 3x + 2y + 1: the file's x = 1, y = 0.5 earn 3 + 1 + 1 = 5. */
    private static MPModelProto model() {
        return MPModelProto.newBuilder().setMaximize(true).setObjectiveOffset(1)
                .addVariable(MPVariableProto.newBuilder().setName("x").setObjectiveCoefficient(3).setIsInteger(true))
                .addVariable(MPVariableProto.newBuilder().setName("y").setObjectiveCoefficient(2))
                .build();
    }

    private Path file(String primal) throws IOException {
        return Files.writeString(temp.resolve("h.sol"), "Model status\nTime limit reached\n\n# Primal solution values\n"
                + primal + "\n# Dual solution values\nNone\n");
    }

    @Test
    void aFeasibleSolutionIsReadBackByNameWithItsObjective() throws IOException {
        MPSolutionResponse unknown = MPSolutionResponse.newBuilder()
                .setStatus(MPSolverResponseStatus.MPSOLVER_UNKNOWN_STATUS).build();

        MPSolutionResponse read = HighsSolutionFile.read(file("Feasible\nObjective 5\n# Columns 2\ny 0.5\nx 1"), model(),
                unknown);

        assertThat(read.getStatus()).isEqualTo(MPSolverResponseStatus.MPSOLVER_FEASIBLE);
        assertThat(read.getVariableValueList()).containsExactly(1.0, 0.5);
        assertThat(read.getObjectiveValue()).isCloseTo(5, within(1e-12));
    }

    @Test
    void aFileWithoutAFeasibleSolutionLeavesTheResponseAsItWas() throws IOException {
        MPSolutionResponse unknown = MPSolutionResponse.newBuilder()
                .setStatus(MPSolverResponseStatus.MPSOLVER_UNKNOWN_STATUS).build();

        assertThat(HighsSolutionFile.read(file("None"), model(), unknown)).isEqualTo(unknown);
    }

    @Test
    void aColumnTheModelLacksIsAnError() throws IOException {
        Path wrong = file("Feasible\nObjective 5\n# Columns 2\nz 0.5\nx 1");

        assertThatThrownBy(() -> HighsSolutionFile.read(wrong, model(), MPSolutionResponse.getDefaultInstance()))
                .hasMessageContaining("z");
    }
}

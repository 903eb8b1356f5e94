package org.cemc.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.ortools.linearsolver.MPModelProto;
import com.google.ortools.linearsolver.MPVariableProto;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HiGHS's file of improving solutions, in the form HiGHS 1.12 appends them (seen in real runs). */
class HighsSolutionFileTest {
    @TempDir
    Path temp;

    /** max 3x + 2y + 1. */
    private static MPModelProto model() {
        return MPModelProto.newBuilder().setMaximize(true).setObjectiveOffset(1)
                .addVariable(MPVariableProto.newBuilder().setObjectiveCoefficient(3).setIsInteger(true))
                .addVariable(MPVariableProto.newBuilder().setObjectiveCoefficient(2))
                .build();
    }

    private Path file(String text) throws IOException {
        return Files.writeString(temp.resolve("improving.sol"), text);
    }

    @Test
    void theLastOfSeveralSolutionsIsReadInColumnOrder() throws IOException {
        Path file = file("Objective 1\n# Columns 2\nc0 0\nc1 0\nObjective 5\n# Columns 2\nc0 1\nc1 0.5\n");

        double[] values = HighsSolutionFile.lastSolution(file, model()).orElseThrow();

        // x = 1, y = 0.5 earn 3 * 1 + 2 * 0.5 + 1 = 5.
        assertThat(values).containsExactly(1, 0.5);
        assertThat(HighsSolutionFile.objective(model(), values)).isCloseTo(5, within(1e-12));
    }

    @Test
    void aSolutionCutShortByTheEndOfTheProcessIsPassedOverForTheOneBefore() throws IOException {
        Path midLine = file("Objective 4\n# Columns 2\nc0 1\nc1 0\nObjective 5\n# Columns 2\nc0 1\nc1 0.");
        Path midBlock = file("Objective 4\n# Columns 2\nc0 1\nc1 0\nObjective 5\n# Columns 2\nc0 1\n");

        assertThat(HighsSolutionFile.lastSolution(midLine, model()).orElseThrow()).containsExactly(1, 0);
        assertThat(HighsSolutionFile.lastSolution(midBlock, model()).orElseThrow()).containsExactly(1, 0);
    }

    @Test
    void anEmptyOrMissingFileHoldsNoSolution() throws IOException {
        assertThat(HighsSolutionFile.lastSolution(file(""), model())).isEmpty();
        assertThat(HighsSolutionFile.lastSolution(temp.resolve("none.sol"), model())).isEmpty();
    }

    @Test
    void aSolutionOfAnotherSizeThanTheModelIsAnError() throws IOException {
        Path wrong = file("Objective 5\n# Columns 3\nc0 1\nc1 0.5\nc2 0\n");

        assertThatThrownBy(() -> HighsSolutionFile.lastSolution(wrong, model())).hasMessageContaining("3 columns");
    }
}

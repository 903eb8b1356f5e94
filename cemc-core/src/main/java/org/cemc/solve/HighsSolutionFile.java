package org.cemc.solve;

import com.google.ortools.linearsolver.MPModelProto;
import com.google.ortools.linearsolver.MPSolutionResponse;
import com.google.ortools.linearsolver.MPSolverResponseStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the solution HiGHS wrote in its raw style ({@code write_solution_style=0}): a "Model status" block, then
 * "# Primal solution values", "Feasible" or "None", "Objective X", "# Columns N" and one "name value" line per
 * column. Names map back to the model's variables, which CEMC always names uniquely.
 */
final class HighsSolutionFile {
    private HighsSolutionFile() {
    }

    /**
     * The response with the file's primal values and their objective, or {@code response} as it was when the file
     * holds no feasible solution.
     */
    static MPSolutionResponse read(Path file, MPModelProto model, MPSolutionResponse response) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int values = lines.indexOf("# Primal solution values");
        if (values < 0 || values + 1 >= lines.size() || !"Feasible".equals(lines.get(values + 1).trim())) {
            return response;
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < model.getVariableCount(); i++) {
            index.put(model.getVariable(i).getName(), i);
        }
        double[] primal = new double[model.getVariableCount()];
        int columns = -1;
        for (int i = values + 2; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("# Columns ")) {
                columns = Integer.parseInt(line.substring("# Columns ".length()).trim());
                for (int k = 1; k <= columns; k++) {
                    String[] nameValue = lines.get(i + k).trim().split("\\s+");
                    Integer variable = index.get(nameValue[0]);
                    if (variable == null) {
                        throw new IllegalStateException("HiGHS's solution names a column the model lacks: "
                                + nameValue[0]);
                    }
                    primal[variable] = Double.parseDouble(nameValue[1]);
                }
                break;
            }
        }
        if (columns != model.getVariableCount()) {
            throw new IllegalStateException("HiGHS's solution file has " + columns + " columns, the model "
                    + model.getVariableCount());
        }
        double objective = model.getObjectiveOffset();
        for (int i = 0; i < primal.length; i++) {
            objective += model.getVariable(i).getObjectiveCoefficient() * primal[i];
        }
        MPSolutionResponse.Builder recovered = response.toBuilder().clearVariableValue()
                .setStatus(MPSolverResponseStatus.MPSOLVER_FEASIBLE).setObjectiveValue(objective);
        for (double value : primal) {
            recovered.addVariableValue(value);
        }
        return recovered.build();
    }
}

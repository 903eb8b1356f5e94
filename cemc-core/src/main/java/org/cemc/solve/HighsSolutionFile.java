package org.cemc.solve;

import com.google.ortools.linearsolver.MPModelProto;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads the last solution in the file HiGHS appends every improving solution to
 * ({@code mip_improving_solution_save}): blocks of "Objective X", "# Columns N" and N lines "name value", in the
 * model's column order. Stopped by its time limit, HiGHS hands OR-Tools 9.15 no solution (status "unknown"), and a
 * HiGHS still busy at the deadline is ended; either way its best solution is in this file. A block cut short by
 * the end of the process is not read.
 */
final class HighsSolutionFile {
    private static final String COLUMNS = "# Columns ";

    private HighsSolutionFile() {
    }

    /** The values of the last complete solution in {@code file}, one per variable of {@code model}. */
    static Optional<double[]> lastSolution(Path file, MPModelProto model) throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return Optional.empty();
        }
        double[] previous = null;
        double[] last = null;
        try (BufferedReader lines = Files.newBufferedReader(file)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith(COLUMNS)) {
                    previous = last;
                    last = block(lines, Integer.parseInt(line.substring(COLUMNS.length()).trim()), model);
                }
            }
        }
        // A file that does not end its last line was cut short while HiGHS wrote its last solution.
        boolean lastIsWhole = endsWithNewline(file);
        return Optional.ofNullable(last != null && lastIsWhole ? last : previous);
    }

    /** One solution's values, or null when the file ends before all of them. */
    private static double[] block(BufferedReader lines, int columns, MPModelProto model) throws IOException {
        if (columns != model.getVariableCount()) {
            throw new IllegalStateException("HiGHS's solution has " + columns + " columns, the model "
                    + model.getVariableCount());
        }
        double[] values = new double[columns];
        for (int i = 0; i < columns; i++) {
            String line = lines.readLine();
            if (line == null) {
                return null;
            }
            values[i] = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
        }
        return values;
    }

    private static boolean endsWithNewline(Path file) throws IOException {
        try (var channel = Files.newByteChannel(file)) {
            channel.position(channel.size() - 1);
            ByteBuffer last = ByteBuffer.allocate(1);
            channel.read(last);
            return last.get(0) == '\n';
        }
    }

    /** The objective of {@code values} in {@code model}: its offset plus each coefficient times its value. */
    static double objective(MPModelProto model, double[] values) {
        double objective = model.getObjectiveOffset();
        for (int i = 0; i < values.length; i++) {
            objective += model.getVariable(i).getObjectiveCoefficient() * values[i];
        }
        return objective;
    }
}

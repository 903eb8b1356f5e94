package org.cemc.study.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A job's result file: read back as written, and only whole files count as finished. */
class ResultStoreTest {
    @TempDir
    Path out;

    @Test
    void aResultReadsBackAsWrittenEvenWithoutASchedule() {
        ResultStore store = new ResultStore(out);
        JobResult solved = new JobResult("2025-11-02", "base", "OPTIMAL", 12.5, 0.0001, Map.of("grid", -3.25), 0.7, 25,
                List.of(new JobResult.HouseDay("h1", "ec1", -1.5, 0.25, -2.0, Map.of("grid_purchase", -1.5))));
        JobResult unsolved = new JobResult("2025-11-03", "base", JobResult.NO_SCHEDULE, Double.NaN, Double.NaN,
                Map.of(), 60, 24, List.of());

        store.write(solved);
        store.write(unsolved);

        assertThat(store.readAll()).containsExactly(solved, unsolved);
        assertThat(store.finished()).containsExactlyInAnyOrder("2025-11-02/base", "2025-11-03/base");
    }

    /** A run killed while writing leaves a hidden temporary file: the job is not finished, and nothing breaks. */
    @Test
    void aTemporaryFileOfAKilledRunIsNotAResult() throws IOException {
        Path day = Files.createDirectories(out.resolve("jobs/2025-01-01"));
        Files.writeString(day.resolve(".base.json.1234.tmp"), "{\"date\": \"2025-01-01\", \"vari");

        ResultStore store = new ResultStore(out);

        assertThat(store.finished()).isEmpty();
        assertThat(store.readAll()).isEmpty();
    }
}

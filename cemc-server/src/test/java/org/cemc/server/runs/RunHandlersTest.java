package org.cemc.server.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cemc.report.ScheduleFiles;
import org.cemc.server.TestDatabases;
import org.cemc.server.store.CaseStore;
import org.cemc.server.store.Database;
import org.cemc.server.store.HouseFiles;
import org.cemc.server.store.RunRecord;
import org.cemc.server.store.RunResult;
import org.cemc.server.store.RunStatus;
import org.cemc.server.store.RunStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A house's day is read from its stored part of the run's files, or cut from the whole files where none is. */
class RunHandlersTest {
    private static final String SCHEDULE = "house,period,pv_kwh\na,0,3\nb,0,0\n";
    private static final String SETTLEMENT = "house,net\na,1.5\nb,-0.25\n";
    private static final String GUEST_EVS = "ev,period,host,charge_kwh\nev1,0,b,3.6\n";

    @TempDir
    Path data;

    @Test
    void aRunFinishedBeforeHousePartsWereStoredHasItsHousesDaysCutFromItsFiles() {
        try (Database database = Database.open(TestDatabases.H2.fresh(data))) {
            RunStore runs = new RunStore(database);
            long caseId = new CaseStore(database).insert("two", 1, List.of("a", "b"), Map.of(), Instant.now());
            Map<String, byte[]> files = Map.of(ScheduleFiles.SCHEDULE, bytes(SCHEDULE),
                    ScheduleFiles.SETTLEMENT, bytes(SETTLEMENT), ScheduleFiles.GUEST_EVS, bytes(GUEST_EVS));
            long stored = finished(runs, caseId, files, Map.of("", HouseFiles.split(bytes(SCHEDULE),
                    bytes(SETTLEMENT), bytes(GUEST_EVS))));
            long older = finished(runs, caseId, files, Map.of());

            HouseFiles fromParts = RunHandlers.houseFiles(runs, runs.find(stored).orElseThrow(), "", "b");
            HouseFiles fromFiles = RunHandlers.houseFiles(runs, runs.find(older).orElseThrow(), "", "b");

            assertThat(runs.houseFiles(older, "", "b")).isEmpty();
            assertThat(text(fromFiles.schedule())).isEqualTo(text(fromParts.schedule()))
                    .isEqualTo("house,period,pv_kwh\nb,0,0\n");
            assertThat(text(fromFiles.settlement())).isEqualTo(text(fromParts.settlement()))
                    .isEqualTo("house,net\nb,-0.25\n");
            assertThat(text(fromFiles.guestEvs())).isEqualTo(text(fromParts.guestEvs()))
                    .isEqualTo("ev,period,host,charge_kwh\nev1,0,b,3.6\n");
        }
    }

    private static long finished(RunStore runs, long caseId, Map<String, byte[]> files,
                                 Map<String, Map<String, HouseFiles>> houseFiles) {
        long id = runs.insertQueued(caseId, "{}", Instant.now());
        runs.start(id, Instant.now());
        runs.finish(id, new RunResult(RunStatus.DONE, Optional.of(1.25), Optional.of(0.0), Optional.of(true),
                Optional.of(10), Optional.empty(), files, houseFiles), Instant.now());
        RunRecord run = runs.find(id).orElseThrow();
        assertThat(run.status()).isEqualTo(RunStatus.DONE);
        return id;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}

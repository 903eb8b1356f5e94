package org.cemc.study.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.cemc.input.InvalidCaseException;
import org.cemc.study.plan.StudyJob;
import org.cemc.study.plan.Variant;

/**
 * One run of a study into its output folder: the jobs without a result run on the engine, then the tables are
 * written from every result the folder holds. The folder keeps the study's fingerprint ({@value #FINGERPRINT}),
 * so that results are only ever resumed by the same study, files and solver options that made them.
 */
public final class StudyRun {
    /** The file in a study's output folder that names what made its results. */
    public static final String FINGERPRINT = ".cemc-study";

    /**
     * What a run did.
     *
     * @param jobs the jobs asked for (after --from, --to and --variants)
     * @param alreadyDone of them, those with a result from an earlier run, not run again
     * @param failures the jobs that ended in an error this time, without a result
     * @param results the results the tables were written from (this run's and earlier runs')
     * @param tables the tables, from every result in the folder
     * @param files the tables' files written
     */
    public record Report(int jobs, int alreadyDone, List<JobFailure> failures, int results, StudyTables tables,
                         List<String> files) {
    }

    private StudyRun() {
    }

    /**
     * Runs the jobs of {@code jobs} that {@code out} holds no result for, then writes the tables of the whole
     * study ({@code variants}, {@code parameters}) from every result there.
     *
     * @param fingerprint what made the results ({@link Fingerprint}); refused when {@code out} holds another's
     */
    public static Report run(List<StudyJob> jobs, List<Variant> variants, List<String> parameters,
                             JobRunnerFactory runners, StudyEngine engine, Path out, String fingerprint,
                             StudyProgress progress) {
        claim(out, fingerprint);
        ResultStore store = new ResultStore(out);
        Set<String> finished = store.finished();
        List<StudyJob> pending = new ArrayList<>();
        for (StudyJob job : jobs) {
            if (!finished.contains(job.id())) {
                pending.add(job);
            }
        }
        List<JobFailure> failures = pending.isEmpty() ? List.of() : engine.run(pending, runners, store, progress);
        List<JobResult> results = store.readAll();
        StudyTables tables = new StudyTables(variants, parameters, results);
        List<String> files = tables.write(out);
        return new Report(jobs.size(), jobs.size() - pending.size(), failures, results.size(), tables, files);
    }

    /**
     * Makes {@code out} this study's folder: a new or empty folder gets the fingerprint; one with the same
     * fingerprint is resumed; anything else is refused before any job runs.
     */
    private static void claim(Path out, String fingerprint) {
        Path marker = out.resolve(FINGERPRINT);
        try {
            if (Files.isRegularFile(marker)) {
                String found = Files.readString(marker, StandardCharsets.UTF_8).strip();
                if (!found.equals(fingerprint)) {
                    throw new InvalidCaseException("--out " + out + " holds the results of another study, or of this "
                            + "one before its files or solver options changed (its " + FINGERPRINT + " does not match):"
                            + " resuming would mix results that do not belong together. Give another --out, or delete "
                            + out + " to start the study over.");
                }
                return;
            }
            if (Files.exists(out) && !isEmptyFolder(out)) {
                throw new InvalidCaseException("--out " + out + " exists and is not a study's output folder (it has no "
                        + FINGERPRINT + "); give a new or empty folder.");
            }
            Files.createDirectories(out);
            Path temporary = out.resolve(FINGERPRINT + ".tmp");
            Files.writeString(temporary, fingerprint + "\n", StandardCharsets.UTF_8);
            Files.move(temporary, marker, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the study's output folder " + out, e);
        }
    }

    private static boolean isEmptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }
}

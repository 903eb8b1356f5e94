package org.cemc.study.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A study's finished jobs, one file each under {@code jobs/DATE/VARIANT.json} of the study's output folder. A
 * result is written to a hidden temporary file beside its place and then renamed into it, atomically, so a job
 * is either wholly there or absent whatever stops the study (Ctrl-C, SIGKILL, a lost executor); a temporary file
 * left by a stopped run is ignored and overwritten. What is there is finished: a study started again runs only the
 * jobs without a file.
 */
public final class ResultStore {
    static final String JOBS = "jobs";
    private static final String SUFFIX = ".json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path jobs;

    public ResultStore(Path studyOutput) {
        this.jobs = studyOutput.resolve(JOBS);
    }

    /** Writes a job's result into place at once; safe to call from several threads. */
    public void write(JobResult result) {
        Path target = file(result.date(), result.variant());
        Path temporary = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(target.getParent());
            Files.write(temporary, JSON.writeValueAsBytes(result));
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                // Same folder, so only a file system without atomic renames gets here; a rename is still one step.
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the result of job " + result.jobId() + " to " + target, e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // Left behind, like one of a killed run: hidden, so finished() and readAll() ignore it.
            }
        }
    }

    /** The ids ({@code DATE/VARIANT}) of the jobs with a result. */
    public Set<String> finished() {
        Set<String> ids = new HashSet<>();
        for (Path file : resultFiles()) {
            String name = file.getFileName().toString();
            ids.add(file.getParent().getFileName() + "/" + name.substring(0, name.length() - SUFFIX.length()));
        }
        return ids;
    }

    /** Every finished job's result. */
    public List<JobResult> readAll() {
        List<JobResult> results = new ArrayList<>();
        for (Path file : resultFiles()) {
            try {
                results.add(JSON.readValue(file.toFile(), JobResult.class));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the job result " + file + "; delete it and run the "
                        + "study again to redo that job", e);
            }
        }
        return results;
    }

    private Path file(String date, String variant) {
        return jobs.resolve(date).resolve(variant + SUFFIX);
    }

    private List<Path> resultFiles() {
        if (!Files.isDirectory(jobs)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(jobs, 2)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the job results in " + jobs, e);
        }
    }
}

package org.cemc.study.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cemc.study.plan.StudyJob;

/**
 * The default engine: a pool of workers in this JVM, each running one job at a time with its own solver processes
 * (as {@code cemc evaluate} runs days). Each result is stored the moment its job ends, so a run stopped midway
 * keeps every job it finished.
 */
public final class LocalEngine implements StudyEngine {
    private final int workers;

    public LocalEngine(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("at least one worker; got " + workers);
        }
        this.workers = workers;
    }

    @Override
    public List<JobFailure> run(List<StudyJob> jobs, JobRunnerFactory runners, ResultStore store,
                                StudyProgress progress) {
        JobRunner runner = runners.create();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(workers, jobs.size())), task -> {
            Thread thread = new Thread(task, "cemc-study");
            thread.setDaemon(true);
            return thread;
        });
        Counter counter = new Counter(jobs.size(), progress);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (StudyJob job : jobs) {
                running.add(pool.submit(() -> {
                    try {
                        store.write(runner.run(job));
                        counter.done(null);
                    } catch (RuntimeException e) {
                        counter.done(JobFailure.of(job.id(), e));
                    }
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
            return counter.failures();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a study worker stopped: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running the study's jobs", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Jobs done and failed, told to the progress one update at a time, from any worker. */
    private static final class Counter {
        private final int total;
        private final StudyProgress progress;
        private final List<JobFailure> failures = new ArrayList<>();
        private int done;

        Counter(int total, StudyProgress progress) {
            this.total = total;
            this.progress = progress;
        }

        synchronized void done(JobFailure failure) {
            if (failure != null) {
                failures.add(failure);
            }
            done++;
            progress.update(done, failures.size(), total);
        }

        synchronized List<JobFailure> failures() {
            return List.copyOf(failures);
        }
    }
}

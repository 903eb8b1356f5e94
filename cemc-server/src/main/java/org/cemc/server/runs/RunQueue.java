package org.cemc.server.runs;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.cemc.server.http.ApiException;
import org.cemc.server.store.CaseStore;
import org.cemc.server.store.RunRecord;
import org.cemc.server.store.RunStatus;
import org.cemc.server.store.RunStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs wait in a bounded queue for a fixed pool of workers, so no more solves run at once than there are workers.
 * The database is the queue's record: a run is stored as queued before a worker may take it, so after a restart
 * {@link #recover} finds every queued run again and fails every run a stopped process left running.
 */
public final class RunQueue implements AutoCloseable {
    public static final String INTERRUPTED = "interrupted by restart";
    private static final Logger LOG = LoggerFactory.getLogger(RunQueue.class);

    private final RunStore runs;
    private final RunExecution execution;
    private final int capacity;
    private final ExecutorService workers;
    private final Map<Long, FutureTask<Void>> active = new ConcurrentHashMap<>();

    /**
     * @param workers how many runs solve at once
     * @param capacity how many runs may wait; one more is refused with 503
     */
    public RunQueue(CaseStore cases, RunStore runs, int workers, int capacity) {
        if (workers < 1 || capacity < 1) {
            throw new IllegalArgumentException("at least one worker and one queue place");
        }
        this.runs = runs;
        this.execution = new RunExecution(cases, runs);
        this.capacity = capacity;
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(workers, task -> {
            Thread thread = new Thread(task, "cemc-run-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** At start: runs left running by a stopped process fail with {@link #INTERRUPTED}; queued runs queue again. */
    public void recover() {
        int failed = runs.failRunning(INTERRUPTED, Instant.now());
        if (failed > 0) {
            LOG.info("{} run(s) left running by the last process marked failed: {}", failed, INTERRUPTED);
        }
        runs.queuedIds().forEach(this::enqueue);
    }

    /** Stores a queued run of the case and queues it; 503 if {@code capacity} runs are already waiting. */
    public synchronized long submit(long caseId, RunOptions options) {
        int waiting = runs.countQueued();
        if (waiting >= capacity) {
            throw new ApiException(503, "the run queue is full (" + waiting + " runs waiting); try again once some "
                    + "are done, or cancel some.");
        }
        long id = runs.insertQueued(caseId, options.toJson(), Instant.now());
        enqueue(id);
        return id;
    }

    /** Cancels a queued or running run (a running solve is stopped); false if it had already ended. */
    public boolean cancel(long runId) {
        if (!runs.cancel(runId, Instant.now())) {
            return false;
        }
        FutureTask<Void> task = active.get(runId);
        if (task != null) {
            // A task not yet started never runs, so its own clean-up would not remove it.
            task.cancel(true);
            active.remove(runId);
        }
        return true;
    }

    /** Cancels every queued or running run of a case (before it is deleted). */
    public void cancelAllOf(long caseId) {
        for (RunRecord run : runs.ofCase(caseId)) {
            if (run.status() == RunStatus.QUEUED || run.status() == RunStatus.RUNNING) {
                cancel(run.id());
            }
        }
    }

    private void enqueue(long runId) {
        FutureTask<Void> task = new FutureTask<>(() -> {
            try {
                execution.execute(runId);
            } finally {
                active.remove(runId);
            }
            return null;
        });
        active.put(runId, task);
        workers.execute(task);
    }

    /** Stops the workers; a run they were solving stays running in the database until the next start fails it. */
    @Override
    public void close() {
        workers.shutdownNow();
        try {
            if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("run workers still busy after 10 s; leaving them");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

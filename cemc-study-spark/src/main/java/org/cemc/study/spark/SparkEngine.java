package org.cemc.study.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SimpleFutureAction;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.cemc.study.plan.StudyJob;
import org.cemc.study.run.JobFailure;
import org.cemc.study.run.JobRunnerFactory;
import org.cemc.study.run.ResultStore;
import org.cemc.study.run.StudyEngine;
import org.cemc.study.run.StudyProgress;
import org.cemc.study.run.StudyStopped;
import scala.Function1;
import scala.collection.Iterator;
import scala.collection.immutable.Range;
import scala.runtime.BoxedUnit;

/**
 * Runs a study's jobs on Spark: on the threads of this JVM ({@code local[*]}, the default) or on a cluster's
 * executors (any master URL, or the one spark-submit was given). The jobs are the data; each executor makes one
 * runner from the factory and runs its tasks' jobs with it, and each job's result or failure comes back to the driver,
 * which writes it into the study's folder as it arrives. A job that throws is a failure without a result, as in
 * {@link org.cemc.study.run.LocalEngine}; a stopped run keeps every result that had arrived.
 */
public final class SparkEngine implements StudyEngine {
    /** Every core of this machine. */
    public static final String DEFAULT_MASTER = "local[*]";
    /** How often the driver looks whether the Spark job ended while no result arrives. */
    private static final long POLL_MILLIS = 200;

    private final String appName;
    private final Optional<String> master;

    /**
     * @param master Spark's master URL; empty: the one spark-submit was given ({@code spark.master}), else
     *     {@value #DEFAULT_MASTER}
     */
    public SparkEngine(String appName, Optional<String> master) {
        this.appName = appName;
        this.master = master;
    }

    @Override
    public List<JobFailure> run(List<StudyJob> jobs, JobRunnerFactory runners, ResultStore store,
                                StudyProgress progress) {
        SparkSession session = SparkSession.builder().config(conf()).getOrCreate();
        try {
            return run(JavaSparkContext.fromSparkContext(session.sparkContext()), jobs, runners, store, progress);
        } finally {
            session.stop();
        }
    }

    /** spark-submit's settings (spark.* system properties), this run's name and master, and no web UI. */
    SparkConf conf() {
        SparkConf conf = new SparkConf().setAppName(appName).setIfMissing("spark.ui.enabled", "false");
        master.ifPresent(conf::setMaster);
        conf.setIfMissing("spark.master", DEFAULT_MASTER);
        if (conf.get("spark.master").startsWith("local")) {
            // Everything runs in this JVM: nothing needs to listen on the machine's network address.
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1").setIfMissing("spark.driver.host", "127.0.0.1");
        }
        return conf;
    }

    private static List<JobFailure> run(JavaSparkContext context, List<StudyJob> jobs, JobRunnerFactory runners,
                                        ResultStore store, StudyProgress progress) {
        // One job per partition: each result reaches the driver the moment its job ends, the scheduler balances
        // days of unequal solve times, and a lost executor costs only the jobs it was running. Tasks do not pay
        // for the runner each time: an executor makes one per run (ExecutorRunner).
        JavaRDD<JobOutcome> outcomes = context.parallelize(jobs, jobs.size())
                .map(new ExecutorRunner(UUID.randomUUID().toString(), runners));
        BlockingQueue<JobOutcome> arrived = new LinkedBlockingQueue<>();
        SimpleFutureAction<BoxedUnit> sparkJob = context.sc().submitJob(outcomes.rdd(), gatherPartition(),
                new Range.Exclusive(0, jobs.size(), 1), (partition, partitionOutcomes) -> {
                    // Spark's scheduler thread: hand over, and write on the caller's thread below.
                    arrived.addAll(partitionOutcomes);
                    return BoxedUnit.UNIT;
                }, () -> BoxedUnit.UNIT);
        List<JobFailure> failures = new ArrayList<>();
        int done = 0;
        try {
            while (done < jobs.size()) {
                JobOutcome outcome = arrived.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (outcome == null) {
                    if (sparkJob.isCompleted() && arrived.isEmpty()) {
                        break;
                    }
                    continue;
                }
                if (outcome.failure() != null) {
                    failures.add(outcome.failure());
                } else {
                    store.write(outcome.result());
                }
                done++;
                progress.update(done, failures.size(), jobs.size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running the study's jobs on Spark", e);
        } finally {
            if (!sparkJob.isCompleted()) {
                sparkJob.cancel();
            }
        }
        awaitEnd(sparkJob, context.sc(), done, jobs.size());
        return failures;
    }

    /**
     * Raises what stopped the Spark job, if it did not finish: a study stopped when Spark was shut down (as Ctrl-C
     * does), else an error of Spark's.
     */
    private static void awaitEnd(SimpleFutureAction<BoxedUnit> sparkJob, SparkContext spark, int done, int total) {
        try {
            sparkJob.get();
        } catch (Exception stopped) {
            if (spark.isStopped()) {
                throw new StudyStopped(done, total, "Spark was shut down, as Ctrl-C does", stopped);
            }
            throw new IllegalStateException("the study's Spark job stopped after " + done + " of " + total + " jobs ("
                    + stopped.getMessage() + "); their results are kept, and the same command runs the others",
                    stopped);
        }
    }

    /** On an executor: a partition's outcomes, sent back to the driver as one task result. */
    private static Function1<Iterator<JobOutcome>, ArrayList<JobOutcome>> gatherPartition() {
        return (Function1<Iterator<JobOutcome>, ArrayList<JobOutcome>> & Serializable) partition -> {
            ArrayList<JobOutcome> outcomes = new ArrayList<>();
            while (partition.hasNext()) {
                outcomes.add(partition.next());
            }
            return outcomes;
        };
    }
}

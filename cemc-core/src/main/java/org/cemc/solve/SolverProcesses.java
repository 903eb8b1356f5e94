package org.cemc.solve;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The solver processes ({@link SolverProcess}) of this JVM: started when first needed, kept for the next solve,
 * ended with the JVM. A solve that has not answered by its deadline has its process ended, so the caller gets its
 * answer on time whatever the solver does. Each process has a temporary folder of its own, where OR-Tools unpacks
 * its native library; a process ended by force cannot clean it, so it is deleted here once the process is gone.
 */
final class SolverProcesses {
    /** Flags that make a solver process start fast; its heap holds the model, the request and the reply. */
    private static final List<String> JVM_FLAGS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-Xshare:auto");
    /** How long an ended process is waited for before its files are read or deleted. */
    private static final long EXIT_WAIT_SECONDS = 5;

    private static final SolverProcesses SHARED = new SolverProcesses();

    private final Deque<Worker> idle = new ArrayDeque<>();
    private final List<Worker> all = new ArrayList<>();

    private SolverProcesses() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::endAll, "cemc-solver-shutdown"));
    }

    static SolverProcesses shared() {
        return SHARED;
    }

    /** How a solve through a process ended. */
    sealed interface Outcome {
        /** The solver answered. */
        record Answered(SolverProcess.Reply reply) implements Outcome {
        }

        /** The deadline passed first, and the solver's process was ended. */
        record DeadlinePassed() implements Outcome {
        }

        /** The process died, or could not be started; {@code cause} says how. */
        record Failed(String cause) implements Outcome {
        }
    }

    /**
     * Solves {@code request} in a process of its own, waiting at most until {@code deadlineNanos} (on
     * {@link System#nanoTime()}'s clock). Every line the solver logs goes to {@code log} while it runs.
     */
    Outcome solve(SolverProcess.Request request, long deadlineNanos, Consumer<String> log) {
        Path folder = null;
        Worker worker = null;
        boolean reusable = false;
        try {
            folder = Files.createTempDirectory("cemc-solve");
            Path requestFile = folder.resolve("request.bin");
            Path replyFile = folder.resolve("reply.bin");
            request.write(requestFile);
            worker = take();
            CompletableFuture<Void> done;
            try {
                done = worker.submit(requestFile, replyFile, log);
            } catch (IOException idleWorkerDied) {
                end(worker);
                worker = start();
                done = worker.submit(requestFile, replyFile, log);
            }
            done.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            reusable = true;
            return new Outcome.Answered(SolverProcess.Reply.read(replyFile));
        } catch (TimeoutException deadline) {
            return new Outcome.DeadlinePassed();
        } catch (ExecutionException died) {
            return new Outcome.Failed(died.getCause().getMessage());
        } catch (IOException e) {
            return new Outcome.Failed("the solver process could not be started or its files exchanged: "
                    + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome.Failed("interrupted while waiting for the solver");
        } finally {
            if (worker != null && reusable) {
                release(worker);
            } else if (worker != null) {
                end(worker);
            }
            deleteQuietly(folder);
        }
    }

    /** Starts processes in the background until {@code count} are idle; a failure to start shows at a solve. */
    void prepare(int count) {
        while (idleCount() < count) {
            try {
                release(start());
            } catch (IOException notNow) {
                return;
            }
        }
    }

    private synchronized long idleCount() {
        return idle.stream().filter(worker -> worker.process.isAlive()).count();
    }

    private synchronized Worker take() throws IOException {
        for (Worker worker = idle.poll(); worker != null; worker = idle.poll()) {
            if (worker.process.isAlive()) {
                return worker;
            }
            all.remove(worker);
            worker.cleanUp();
        }
        return start();
    }

    private synchronized Worker start() throws IOException {
        Worker worker = Worker.start();
        all.add(worker);
        return worker;
    }

    private synchronized void release(Worker worker) {
        worker.log = line -> { };
        idle.push(worker);
    }

    /** Ends a process and waits for it, so that no file it writes is read or deleted while it still runs. */
    private void end(Worker worker) {
        synchronized (this) {
            all.remove(worker);
            idle.remove(worker);
        }
        worker.log = line -> { };
        worker.process.destroyForcibly();
        worker.cleanUp();
    }

    /** At the JVM's end: every process asked to stop (its input closed) and, if it lingers, ended. */
    private void endAll() {
        List<Worker> workers;
        synchronized (this) {
            workers = List.copyOf(all);
        }
        workers.forEach(Worker::closeInput);
        workers.forEach(worker -> {
            worker.process.destroyForcibly();
            worker.cleanUp();
        });
    }

    /**
     * The class path of a solver process: this JVM's, and the jar or folder {@link SolverProcess} was loaded from
     * when it is not on it. A class loader may have loaded CEMC from elsewhere: Spark's executors load an
     * application's jars (spark-submit's {@code --jars}) from their own folders, not from {@code java.class.path}.
     */
    static String classPath(String javaClassPath, Optional<Path> solverLocation) {
        if (solverLocation.isEmpty()) {
            return javaClassPath;
        }
        Path solver = solverLocation.get().toAbsolutePath().normalize();
        if (javaClassPath == null || javaClassPath.isEmpty()) {
            return solver.toString();
        }
        boolean onClassPath = Stream.of(javaClassPath.split(File.pathSeparator)).filter(entry -> !entry.isEmpty())
                .anyMatch(entry -> Path.of(entry).toAbsolutePath().normalize().equals(solver));
        return onClassPath ? javaClassPath : javaClassPath + File.pathSeparator + solver;
    }

    /** The jar or folder {@link SolverProcess} was loaded from; empty when the class loader does not say. */
    static Optional<Path> solverLocation() {
        CodeSource source = SolverProcess.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null || !"file".equals(source.getLocation().getProtocol())) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException notAFile) {
            return Optional.empty();
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | UncheckedIOException ignored) {
            // A temporary file left behind is harmless; the answer has been read.
        }
    }

    /** One solver process, its temporary folder, and the thread that reads what it prints. */
    private static final class Worker {
        private final Process process;
        private final Path temporaryFolder;
        private final Writer commands;
        private volatile CompletableFuture<Void> pending;
        private volatile Consumer<String> log = line -> { };

        private Worker(Process process, Path temporaryFolder) {
            this.process = process;
            this.temporaryFolder = temporaryFolder;
            this.commands = process.outputWriter(StandardCharsets.UTF_8);
            Thread reader = new Thread(this::readOutput, "cemc-solver-output");
            reader.setDaemon(true);
            reader.start();
        }

        static Worker start() throws IOException {
            Path temporaryFolder = Files.createTempDirectory("cemc-solver");
            List<String> command = new ArrayList<>();
            command.add(ProcessHandle.current().info().command().orElse("java"));
            command.addAll(JVM_FLAGS);
            command.add("-Djava.io.tmpdir=" + temporaryFolder);
            command.add("-cp");
            command.add(classPath(System.getProperty("java.class.path"), solverLocation()));
            command.add(SolverProcess.class.getName());
            try {
                return new Worker(new ProcessBuilder(command).redirectErrorStream(true).start(), temporaryFolder);
            } catch (IOException e) {
                deleteQuietly(temporaryFolder);
                throw e;
            }
        }

        CompletableFuture<Void> submit(Path request, Path reply, Consumer<String> log) throws IOException {
            this.log = log;
            CompletableFuture<Void> done = new CompletableFuture<>();
            pending = done;
            commands.write(request + "\t" + reply + "\n");
            commands.flush();
            return done;
        }

        void closeInput() {
            try {
                commands.close();
            } catch (IOException alreadyGone) {
                // The process has ended already.
            }
        }

        /** Waits for the process to be gone, then deletes its temporary folder. */
        void cleanUp() {
            try {
                process.onExit().get(EXIT_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException stillThere) {
                // Its folder is left for the system to clean.
                return;
            }
            deleteQuietly(temporaryFolder);
        }

        private void readOutput() {
            List<String> lastLines = new ArrayList<>();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    // The marker may follow a solver's unfinished line; the reply file is the caller's own.
                    if (line.contains(SolverProcess.DONE)) {
                        pending.complete(null);
                    } else {
                        log.accept(line);
                        lastLines.add(line);
                        if (lastLines.size() > 5) {
                            lastLines.remove(0);
                        }
                    }
                }
            } catch (IOException ended) {
                // The process was ended; the wait below reports how.
            }
            CompletableFuture<Void> waiting = pending;
            if (waiting != null && !waiting.isDone()) {
                int exit = waitForExit();
                waiting.completeExceptionally(new IllegalStateException("the solver process ended with exit status "
                        + exit + (lastLines.isEmpty() ? "" : " after printing: " + String.join(" | ", lastLines))));
            }
        }

        private int waitForExit() {
            try {
                return process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
    }
}

package org.cemc.solve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The solver processes ({@link SolverProcess}) of this JVM: started when first needed, kept for the next solve,
 * ended with the JVM. A solve that has not answered by its deadline has its process ended, so the caller gets its
 * answer on time whatever the solver does.
 */
final class SolverProcesses {
    /** Flags that make a solver process start fast; its heap holds only the request and the reply. */
    private static final List<String> JVM_FLAGS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-Xshare:auto");

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
     * {@link System#nanoTime()}'s clock). Every line the solver logs goes to {@code log}.
     */
    Outcome solve(SolverProcess.Request request, long deadlineNanos, Consumer<String> log) {
        Worker worker;
        try {
            worker = take();
        } catch (IOException e) {
            return new Outcome.Failed("the solver process could not be started: " + e.getMessage());
        }
        Path folder = null;
        boolean reusable = false;
        try {
            folder = Files.createTempDirectory("cemc-solve");
            Path requestFile = folder.resolve("request.bin");
            Path replyFile = folder.resolve("reply.bin");
            request.write(requestFile);
            CompletableFuture<Path> done = worker.submit(requestFile, replyFile, log);
            long waitNanos = Math.max(0, deadlineNanos - System.nanoTime());
            Path reply = done.get(waitNanos, TimeUnit.NANOSECONDS);
            reusable = true;
            return new Outcome.Answered(SolverProcess.Reply.read(reply));
        } catch (TimeoutException deadline) {
            return new Outcome.DeadlinePassed();
        } catch (ExecutionException died) {
            return new Outcome.Failed(died.getCause().getMessage());
        } catch (IOException e) {
            return new Outcome.Failed("the solver's files could not be exchanged: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome.Failed("interrupted while waiting for the solver");
        } finally {
            if (reusable) {
                release(worker);
            } else {
                end(worker);
            }
            deleteQuietly(folder);
        }
    }

    /** Starts a process in the background if none is idle; a failure to start shows at the next solve. */
    synchronized void prepare() {
        if (idle.stream().noneMatch(worker -> worker.process.isAlive())) {
            try {
                Worker worker = Worker.start();
                all.add(worker);
                idle.push(worker);
            } catch (IOException notNow) {
                // solve() starts one itself and says why it could not.
            }
        }
    }

    private synchronized Worker take() throws IOException {
        for (Worker worker = idle.poll(); worker != null; worker = idle.poll()) {
            if (worker.process.isAlive()) {
                return worker;
            }
            all.remove(worker);
        }
        Worker worker = Worker.start();
        all.add(worker);
        return worker;
    }

    private synchronized void release(Worker worker) {
        idle.push(worker);
    }

    private synchronized void end(Worker worker) {
        all.remove(worker);
        worker.process.destroyForcibly();
    }

    private synchronized void endAll() {
        all.forEach(worker -> worker.process.destroyForcibly());
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException | UncheckedIOException ignored) {
            // A temporary file left behind is harmless; the answer has been read.
        }
    }

    /** One solver process and the thread that reads what it prints. */
    private static final class Worker {
        private final Process process;
        private final Writer commands;
        private volatile CompletableFuture<Path> pending;
        private volatile Consumer<String> log = line -> { };

        private Worker(Process process) {
            this.process = process;
            this.commands = process.outputWriter(StandardCharsets.UTF_8);
            Thread reader = new Thread(this::readOutput, "cemc-solver-output");
            reader.setDaemon(true);
            reader.start();
        }

        static Worker start() throws IOException {
            List<String> command = new ArrayList<>();
            command.add(ProcessHandle.current().info().command().orElse("java"));
            command.addAll(JVM_FLAGS);
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(SolverProcess.class.getName());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            return new Worker(process);
        }

        CompletableFuture<Path> submit(Path request, Path reply, Consumer<String> log) throws IOException {
            this.log = log;
            CompletableFuture<Path> done = new CompletableFuture<>();
            pending = done;
            commands.write(request + "\t" + reply + "\n");
            commands.flush();
            return done;
        }

        private void readOutput() {
            List<String> lastLines = new ArrayList<>();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    int done = line.indexOf(SolverProcess.DONE);
                    if (done >= 0) {
                        pending.complete(Path.of(line.substring(done + SolverProcess.DONE.length()).trim()));
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
            CompletableFuture<Path> waiting = pending;
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

package org.cemc.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The peak resident memory of this process and the solver processes it starts (docs/solvers.md), together: a
 * daemon thread adds up their resident sets (Linux /proc/PID/status, VmRSS) every {@value #SAMPLE_MILLIS} ms while a
 * measured run goes on, and the largest sum is its peak. This process's own high-water mark (VmHWM) is the floor, so
 * a peak between two samples of it is not missed; a solver's peak between two samples can be, by at most what it
 * grows in that time. Off Linux nothing is known: -1.
 */
final class ProcessTreeMemory implements AutoCloseable {
    static final long SAMPLE_MILLIS = 20;

    private final Thread sampler;
    private volatile long peakKilobytes = -1;
    private volatile boolean running = true;

    private ProcessTreeMemory() {
        sampler = new Thread(this::sample, "cemc-memory-sampler");
        sampler.setDaemon(true);
    }

    /** Starts sampling now; {@link #close()} stops it. */
    static ProcessTreeMemory start() {
        ProcessTreeMemory memory = new ProcessTreeMemory();
        memory.sampler.start();
        return memory;
    }

    private void sample() {
        while (running) {
            long self = kilobytes(ProcessHandle.current().pid(), "VmRSS:").orElse(-1L);
            if (self >= 0) {
                long total = self + ProcessHandle.current().descendants()
                        .mapToLong(child -> kilobytes(child.pid(), "VmRSS:").orElse(0L)).sum();
                peakKilobytes = Math.max(peakKilobytes, total);
            }
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The peak so far in MB (at least this process's own high-water mark), or -1 off Linux. */
    long peakMegabytes() {
        long floor = kilobytes(ProcessHandle.current().pid(), "VmHWM:").orElse(-1L);
        long peak = Math.max(peakKilobytes, floor);
        return peak < 0 ? -1 : peak / 1024;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A "NAME:   123 kB" line of /proc/PID/status; empty where the process has gone or there is no /proc. */
    private static Optional<Long> kilobytes(long pid, String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(name)) {
                    return Optional.of(Long.parseLong(line.replaceAll("\\D", "")));
                }
            }
        } catch (IOException | NumberFormatException | UnsupportedOperationException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}

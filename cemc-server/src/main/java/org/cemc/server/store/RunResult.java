package org.cemc.server.store;

import java.util.Map;
import java.util.Optional;

/**
 * How a run ended, stored in one transaction with its files.
 *
 * @param checkerPassed empty when there was no solution to check
 * @param message why it failed; empty when done
 * @param files the result files by name (e.g. schedule.csv, summary.json)
 * @param houseFiles each house's part of them, by folder ("" or a stochastic run's "scenario-N/") and house id
 */
public record RunResult(RunStatus status, Optional<Double> objective, Optional<Double> relativeGap,
                        Optional<Boolean> checkerPassed, Optional<Integer> checks, Optional<String> message,
                        Map<String, byte[]> files, Map<String, Map<String, HouseFiles>> houseFiles) {
    public RunResult {
        if (status != RunStatus.DONE && status != RunStatus.FAILED) {
            throw new IllegalArgumentException("a run ends done or failed, not " + status);
        }
        files = Map.copyOf(files);
        houseFiles = Map.copyOf(houseFiles);
    }
}

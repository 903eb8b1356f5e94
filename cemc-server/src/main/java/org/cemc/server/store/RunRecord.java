package org.cemc.server.store;

import java.time.Instant;
import java.util.Optional;

/**
 * A stored run and what is known of it so far.
 *
 * @param options the run's options as JSON, as the server resolved them (every default filled in)
 * @param progress from 0 to 1: the share of the time limit used while solving, 1 once done
 * @param objective the checked schedule's total profit (present once done)
 * @param relativeGap the proven relative gap between objective and bound (present once done)
 * @param checkerPassed the independent checker's verdict (present when a solution was checked)
 * @param checks how many constraints the checker checked
 * @param message why it failed (present once failed)
 */
public record RunRecord(long id, long caseId, String options, RunStatus status, double progress,
                        Optional<Double> objective, Optional<Double> relativeGap, Optional<Boolean> checkerPassed,
                        Optional<Integer> checks, Optional<String> message, Instant createdAt,
                        Optional<Instant> startedAt, Optional<Instant> finishedAt) {
}

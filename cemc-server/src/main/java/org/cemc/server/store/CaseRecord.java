package org.cemc.server.store;

import java.time.Instant;

/**
 * A stored case, without its files.
 *
 * @param name the case's name from its case.yaml
 * @param houses how many houses it has
 * @param periods how many periods its day has
 */
public record CaseRecord(long id, String name, int houses, int periods, Instant createdAt) {
}

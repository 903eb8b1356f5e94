package org.cemc.community;

/** An energy community (EC, the paper's c): a named group of houses. */
public record EnergyCommunity(String id, String name) {
}

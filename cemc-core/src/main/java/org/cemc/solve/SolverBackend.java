package org.cemc.solve;

import java.util.Locale;

/** The MILP solvers OR-Tools ships, by the name a user types ({@code --solver highs}). */
public enum SolverBackend {
    HIGHS("HIGHS"),
    SCIP("SCIP"),
    CBC("CBC");

    private final String orToolsId;

    SolverBackend(String orToolsId) {
        this.orToolsId = orToolsId;
    }

    String orToolsId() {
        return orToolsId;
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

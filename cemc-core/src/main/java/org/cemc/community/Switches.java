package org.cemc.community;

/**
 * The model's optional switches (design model.md, "Optional switches"). Each one only restricts the model, so
 * turning a feature off can never raise the optimum. The design's sixth switch, {@code lp-relaxation}, is a way
 * of solving rather than a feature of the day, so it lives in the solver settings
 * ({@code SolverSettings.relaxIntegers}).
 *
 * @param p2p houses may trade with each other; off fixes PS = PB = 0
 * @param dr houses may curtail callable load; off fixes DR = 0 (stand-by is still paid where enrolled)
 * @param guestEvs houses may host guest EVs; off fixes every x = 0
 * @param v2g hosted EVs may discharge; off fixes DCH = 0
 * @param exclusiveEvMode an EV may not charge and discharge in the same period (one binary per EV and period)
 */
public record Switches(boolean p2p, boolean dr, boolean guestEvs, boolean v2g, boolean exclusiveEvMode) {

    public static Switches defaults() {
        return new Switches(true, true, true, true, false);
    }

    public Switches withP2p(boolean on) {
        return new Switches(on, dr, guestEvs, v2g, exclusiveEvMode);
    }

    public Switches withDr(boolean on) {
        return new Switches(p2p, on, guestEvs, v2g, exclusiveEvMode);
    }

    public Switches withGuestEvs(boolean on) {
        return new Switches(p2p, dr, on, v2g, exclusiveEvMode);
    }

    public Switches withV2g(boolean on) {
        return new Switches(p2p, dr, guestEvs, on, exclusiveEvMode);
    }

    public Switches withExclusiveEvMode(boolean on) {
        return new Switches(p2p, dr, guestEvs, v2g, on);
    }

}

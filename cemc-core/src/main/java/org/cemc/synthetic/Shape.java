package org.cemc.synthetic;

/**
 * What a synthetic case looks like, apart from its seed: its size, how many guest EVs it holds, the shares that make
 * it harder or easier to schedule, and its horizon. {@link #of} gives the generator's long-standing defaults; the
 * {@code with...} methods change one thing each. docs/performance.md ("Synthetic cases") describes each draw.
 *
 * @param ecs energy communities, at least 1
 * @param housesPerEc houses in each community, at least 1
 * @param guestEvs how many guest-EV requests to draw
 * @param anyCommunityShare chance, in [0, 1], that a guest EV names no EC and may park at any charger
 * @param chargerShare chance, in [0, 1], that a house has a 7.2 kW charger for guests, drawn house by house
 * @param v2gShare chance, in [0, 1], that a guest EV may discharge (V2G); the others have discharge_kw 0
 * @param days days in the horizon, 1 to {@link SyntheticCase#MAX_DAYS}
 * @param periodMinutes length of a period, one of {@link SyntheticCase#PERIOD_MINUTES}
 */
public record Shape(int ecs, int housesPerEc, GuestEvCount guestEvs, double anyCommunityShare, double chargerShare,
                    double v2gShare, int days, int periodMinutes) {
    /** Every guest EV names an EC, as the generator always drew them. */
    public static final double DEFAULT_ANY_COMMUNITY_SHARE = 0;
    /** A third of houses have a charger, the built-in case's 2 of 6. */
    public static final double DEFAULT_CHARGER_SHARE = 1.0 / 3;
    /** Every guest EV may discharge, as in docs/scenarios.md's defaults. */
    public static final double DEFAULT_V2G_SHARE = 1;

    public Shape {
        if (ecs < 1 || housesPerEc < 1) {
            throw new IllegalArgumentException("ecs and housesPerEc must be at least 1; got " + ecs + " and "
                    + housesPerEc);
        }
        if (guestEvs == null) {
            throw new IllegalArgumentException("guestEvs must be given: a count or EVs per charger");
        }
        requireShare("anyCommunityShare", anyCommunityShare);
        requireShare("chargerShare", chargerShare);
        requireShare("v2gShare", v2gShare);
        if (days < 1 || days > SyntheticCase.MAX_DAYS || !SyntheticCase.PERIOD_MINUTES.contains(periodMinutes)) {
            throw new IllegalArgumentException("days must be 1 to " + SyntheticCase.MAX_DAYS
                    + " and the period one of " + SyntheticCase.PERIOD_MINUTES + " minutes; got " + days + " and "
                    + periodMinutes);
        }
    }

    /** One day of hourly periods with the default shares and {@code guestEvs} guest EVs. */
    public static Shape of(int ecs, int housesPerEc, int guestEvs) {
        return of(ecs, housesPerEc, new GuestEvCount.Fixed(guestEvs));
    }

    /** One day of hourly periods with the default shares. */
    public static Shape of(int ecs, int housesPerEc, GuestEvCount guestEvs) {
        return new Shape(ecs, housesPerEc, guestEvs, DEFAULT_ANY_COMMUNITY_SHARE, DEFAULT_CHARGER_SHARE,
                DEFAULT_V2G_SHARE, 1, 60);
    }

    public Shape withAnyCommunityShare(double share) {
        return new Shape(ecs, housesPerEc, guestEvs, share, chargerShare, v2gShare, days, periodMinutes);
    }

    public Shape withChargerShare(double share) {
        return new Shape(ecs, housesPerEc, guestEvs, anyCommunityShare, share, v2gShare, days, periodMinutes);
    }

    public Shape withV2gShare(double share) {
        return new Shape(ecs, housesPerEc, guestEvs, anyCommunityShare, chargerShare, share, days, periodMinutes);
    }

    public Shape withHorizon(int newDays, int newPeriodMinutes) {
        return new Shape(ecs, housesPerEc, guestEvs, anyCommunityShare, chargerShare, v2gShare, newDays,
                newPeriodMinutes);
    }

    private static void requireShare(String name, double share) {
        // Written so that NaN fails too.
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException(name + " must be a share from 0 to 1; got " + share);
        }
    }

    /** How many guest EVs a case holds: a number, or a ratio to the chargers drawn. */
    public sealed interface GuestEvCount {
        /** The number of guest EVs, given the number of houses with a charger. */
        int count(int chargers);

        /** @param evs guest EVs, at least 0 */
        record Fixed(int evs) implements GuestEvCount {
            public Fixed {
                if (evs < 0) {
                    throw new IllegalArgumentException("guest EVs must be at least 0; got " + evs);
                }
            }

            @Override
            public int count(int chargers) {
                return evs;
            }
        }

        /**
         * round(ratio x chargers) guest EVs, so that the competition for chargers stays the same whatever the
         * charger share; half-way rounds up.
         *
         * @param ratio guest EVs per charger, at least 0 and finite
         */
        record PerCharger(double ratio) implements GuestEvCount {
            public PerCharger {
                if (!(ratio >= 0 && ratio < Double.POSITIVE_INFINITY)) {
                    throw new IllegalArgumentException("guest EVs per charger must be at least 0; got " + ratio);
                }
            }

            @Override
            public int count(int chargers) {
                return Math.toIntExact(Math.round(ratio * chargers));
            }
        }
    }
}

package org.cemc.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.UnaryOperator;
import org.cemc.community.CommunityCase;
import org.cemc.community.Switches;
import org.cemc.result.Settlement;
import org.cemc.solve.SolverSettings;

/**
 * The value of each part of the scheme: the case solved as it is, with each part taken away, and with every house
 * standing alone with the grid. Every variant only restricts the full model, so none can beat it.
 */
public record Comparison(List<Variant> variants) {

    /** Variants in the order they are solved and shown; {@link #STANDALONE} last. */
    public enum Scheme {
        FULL("full scheme", s -> s),
        NO_P2P("no P2P", s -> s.withP2p(false)),
        NO_DR("no DR", s -> s.withDr(false)),
        NO_GUEST_EVS("no guest EVs", s -> s.withGuestEvs(false)),
        NO_V2G("no V2G", s -> s.withV2g(false)),
        /**
         * Each house alone with the grid: no P2P trading and no guest EVs (hosting is organised by the EC's
         * aggregator); its own DR contract with the utility stays.
         */
        STANDALONE("standing alone", s -> s.withP2p(false).withGuestEvs(false));

        private final String label;
        private final UnaryOperator<Switches> restrict;

        Scheme(String label, UnaryOperator<Switches> restrict) {
            this.label = label;
            this.restrict = restrict;
        }

        public String label() {
            return label;
        }

        /** {@code community} with this scheme's parts taken away. */
        public CommunityCase restrict(CommunityCase community) {
            return community.withSwitches(restrict.apply(community.switches()));
        }
    }

    /** One solved variant: its outcome and settlement (houses' net money and social-welfare values). */
    public record Variant(Scheme scheme, Outcome outcome, Settlement settlement) {

        public double communityProfit() {
            return outcome.profit().orElseThrow().total();
        }
    }

    /**
     * A house with less money in the full scheme than standing alone, by {@code shortfall}: {@code fullNet} and
     * {@code standaloneNet} are its net money; its social-welfare values (not money) are given beside them.
     */
    public record Shortfall(String house, double fullNet, double standaloneNet, double fullWelfare,
                            double standaloneWelfare) {
        public double shortfall() {
            return standaloneNet - fullNet;
        }
    }

    /**
     * A variant solved to no checked schedule (e.g. nothing found within the time limit), so there is nothing to
     * compare; {@code outcome} says why.
     */
    public static final class VariantWithoutSchedule extends IllegalStateException {
        private final transient Scheme scheme;
        private final transient Outcome outcome;

        VariantWithoutSchedule(Scheme scheme, Outcome outcome) {
            super(scheme.label() + " has no checked schedule: " + outcome.solve().status() + " "
                    + outcome.solve().message());
            this.scheme = scheme;
            this.outcome = outcome;
        }

        public Scheme scheme() {
            return scheme;
        }

        public Outcome outcome() {
            return outcome;
        }
    }

    /** As {@link #run(CommunityCase, SolverSettings, SolveMethod, IntConsumer)} by {@link SolveMethod#AUTO}. */
    public static Comparison run(CommunityCase community, SolverSettings settings, IntConsumer onVariantDone) {
        return run(community, settings, SolveMethod.AUTO, onVariantDone);
    }

    /**
     * Solves every variant with the same settings and method. A variant solved only to within its gap (the time
     * limit, or a decomposition's gap) can come out a little above the full scheme; each variant's outcome says
     * how far from proven optimal it is.
     *
     * @param onVariantDone called with the number of variants done so far, for a progress display
     * @throws VariantWithoutSchedule when a variant has no checked schedule
     */
    public static Comparison run(CommunityCase community, SolverSettings settings, SolveMethod method,
                                 IntConsumer onVariantDone) {
        List<Variant> variants = new ArrayList<>();
        for (Scheme scheme : Scheme.values()) {
            CommunityCase restricted = scheme.restrict(community);
            Outcome outcome = Scheduler.run(restricted, settings, method);
            if (outcome.schedule().isEmpty()) {
                throw new VariantWithoutSchedule(scheme, outcome);
            }
            variants.add(new Variant(scheme, outcome, Settlement.of(restricted, outcome.schedule().orElseThrow())));
            onVariantDone.accept(variants.size());
        }
        return new Comparison(variants);
    }

    public Variant variant(Scheme scheme) {
        return variants.stream().filter(v -> v.scheme() == scheme).findFirst().orElseThrow();
    }

    /**
     * The individual-rationality test: houses whose net money in the full scheme is below their net money standing
     * alone. Money, not the objective's social-welfare value: a household joins for what it pays and is paid; the
     * welfare value is reported beside it.
     */
    public List<Shortfall> worseOffThanAlone() {
        Variant full = variant(Scheme.FULL);
        Variant alone = variant(Scheme.STANDALONE);
        List<Shortfall> shortfalls = new ArrayList<>();
        CommunityCase community = full.outcome().community();
        for (int h = 0; h < community.houses().size(); h++) {
            double fullNet = full.settlement().net(h);
            double aloneNet = alone.settlement().net(h);
            if (fullNet < aloneNet - 1e-6) {
                shortfalls.add(new Shortfall(community.houses().get(h).id(), fullNet, aloneNet,
                        full.settlement().socialWelfareValue(h), alone.settlement().socialWelfareValue(h)));
            }
        }
        return shortfalls;
    }
}

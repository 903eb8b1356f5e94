package org.cemc.decomposition;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.cemc.model.HousePeriodSheet;

/**
 * Step 4 of the decomposition: a schedule that balances the pool (K12) exactly, recovered period by period from
 * the subproblems. The guest-EV plans of the blocks are kept, and with them the export mode of the hosts where an
 * EV discharges. Each period is then balanced from two sets of binaries (v, r): those the houses chose at the
 * clearing price, and those of their net positions (a house short of PV buys and imports, one with PV to spare
 * sells and exports). With the binaries fixed the period clears again over the continuous trades only
 * ({@link #settle}); then each house may re-choose its binaries at the new price, and the period is settled again,
 * while that earns more ({@link #improved}). The better of the two results is kept.
 */
final class Recovery {
    /** Rounds in which houses may re-choose their binaries while recovering a period's schedule. */
    private static final int IMPROVEMENT_ROUNDS = 5;

    /** Binaries of every house in one period. */
    record Roles(int[] exportMode, int[] buyer) {
        boolean sameAs(Roles other) {
            return Arrays.equals(exportMode, other.exportMode) && Arrays.equals(buyer, other.buyer);
        }
    }

    /**
     * One period with the pool balanced.
     *
     * @param allocations each house's decisions, its trade included
     * @param price the price the trades were optimised at
     * @param profit the houses' profit without P2P payments (which cancel over a balanced pool)
     */
    record PeriodPlan(Roles roles, HouseAllocation[] allocations, double price, double profit) {
    }

    private final HousePeriodSheet sheet;
    private final PoolHouses pool;
    private final HouseResponse responses;

    Recovery(HousePeriodSheet sheet, PoolHouses pool) {
        this.sheet = sheet;
        this.pool = pool;
        this.responses = pool.responses();
    }

    /**
     * Every period balanced, from the pool prices; periods run in parallel. Every period's first plan (the clearing
     * roles, settled) is made before any period's optional steps, so that no period's improvements hold up another
     * period's plan; the deadline cannot stop a first plan, since every period needs one. Then each period's
     * improvement rounds and second start run while the time left covers what its first plan took: a step started
     * just before the deadline would otherwise run past it by as long (at 180,000 houses, tens of seconds a step).
     */
    PeriodPlan[] balance(double[] prices, Deadline deadline, Progress progress) {
        int periods = sheet.periods();
        PeriodPlan[] first = new PeriodPlan[periods];
        long[] firstNanos = new long[periods];
        IntStream.range(0, periods).parallel().forEach(t -> {
            long start = System.nanoTime();
            first[t] = settle(t, clearingRoles(t, prices[t]));
            firstNanos[t] = System.nanoTime() - start;
        });
        PeriodPlan[] plans = new PeriodPlan[periods];
        IntStream.range(0, periods).parallel().forEach(t -> {
            plans[t] = balancePeriod(t, first[t], deadline, firstNanos[t]);
            progress.step();
        });
        return plans;
    }

    /**
     * Period t from its first plan: that plan improved, and the natural roles settled and improved, each step
     * started only while the deadline leaves {@code stepNanos} (about what a step takes); the more profitable plan.
     */
    PeriodPlan balancePeriod(int t, PeriodPlan first, Deadline deadline, long stepNanos) {
        PeriodPlan best = improved(t, first, deadline, stepNanos);
        if (deadline.leaves(stepNanos)) {
            PeriodPlan natural = improved(t, settle(t, naturalRoles(t)), deadline, stepNanos);
            if (natural.profit() > best.profit()) {
                best = natural;
            }
        }
        return best;
    }

    /** The binaries each house chooses at the clearing price {@code price}. */
    Roles clearingRoles(int t, double price) {
        int houses = sheet.houses();
        int[] exportMode = new int[houses];
        int[] buyer = new int[houses];
        for (int h = 0; h < houses; h++) {
            HouseAllocation chosen = pool.bestResponse(h, t, price);
            exportMode[h] = chosen.exportMode();
            buyer[h] = chosen.buyer();
        }
        return new Roles(exportMode, buyer);
    }

    /** The binaries of each house's net position, in export mode where a hosted guest EV discharges. */
    Roles naturalRoles(int t) {
        int houses = sheet.houses();
        int[] exportMode = new int[houses];
        int[] buyer = new int[houses];
        for (int h = 0; h < houses; h++) {
            exportMode[h] = pool.mustExport(h, t) ? 1 : responses.naturalExportMode(h, t);
            buyer[h] = responses.naturalRole(h, t);
        }
        return new Roles(exportMode, buyer);
    }

    /**
     * Lets every house re-choose its binaries at the plan's price, and re-settles, while that earns more: at most
     * {@link #IMPROVEMENT_ROUNDS} rounds, each started only while the deadline leaves {@code stepNanos}. Never
     * returns a plan earning less than {@code plan}.
     */
    PeriodPlan improved(int t, PeriodPlan plan, Deadline deadline, long stepNanos) {
        for (int round = 0; round < IMPROVEMENT_ROUNDS && deadline.leaves(stepNanos); round++) {
            int houses = sheet.houses();
            int[] exportMode = new int[houses];
            int[] buyer = new int[houses];
            for (int h = 0; h < houses; h++) {
                HouseAllocation chosen = responses.best(h, t, plan.price(), pool.mustExport(h, t),
                        plan.roles().exportMode()[h], plan.roles().buyer()[h]);
                exportMode[h] = chosen.exportMode();
                buyer[h] = chosen.buyer();
            }
            Roles next = new Roles(exportMode, buyer);
            if (next.sameAs(plan.roles())) {
                return plan;
            }
            PeriodPlan settled = settle(t, next);
            if (settled.profit() <= plan.profit()) {
                return plan;
            }
            plan = settled;
        }
        return plan;
    }

    /**
     * Period t with the binaries fixed and the pool balanced: the price clears the pool over the continuous
     * trades, and sellers and buyers trade between what they offer just below and just above it, scaled so
     * supply equals demand. Any bracket {@code excess(low) <= 0 <= excess(high)} has a supply and a demand range
     * that overlap, so the pool balances exactly; bisecting it narrow brings every trade close to the house's best
     * at one price.
     */
    PeriodPlan settle(int t, Roles roles) {
        int houses = sheet.houses();
        int[] exportMode = roles.exportMode();
        int[] buyer = roles.buyer();
        double[] bracket = PoolPricing.bracket(sheet, t, price -> {
            double excess = 0;
            for (int h = 0; h < houses; h++) {
                excess += responses.withRoles(h, t, price, exportMode[h], buyer[h]).netSale();
            }
            return excess;
        });
        double price = (bracket[0] + bracket[1]) / 2;
        double[] atLow = new double[houses];
        double[] atHigh = new double[houses];
        double supplyLow = 0;
        double supplyHigh = 0;
        double demandLow = 0;
        double demandHigh = 0;
        for (int h = 0; h < houses; h++) {
            HouseAllocation low = responses.withRoles(h, t, bracket[0], exportMode[h], buyer[h]);
            HouseAllocation high = responses.withRoles(h, t, bracket[1], exportMode[h], buyer[h]);
            if (buyer[h] == 1) {
                atLow[h] = high.p2pBought();
                atHigh[h] = low.p2pBought();
                demandLow += atLow[h];
                demandHigh += atHigh[h];
            } else {
                atLow[h] = low.p2pSold();
                atHigh[h] = high.p2pSold();
                supplyLow += atLow[h];
                supplyHigh += atHigh[h];
            }
        }
        double traded = Math.max(Math.min(supplyHigh, demandHigh), Math.max(supplyLow, demandLow));
        double supplyShare = share(traded, supplyLow, supplyHigh);
        double demandShare = share(traded, demandLow, demandHigh);
        HouseAllocation[] allocations = new HouseAllocation[houses];
        double profit = 0;
        for (int h = 0; h < houses; h++) {
            double s = buyer[h] == 1 ? demandShare : supplyShare;
            double trade = atLow[h] + s * (atHigh[h] - atLow[h]);
            allocations[h] = responses.withTrade(h, t, price, exportMode[h], buyer[h], trade);
            profit += allocations[h].profit() - price * allocations[h].netSale();
        }
        return new PeriodPlan(roles, allocations, price, profit);
    }

    private static double share(double target, double low, double high) {
        return high > low ? Math.max(0, Math.min(1, (target - low) / (high - low))) : 0;
    }
}

package org.cemc.model;

import static org.cemc.model.HouseQuantity.DR_CURTAILED;
import static org.cemc.model.HouseQuantity.GRID_EXPORT;
import static org.cemc.model.HouseQuantity.GRID_IMPORT;
import static org.cemc.model.HouseQuantity.GRID_UNINTERRUPTIBLE;
import static org.cemc.model.HouseQuantity.NOT_SUPPLIED;
import static org.cemc.model.HouseQuantity.P2P_BOUGHT;
import static org.cemc.model.HouseQuantity.P2P_BUYER;
import static org.cemc.model.HouseQuantity.P2P_SOLD;
import static org.cemc.model.HouseQuantity.SELF_SUPPLY;

import java.util.Optional;
import org.cemc.community.CommunityCase;
import org.cemc.community.House;
import org.cemc.community.Prices;
import org.cemc.community.Stay;
import org.cemc.community.Switches;

/**
 * Every number the formulation reads for house h in period t, derived once from the case: the bounds of the
 * per-house variables, the objective's coefficients (terms (i)-(viii) of design model.md, paper eq. 1) and its
 * constant, and the guest-EV coefficients of terms (v) and (viii). The MILP's variables ({@link HouseVariables})
 * and objective ({@link ProfitObjective}) and the decomposition's house responses and schedule all read it, so a
 * price term or a bound is written here and nowhere else. (The schedule checker and the profit table recompute
 * profit from the case on their own, to prove it independently.)
 *
 * <p>Bounds carry K8 ({@code DR <= CALL}), the switches (a feature turned off fixes its variables to 0) and limits
 * implied by K1 and K2 that help the solver ({@code SS <= min(PV, ID)}, {@code PS <= PV}, ...). Binaries that
 * cannot matter are fixed without losing any optimum: a house with no PV and no charger has nothing to export
 * ({@code v = 0}); with no PV it can only buy P2P ({@code r = 1}), with no interruptible demand only sell
 * ({@code r = 0}).
 *
 * <p>Term (iii), the P2P payment {@code c^P2P * (PS - PB)}, is priced by whoever prices the pool: the MILP at the
 * case's clearing price ({@link #p2pPrice}), the decomposition at its multiplier of K12. So coefficients take
 * the pool price as an argument.
 *
 * <p>Layout: house data in flat arrays indexed {@code h * periods + t}, four doubles per house-period (17 MB
 * measured for 18,000 houses and 24 periods, where one record per house-period took 40 MB); prices per period, as
 * the case gives them, so coefficients are the same for every house; a house's enrolment and charger once.
 */
public final class HousePeriodSheet {
    private static final HouseQuantity[] QUANTITIES = HouseQuantity.values();

    private final int houses;
    private final int periods;
    private final Switches on;
    /** [h * periods + t], kWh: PV, ID, UID and CALL (unswitched: the fine is due on it even with DR off). */
    private final double[] pv;
    private final double[] interruptible;
    private final double[] uninterruptible;
    private final double[] callable;
    /** [h] */
    private final boolean[] enrolled;
    private final boolean[] charger;
    /** [quantity][t]: objective coefficient per kWh (per unit of a binary), without the P2P payment (iii). */
    private final double[][] coefficient;
    /** [quantity][t]: the coefficient plus those of the grid totals the quantity adds to (K3, K7). */
    private final double[][] marginal;
    /** [t]: c^P2P, the case's P2P clearing price. */
    private final double[] p2pPrice;
    /** [t]: c^DR,Fine, due on callable load not curtailed (ii). */
    private final double[] drFine;
    /** [t]: {@code cSB * dt}, paid to an enrolled house (vi). */
    private final double[] standby;
    /** [t]: coefficients of a guest EV's CH ({@code c^CHEV}) and DCH ({@code -c^DCHEV}) at its host (viii). */
    private final double[] evCharge;
    private final double[] evDischarge;
    /** {@code c^Parking Host * dt}: the parking fee per period of a hosted EV's stay (v). */
    private final double parkingFeePerPeriod;

    private HousePeriodSheet(CommunityCase community) {
        houses = community.houses().size();
        periods = community.periods();
        on = community.switches();
        pv = new double[houses * periods];
        interruptible = new double[houses * periods];
        uninterruptible = new double[houses * periods];
        callable = new double[houses * periods];
        enrolled = new boolean[houses];
        charger = new boolean[houses];
        for (int h = 0; h < houses; h++) {
            House house = community.houses().get(h);
            enrolled[h] = house.drEnrolled();
            charger[h] = house.hasCharger();
            for (int t = 0; t < periods; t++) {
                int i = h * periods + t;
                pv[i] = house.pv().at(t);
                interruptible[i] = house.interruptible().at(t);
                uninterruptible[i] = house.uninterruptible().at(t);
                callable[i] = house.drCallable().at(t);
            }
        }
        Prices prices = community.prices();
        double hours = community.grid().periodHours();
        coefficient = new double[QUANTITIES.length][periods];
        marginal = new double[QUANTITIES.length][periods];
        p2pPrice = prices.p2p().toArray();
        drFine = prices.drFine().toArray();
        standby = new double[periods];
        evCharge = new double[periods];
        evDischarge = new double[periods];
        for (int t = 0; t < periods; t++) {
            // (i) grid exchange, eq. (2)
            coefficient[GRID_EXPORT.ordinal()][t] = prices.gridSell().at(t);
            coefficient[GRID_IMPORT.ordinal()][t] = -prices.gridBuy().at(t);
            // (ii) DR incentive and the fine avoided per kWh curtailed, eq. (3)
            coefficient[DR_CURTAILED.ordinal()][t] = prices.drIncentive().at(t) + prices.drFine().at(t);
            // (iv) social welfare of self-supply and P2P sales, eq. (5); (iii) is added at the pool price
            coefficient[SELF_SUPPLY.ordinal()][t] = prices.socialWelfareValue();
            coefficient[P2P_SOLD.ordinal()][t] = prices.socialWelfareValue();
            // (vii) penalty on energy not supplied, eq. (7)
            coefficient[NOT_SUPPLIED.ordinal()][t] = -prices.ens().at(t);
            // (vi) stand-by payment per enrolled house
            standby[t] = prices.standby().at(t) * hours;
            // (viii) what a guest EV pays for charging and is paid for discharging, eq. (8)
            evCharge[t] = prices.evCharge().at(t);
            evDischarge[t] = -prices.evDischarge().at(t);
        }
        // (v) parking fee for every hour of a stay, eq. (6)
        parkingFeePerPeriod = prices.parkingFee() * hours;
        for (HouseQuantity quantity : QUANTITIES) {
            for (int t = 0; t < periods; t++) {
                double value = coefficient[quantity.ordinal()][t];
                for (Optional<HouseQuantity> total = GridTotals.totalContaining(quantity); total.isPresent();
                     total = GridTotals.totalContaining(total.get())) {
                    value += coefficient[total.get().ordinal()][t];
                }
                marginal[quantity.ordinal()][t] = value;
            }
        }
    }

    public static HousePeriodSheet of(CommunityCase community) {
        return new HousePeriodSheet(community);
    }

    public int houses() {
        return houses;
    }

    public int periods() {
        return periods;
    }

    /** PV[h,t], kWh. */
    public double pv(int h, int t) {
        return pv[h * periods + t];
    }

    /** ID[h,t], kWh. */
    public double interruptible(int h, int t) {
        return interruptible[h * periods + t];
    }

    /** UID[h,t], kWh. */
    public double uninterruptible(int h, int t) {
        return uninterruptible[h * periods + t];
    }

    /** Lower bound of {@code quantity}: 0, except {@code r = 1} for a house that can only buy P2P. */
    public double lower(HouseQuantity quantity, int h, int t) {
        int i = h * periods + t;
        return quantity == P2P_BUYER && on.p2p() && interruptible[i] != 0 && pv[i] == 0 ? 1 : 0;
    }

    /** Upper bound of {@code quantity} (kWh, or 0/1 for a binary). */
    public double upper(HouseQuantity quantity, int h, int t) {
        int i = h * periods + t;
        return switch (quantity) {
            case SELF_SUPPLY -> Math.min(pv[i], interruptible[i]);
            case DR_CURTAILED -> on.dr() ? callable[i] : 0;
            case GRID_INTERRUPTIBLE, NOT_SUPPLIED -> interruptible[i];
            case GRID_UNINTERRUPTIBLE, GRID_IMPORT, GRID_EXPORT -> Double.POSITIVE_INFINITY;
            case PV_EXPORT -> pv[i];
            case P2P_SOLD -> on.p2p() ? pv[i] : 0;
            case P2P_BOUGHT -> on.p2p() ? interruptible[i] : 0;
            case EXPORT_MODE -> pv[i] > 0 || charger[h] ? 1 : 0;
            case P2P_BUYER -> !on.p2p() || interruptible[i] == 0 ? 0 : 1;
        };
    }

    /** c^P2P[t], the case's P2P clearing price: the pool price of the MILP's term (iii). */
    public double p2pPrice(int t) {
        return p2pPrice[t];
    }

    /**
     * Objective coefficient of {@code quantity} in period t with P2P energy priced at {@code poolPrice}, the
     * same for every house (prices are per period).
     */
    public double coefficient(HouseQuantity quantity, int t, double poolPrice) {
        return withPoolPayment(quantity, coefficient[quantity.ordinal()][t], poolPrice);
    }

    /**
     * What one more kWh of {@code quantity} earns in period t once the grid totals follow it (K3, K7 in
     * {@link GridTotals}): its own coefficient plus that of GX for GXpv, of GB for GU and GI. The value of a
     * quantity of the model without GX, GU and GB, as the decomposition solves it.
     */
    public double marginalValue(HouseQuantity quantity, int t, double poolPrice) {
        return withPoolPayment(quantity, marginal[quantity.ordinal()][t], poolPrice);
    }

    /** Term (iii), eq. (4): the seller is paid the pool price, the buyer pays it (D7). */
    private static double withPoolPayment(HouseQuantity quantity, double value, double poolPrice) {
        if (quantity == P2P_SOLD) {
            return value + poolPrice;
        }
        if (quantity == P2P_BOUGHT) {
            return value - poolPrice;
        }
        return value;
    }

    /**
     * The objective's constant for house h in period t, profit no decision changes: the stand-by payment (vi)
     * and the fine on all callable load, {@code -cDRF * CALL} (ii; curtailing earns it back through DR's
     * coefficient).
     */
    public double constant(int h, int t) {
        return -drFine[t] * callable[h * periods + t] + standby(h, t);
    }

    /**
     * {@link #constant} plus the uninterruptible demand bought from the grid, {@code UID} being part of GU (K6):
     * the profit no decision changes once GU and GB are eliminated.
     */
    public double fixedProfit(int h, int t) {
        int i = h * periods + t;
        return marginal[GRID_UNINTERRUPTIBLE.ordinal()][t] * uninterruptible[i] - drFine[t] * callable[i]
                + standby(h, t);
    }

    private double standby(int h, int t) {
        return enrolled[h] ? standby[t] : 0;
    }

    /** Term (v), eq. (6): the parking fee of an EV hosted for {@code stay}, the coefficient of its x[e,h]. */
    public double parkingFee(Stay stay) {
        return parkingFeePerPeriod * stay.length();
    }

    /** Term (viii), eq. (8): coefficient of a guest EV's CH in period t, {@code c^CHEV}. */
    public double evChargeCoefficient(int t) {
        return evCharge[t];
    }

    /** Term (viii), eq. (8): coefficient of a guest EV's DCH in period t, {@code -c^DCHEV}. */
    public double evDischargeCoefficient(int t) {
        return evDischarge[t];
    }

    /** What one kWh a guest EV charges at its host earns in period t: (viii) plus its grid purchase (K6, K7). */
    public double evChargeValue(int t) {
        return evCharge[t] + marginal[GRID_UNINTERRUPTIBLE.ordinal()][t];
    }

    /** What one kWh a guest EV discharges at its host earns in period t: (viii) plus its export (K3). */
    public double evDischargeValue(int t) {
        return evDischarge[t] + marginal[GRID_EXPORT.ordinal()][t];
    }
}

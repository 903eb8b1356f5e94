package org.cemc.model;

import java.util.Optional;

/**
 * The three identities that sum a house's grid exchange, stated once. The MILP writes them as rows
 * ({@link GridExport} for K3, {@link GridImport} for K6 and K7); the decomposition eliminates GX, GU and GB with
 * them: {@link HousePeriodSheet#marginalValue} prices a kWh of a part at what it adds to its total, and the
 * decomposition completes a schedule with the methods below.
 */
public final class GridTotals {
    private GridTotals() {
    }

    /** K3, paper eq. (16): {@code GX = GXpv + sum_e DCH}; a guest EV's discharge is exported at its host (D4). */
    public static double gridExport(double pvExport, double evDischarge) {
        return pvExport + evDischarge;
    }

    /** K6, paper eq. (12): {@code GU = UID + sum_e CH}; a guest EV's charging is bought at its host (D4). */
    public static double gridUninterruptible(double uninterruptible, double evCharge) {
        return uninterruptible + evCharge;
    }

    /** K7, paper eq. (15): {@code GB = GU + GI}. */
    public static double gridImport(double gridUninterruptible, double gridInterruptible) {
        return gridUninterruptible + gridInterruptible;
    }

    /**
     * The total that one more kWh of {@code part} adds one kWh to: GX for GXpv (K3), GB for GU and GI (K7); empty
     * for a quantity no identity sums. (UID, CH and DCH, the other parts, are data or guest-EV variables.)
     */
    static Optional<HouseQuantity> totalContaining(HouseQuantity part) {
        return switch (part) {
            case PV_EXPORT -> Optional.of(HouseQuantity.GRID_EXPORT);
            case GRID_UNINTERRUPTIBLE, GRID_INTERRUPTIBLE -> Optional.of(HouseQuantity.GRID_IMPORT);
            default -> Optional.empty();
        };
    }
}

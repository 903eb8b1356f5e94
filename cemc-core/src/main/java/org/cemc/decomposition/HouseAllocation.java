package org.cemc.decomposition;

/**
 * A house's decisions in one period (the variables of K1-K11, kWh) and the profit they earn when P2P energy is
 * priced at a given price, the period's constant included.
 */
record HouseAllocation(double selfSupply, double curtailed, double gridInterruptible, double p2pBought,
                       double notSupplied, double p2pSold, double pvExport, int exportMode, int buyer,
                       double profit) {

    /** What the house puts into the P2P pool: {@code PS - PB}. */
    double netSale() {
        return p2pSold - p2pBought;
    }
}

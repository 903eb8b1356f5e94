package org.cemc.model;

import org.cemc.community.CommunityCase;
import org.cemc.community.House;

/** The loop every per-house, per-period constraint family runs: each house, then each period of the day. */
final class HousePeriods {
    private HousePeriods() {
    }

    /** What a family states for house {@code h} (the case's {@code house}) in period {@code t}. */
    interface Body {
        void add(int h, House house, int t);
    }

    static void forEach(CommunityCase community, Body body) {
        for (int h = 0; h < community.houses().size(); h++) {
            House house = community.houses().get(h);
            for (int t = 0; t < community.periods(); t++) {
                body.add(h, house, t);
            }
        }
    }
}

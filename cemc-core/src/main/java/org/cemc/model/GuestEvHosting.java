package org.cemc.model;

import java.util.ArrayList;
import java.util.List;
import org.cemc.community.CommunityCase;

/**
 * E1 and E2, paper eqs. (24)-(27) read as deviation D5: an EV has at most one host for its whole stay
 * ({@code sum_h x[e,h] <= 1}), and a house hosts at most one guest at a time
 * ({@code sum_e AR[e,t] * x[e,h] <= 1}).
 */
final class GuestEvHosting {
    private GuestEvHosting() {
    }

    static void add(LinearModel lp, CommunityCase community, GuestEvVariables evs) {
        for (GuestEvVariables.Ev ev : evs.all()) {
            if (ev.hosted().length > 1) {
                LinearModel.RowBuilder oneHost = lp.row(Names.of(ev.ev().id(), "one_host"));
                for (int hosted : ev.hosted()) {
                    oneHost.plus(hosted);
                }
                oneHost.atMost(1);
            }
        }
        for (int h = 0; h < community.houses().size(); h++) {
            for (int t = 0; t < community.periods(); t++) {
                List<Integer> guestsPresent = guestsThatMayParkAt(evs, h, t);
                if (guestsPresent.size() > 1) {
                    LinearModel.RowBuilder oneGuest =
                            lp.row(Names.of(community.houses().get(h).id(), "one_guest", t));
                    guestsPresent.forEach(oneGuest::plus);
                    oneGuest.atMost(1);
                }
            }
        }
    }

    /** The x[e,h] of every EV present in period t that house h may host. */
    private static List<Integer> guestsThatMayParkAt(GuestEvVariables evs, int h, int t) {
        List<Integer> hosted = new ArrayList<>();
        for (GuestEvVariables.Ev ev : evs.all()) {
            int k = ev.hosts().indexOf(h);
            if (k >= 0 && ev.stay().contains(t)) {
                hosted.add(ev.hosted()[k]);
            }
        }
        return hosted;
    }
}

package org.cemc.community;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which candidate hosts can bring a guest EV to its required state of charge within its stay, charging at full
 * power every period. An EV with no such host can only be left unhosted, and {@link #refusal()} says why.
 *
 * @param hosts indices of the houses able to serve the EV, a subset of its {@link CandidateHosts}
 */
public record Hostability(GuestEv ev, Stay stay, List<Integer> hosts, Optional<String> refusal) {

    public Hostability {
        hosts = Collections.unmodifiableList(hosts);
    }

    public static List<Hostability> of(CommunityCase community) {
        CandidateHosts candidates = CandidateHosts.of(community);
        List<Hostability> result = new ArrayList<>();
        for (GuestEv ev : community.guestEvs()) {
            result.add(of(community, ev, candidates.of(ev)));
        }
        return result;
    }

    private static Hostability of(CommunityCase community, GuestEv ev, List<Integer> candidates) {
        TimeGrid grid = community.grid();
        Stay stay = ev.stay(grid);
        if (stay.isEmpty()) {
            return refused(ev, stay, String.format(Locale.ROOT,
                    "its stay from %.2f h to %.2f h covers no whole period of %.2f h",
                    ev.arrivalHour(), ev.departureHour(), grid.periodHours()));
        }
        if (candidates.isEmpty()) {
            return refused(ev, stay, ev.community()
                    .map(ec -> "no house in community \"" + ec + "\" has a charger")
                    .orElse("no house has a charger"));
        }
        List<Integer> able = new ArrayList<>();
        double bestReachable = 0;
        for (int h : candidates) {
            double reachable = reachableKwh(ev, community.houses().get(h), stay, grid);
            bestReachable = Math.max(bestReachable, reachable);
            if (reachable >= ev.energyNeededKwh() - 1e-9) {
                able.add(h);
            }
        }
        if (able.isEmpty()) {
            return refused(ev, stay, String.format(Locale.ROOT,
                    "it needs %.2f kWh to go from %.0f %% to %.0f %% but can take at most %.2f kWh in its %d period(s)",
                    ev.energyNeededKwh(), 100 * ev.socArrival(), 100 * ev.socRequired(), bestReachable, stay.length()));
        }
        // Most EVs can be served at every candidate: they then share its list rather than each holding a copy.
        return new Hostability(ev, stay, able.size() == candidates.size() ? candidates : able, Optional.empty());
    }

    /** kWh the battery gains charging at the lower of the EV's and the charger's power for the whole stay. */
    private static double reachableKwh(GuestEv ev, House host, Stay stay, TimeGrid grid) {
        double power = Math.min(ev.chargeKw(), host.chargerKw());
        double reachable = ev.chargeEfficiency() * grid.energy(power) * stay.length();
        return Math.min(reachable, (1 - ev.socArrival()) * ev.batteryKwh());
    }

    private static Hostability refused(GuestEv ev, Stay stay, String why) {
        return new Hostability(ev, stay, List.of(), Optional.of(why));
    }

    public boolean servable() {
        return refusal.isEmpty();
    }
}

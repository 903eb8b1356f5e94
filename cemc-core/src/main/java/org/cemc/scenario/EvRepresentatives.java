package org.cemc.scenario;

import java.util.ArrayList;
import java.util.List;
import org.cemc.community.GuestEv;
import org.cemc.community.GuestEvScenarios;

/**
 * The paper's reduction of guest-EV uncertainty: {@code samples} EVs drawn from the distributions, clustered by
 * arrival, departure and state of charge on arrival into {@code representatives} clusters.
 */
public record EvRepresentatives(List<GuestEv> samples, List<Reduction.Cluster<GuestEv>> clusters) {

    public static EvRepresentatives draw(GuestEvScenarios spec) {
        List<GuestEv> samples = EvSampler.seeded(spec).sample(spec.samples(), "sample");
        return new EvRepresentatives(samples,
                Reduction.reduce(samples, EvRepresentatives::features, spec.representatives(), spec.seed()));
    }

    /** What K-means compares: arrival, departure and state of charge on arrival. */
    static double[] features(GuestEv ev) {
        return new double[] {ev.arrivalHour(), ev.departureHour(), ev.socArrival()};
    }

    /** Each representative as one guest-EV request, named {@code rep1, rep2, ...} by cluster. */
    public List<GuestEv> requests() {
        List<GuestEv> requests = new ArrayList<>();
        for (Reduction.Cluster<GuestEv> cluster : clusters) {
            GuestEv ev = cluster.representative();
            requests.add(new GuestEv("rep" + cluster.index(), ev.community(), ev.arrivalHour(), ev.departureHour(),
                    ev.batteryKwh(), ev.socArrival(), ev.socRequired(), ev.chargeKw(), ev.dischargeKw(),
                    ev.chargeEfficiency(), ev.dischargeEfficiency()));
        }
        return requests;
    }

    /** The cluster number (from 1) of each sample, in sample order. */
    public int[] clusterOfSample() {
        int[] cluster = new int[samples.size()];
        for (Reduction.Cluster<GuestEv> c : clusters) {
            for (GuestEv member : c.members()) {
                cluster[samples.indexOf(member)] = c.index();
            }
        }
        return cluster;
    }
}

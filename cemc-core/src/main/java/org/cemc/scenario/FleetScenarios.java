package org.cemc.scenario;

import java.util.ArrayList;
import java.util.List;
import org.cemc.community.GuestEv;
import org.cemc.community.GuestEvScenarios;
import org.cemc.community.Stay;
import org.cemc.community.TimeGrid;
import org.hipparchus.random.Well19937c;

/**
 * Whole days of guest EVs (fleets) for the stochastic program: {@code fleets} days drawn from the distributions,
 * reduced by K-means to {@code representatives} scenarios. A fleet's features are, per period, how many of its
 * EVs are parked and how much energy they still need, so fleets of different sizes compare.
 */
public record FleetScenarios(List<Reduction.Cluster<List<GuestEv>>> clusters) {

    public static FleetScenarios draw(GuestEvScenarios spec, TimeGrid grid) {
        List<List<GuestEv>> fleets = sample(spec, spec.fleets(), spec.seed(), "day");
        return new FleetScenarios(Reduction.reduce(fleets, fleet -> features(fleet, grid), spec.representatives(),
                spec.seed()));
    }

    /** {@code count} days drawn with {@code seed}; day i's EVs are named {@code <prefix><i>-ev<j>}. */
    public static List<List<GuestEv>> sample(GuestEvScenarios spec, int count, long seed, String prefix) {
        EvSampler sampler = new EvSampler(spec, new Well19937c(seed));
        List<List<GuestEv>> fleets = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            fleets.add(sampler.fleet(prefix + i + "-ev"));
        }
        return fleets;
    }

    static double[] features(List<GuestEv> fleet, TimeGrid grid) {
        double[] features = new double[2 * grid.periods()];
        for (GuestEv ev : fleet) {
            Stay stay = ev.stay(grid);
            for (int t = stay.first(); t < stay.end(); t++) {
                features[t] += 1;
                features[grid.periods() + t] += Math.max(0, ev.energyNeededKwh());
            }
        }
        return features;
    }

    public List<List<GuestEv>> fleets() {
        return clusters.stream().map(Reduction.Cluster::representative).toList();
    }

    public double[] probabilities() {
        return clusters.stream().mapToDouble(Reduction.Cluster::probability).toArray();
    }
}
